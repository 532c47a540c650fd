;; DAT005: `new kms.Key(…)` without `enableKeyRotation: true`. Keys whose `keySpec` is not
;; `SYMMETRIC_DEFAULT` (asymmetric and HMAC keys) cannot rotate and are not flagged; a `keySpec`
;; the rule cannot read (a variable) is not judged either.

; `enableKeyRotation: false` on a symmetric key.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair key: (_) @_key value: (false) @report)) @_props)) @construct
  (#key? @_key "enableKeyRotation")
  (#cdk-ref? @_class "aws_kms.Key")
  (#lacks-prop? @_props "keySpec")
  (#set! variant "disabled"))

((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair key: (_) @_key value: (false) @report)) @_props)) @construct
  (#key? @_key "enableKeyRotation")
  (#cdk-ref? @_class "aws_kms.Key")
  (#match? @_props "(?i)\\bkeySpec['\"]?\\s*:\\s*[\\w.]*\\bSYMMETRIC_DEFAULT\\b")
  (#set! variant "disabled"))

; No `enableKeyRotation` (the props object may be absent: `new kms.Key(this, 'K')`).
((new_expression
  constructor: (_) @report
  arguments: (arguments) @args) @construct
  (#cdk-ref? @report "aws_kms.Key")
  (#lacks-prop? @args "enableKeyRotation" "keySpec")
  (#set! variant "missing"))

((new_expression
  constructor: (_) @report
  arguments: (arguments) @args) @construct
  (#cdk-ref? @report "aws_kms.Key")
  (#lacks-prop? @args "enableKeyRotation")
  (#match? @args "(?i)\\bkeySpec['\"]?\\s*:\\s*[\\w.]*\\bSYMMETRIC_DEFAULT\\b")
  (#set! variant "missing"))
