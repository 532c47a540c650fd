; `domainNames` (not `[]`) and no `certificate`.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @report
        value: (_) @_names)) @_props)) @construct
  (#key? @report "domainNames")
  (#not-match? @_names "^\\[\\s*\\]$")
  (#cdk-ref? @_class "aws_cloudfront.Distribution")
  (#lacks-prop? @_props "certificate"))

; `certificate: undefined`.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @_key
        value: (undefined) @report)))) @construct
  (#key? @_key "certificate")
  (#cdk-ref? @_class "aws_cloudfront.Distribution")
  (#set! variant "explicit-undefined"))
