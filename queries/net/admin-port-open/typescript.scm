; `addIngressRule(peer, port)` / `connections.allowFrom(peer, port)`: peer the whole internet, port tcp(22) / tcpRange covering 22 or 3389.
((call_expression
  function: (member_expression
    property: (property_identifier) @_method)
  arguments: (arguments
    (call_expression
      function: (_) @_peerfn) @peer
    .
    (comment)*
    .
    (call_expression
      function: (_) @_portfn) @port)) @report
  (#any-of? @_method "addIngressRule" "allowFrom")
  (#cdk-ref? @_peerfn "aws_ec2.Peer.anyIpv4" "aws_ec2.Peer.anyIpv6")
  (#cdk-ref? @_portfn "aws_ec2.Port.tcp" "aws_ec2.Port.tcpRange")
  (#number-range-covers? @port "22" "3389"))

; `addIngressRule(peer, port)` / `connections.allowFrom(peer, port)`: peer the whole internet, port Port.SSH / Port.RDP / allTcp() / allTraffic().
((call_expression
  function: (member_expression
    property: (property_identifier) @_method)
  arguments: (arguments
    (call_expression
      function: (_) @_peerfn) @peer
    .
    (comment)*
    .
    [
      (call_expression
        function: (_) @_portref)
      (member_expression) @_portref
    ] @port)) @report
  (#any-of? @_method "addIngressRule" "allowFrom")
  (#cdk-ref? @_peerfn "aws_ec2.Peer.anyIpv4" "aws_ec2.Peer.anyIpv6")
  (#cdk-ref? @_portref "aws_ec2.Port.SSH" "aws_ec2.Port.RDP" "aws_ec2.Port.allTcp" "aws_ec2.Port.allTraffic"))

; `addIngressRule(peer, port)` / `connections.allowFrom(peer, port)`: peer 0.0.0.0/0 or ::/0, port tcp(22) / tcpRange covering 22 or 3389.
((call_expression
  function: (member_expression
    property: (property_identifier) @_method)
  arguments: (arguments
    (call_expression
      function: (_) @_peerfn
      arguments: (arguments . (_) @_cidr)) @peer
    .
    (comment)*
    .
    (call_expression
      function: (_) @_portfn) @port)) @report
  (#any-of? @_method "addIngressRule" "allowFrom")
  (#cdk-ref? @_peerfn "aws_ec2.Peer.ipv4" "aws_ec2.Peer.ipv6")
  (#value-string? @_cidr "^(?:0\\.0\\.0\\.0/0|::/0)$")
  (#cdk-ref? @_portfn "aws_ec2.Port.tcp" "aws_ec2.Port.tcpRange")
  (#number-range-covers? @port "22" "3389"))

; `addIngressRule(peer, port)` / `connections.allowFrom(peer, port)`: peer 0.0.0.0/0 or ::/0, port Port.SSH / Port.RDP / allTcp() / allTraffic().
((call_expression
  function: (member_expression
    property: (property_identifier) @_method)
  arguments: (arguments
    (call_expression
      function: (_) @_peerfn
      arguments: (arguments . (_) @_cidr)) @peer
    .
    (comment)*
    .
    [
      (call_expression
        function: (_) @_portref)
      (member_expression) @_portref
    ] @port)) @report
  (#any-of? @_method "addIngressRule" "allowFrom")
  (#cdk-ref? @_peerfn "aws_ec2.Peer.ipv4" "aws_ec2.Peer.ipv6")
  (#value-string? @_cidr "^(?:0\\.0\\.0\\.0/0|::/0)$")
  (#cdk-ref? @_portref "aws_ec2.Port.SSH" "aws_ec2.Port.RDP" "aws_ec2.Port.allTcp" "aws_ec2.Port.allTraffic"))

; `addIngressRule(peer, port)` / `connections.allowFrom(peer, port)`: peer a /16 or wider range, port tcp(22) / tcpRange covering 22 or 3389.
((call_expression
  function: (member_expression
    property: (property_identifier) @_method)
  arguments: (arguments
    (call_expression
      function: (_) @_peerfn
      arguments: (arguments . (_) @_cidr)) @peer
    .
    (comment)*
    .
    (call_expression
      function: (_) @_portfn) @port)) @report
  (#any-of? @_method "addIngressRule" "allowFrom")
  (#cdk-ref? @_peerfn "aws_ec2.Peer.ipv4" "aws_ec2.Peer.ipv6")
  (#value-string? @_cidr "^[0-9A-Fa-f.:]+/(?:[1-9]|1[0-6])$")
  (#cdk-ref? @_portfn "aws_ec2.Port.tcp" "aws_ec2.Port.tcpRange")
  (#number-range-covers? @port "22" "3389")
  (#set! variant "wide"))

; `addIngressRule(peer, port)` / `connections.allowFrom(peer, port)`: peer a /16 or wider range, port Port.SSH / Port.RDP / allTcp() / allTraffic().
((call_expression
  function: (member_expression
    property: (property_identifier) @_method)
  arguments: (arguments
    (call_expression
      function: (_) @_peerfn
      arguments: (arguments . (_) @_cidr)) @peer
    .
    (comment)*
    .
    [
      (call_expression
        function: (_) @_portref)
      (member_expression) @_portref
    ] @port)) @report
  (#any-of? @_method "addIngressRule" "allowFrom")
  (#cdk-ref? @_peerfn "aws_ec2.Peer.ipv4" "aws_ec2.Peer.ipv6")
  (#value-string? @_cidr "^[0-9A-Fa-f.:]+/(?:[1-9]|1[0-6])$")
  (#cdk-ref? @_portref "aws_ec2.Port.SSH" "aws_ec2.Port.RDP" "aws_ec2.Port.allTcp" "aws_ec2.Port.allTraffic")
  (#set! variant "wide"))

; `connections.allowFromAnyIpv4(port)`: port tcp(22) / tcpRange covering 22 or 3389.
((call_expression
  function: (member_expression
    property: (property_identifier) @_method)
  arguments: (arguments
    (call_expression
      function: (_) @_portfn) @port)) @report
  (#eq? @_method "allowFromAnyIpv4")
  (#cdk-ref? @_portfn "aws_ec2.Port.tcp" "aws_ec2.Port.tcpRange")
  (#number-range-covers? @port "22" "3389")
  (#set! variant "any-ipv4-method"))

; `connections.allowFromAnyIpv4(port)`: port Port.SSH / Port.RDP / allTcp() / allTraffic().
((call_expression
  function: (member_expression
    property: (property_identifier) @_method)
  arguments: (arguments
    [
      (call_expression
        function: (_) @_portref)
      (member_expression) @_portref
    ] @port)) @report
  (#eq? @_method "allowFromAnyIpv4")
  (#cdk-ref? @_portref "aws_ec2.Port.SSH" "aws_ec2.Port.RDP" "aws_ec2.Port.allTcp" "aws_ec2.Port.allTraffic")
  (#set! variant "any-ipv4-method"))

; L1: `CfnSecurityGroupIngress` props, or an entry of `CfnSecurityGroup`'s `securityGroupIngress`,
; with `cidrIp` / `cidrIpv6` 0.0.0.0/0 or ::/0 and fromPort..toPort covers 22. Only the props argument
; (the third) is tried, which keeps the pattern cheap on every `new`.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    .
    (_)
    .
    (_)
    .
    [
      (object
        (pair
          key: (_) @_key
          value: (_) @report)) @_props
      (object
        (pair
          key: (_) @_ingress
          value: (array
            (object
              (pair
                key: (_) @_key
                value: (_) @report)) @_props)))
    ]))
  (#cdk-ref? @_class "aws_ec2.CfnSecurityGroupIngress" "aws_ec2.CfnSecurityGroup")
  (#match? @_ingress "(?i)^['\"]?security_?group_?ingress['\"]?$")
  (#match? @_key "(?i)^['\"]?cidr_?ip(?:v6)?['\"]?$")
  (#key? @_key "cidrIp" "cidrIpv6")
  (#value-string? @report "^(?:0\\.0\\.0\\.0/0|::/0)$")
  (#prop-string? @_props "ipProtocol" "(?i)^(?:tcp|6)$")
  (#prop-number? @_props "fromPort" "..22")
  (#prop-number? @_props "toPort" "22..")
  (#set! variant "l1"))

; L1: `CfnSecurityGroupIngress` props, or an entry of `CfnSecurityGroup`'s `securityGroupIngress`,
; with `cidrIp` / `cidrIpv6` 0.0.0.0/0 or ::/0 and fromPort..toPort covers 3389. Only the props argument
; (the third) is tried, which keeps the pattern cheap on every `new`.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    .
    (_)
    .
    (_)
    .
    [
      (object
        (pair
          key: (_) @_key
          value: (_) @report)) @_props
      (object
        (pair
          key: (_) @_ingress
          value: (array
            (object
              (pair
                key: (_) @_key
                value: (_) @report)) @_props)))
    ]))
  (#cdk-ref? @_class "aws_ec2.CfnSecurityGroupIngress" "aws_ec2.CfnSecurityGroup")
  (#match? @_ingress "(?i)^['\"]?security_?group_?ingress['\"]?$")
  (#match? @_key "(?i)^['\"]?cidr_?ip(?:v6)?['\"]?$")
  (#key? @_key "cidrIp" "cidrIpv6")
  (#value-string? @report "^(?:0\\.0\\.0\\.0/0|::/0)$")
  (#prop-string? @_props "ipProtocol" "(?i)^(?:tcp|6)$")
  (#prop-number? @_props "fromPort" "..3389")
  (#prop-number? @_props "toPort" "3389..")
  (#set! variant "l1"))

; L1: `CfnSecurityGroupIngress` props, or an entry of `CfnSecurityGroup`'s `securityGroupIngress`,
; with `cidrIp` / `cidrIpv6` 0.0.0.0/0 or ::/0 and ipProtocol -1 (every protocol and port). Only the props argument
; (the third) is tried, which keeps the pattern cheap on every `new`.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    .
    (_)
    .
    (_)
    .
    [
      (object
        (pair
          key: (_) @_key
          value: (_) @report)) @_props
      (object
        (pair
          key: (_) @_ingress
          value: (array
            (object
              (pair
                key: (_) @_key
                value: (_) @report)) @_props)))
    ]))
  (#cdk-ref? @_class "aws_ec2.CfnSecurityGroupIngress" "aws_ec2.CfnSecurityGroup")
  (#match? @_ingress "(?i)^['\"]?security_?group_?ingress['\"]?$")
  (#match? @_key "(?i)^['\"]?cidr_?ip(?:v6)?['\"]?$")
  (#key? @_key "cidrIp" "cidrIpv6")
  (#value-string? @report "^(?:0\\.0\\.0\\.0/0|::/0)$")
  (#prop-string? @_props "ipProtocol" "^-1$")
  (#set! variant "l1"))

; L1: `CfnSecurityGroupIngress` props, or an entry of `CfnSecurityGroup`'s `securityGroupIngress`,
; with `cidrIp` / `cidrIpv6` a /16 or wider range and fromPort..toPort covers 22. Only the props argument
; (the third) is tried, which keeps the pattern cheap on every `new`.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    .
    (_)
    .
    (_)
    .
    [
      (object
        (pair
          key: (_) @_key
          value: (_) @report)) @_props
      (object
        (pair
          key: (_) @_ingress
          value: (array
            (object
              (pair
                key: (_) @_key
                value: (_) @report)) @_props)))
    ]))
  (#cdk-ref? @_class "aws_ec2.CfnSecurityGroupIngress" "aws_ec2.CfnSecurityGroup")
  (#match? @_ingress "(?i)^['\"]?security_?group_?ingress['\"]?$")
  (#match? @_key "(?i)^['\"]?cidr_?ip(?:v6)?['\"]?$")
  (#key? @_key "cidrIp" "cidrIpv6")
  (#value-string? @report "^[0-9A-Fa-f.:]+/(?:[1-9]|1[0-6])$")
  (#prop-string? @_props "ipProtocol" "(?i)^(?:tcp|6)$")
  (#prop-number? @_props "fromPort" "..22")
  (#prop-number? @_props "toPort" "22..")
  (#set! variant "l1-wide"))

; L1: `CfnSecurityGroupIngress` props, or an entry of `CfnSecurityGroup`'s `securityGroupIngress`,
; with `cidrIp` / `cidrIpv6` a /16 or wider range and fromPort..toPort covers 3389. Only the props argument
; (the third) is tried, which keeps the pattern cheap on every `new`.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    .
    (_)
    .
    (_)
    .
    [
      (object
        (pair
          key: (_) @_key
          value: (_) @report)) @_props
      (object
        (pair
          key: (_) @_ingress
          value: (array
            (object
              (pair
                key: (_) @_key
                value: (_) @report)) @_props)))
    ]))
  (#cdk-ref? @_class "aws_ec2.CfnSecurityGroupIngress" "aws_ec2.CfnSecurityGroup")
  (#match? @_ingress "(?i)^['\"]?security_?group_?ingress['\"]?$")
  (#match? @_key "(?i)^['\"]?cidr_?ip(?:v6)?['\"]?$")
  (#key? @_key "cidrIp" "cidrIpv6")
  (#value-string? @report "^[0-9A-Fa-f.:]+/(?:[1-9]|1[0-6])$")
  (#prop-string? @_props "ipProtocol" "(?i)^(?:tcp|6)$")
  (#prop-number? @_props "fromPort" "..3389")
  (#prop-number? @_props "toPort" "3389..")
  (#set! variant "l1-wide"))

; L1: `CfnSecurityGroupIngress` props, or an entry of `CfnSecurityGroup`'s `securityGroupIngress`,
; with `cidrIp` / `cidrIpv6` a /16 or wider range and ipProtocol -1 (every protocol and port). Only the props argument
; (the third) is tried, which keeps the pattern cheap on every `new`.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    .
    (_)
    .
    (_)
    .
    [
      (object
        (pair
          key: (_) @_key
          value: (_) @report)) @_props
      (object
        (pair
          key: (_) @_ingress
          value: (array
            (object
              (pair
                key: (_) @_key
                value: (_) @report)) @_props)))
    ]))
  (#cdk-ref? @_class "aws_ec2.CfnSecurityGroupIngress" "aws_ec2.CfnSecurityGroup")
  (#match? @_ingress "(?i)^['\"]?security_?group_?ingress['\"]?$")
  (#match? @_key "(?i)^['\"]?cidr_?ip(?:v6)?['\"]?$")
  (#key? @_key "cidrIp" "cidrIpv6")
  (#value-string? @report "^[0-9A-Fa-f.:]+/(?:[1-9]|1[0-6])$")
  (#prop-string? @_props "ipProtocol" "^-1$")
  (#set! variant "l1-wide"))
