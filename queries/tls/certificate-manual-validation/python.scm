; Fixable forms: exactly one public hosted zone in the file (`#sole-instance?`), bound to a
; name in an earlier statement of the same block as the certificate.

; no `validation` (e-mail by default), with the zone to validate in.
((_
    (expression_statement (assignment left: [(identifier) (attribute)] @zone))
    (expression_statement [
      (call function: (_) @report arguments: (argument_list) @props) @construct
      (assignment right: (call function: (_) @report arguments: (argument_list) @props) @construct)
    ]))
  (#cdk-ref? @report "aws_certificatemanager.Certificate")
  (#lacks-prop? @props "validation")
  (#sole-instance? @zone "$zones"))

; `CertificateValidation.fromEmail(…)`, with the zone to validate in.
((_
    (expression_statement (assignment left: [(identifier) (attribute)] @zone))
    (expression_statement [
      (call function: (_) @_class arguments: (argument_list (keyword_argument name: (identifier) @_vk value: (call function: (_) @_fn arguments: (argument_list) @_vargs) @report))) @construct
      (assignment right: (call function: (_) @_class arguments: (argument_list (keyword_argument name: (identifier) @_vk value: (call function: (_) @_fn arguments: (argument_list) @_vargs) @report))) @construct)
    ]))
  (#cdk-ref? @_class "aws_certificatemanager.Certificate")
  (#key? @_vk "validation")
  (#cdk-ref? @_fn "aws_certificatemanager.CertificateValidation.fromEmail")
  (#set! variant "email")
  (#sole-instance? @zone "$zones"))

; `CertificateValidation.fromDns()` without a zone (information), with the zone to validate in.
((_
    (expression_statement (assignment left: [(identifier) (attribute)] @zone))
    (expression_statement [
      (call function: (_) @_class arguments: (argument_list (keyword_argument name: (identifier) @_vk value: (call function: (_) @_fn arguments: (argument_list) @_vargs) @report))) @construct
      (assignment right: (call function: (_) @_class arguments: (argument_list (keyword_argument name: (identifier) @_vk value: (call function: (_) @_fn arguments: (argument_list) @_vargs) @report))) @construct)
    ]))
  (#cdk-ref? @_class "aws_certificatemanager.Certificate")
  (#key? @_vk "validation")
  (#cdk-ref? @_fn "aws_certificatemanager.CertificateValidation.fromDns")
  (#match? @_vargs "^\\(\\s*\\)$")
  (#set! variant "dns-without-zone")
  (#sole-instance? @zone "$zones"))

; The same without a usable zone: reported, no fix.

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
