;; DAT005: `kms.Key(…)` without `enable_key_rotation=True`. Keys whose `key_spec` is not
;; `SYMMETRIC_DEFAULT` (asymmetric and HMAC keys) cannot rotate and are not flagged; a `key_spec`
;; the rule cannot read (a variable) is not judged either.

; `enable_key_rotation=False` on a symmetric key.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument name: (identifier) @_key value: (false) @report)) @_props) @construct
  (#key? @_key "enable_key_rotation")
  (#cdk-ref? @_class "aws_kms.Key")
  (#lacks-prop? @_props "key_spec")
  (#set! variant "disabled"))

((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument name: (identifier) @_key value: (false) @report)) @_props) @construct
  (#key? @_key "enable_key_rotation")
  (#cdk-ref? @_class "aws_kms.Key")
  (#match? @_props "(?i)\\bkey_spec\\s*=\\s*[\\w.]*\\bSYMMETRIC_DEFAULT\\b")
  (#set! variant "disabled"))

; No `enable_key_rotation`.
((call
  function: (_) @report
  arguments: (argument_list) @args) @construct
  (#cdk-ref? @report "aws_kms.Key")
  (#lacks-prop? @args "enable_key_rotation" "key_spec")
  (#set! variant "missing"))

((call
  function: (_) @report
  arguments: (argument_list) @args) @construct
  (#cdk-ref? @report "aws_kms.Key")
  (#lacks-prop? @args "enable_key_rotation")
  (#match? @args "(?i)\\bkey_spec\\s*=\\s*[\\w.]*\\bSYMMETRIC_DEFAULT\\b")
  (#set! variant "missing"))
