; `FlowLogDestination.toCloudWatchLogs()`: no arguments.
((call_expression
  function: (_) @_fn
  arguments: (arguments) @_args) @report
  (#match? @_args "^\\(\\s*\\)$")
  (#cdk-ref? @_fn "aws_ec2.FlowLogDestination.toCloudWatchLogs"))

; `toCloudWatchLogs(undefined, role)`: the log group left out explicitly.
((call_expression
  function: (_) @_fn
  arguments: (arguments
    .
    (undefined))) @report
  (#cdk-ref? @_fn "aws_ec2.FlowLogDestination.toCloudWatchLogs"))
