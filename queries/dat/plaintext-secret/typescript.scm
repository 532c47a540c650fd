;; DAT003: secret values written in the code.
;; `SecretValue.unsafePlainText('literal')` (or the deprecated `plainText`) outside an object, or
;; inside one under a key that looks secret (`password`, `secret`, `token`, `…Key`, `credential`);
;; any `unsafePlainText(…)` under such a key; and a literal `secretString` on `CfnSecret` /
;; `secretStringValue` on `Secret`. `unsafePlainText('foo')` under a plain key (`database`,
;; `username`, `host` in a `secretObjectValue`) is configuration, not a secret, and is left alone.

; Literal, an argument: `Credentials.fromPassword('admin', SecretValue.unsafePlainText('pw'))`.
(((arguments
    (call_expression
      function: (_) @_fn
      arguments: (arguments . [(string) (template_string)] @_value .)) @report))
  (#cdk-ref? @_fn "cdk.SecretValue.unsafePlainText" "cdk.SecretValue.plainText")
  (#not-match? @_value "\\$\\{"))

; Literal, `const pw = SecretValue.unsafePlainText('pw')`.
(((variable_declarator
    value: (call_expression
      function: (_) @_fn
      arguments: (arguments . [(string) (template_string)] @_value .)) @report))
  (#cdk-ref? @_fn "cdk.SecretValue.unsafePlainText" "cdk.SecretValue.plainText")
  (#not-match? @_value "\\$\\{"))

; Literal, `this.pw = SecretValue.unsafePlainText('pw')`.
(((assignment_expression
    right: (call_expression
      function: (_) @_fn
      arguments: (arguments . [(string) (template_string)] @_value .)) @report))
  (#cdk-ref? @_fn "cdk.SecretValue.unsafePlainText" "cdk.SecretValue.plainText")
  (#not-match? @_value "\\$\\{"))

; Literal, an array element.
(((array
    (call_expression
      function: (_) @_fn
      arguments: (arguments . [(string) (template_string)] @_value .)) @report))
  (#cdk-ref? @_fn "cdk.SecretValue.unsafePlainText" "cdk.SecretValue.plainText")
  (#not-match? @_value "\\$\\{"))

; Literal, a returned value.
(((return_statement
    (call_expression
      function: (_) @_fn
      arguments: (arguments . [(string) (template_string)] @_value .)) @report))
  (#cdk-ref? @_fn "cdk.SecretValue.unsafePlainText" "cdk.SecretValue.plainText")
  (#not-match? @_value "\\$\\{"))

; Literal under a key that looks secret (`secretStringValue`, `password`, `apiKey`).
((pair
  key: (_) @_key
  value: (call_expression
      function: (_) @_fn
      arguments: (arguments . [(string) (template_string)] @_value .)) @report)
  (#match? @_key "(?i:pass(?:word|wd|phrase)|pwd|secret|token|credential)|^['\"]?[Kk]ey['\"]?$|[a-z0-9]Key(?:$|['\"])|_(?i:key)(?:$|['\"])")
  (#cdk-ref? @_fn "cdk.SecretValue.unsafePlainText" "cdk.SecretValue.plainText")
  (#not-match? @_value "\\$\\{"))

; Any value under a key that looks secret (other than `secretStringValue`, where only literals
; count): `secretObjectValue: { password: SecretValue.unsafePlainText(props.password) }`.
((pair
  key: (_) @_key
  value: (call_expression
      function: (_) @_fn
      arguments: (arguments)) @report)
  (#match? @_key "(?i:pass(?:word|wd|phrase)|pwd|secret|token|credential)|^['\"]?[Kk]ey['\"]?$|[a-z0-9]Key(?:$|['\"])|_(?i:key)(?:$|['\"])")
  (#not-match? @_key "(?i)^['\\\"]?secret_?string(?:_?value)?['\\\"]?$")
  (#cdk-ref? @_fn "cdk.SecretValue.unsafePlainText" "cdk.SecretValue.plainText"))

; `new secretsmanager.CfnSecret(…, { secretString: 'literal' | `…` | JSON.stringify({…}) })`,
; `new secretsmanager.Secret(…, { secretStringValue: 'literal' })` (plain JavaScript).
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @_key
        value: [
          (string)
          (template_string)
          (call_expression function: (member_expression object: (identifier) @_json property: (property_identifier) @_stringify))
        ] @report))))
  (#cdk-ref? @_class "aws_secretsmanager.CfnSecret" "aws_secretsmanager.Secret")
  (#key? @_key "secretString" "secretStringValue")
  (#eq? @_json "JSON")
  (#eq? @_stringify "stringify"))
