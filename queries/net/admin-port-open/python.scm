; `add_ingress_rule(peer, port)` / `connections.allow_from(peer, port)` (positional or keyword):
; peer the whole internet, port tcp(22) / tcp_range covering 22 or 3389. The peer is anchored as the first argument: Python method calls
; are everywhere, and an unanchored first argument costs a match attempt per argument.
((call
  function: (attribute
    attribute: (identifier) @_method)
  arguments: (argument_list
    .
    [
      (call
        function: (_) @_peerfn) @peer
      (keyword_argument
        value: (call
        function: (_) @_peerfn) @peer)
    ]
    .
    (comment)*
    .
    [
      (call
        function: (_) @_portfn) @port
      (keyword_argument
        value: (call
        function: (_) @_portfn) @port)
    ])) @report
  (#any-of? @_method "add_ingress_rule" "allow_from")
  (#cdk-ref? @_peerfn "aws_ec2.Peer.anyIpv4" "aws_ec2.Peer.anyIpv6")
  (#cdk-ref? @_portfn "aws_ec2.Port.tcp" "aws_ec2.Port.tcpRange")
  (#number-range-covers? @port "22" "3389"))

; `add_ingress_rule(peer, port)` / `connections.allow_from(peer, port)` (positional or keyword):
; peer the whole internet, port Port.SSH / Port.RDP / all_tcp() / all_traffic(). The peer is anchored as the first argument: Python method calls
; are everywhere, and an unanchored first argument costs a match attempt per argument.
((call
  function: (attribute
    attribute: (identifier) @_method)
  arguments: (argument_list
    .
    [
      (call
        function: (_) @_peerfn) @peer
      (keyword_argument
        value: (call
        function: (_) @_peerfn) @peer)
    ]
    .
    (comment)*
    .
    [
      (call
        function: (_) @_portref) @port
      (attribute) @_portref @port
      (keyword_argument
        value: (call
          function: (_) @_portref) @port)
      (keyword_argument
        value: (attribute) @_portref @port)
    ])) @report
  (#any-of? @_method "add_ingress_rule" "allow_from")
  (#cdk-ref? @_peerfn "aws_ec2.Peer.anyIpv4" "aws_ec2.Peer.anyIpv6")
  (#cdk-ref? @_portref "aws_ec2.Port.SSH" "aws_ec2.Port.RDP" "aws_ec2.Port.allTcp" "aws_ec2.Port.allTraffic"))

; `add_ingress_rule(peer, port)` / `connections.allow_from(peer, port)` (positional or keyword):
; peer 0.0.0.0/0 or ::/0, port tcp(22) / tcp_range covering 22 or 3389. The peer is anchored as the first argument: Python method calls
; are everywhere, and an unanchored first argument costs a match attempt per argument.
((call
  function: (attribute
    attribute: (identifier) @_method)
  arguments: (argument_list
    .
    [
      (call
        function: (_) @_peerfn
        arguments: (argument_list . (_) @_cidr)) @peer
      (keyword_argument
        value: (call
        function: (_) @_peerfn
        arguments: (argument_list . (_) @_cidr)) @peer)
    ]
    .
    (comment)*
    .
    [
      (call
        function: (_) @_portfn) @port
      (keyword_argument
        value: (call
        function: (_) @_portfn) @port)
    ])) @report
  (#any-of? @_method "add_ingress_rule" "allow_from")
  (#cdk-ref? @_peerfn "aws_ec2.Peer.ipv4" "aws_ec2.Peer.ipv6")
  (#value-string? @_cidr "^(?:0\\.0\\.0\\.0/0|::/0)$")
  (#cdk-ref? @_portfn "aws_ec2.Port.tcp" "aws_ec2.Port.tcpRange")
  (#number-range-covers? @port "22" "3389"))

; `add_ingress_rule(peer, port)` / `connections.allow_from(peer, port)` (positional or keyword):
; peer 0.0.0.0/0 or ::/0, port Port.SSH / Port.RDP / all_tcp() / all_traffic(). The peer is anchored as the first argument: Python method calls
; are everywhere, and an unanchored first argument costs a match attempt per argument.
((call
  function: (attribute
    attribute: (identifier) @_method)
  arguments: (argument_list
    .
    [
      (call
        function: (_) @_peerfn
        arguments: (argument_list . (_) @_cidr)) @peer
      (keyword_argument
        value: (call
        function: (_) @_peerfn
        arguments: (argument_list . (_) @_cidr)) @peer)
    ]
    .
    (comment)*
    .
    [
      (call
        function: (_) @_portref) @port
      (attribute) @_portref @port
      (keyword_argument
        value: (call
          function: (_) @_portref) @port)
      (keyword_argument
        value: (attribute) @_portref @port)
    ])) @report
  (#any-of? @_method "add_ingress_rule" "allow_from")
  (#cdk-ref? @_peerfn "aws_ec2.Peer.ipv4" "aws_ec2.Peer.ipv6")
  (#value-string? @_cidr "^(?:0\\.0\\.0\\.0/0|::/0)$")
  (#cdk-ref? @_portref "aws_ec2.Port.SSH" "aws_ec2.Port.RDP" "aws_ec2.Port.allTcp" "aws_ec2.Port.allTraffic"))

; `add_ingress_rule(peer, port)` / `connections.allow_from(peer, port)` (positional or keyword):
; peer a /16 or wider range, port tcp(22) / tcp_range covering 22 or 3389. The peer is anchored as the first argument: Python method calls
; are everywhere, and an unanchored first argument costs a match attempt per argument.
((call
  function: (attribute
    attribute: (identifier) @_method)
  arguments: (argument_list
    .
    [
      (call
        function: (_) @_peerfn
        arguments: (argument_list . (_) @_cidr)) @peer
      (keyword_argument
        value: (call
        function: (_) @_peerfn
        arguments: (argument_list . (_) @_cidr)) @peer)
    ]
    .
    (comment)*
    .
    [
      (call
        function: (_) @_portfn) @port
      (keyword_argument
        value: (call
        function: (_) @_portfn) @port)
    ])) @report
  (#any-of? @_method "add_ingress_rule" "allow_from")
  (#cdk-ref? @_peerfn "aws_ec2.Peer.ipv4" "aws_ec2.Peer.ipv6")
  (#value-string? @_cidr "^[0-9A-Fa-f.:]+/(?:[1-9]|1[0-6])$")
  (#cdk-ref? @_portfn "aws_ec2.Port.tcp" "aws_ec2.Port.tcpRange")
  (#number-range-covers? @port "22" "3389")
  (#set! variant "wide"))

; `add_ingress_rule(peer, port)` / `connections.allow_from(peer, port)` (positional or keyword):
; peer a /16 or wider range, port Port.SSH / Port.RDP / all_tcp() / all_traffic(). The peer is anchored as the first argument: Python method calls
; are everywhere, and an unanchored first argument costs a match attempt per argument.
((call
  function: (attribute
    attribute: (identifier) @_method)
  arguments: (argument_list
    .
    [
      (call
        function: (_) @_peerfn
        arguments: (argument_list . (_) @_cidr)) @peer
      (keyword_argument
        value: (call
        function: (_) @_peerfn
        arguments: (argument_list . (_) @_cidr)) @peer)
    ]
    .
    (comment)*
    .
    [
      (call
        function: (_) @_portref) @port
      (attribute) @_portref @port
      (keyword_argument
        value: (call
          function: (_) @_portref) @port)
      (keyword_argument
        value: (attribute) @_portref @port)
    ])) @report
  (#any-of? @_method "add_ingress_rule" "allow_from")
  (#cdk-ref? @_peerfn "aws_ec2.Peer.ipv4" "aws_ec2.Peer.ipv6")
  (#value-string? @_cidr "^[0-9A-Fa-f.:]+/(?:[1-9]|1[0-6])$")
  (#cdk-ref? @_portref "aws_ec2.Port.SSH" "aws_ec2.Port.RDP" "aws_ec2.Port.allTcp" "aws_ec2.Port.allTraffic")
  (#set! variant "wide"))

; `connections.allow_from_any_ipv4(port)`: port tcp(22) / tcp_range covering 22 or 3389.
((call
  function: (attribute
    attribute: (identifier) @_method)
  arguments: (argument_list
    [
      (call
        function: (_) @_portfn) @port
      (keyword_argument
        value: (call
        function: (_) @_portfn) @port)
    ])) @report
  (#eq? @_method "allow_from_any_ipv4")
  (#cdk-ref? @_portfn "aws_ec2.Port.tcp" "aws_ec2.Port.tcpRange")
  (#number-range-covers? @port "22" "3389")
  (#set! variant "any-ipv4-method"))

; `connections.allow_from_any_ipv4(port)`: port Port.SSH / Port.RDP / all_tcp() / all_traffic().
((call
  function: (attribute
    attribute: (identifier) @_method)
  arguments: (argument_list
    [
      (call
        function: (_) @_portref) @port
      (attribute) @_portref @port
      (keyword_argument
        value: (call
          function: (_) @_portref) @port)
      (keyword_argument
        value: (attribute) @_portref @port)
    ])) @report
  (#eq? @_method "allow_from_any_ipv4")
  (#cdk-ref? @_portref "aws_ec2.Port.SSH" "aws_ec2.Port.RDP" "aws_ec2.Port.allTcp" "aws_ec2.Port.allTraffic")
  (#set! variant "any-ipv4-method"))

; L1: `CfnSecurityGroupIngress(…)` keyword arguments, or an `IngressProperty(…)` / dict entry
; of `CfnSecurityGroup`'s `security_group_ingress`, with `cidr_ip` / `cidr_ipv6` 0.0.0.0/0 or ::/0 and from_port..to_port covers 22.
((call
  function: (_) @_class
  arguments: [
    (argument_list
      (keyword_argument
        name: (identifier) @_key
        value: (_) @report)) @_props
    (argument_list
      (keyword_argument
        name: (identifier) @_ingress
        value: (list
          [
            (call
              arguments: (argument_list
                (keyword_argument
                  name: (identifier) @_key
                  value: (_) @report)) @_props)
            (dictionary
              (pair
                key: (_) @_key
                value: (_) @report)) @_props
          ])))
  ])
  (#cdk-ref? @_class "aws_ec2.CfnSecurityGroupIngress" "aws_ec2.CfnSecurityGroup")
  (#match? @_ingress "^security_group_ingress$")
  (#match? @_key "(?i)^['\"]?cidr_?ip(?:v6)?['\"]?$")
  (#key? @_key "cidrIp" "cidrIpv6")
  (#value-string? @report "^(?:0\\.0\\.0\\.0/0|::/0)$")
  (#prop-string? @_props "ipProtocol" "(?i)^(?:tcp|6)$")
  (#prop-number? @_props "fromPort" "..22")
  (#prop-number? @_props "toPort" "22..")
  (#set! variant "l1"))

; L1: `CfnSecurityGroupIngress(…)` keyword arguments, or an `IngressProperty(…)` / dict entry
; of `CfnSecurityGroup`'s `security_group_ingress`, with `cidr_ip` / `cidr_ipv6` 0.0.0.0/0 or ::/0 and from_port..to_port covers 3389.
((call
  function: (_) @_class
  arguments: [
    (argument_list
      (keyword_argument
        name: (identifier) @_key
        value: (_) @report)) @_props
    (argument_list
      (keyword_argument
        name: (identifier) @_ingress
        value: (list
          [
            (call
              arguments: (argument_list
                (keyword_argument
                  name: (identifier) @_key
                  value: (_) @report)) @_props)
            (dictionary
              (pair
                key: (_) @_key
                value: (_) @report)) @_props
          ])))
  ])
  (#cdk-ref? @_class "aws_ec2.CfnSecurityGroupIngress" "aws_ec2.CfnSecurityGroup")
  (#match? @_ingress "^security_group_ingress$")
  (#match? @_key "(?i)^['\"]?cidr_?ip(?:v6)?['\"]?$")
  (#key? @_key "cidrIp" "cidrIpv6")
  (#value-string? @report "^(?:0\\.0\\.0\\.0/0|::/0)$")
  (#prop-string? @_props "ipProtocol" "(?i)^(?:tcp|6)$")
  (#prop-number? @_props "fromPort" "..3389")
  (#prop-number? @_props "toPort" "3389..")
  (#set! variant "l1"))

; L1: `CfnSecurityGroupIngress(…)` keyword arguments, or an `IngressProperty(…)` / dict entry
; of `CfnSecurityGroup`'s `security_group_ingress`, with `cidr_ip` / `cidr_ipv6` 0.0.0.0/0 or ::/0 and ip_protocol -1 (every protocol and port).
((call
  function: (_) @_class
  arguments: [
    (argument_list
      (keyword_argument
        name: (identifier) @_key
        value: (_) @report)) @_props
    (argument_list
      (keyword_argument
        name: (identifier) @_ingress
        value: (list
          [
            (call
              arguments: (argument_list
                (keyword_argument
                  name: (identifier) @_key
                  value: (_) @report)) @_props)
            (dictionary
              (pair
                key: (_) @_key
                value: (_) @report)) @_props
          ])))
  ])
  (#cdk-ref? @_class "aws_ec2.CfnSecurityGroupIngress" "aws_ec2.CfnSecurityGroup")
  (#match? @_ingress "^security_group_ingress$")
  (#match? @_key "(?i)^['\"]?cidr_?ip(?:v6)?['\"]?$")
  (#key? @_key "cidrIp" "cidrIpv6")
  (#value-string? @report "^(?:0\\.0\\.0\\.0/0|::/0)$")
  (#prop-string? @_props "ipProtocol" "^-1$")
  (#set! variant "l1"))

; L1: `CfnSecurityGroupIngress(…)` keyword arguments, or an `IngressProperty(…)` / dict entry
; of `CfnSecurityGroup`'s `security_group_ingress`, with `cidr_ip` / `cidr_ipv6` a /16 or wider range and from_port..to_port covers 22.
((call
  function: (_) @_class
  arguments: [
    (argument_list
      (keyword_argument
        name: (identifier) @_key
        value: (_) @report)) @_props
    (argument_list
      (keyword_argument
        name: (identifier) @_ingress
        value: (list
          [
            (call
              arguments: (argument_list
                (keyword_argument
                  name: (identifier) @_key
                  value: (_) @report)) @_props)
            (dictionary
              (pair
                key: (_) @_key
                value: (_) @report)) @_props
          ])))
  ])
  (#cdk-ref? @_class "aws_ec2.CfnSecurityGroupIngress" "aws_ec2.CfnSecurityGroup")
  (#match? @_ingress "^security_group_ingress$")
  (#match? @_key "(?i)^['\"]?cidr_?ip(?:v6)?['\"]?$")
  (#key? @_key "cidrIp" "cidrIpv6")
  (#value-string? @report "^[0-9A-Fa-f.:]+/(?:[1-9]|1[0-6])$")
  (#prop-string? @_props "ipProtocol" "(?i)^(?:tcp|6)$")
  (#prop-number? @_props "fromPort" "..22")
  (#prop-number? @_props "toPort" "22..")
  (#set! variant "l1-wide"))

; L1: `CfnSecurityGroupIngress(…)` keyword arguments, or an `IngressProperty(…)` / dict entry
; of `CfnSecurityGroup`'s `security_group_ingress`, with `cidr_ip` / `cidr_ipv6` a /16 or wider range and from_port..to_port covers 3389.
((call
  function: (_) @_class
  arguments: [
    (argument_list
      (keyword_argument
        name: (identifier) @_key
        value: (_) @report)) @_props
    (argument_list
      (keyword_argument
        name: (identifier) @_ingress
        value: (list
          [
            (call
              arguments: (argument_list
                (keyword_argument
                  name: (identifier) @_key
                  value: (_) @report)) @_props)
            (dictionary
              (pair
                key: (_) @_key
                value: (_) @report)) @_props
          ])))
  ])
  (#cdk-ref? @_class "aws_ec2.CfnSecurityGroupIngress" "aws_ec2.CfnSecurityGroup")
  (#match? @_ingress "^security_group_ingress$")
  (#match? @_key "(?i)^['\"]?cidr_?ip(?:v6)?['\"]?$")
  (#key? @_key "cidrIp" "cidrIpv6")
  (#value-string? @report "^[0-9A-Fa-f.:]+/(?:[1-9]|1[0-6])$")
  (#prop-string? @_props "ipProtocol" "(?i)^(?:tcp|6)$")
  (#prop-number? @_props "fromPort" "..3389")
  (#prop-number? @_props "toPort" "3389..")
  (#set! variant "l1-wide"))

; L1: `CfnSecurityGroupIngress(…)` keyword arguments, or an `IngressProperty(…)` / dict entry
; of `CfnSecurityGroup`'s `security_group_ingress`, with `cidr_ip` / `cidr_ipv6` a /16 or wider range and ip_protocol -1 (every protocol and port).
((call
  function: (_) @_class
  arguments: [
    (argument_list
      (keyword_argument
        name: (identifier) @_key
        value: (_) @report)) @_props
    (argument_list
      (keyword_argument
        name: (identifier) @_ingress
        value: (list
          [
            (call
              arguments: (argument_list
                (keyword_argument
                  name: (identifier) @_key
                  value: (_) @report)) @_props)
            (dictionary
              (pair
                key: (_) @_key
                value: (_) @report)) @_props
          ])))
  ])
  (#cdk-ref? @_class "aws_ec2.CfnSecurityGroupIngress" "aws_ec2.CfnSecurityGroup")
  (#match? @_ingress "^security_group_ingress$")
  (#match? @_key "(?i)^['\"]?cidr_?ip(?:v6)?['\"]?$")
  (#key? @_key "cidrIp" "cidrIpv6")
  (#value-string? @report "^[0-9A-Fa-f.:]+/(?:[1-9]|1[0-6])$")
  (#prop-string? @_props "ipProtocol" "^-1$")
  (#set! variant "l1-wide"))
