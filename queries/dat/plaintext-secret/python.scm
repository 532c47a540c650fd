;; DAT003: secret values written in the code.
;; `SecretValue.unsafe_plain_text("literal")` (or the deprecated `plain_text`) outside a keyword
;; argument or dict entry, or under a name that looks secret (`password`, `secret`, `token`,
;; `…_key`, `credential`); any `unsafe_plain_text(…)` under such a name; and a literal
;; `secret_string` on `CfnSecret` / `secret_string_value` on `Secret`.

; Literal, a positional argument.
(((argument_list
    (call
      function: (_) @_fn
      arguments: (argument_list . (string) @_value .)) @report))
  (#cdk-ref? @_fn "cdk.SecretValue.unsafePlainText" "cdk.SecretValue.plainText")
  (#not-match? @_value "^[A-Za-z]*[fF][A-Za-z]*['\"]"))

; Literal, `pw = SecretValue.unsafe_plain_text("pw")`.
(((assignment
    right: (call
      function: (_) @_fn
      arguments: (argument_list . (string) @_value .)) @report))
  (#cdk-ref? @_fn "cdk.SecretValue.unsafePlainText" "cdk.SecretValue.plainText")
  (#not-match? @_value "^[A-Za-z]*[fF][A-Za-z]*['\"]"))

; Literal, a list element.
(((list
    (call
      function: (_) @_fn
      arguments: (argument_list . (string) @_value .)) @report))
  (#cdk-ref? @_fn "cdk.SecretValue.unsafePlainText" "cdk.SecretValue.plainText")
  (#not-match? @_value "^[A-Za-z]*[fF][A-Za-z]*['\"]"))

; Literal, a returned value.
(((return_statement
    (call
      function: (_) @_fn
      arguments: (argument_list . (string) @_value .)) @report))
  (#cdk-ref? @_fn "cdk.SecretValue.unsafePlainText" "cdk.SecretValue.plainText")
  (#not-match? @_value "^[A-Za-z]*[fF][A-Za-z]*['\"]"))

; Literal under a keyword that looks secret.
((keyword_argument
  name: (identifier) @_key
  value: (call
      function: (_) @_fn
      arguments: (argument_list . (string) @_value .)) @report)
  (#match? @_key "(?i:pass(?:word|wd|phrase)|pwd|secret|token|credential)|^['\"]?[Kk]ey['\"]?$|[a-z0-9]Key(?:$|['\"])|_(?i:key)(?:$|['\"])")
  (#cdk-ref? @_fn "cdk.SecretValue.unsafePlainText" "cdk.SecretValue.plainText")
  (#not-match? @_value "^[A-Za-z]*[fF][A-Za-z]*['\"]"))

; Any value under a keyword that looks secret (other than `secret_string_value`).
((keyword_argument
  name: (identifier) @_key
  value: (call
      function: (_) @_fn
      arguments: (argument_list)) @report)
  (#match? @_key "(?i:pass(?:word|wd|phrase)|pwd|secret|token|credential)|^['\"]?[Kk]ey['\"]?$|[a-z0-9]Key(?:$|['\"])|_(?i:key)(?:$|['\"])")
  (#not-match? @_key "(?i)^['\\\"]?secret_?string(?:_?value)?['\\\"]?$")
  (#cdk-ref? @_fn "cdk.SecretValue.unsafePlainText" "cdk.SecretValue.plainText"))

; Literal under a dict key that looks secret.
((pair
  key: (_) @_key
  value: (call
      function: (_) @_fn
      arguments: (argument_list . (string) @_value .)) @report)
  (#match? @_key "(?i:pass(?:word|wd|phrase)|pwd|secret|token|credential)|^['\"]?[Kk]ey['\"]?$|[a-z0-9]Key(?:$|['\"])|_(?i:key)(?:$|['\"])")
  (#cdk-ref? @_fn "cdk.SecretValue.unsafePlainText" "cdk.SecretValue.plainText")
  (#not-match? @_value "^[A-Za-z]*[fF][A-Za-z]*['\"]"))

; Any value under a dict key that looks secret (other than `secret_string_value`).
((pair
  key: (_) @_key
  value: (call
      function: (_) @_fn
      arguments: (argument_list)) @report)
  (#match? @_key "(?i:pass(?:word|wd|phrase)|pwd|secret|token|credential)|^['\"]?[Kk]ey['\"]?$|[a-z0-9]Key(?:$|['\"])|_(?i:key)(?:$|['\"])")
  (#not-match? @_key "(?i)^['\\\"]?secret_?string(?:_?value)?['\\\"]?$")
  (#cdk-ref? @_fn "cdk.SecretValue.unsafePlainText" "cdk.SecretValue.plainText"))

; `secretsmanager.CfnSecret(…, secret_string="literal" | json.dumps({…}))`,
; `secretsmanager.Secret(…, secret_string_value="literal")`.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: [
        (string)
        (call function: (attribute object: (identifier) @_json attribute: (identifier) @_dumps))
      ] @report)))
  (#cdk-ref? @_class "aws_secretsmanager.CfnSecret" "aws_secretsmanager.Secret")
  (#key? @_key "secret_string" "secret_string_value")
  (#eq? @_json "json")
  (#eq? @_dumps "dumps"))
