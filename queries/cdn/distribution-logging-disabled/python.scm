; `enable_logging=False` and no `log_bucket`.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: (false) @report)) @_props) @construct
  (#key? @_key "enable_logging")
  (#cdk-ref? @_class "aws_cloudfront.Distribution")
  (#lacks-prop? @_props "log_bucket")
  (#set! variant "disabled"))

; Neither `enable_logging` nor `log_bucket` (and no `**kwargs`).
((call
  function: (_) @report
  arguments: (argument_list) @_args) @construct
  (#cdk-ref? @report "aws_cloudfront.Distribution")
  (#lacks-prop? @_args "enable_logging" "log_bucket"))
