; Fixable: the only argument is `<lb>.load_balancer_dns_name`.
((call
  function: (attribute
    attribute: (identifier) @method) @_callee
  arguments: (argument_list
    .
    (attribute
      object: (_) @lb
      attribute: (identifier) @_prop) @report
    .)) @construct
  (#eq? @method "from_ip_addresses")
  (#cdk-ref? @_callee "aws_route53.RecordTarget.fromIpAddresses")
  (#value-member? @report "loadBalancerDnsName"))

; Any argument that is, or is bound in this file to, a load balancer DNS name.
((call
  function: (attribute
    attribute: (identifier) @method) @_callee
  arguments: (argument_list
    (_) @report)) @construct
  (#eq? @method "from_ip_addresses")
  (#cdk-ref? @_callee "aws_route53.RecordTarget.fromIpAddresses")
  (#value-member? @report "loadBalancerDnsName"))

; A hostname literal (or a name bound to one); IP literals end in digits and are not matched.
((call
  function: (attribute
    attribute: (identifier) @method) @_callee
  arguments: (argument_list
    (_) @report)) @construct
  (#eq? @method "from_ip_addresses")
  (#cdk-ref? @_callee "aws_route53.RecordTarget.fromIpAddresses")
  (#value-string? @report "(?i)^(?:[a-z0-9_-]+|\\$?\\{[^}]*\\})(?:\\.(?:[a-z0-9_-]+|\\$?\\{[^}]*\\}))*\\.[a-z][a-z0-9-]*\\.?$")
  (#set! variant "hostname"))
