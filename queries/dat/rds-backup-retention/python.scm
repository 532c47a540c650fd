; DAT002: RDS automated backups kept for the 1-day default, or for less than 7 days.
; Read replicas (`DatabaseInstanceReadReplica`) keep no backups by design and are not matched.

; `backup_retention=Duration.days(0…6)` on an instance or Serverless v1 cluster.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: (call
        function: (_) @_fn
        arguments: (argument_list . (integer) @_days .)) @report))) @construct
  (#key? @_key "backup_retention")
  (#cdk-ref? @_class "aws_rds.DatabaseInstance" "aws_rds.DatabaseInstanceFromSnapshot" "aws_rds.ServerlessCluster" "aws_rds.ServerlessClusterFromSnapshot")
  (#cdk-ref? @_fn "cdk.Duration.days")
  (#match? @_days "^[0-6]$")
  (#set! variant "short"))

; `backup=rds.BackupProps(retention=Duration.days(0…6))` (or a dict) on an Aurora cluster.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: [
        (call
          arguments: (argument_list
            (keyword_argument
              name: (identifier) @_rkey
              value: (call
                function: (_) @_fn
                arguments: (argument_list . (integer) @_days .)) @report)))
        (dictionary
          (pair
            key: (_) @_rkey
            value: (call
              function: (_) @_fn
              arguments: (argument_list . (integer) @_days .)) @report))
      ]))) @construct
  (#key? @_key "backup")
  (#key? @_rkey "retention")
  (#cdk-ref? @_class "aws_rds.DatabaseCluster" "aws_rds.DatabaseClusterFromSnapshot")
  (#cdk-ref? @_fn "cdk.Duration.days")
  (#match? @_days "^[0-6]$")
  (#set! variant "short"))

; An instance or Serverless v1 cluster without `backup_retention`.
((call
  function: (_) @report
  arguments: (argument_list) @_args) @construct
  (#cdk-ref? @report "aws_rds.DatabaseInstance" "aws_rds.DatabaseInstanceFromSnapshot" "aws_rds.ServerlessCluster" "aws_rds.ServerlessClusterFromSnapshot")
  (#lacks-prop? @_args "backup_retention"))

; An Aurora cluster without `backup`, …
((call
  function: (_) @report
  arguments: (argument_list) @_args) @construct
  (#cdk-ref? @report "aws_rds.DatabaseCluster" "aws_rds.DatabaseClusterFromSnapshot")
  (#lacks-prop? @_args "backup")
  (#set! variant "cluster"))

; … or with a `backup` that has no `retention`.
((call
  function: (_) @report
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: [(call) (dictionary)] @_backup))) @construct
  (#key? @_key "backup")
  (#cdk-ref? @report "aws_rds.DatabaseCluster" "aws_rds.DatabaseClusterFromSnapshot")
  (#lacks-prop? @_backup "retention")
  (#set! variant "cluster"))
