; `enableLogging: false` and no `logBucket`.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @_key
        value: (false) @report)) @_props)) @construct
  (#key? @_key "enableLogging")
  (#cdk-ref? @_class "aws_cloudfront.Distribution")
  (#lacks-prop? @_props "logBucket")
  (#set! variant "disabled"))

; Neither `enableLogging` nor `logBucket` (and no spread or props variable that might set them).
((new_expression
  constructor: (_) @report
  arguments: (arguments) @_args) @construct
  (#cdk-ref? @report "aws_cloudfront.Distribution")
  (#lacks-prop? @_args "enableLogging" "logBucket"))
