; IAM003: actions `*` or `service:*` in an allow statement. Deny statements are left alone, and
; so are grants to an account root principal (the KMS key policy statement that delegates access
; to the account's IAM policies: `kms:*` to `AccountRootPrincipal` / `arn:…:root`).

; `actions: ['s3:*']` in a policy statement's props (or any `actions` list of strings).
((object
  (pair
    key: (_) @_key
    value: (array (_) @report))) @_stmt
  (#key? @_key "actions")
  (#value-string? @report "^(?:[A-Za-z0-9-]+:)?\\*$")
  (#not-match? @_stmt "(?i)\\beffect['\"]?\\s*:\\s*(?:[\\w.]*\\.deny\\b|['\"]deny['\"])")
  (#not-match? @_stmt "AccountRootPrincipal|:root['\"`]"))

; `Action: 's3:*'` / `Action: ['*']` in a JSON policy document (`fromJson`, L1 `policyDocument`).
((object
  (pair
    key: (_) @_key
    value: [(array (_) @report) (_) @report])) @_stmt
  (#match? @_key "^['\"]?Action['\"]?$")
  (#value-string? @report "^(?:[A-Za-z0-9-]+:)?\\*$")
  (#not-match? @_stmt "(?i)\\beffect['\"]?\\s*:\\s*['\"]deny['\"]")
  (#not-match? @_stmt "AccountRootPrincipal|:root['\"`]"))

; `statement.addActions('s3:*')`, `resource.grant(grantee, 's3:*')`.
((call_expression
  function: (member_expression
    property: (property_identifier) @_method)
  arguments: (arguments (_) @report))
  (#any-of? @_method "addActions" "grant")
  (#value-string? @report "^(?:[A-Za-z0-9-]+:)?\\*$"))
