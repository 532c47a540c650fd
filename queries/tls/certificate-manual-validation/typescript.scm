; The fix validates in the file's hosted zone: `{sole:zones}` in rule.toml finds the one zone
; created or imported in the file (and offers no fix when there are none or several).

; no `validation` (e-mail by default).
((new_expression constructor: (_) @report arguments: (arguments) @props) @construct
  (#cdk-ref? @report "aws_certificatemanager.Certificate")
  (#lacks-prop? @props "validation"))

; `CertificateValidation.fromEmail(…)`.
((new_expression constructor: (_) @_class arguments: (arguments (object (pair key: (_) @_vk value: (call_expression function: (_) @_fn arguments: (arguments) @_vargs) @report)))) @construct
  (#cdk-ref? @_class "aws_certificatemanager.Certificate")
  (#key? @_vk "validation")
  (#cdk-ref? @_fn "aws_certificatemanager.CertificateValidation.fromEmail")
  (#set! variant "email"))

; `CertificateValidation.fromDns()` without a zone (information).
((new_expression constructor: (_) @_class arguments: (arguments (object (pair key: (_) @_vk value: (call_expression function: (_) @_fn arguments: (arguments) @_vargs) @report)))) @construct
  (#cdk-ref? @_class "aws_certificatemanager.Certificate")
  (#key? @_vk "validation")
  (#cdk-ref? @_fn "aws_certificatemanager.CertificateValidation.fromDns")
  (#match? @_vargs "^\\(\\s*\\)$")
  (#set! variant "dns-without-zone"))
