; IAM001: a policy statement whose resources are `*`.
; Deny statements are left alone: denying on `*` is how guardrails are written. So are
; resource policies (statements with principals, e.g. KMS key policies), where `*` means the
; resource the policy is attached to.

; `new iam.PolicyStatement({ actions: [...], resources: ['*'] })` where every action can only
; be granted on `*` (both prop orders): information only.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair key: (_) @_akey value: (_) @actions)
      (pair key: (_) @_rkey value: (array (_) @report))) @_stmt)) @construct
  (#key? @_akey "actions")
  (#key? @_rkey "resources")
  (#value-string? @report "^\\*$")
  (#cdk-ref? @_class "aws_iam.PolicyStatement")
  (#not-match? @_stmt "(?i)\\beffect['\"]?\\s*:\\s*(?:[\\w.]*\\.deny\\b|['\"]deny['\"])")
  (#not-match? @_stmt "(?i)\\bprincipals['\"]?\\s*:")
  (#all-strings-match-list? @actions "$wildcard-only-actions")
  (#set! variant "wildcard-only"))

((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair key: (_) @_rkey value: (array (_) @report))
      (pair key: (_) @_akey value: (_) @actions)) @_stmt)) @construct
  (#key? @_akey "actions")
  (#key? @_rkey "resources")
  (#value-string? @report "^\\*$")
  (#cdk-ref? @_class "aws_iam.PolicyStatement")
  (#not-match? @_stmt "(?i)\\beffect['\"]?\\s*:\\s*(?:[\\w.]*\\.deny\\b|['\"]deny['\"])")
  (#not-match? @_stmt "(?i)\\bprincipals['\"]?\\s*:")
  (#all-strings-match-list? @actions "$wildcard-only-actions")
  (#set! variant "wildcard-only"))

; `new iam.PolicyStatement({ …, resources: ['*'] })`.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair key: (_) @_rkey value: (array (_) @report))) @_stmt)) @construct
  (#key? @_rkey "resources")
  (#value-string? @report "^\\*$")
  (#cdk-ref? @_class "aws_iam.PolicyStatement")
  (#not-match? @_stmt "(?i)\\beffect['\"]?\\s*:\\s*(?:[\\w.]*\\.deny\\b|['\"]deny['\"])")
  (#not-match? @_stmt "(?i)\\bprincipals['\"]?\\s*:"))

; `statement.addResources('*')`.
((call_expression
  function: (member_expression
    property: (property_identifier) @_method)
  arguments: (arguments (_) @report)) @construct
  (#eq? @_method "addResources")
  (#value-string? @report "^\\*$"))

; `statement.addAllResources()`.
((call_expression
  function: (member_expression
    property: (property_identifier) @_method)
  arguments: (arguments) @_args) @report
  (#eq? @_method "addAllResources")
  (#eq? @_args "()")
  (#set! variant "add-all"))

; `iam.PolicyStatement.fromJson({ Action: …, Resource: '*' | ['*'] })`.
((call_expression
  function: (_) @_callee
  arguments: (arguments
    (object
      (pair key: (_) @_akey value: (_) @actions)
      (pair key: (_) @_rkey value: [(array (_) @report) (_) @report])) @construct))
  (#key? @_akey "Action")
  (#key? @_rkey "Resource")
  (#value-string? @report "^\\*$")
  (#cdk-ref? @_callee "aws_iam.PolicyStatement.fromJson")
  (#not-match? @construct "(?i)\\beffect['\"]?\\s*:\\s*['\"]deny['\"]")
  (#not-match? @construct "(?i)\\bprincipal['\"]?\\s*:")
  (#all-strings-match-list? @actions "$wildcard-only-actions")
  (#set! variant "wildcard-only"))

((call_expression
  function: (_) @_callee
  arguments: (arguments
    (object
      (pair key: (_) @_rkey value: [(array (_) @report) (_) @report])
      (pair key: (_) @_akey value: (_) @actions)) @construct))
  (#key? @_akey "Action")
  (#key? @_rkey "Resource")
  (#value-string? @report "^\\*$")
  (#cdk-ref? @_callee "aws_iam.PolicyStatement.fromJson")
  (#not-match? @construct "(?i)\\beffect['\"]?\\s*:\\s*['\"]deny['\"]")
  (#not-match? @construct "(?i)\\bprincipal['\"]?\\s*:")
  (#all-strings-match-list? @actions "$wildcard-only-actions")
  (#set! variant "wildcard-only"))

((call_expression
  function: (_) @_callee
  arguments: (arguments
    (object
      (pair key: (_) @_rkey value: [(array (_) @report) (_) @report])) @construct))
  (#key? @_rkey "Resource")
  (#value-string? @report "^\\*$")
  (#cdk-ref? @_callee "aws_iam.PolicyStatement.fromJson")
  (#not-match? @construct "(?i)\\beffect['\"]?\\s*:\\s*['\"]deny['\"]")
  (#not-match? @construct "(?i)\\bprincipal['\"]?\\s*:"))

; `iam.PolicyDocument.fromJson({ Statement: [{ Action: …, Resource: '*' }] })`.
((call_expression
  function: (_) @_callee
  arguments: (arguments
    (object
      (pair
        key: (_) @_skey
        value: (array
          (object
            (pair key: (_) @_akey value: (_) @actions)
            (pair key: (_) @_rkey value: [(array (_) @report) (_) @report])) @construct)))))
  (#key? @_skey "Statement")
  (#key? @_akey "Action")
  (#key? @_rkey "Resource")
  (#value-string? @report "^\\*$")
  (#cdk-ref? @_callee "aws_iam.PolicyDocument.fromJson")
  (#not-match? @construct "(?i)\\beffect['\"]?\\s*:\\s*['\"]deny['\"]")
  (#not-match? @construct "(?i)\\bprincipal['\"]?\\s*:")
  (#all-strings-match-list? @actions "$wildcard-only-actions")
  (#set! variant "wildcard-only"))

((call_expression
  function: (_) @_callee
  arguments: (arguments
    (object
      (pair
        key: (_) @_skey
        value: (array
          (object
            (pair key: (_) @_rkey value: [(array (_) @report) (_) @report])
            (pair key: (_) @_akey value: (_) @actions)) @construct)))))
  (#key? @_skey "Statement")
  (#key? @_akey "Action")
  (#key? @_rkey "Resource")
  (#value-string? @report "^\\*$")
  (#cdk-ref? @_callee "aws_iam.PolicyDocument.fromJson")
  (#not-match? @construct "(?i)\\beffect['\"]?\\s*:\\s*['\"]deny['\"]")
  (#not-match? @construct "(?i)\\bprincipal['\"]?\\s*:")
  (#all-strings-match-list? @actions "$wildcard-only-actions")
  (#set! variant "wildcard-only"))

((call_expression
  function: (_) @_callee
  arguments: (arguments
    (object
      (pair
        key: (_) @_skey
        value: (array
          (object
            (pair key: (_) @_rkey value: [(array (_) @report) (_) @report])) @construct)))))
  (#key? @_skey "Statement")
  (#key? @_rkey "Resource")
  (#value-string? @report "^\\*$")
  (#cdk-ref? @_callee "aws_iam.PolicyDocument.fromJson")
  (#not-match? @construct "(?i)\\beffect['\"]?\\s*:\\s*['\"]deny['\"]")
  (#not-match? @construct "(?i)\\bprincipal['\"]?\\s*:"))
