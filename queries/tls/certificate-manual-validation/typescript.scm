; Fixable forms: exactly one public hosted zone in the file (`#sole-instance?`), bound to a
; name in an earlier statement of the same block as the certificate.

; no `validation` (e-mail by default), with the zone to validate in.
((_
    [
      (lexical_declaration (variable_declarator name: (identifier) @zone))
      (variable_declaration (variable_declarator name: (identifier) @zone))
      (expression_statement (assignment_expression left: [(identifier) (member_expression)] @zone))
    ]
    [
      (expression_statement (new_expression constructor: (_) @report arguments: (arguments) @props) @construct)
      (expression_statement (assignment_expression right: (new_expression constructor: (_) @report arguments: (arguments) @props) @construct))
      (lexical_declaration (variable_declarator value: (new_expression constructor: (_) @report arguments: (arguments) @props) @construct))
      (variable_declaration (variable_declarator value: (new_expression constructor: (_) @report arguments: (arguments) @props) @construct))
    ])
  (#cdk-ref? @report "aws_certificatemanager.Certificate")
  (#lacks-prop? @props "validation")
  (#sole-instance? @zone "$zones"))

; `CertificateValidation.fromEmail(…)`, with the zone to validate in.
((_
    [
      (lexical_declaration (variable_declarator name: (identifier) @zone))
      (variable_declaration (variable_declarator name: (identifier) @zone))
      (expression_statement (assignment_expression left: [(identifier) (member_expression)] @zone))
    ]
    [
      (expression_statement (new_expression constructor: (_) @_class arguments: (arguments (object (pair key: (_) @_vk value: (call_expression function: (_) @_fn arguments: (arguments) @_vargs) @report)))) @construct)
      (expression_statement (assignment_expression right: (new_expression constructor: (_) @_class arguments: (arguments (object (pair key: (_) @_vk value: (call_expression function: (_) @_fn arguments: (arguments) @_vargs) @report)))) @construct))
      (lexical_declaration (variable_declarator value: (new_expression constructor: (_) @_class arguments: (arguments (object (pair key: (_) @_vk value: (call_expression function: (_) @_fn arguments: (arguments) @_vargs) @report)))) @construct))
      (variable_declaration (variable_declarator value: (new_expression constructor: (_) @_class arguments: (arguments (object (pair key: (_) @_vk value: (call_expression function: (_) @_fn arguments: (arguments) @_vargs) @report)))) @construct))
    ])
  (#cdk-ref? @_class "aws_certificatemanager.Certificate")
  (#key? @_vk "validation")
  (#cdk-ref? @_fn "aws_certificatemanager.CertificateValidation.fromEmail")
  (#set! variant "email")
  (#sole-instance? @zone "$zones"))

; `CertificateValidation.fromDns()` without a zone (information), with the zone to validate in.
((_
    [
      (lexical_declaration (variable_declarator name: (identifier) @zone))
      (variable_declaration (variable_declarator name: (identifier) @zone))
      (expression_statement (assignment_expression left: [(identifier) (member_expression)] @zone))
    ]
    [
      (expression_statement (new_expression constructor: (_) @_class arguments: (arguments (object (pair key: (_) @_vk value: (call_expression function: (_) @_fn arguments: (arguments) @_vargs) @report)))) @construct)
      (expression_statement (assignment_expression right: (new_expression constructor: (_) @_class arguments: (arguments (object (pair key: (_) @_vk value: (call_expression function: (_) @_fn arguments: (arguments) @_vargs) @report)))) @construct))
      (lexical_declaration (variable_declarator value: (new_expression constructor: (_) @_class arguments: (arguments (object (pair key: (_) @_vk value: (call_expression function: (_) @_fn arguments: (arguments) @_vargs) @report)))) @construct))
      (variable_declaration (variable_declarator value: (new_expression constructor: (_) @_class arguments: (arguments (object (pair key: (_) @_vk value: (call_expression function: (_) @_fn arguments: (arguments) @_vargs) @report)))) @construct))
    ])
  (#cdk-ref? @_class "aws_certificatemanager.Certificate")
  (#key? @_vk "validation")
  (#cdk-ref? @_fn "aws_certificatemanager.CertificateValidation.fromDns")
  (#match? @_vargs "^\\(\\s*\\)$")
  (#set! variant "dns-without-zone")
  (#sole-instance? @zone "$zones"))

; The same without a usable zone: reported, no fix.

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
