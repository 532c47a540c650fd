; DAT002: RDS automated backups kept for the 1-day default, or for less than 7 days.
; Read replicas (`DatabaseInstanceReadReplica`) keep no backups by design and are not matched.

; `backupRetention: Duration.days(0…6)` on an instance or Serverless v1 cluster.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @_key
        value: (call_expression
          function: (_) @_fn
          arguments: (arguments . (number) @_days .)) @report)))) @construct
  (#key? @_key "backupRetention")
  (#cdk-ref? @_class "aws_rds.DatabaseInstance" "aws_rds.DatabaseInstanceFromSnapshot" "aws_rds.ServerlessCluster" "aws_rds.ServerlessClusterFromSnapshot")
  (#cdk-ref? @_fn "cdk.Duration.days")
  (#match? @_days "^[0-6]$")
  (#set! variant "short"))

; `backup: { retention: Duration.days(0…6) }` on an Aurora cluster.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @_key
        value: (object
          (pair
            key: (_) @_rkey
            value: (call_expression
              function: (_) @_fn
              arguments: (arguments . (number) @_days .)) @report)))))) @construct
  (#key? @_key "backup")
  (#key? @_rkey "retention")
  (#cdk-ref? @_class "aws_rds.DatabaseCluster" "aws_rds.DatabaseClusterFromSnapshot")
  (#cdk-ref? @_fn "cdk.Duration.days")
  (#match? @_days "^[0-6]$")
  (#set! variant "short"))

; An instance or Serverless v1 cluster without `backupRetention`.
((new_expression
  constructor: (_) @report
  arguments: (arguments) @_args) @construct
  (#cdk-ref? @report "aws_rds.DatabaseInstance" "aws_rds.DatabaseInstanceFromSnapshot" "aws_rds.ServerlessCluster" "aws_rds.ServerlessClusterFromSnapshot")
  (#lacks-prop? @_args "backupRetention"))

; An Aurora cluster without `backup`, …
((new_expression
  constructor: (_) @report
  arguments: (arguments) @_args) @construct
  (#cdk-ref? @report "aws_rds.DatabaseCluster" "aws_rds.DatabaseClusterFromSnapshot")
  (#lacks-prop? @_args "backup")
  (#set! variant "cluster"))

; … or with a `backup` that has no `retention`.
((new_expression
  constructor: (_) @report
  arguments: (arguments
    (object
      (pair key: (_) @_key value: (object) @_backup)))) @construct
  (#key? @_key "backup")
  (#cdk-ref? @report "aws_rds.DatabaseCluster" "aws_rds.DatabaseClusterFromSnapshot")
  (#lacks-prop? @_backup "retention")
  (#set! variant "cluster"))
