; The fix validates in the file's hosted zone: `{sole:zones}` in rule.toml finds the one zone
; created or imported in the file (and offers no fix when there are none or several).

; no `validation` (e-mail by default).
((call function: (_) @report arguments: (argument_list) @props) @construct
  (#cdk-ref? @report "aws_certificatemanager.Certificate")
  (#lacks-prop? @props "validation"))

; `CertificateValidation.fromEmail(…)`.
((call function: (_) @_class arguments: (argument_list (keyword_argument name: (identifier) @_vk value: (call function: (_) @_fn arguments: (argument_list) @_vargs) @report))) @construct
  (#cdk-ref? @_class "aws_certificatemanager.Certificate")
  (#key? @_vk "validation")
  (#cdk-ref? @_fn "aws_certificatemanager.CertificateValidation.fromEmail")
  (#set! variant "email"))

; `CertificateValidation.fromDns()` without a zone (information).
((call function: (_) @_class arguments: (argument_list (keyword_argument name: (identifier) @_vk value: (call function: (_) @_fn arguments: (argument_list) @_vargs) @report))) @construct
  (#cdk-ref? @_class "aws_certificatemanager.Certificate")
  (#key? @_vk "validation")
  (#cdk-ref? @_fn "aws_certificatemanager.CertificateValidation.fromDns")
  (#match? @_vargs "^\\(\\s*\\)$")
  (#set! variant "dns-without-zone"))
