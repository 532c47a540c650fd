;; DAT004: a `CfnOutput` whose value is a secret's value (error) or a secret's ARN (info).

; `value=secret.secret_value…`, `…secret_value_from_json("password")…`, `….unsafe_unwrap()`.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument name: (identifier) @_key value: (_) @report)))
  (#cdk-ref? @_class "cdk.CfnOutput")
  (#key? @_key "value")
  (#match? @report "(?i)\\.secret_?value(?:_?from_?json)?\\b|\\bunsafe_?unwrap\\s*\\("))

; `value=secret.secret_arn` / `secret_full_arn`.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument name: (identifier) @_key value: (_) @report)))
  (#cdk-ref? @_class "cdk.CfnOutput")
  (#key? @_key "value")
  (#match? @report "(?i)\\.secret_?(?:full_?)?arn\\b")
  (#set! variant "arn"))
