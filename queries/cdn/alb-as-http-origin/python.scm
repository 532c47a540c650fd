; Fixable: the first argument is `<lb>.load_balancer_dns_name`, `<lb>` not a props/config bag.
((call
  function: (_) @class
  arguments: (argument_list
    .
    (attribute
      object: (_) @lb
      attribute: (identifier) @_prop) @report)) @construct
  (#eq? @_prop "load_balancer_dns_name")
  (#cdk-ref? @class "aws_cloudfront_origins.HttpOrigin")
  (#not-match? @lb "(?i)(^|\\.)(props|properties|config|cfg|conf|options|opts|settings|params|parameters|env|outputs?|attrs|attributes|context|ctx)$"))

; `HttpOrigin(domain_name=<lb>.load_balancer_dns_name, …)`.
((call
  function: (_) @class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: (attribute
        object: (_) @lb
        attribute: (identifier) @_prop) @report) @kwarg)) @construct
  (#eq? @_key "domain_name")
  (#eq? @_prop "load_balancer_dns_name")
  (#cdk-ref? @class "aws_cloudfront_origins.HttpOrigin")
  (#not-match? @lb "(?i)(^|\\.)(props|properties|config|cfg|conf|options|opts|settings|params|parameters|env|outputs?|attrs|attributes|context|ctx)$")
  (#set! variant "kwarg"))

; The DNS name of a props/config bag, or a name bound in this file to a DNS name: no fix.
((call
  function: (_) @_class
  arguments: (argument_list
    .
    [
      (attribute)
      (identifier)
    ] @report)) @construct
  (#cdk-ref? @_class "aws_cloudfront_origins.HttpOrigin")
  (#value-member? @report "load_balancer_dns_name")
  (#set! variant "bound"))

((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: [
        (attribute)
        (identifier)
      ] @report))) @construct
  (#eq? @_key "domain_name")
  (#cdk-ref? @_class "aws_cloudfront_origins.HttpOrigin")
  (#value-member? @report "load_balancer_dns_name")
  (#set! variant "bound"))
