; `domain_names=` (not `[]`) and no `certificate`.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @report
      value: (_) @_names)) @_props) @construct
  (#key? @report "domain_names")
  (#not-match? @_names "^\\[\\s*\\]$")
  (#cdk-ref? @_class "aws_cloudfront.Distribution")
  (#lacks-prop? @_props "certificate"))

; `certificate=None`.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: (none) @report))) @construct
  (#key? @_key "certificate")
  (#cdk-ref? @_class "aws_cloudfront.Distribution")
  (#set! variant "explicit-undefined"))
