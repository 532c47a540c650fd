; IAM001: a policy statement whose resources are `*`.
; Deny statements are left alone: denying on `*` is how guardrails are written. So are
; resource policies (statements with principals, e.g. KMS key policies), where `*` means the
; resource the policy is attached to.

; `iam.PolicyStatement(actions=[...], resources=["*"])` where every action can only be granted
; on `*` (both keyword orders): information only.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument name: (identifier) @_akey value: (_) @actions)
    (keyword_argument name: (identifier) @_rkey value: (list (_) @report))) @_stmt) @construct
  (#key? @_akey "actions")
  (#key? @_rkey "resources")
  (#value-string? @report "^\\*$")
  (#cdk-ref? @_class "aws_iam.PolicyStatement")
  (#not-match? @_stmt "(?i)\\beffect\\s*=\\s*[\\w.]*\\.deny\\b")
  (#not-match? @_stmt "\\bprincipals\\s*=")
  (#all-strings-match-list? @actions "$wildcard-only-actions")
  (#set! variant "wildcard-only"))

((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument name: (identifier) @_rkey value: (list (_) @report))
    (keyword_argument name: (identifier) @_akey value: (_) @actions)) @_stmt) @construct
  (#key? @_akey "actions")
  (#key? @_rkey "resources")
  (#value-string? @report "^\\*$")
  (#cdk-ref? @_class "aws_iam.PolicyStatement")
  (#not-match? @_stmt "(?i)\\beffect\\s*=\\s*[\\w.]*\\.deny\\b")
  (#not-match? @_stmt "\\bprincipals\\s*=")
  (#all-strings-match-list? @actions "$wildcard-only-actions")
  (#set! variant "wildcard-only"))

; `iam.PolicyStatement(…, resources=["*"])`.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument name: (identifier) @_rkey value: (list (_) @report))) @_stmt) @construct
  (#key? @_rkey "resources")
  (#value-string? @report "^\\*$")
  (#cdk-ref? @_class "aws_iam.PolicyStatement")
  (#not-match? @_stmt "(?i)\\beffect\\s*=\\s*[\\w.]*\\.deny\\b")
  (#not-match? @_stmt "\\bprincipals\\s*="))

; `statement.add_resources("*")`.
((call
  function: (attribute
    attribute: (identifier) @_method)
  arguments: (argument_list (_) @report)) @construct
  (#eq? @_method "add_resources")
  (#value-string? @report "^\\*$"))

; `statement.add_all_resources()`.
((call
  function: (attribute
    attribute: (identifier) @_method)
  arguments: (argument_list) @_args) @report
  (#eq? @_method "add_all_resources")
  (#eq? @_args "()")
  (#set! variant "add-all"))

; `iam.PolicyStatement.from_json({"Action": …, "Resource": "*" | ["*"]})`.
((call
  function: (_) @_callee
  arguments: (argument_list
    (dictionary
      (pair key: (_) @_akey value: (_) @actions)
      (pair key: (_) @_rkey value: [(list (_) @report) (_) @report])) @construct))
  (#key? @_akey "Action")
  (#key? @_rkey "Resource")
  (#value-string? @report "^\\*$")
  (#cdk-ref? @_callee "aws_iam.PolicyStatement.fromJson")
  (#not-match? @construct "(?i)['\"]effect['\"]\\s*:\\s*['\"]deny['\"]")
  (#not-match? @construct "(?i)['\"]principal['\"]\\s*:")
  (#all-strings-match-list? @actions "$wildcard-only-actions")
  (#set! variant "wildcard-only"))

((call
  function: (_) @_callee
  arguments: (argument_list
    (dictionary
      (pair key: (_) @_rkey value: [(list (_) @report) (_) @report])
      (pair key: (_) @_akey value: (_) @actions)) @construct))
  (#key? @_akey "Action")
  (#key? @_rkey "Resource")
  (#value-string? @report "^\\*$")
  (#cdk-ref? @_callee "aws_iam.PolicyStatement.fromJson")
  (#not-match? @construct "(?i)['\"]effect['\"]\\s*:\\s*['\"]deny['\"]")
  (#not-match? @construct "(?i)['\"]principal['\"]\\s*:")
  (#all-strings-match-list? @actions "$wildcard-only-actions")
  (#set! variant "wildcard-only"))

((call
  function: (_) @_callee
  arguments: (argument_list
    (dictionary
      (pair key: (_) @_rkey value: [(list (_) @report) (_) @report])) @construct))
  (#key? @_rkey "Resource")
  (#value-string? @report "^\\*$")
  (#cdk-ref? @_callee "aws_iam.PolicyStatement.fromJson")
  (#not-match? @construct "(?i)['\"]effect['\"]\\s*:\\s*['\"]deny['\"]")
  (#not-match? @construct "(?i)['\"]principal['\"]\\s*:"))

; `iam.PolicyDocument.from_json({"Statement": [{"Action": …, "Resource": "*"}]})`.
((call
  function: (_) @_callee
  arguments: (argument_list
    (dictionary
      (pair
        key: (_) @_skey
        value: (list
          (dictionary
            (pair key: (_) @_akey value: (_) @actions)
            (pair key: (_) @_rkey value: [(list (_) @report) (_) @report])) @construct)))))
  (#key? @_skey "Statement")
  (#key? @_akey "Action")
  (#key? @_rkey "Resource")
  (#value-string? @report "^\\*$")
  (#cdk-ref? @_callee "aws_iam.PolicyDocument.fromJson")
  (#not-match? @construct "(?i)['\"]effect['\"]\\s*:\\s*['\"]deny['\"]")
  (#not-match? @construct "(?i)['\"]principal['\"]\\s*:")
  (#all-strings-match-list? @actions "$wildcard-only-actions")
  (#set! variant "wildcard-only"))

((call
  function: (_) @_callee
  arguments: (argument_list
    (dictionary
      (pair
        key: (_) @_skey
        value: (list
          (dictionary
            (pair key: (_) @_rkey value: [(list (_) @report) (_) @report])
            (pair key: (_) @_akey value: (_) @actions)) @construct)))))
  (#key? @_skey "Statement")
  (#key? @_akey "Action")
  (#key? @_rkey "Resource")
  (#value-string? @report "^\\*$")
  (#cdk-ref? @_callee "aws_iam.PolicyDocument.fromJson")
  (#not-match? @construct "(?i)['\"]effect['\"]\\s*:\\s*['\"]deny['\"]")
  (#not-match? @construct "(?i)['\"]principal['\"]\\s*:")
  (#all-strings-match-list? @actions "$wildcard-only-actions")
  (#set! variant "wildcard-only"))

((call
  function: (_) @_callee
  arguments: (argument_list
    (dictionary
      (pair
        key: (_) @_skey
        value: (list
          (dictionary
            (pair key: (_) @_rkey value: [(list (_) @report) (_) @report])) @construct)))))
  (#key? @_skey "Statement")
  (#key? @_rkey "Resource")
  (#value-string? @report "^\\*$")
  (#cdk-ref? @_callee "aws_iam.PolicyDocument.fromJson")
  (#not-match? @construct "(?i)['\"]effect['\"]\\s*:\\s*['\"]deny['\"]")
  (#not-match? @construct "(?i)['\"]principal['\"]\\s*:"))
