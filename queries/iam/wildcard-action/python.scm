; IAM003: actions `*` or `service:*` in an allow statement. Deny statements are left alone, and
; so are grants to an account root principal (the KMS key policy statement that delegates access
; to the account's IAM policies: `kms:*` to `AccountRootPrincipal` / `arn:…:root`).

; `actions=["s3:*"]` in a policy statement (or any `actions` list of strings).
((argument_list
  (keyword_argument
    name: (identifier) @_key
    value: (list (_) @report))) @_stmt
  (#eq? @_key "actions")
  (#value-string? @report "^(?:[A-Za-z0-9-]+:)?\\*$")
  (#not-match? @_stmt "(?i)\\beffect\\s*=\\s*[\\w.]*\\.deny\\b")
  (#not-match? @_stmt "AccountRootPrincipal|:root['\"`]"))

; `"Action": "s3:*"` / `"Action": ["*"]` in a JSON policy document (`from_json`, L1 `policy_document`).
((dictionary
  (pair
    key: (_) @_key
    value: [(list (_) @report) (_) @report])) @_stmt
  (#match? @_key "^['\"]Action['\"]$")
  (#value-string? @report "^(?:[A-Za-z0-9-]+:)?\\*$")
  (#not-match? @_stmt "(?i)['\"]effect['\"]\\s*:\\s*['\"]deny['\"]")
  (#not-match? @_stmt "AccountRootPrincipal|:root['\"`]"))

; `statement.add_actions("s3:*")`, `resource.grant(grantee, "s3:*")`.
((call
  function: (attribute
    attribute: (identifier) @_method)
  arguments: (argument_list (_) @report))
  (#any-of? @_method "add_actions" "grant")
  (#value-string? @report "^(?:[A-Za-z0-9-]+:)?\\*$"))
