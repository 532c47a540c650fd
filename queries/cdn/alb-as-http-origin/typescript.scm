; Fixable: the first argument is `<lb>.loadBalancerDnsName`, `<lb>` not a props/config bag.
; (`@kwarg` names the node the Python keyword form's fix replaces; TypeScript has no such form.)
((new_expression
  constructor: (_) @class
  arguments: (arguments
    .
    (member_expression
      object: (_) @lb
      property: (property_identifier) @_prop) @report @kwarg)) @construct
  (#eq? @_prop "loadBalancerDnsName")
  (#cdk-ref? @class "aws_cloudfront_origins.HttpOrigin")
  (#not-match? @lb "(?i)(^|\\.)(props|properties|config|cfg|conf|options|opts|settings|params|parameters|env|outputs?|attrs|attributes|context|ctx)$"))

; The DNS name of a props/config bag, or a name bound in this file to a DNS name: no fix.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    .
    [
      (member_expression)
      (identifier)
    ] @report)) @construct
  (#cdk-ref? @_class "aws_cloudfront_origins.HttpOrigin")
  (#value-member? @report "loadBalancerDnsName")
  (#set! variant "bound"))
