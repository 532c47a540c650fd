; Keys whose value must be real (domain, zone, hosted zone id, e-mail, account, secret,
; password) and values that are placeholders. Both regexes are repeated in every pattern.

; A string or template literal.
((pair
  key: (_) @key
  value: [(string) (template_string)] @report)
  (#match? @key "(?i)^[\"'`]?(domain_?names?|zone_?name|hosted_?zone_?id|subject_?alternative_?names|[a-z_]*e_?mails?(_?address(es)?)?|(aws_?)?account(_?id)?|[a-z_]*password|[a-z_]*secret(_?(value|string|string_?value|key|access_?key))?)[\"'`]?$")
  (#value-string? @report "(?i)placeholder|dummy|change[-_ ]?me|replace[-_ ]?me|xxxx|123456789012|(?:^|[.@/])example\\.(?:com|org|net)\\b|^example$|(?:^|[.@/])your[-_]?(?:domain|company|org|site|app|email|account|name|zone|bucket|password|secret)|^your[-_ ]|<[^<>\\s][^<>]*>|(?-i:TODO)|^todo$"))

; A list of them: `domainNames: ['example.com']`.
((pair
  key: (_) @key
  value: (array [(string) (template_string)] @report))
  (#match? @key "(?i)^[\"'`]?(domain_?names?|zone_?name|hosted_?zone_?id|subject_?alternative_?names|[a-z_]*e_?mails?(_?address(es)?)?|(aws_?)?account(_?id)?|[a-z_]*password|[a-z_]*secret(_?(value|string|string_?value|key|access_?key))?)[\"'`]?$")
  (#value-string? @report "(?i)placeholder|dummy|change[-_ ]?me|replace[-_ ]?me|xxxx|123456789012|(?:^|[.@/])example\\.(?:com|org|net)\\b|^example$|(?:^|[.@/])your[-_]?(?:domain|company|org|site|app|email|account|name|zone|bucket|password|secret)|^your[-_ ]|<[^<>\\s][^<>]*>|(?-i:TODO)|^todo$"))

; A constant of this file: `zoneName: DOMAIN`, `{ domainName }`.
((pair
  key: (_) @key
  value: [(identifier) (member_expression)] @report)
  (#match? @key "(?i)^[\"'`]?(domain_?names?|zone_?name|hosted_?zone_?id|subject_?alternative_?names|[a-z_]*e_?mails?(_?address(es)?)?|(aws_?)?account(_?id)?|[a-z_]*password|[a-z_]*secret(_?(value|string|string_?value|key|access_?key))?)[\"'`]?$")
  (#value-string? @report "(?i)placeholder|dummy|change[-_ ]?me|replace[-_ ]?me|xxxx|123456789012|(?:^|[.@/])example\\.(?:com|org|net)\\b|^example$|(?:^|[.@/])your[-_]?(?:domain|company|org|site|app|email|account|name|zone|bucket|password|secret)|^your[-_ ]|<[^<>\\s][^<>]*>|(?-i:TODO)|^todo$")
  (#set! variant "bound"))

((shorthand_property_identifier) @key @report
  (#match? @key "(?i)^[\"'`]?(domain_?names?|zone_?name|hosted_?zone_?id|subject_?alternative_?names|[a-z_]*e_?mails?(_?address(es)?)?|(aws_?)?account(_?id)?|[a-z_]*password|[a-z_]*secret(_?(value|string|string_?value|key|access_?key))?)[\"'`]?$")
  (#value-string? @report "(?i)placeholder|dummy|change[-_ ]?me|replace[-_ ]?me|xxxx|123456789012|(?:^|[.@/])example\\.(?:com|org|net)\\b|^example$|(?:^|[.@/])your[-_]?(?:domain|company|org|site|app|email|account|name|zone|bucket|password|secret)|^your[-_ ]|<[^<>\\s][^<>]*>|(?-i:TODO)|^todo$")
  (#set! variant "bound"))

; An e-mail subscription's address (the constructor's first argument).
((new_expression
  constructor: (_) @_class
  arguments: (arguments . (_) @report))
  (#cdk-ref? @_class "aws_sns_subscriptions.EmailSubscription")
  (#value-string? @report "(?i)placeholder|dummy|change[-_ ]?me|replace[-_ ]?me|xxxx|123456789012|(?:^|[.@/])example\\.(?:com|org|net)\\b|^example$|(?:^|[.@/])your[-_]?(?:domain|company|org|site|app|email|account|name|zone|bucket|password|secret)|^your[-_ ]|<[^<>\\s][^<>]*>|(?-i:TODO)|^todo$")
  (#set! variant "subscription"))
