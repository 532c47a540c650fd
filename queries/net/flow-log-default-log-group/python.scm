; `FlowLogDestination.to_cloud_watch_logs()`: no arguments.
((call
  function: (_) @_fn
  arguments: (argument_list) @_args) @report
  (#match? @_args "^\\(\\s*\\)$")
  (#cdk-ref? @_fn "aws_ec2.FlowLogDestination.toCloudWatchLogs"))

; Keyword arguments only, none of them `log_group` (e.g. only `iam_role=`), and no `**kwargs`.
((call
  function: (_) @_fn
  arguments: (argument_list
    .
    (keyword_argument)) @_args) @report
  (#lacks-prop? @_args "logGroup")
  (#cdk-ref? @_fn "aws_ec2.FlowLogDestination.toCloudWatchLogs"))

; `None` as the log group, positionally or by keyword.
((call
  function: (_) @_fn
  arguments: (argument_list
    .
    (none))) @report
  (#cdk-ref? @_fn "aws_ec2.FlowLogDestination.toCloudWatchLogs"))

((call
  function: (_) @_fn
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: (none)))) @report
  (#key? @_key "logGroup")
  (#cdk-ref? @_fn "aws_ec2.FlowLogDestination.toCloudWatchLogs"))
