;; DAT004: a `CfnOutput` whose value is a secret's value (error) or a secret's ARN (info).

; `value: secret.secretValue…`, `…secretValueFromJson('password')…`, `….unsafeUnwrap()`.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair key: (_) @_key value: (_) @report))))
  (#cdk-ref? @_class "cdk.CfnOutput")
  (#key? @_key "value")
  (#match? @report "(?i)\\.secret_?value(?:_?from_?json)?\\b|\\bunsafe_?unwrap\\s*\\("))

; `value: secret.secretArn` / `secretFullArn`.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair key: (_) @_key value: (_) @report))))
  (#cdk-ref? @_class "cdk.CfnOutput")
  (#key? @_key "value")
  (#match? @report "(?i)\\.secret_?(?:full_?)?arn\\b")
  (#set! variant "arn"))
