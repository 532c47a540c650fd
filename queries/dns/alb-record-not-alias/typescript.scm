; Fixable: the only argument is `<lb>.loadBalancerDnsName`.
((call_expression
  function: (member_expression
    property: (property_identifier) @method) @_callee
  arguments: (arguments
    .
    (member_expression
      object: (_) @lb
      property: (property_identifier) @_prop) @report
    .)) @construct
  (#eq? @method "fromIpAddresses")
  (#cdk-ref? @_callee "aws_route53.RecordTarget.fromIpAddresses")
  (#value-member? @report "loadBalancerDnsName"))

; Any argument that is, or is bound in this file to, a load balancer DNS name.
((call_expression
  function: (member_expression
    property: (property_identifier) @method) @_callee
  arguments: (arguments
    (_) @report)) @construct
  (#eq? @method "fromIpAddresses")
  (#cdk-ref? @_callee "aws_route53.RecordTarget.fromIpAddresses")
  (#value-member? @report "loadBalancerDnsName"))

; A hostname literal (or a name bound to one); IP literals end in digits and are not matched.
((call_expression
  function: (member_expression
    property: (property_identifier) @method) @_callee
  arguments: (arguments
    (_) @report)) @construct
  (#eq? @method "fromIpAddresses")
  (#cdk-ref? @_callee "aws_route53.RecordTarget.fromIpAddresses")
  (#value-string? @report "(?i)^(?:[a-z0-9_-]+|\\$?\\{[^}]*\\})(?:\\.(?:[a-z0-9_-]+|\\$?\\{[^}]*\\}))*\\.[a-z][a-z0-9-]*\\.?$")
  (#set! variant "hostname"))
