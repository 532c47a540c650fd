; Keys whose value must be real (domain, zone, hosted zone id, e-mail, account, secret,
; password) and values that are placeholders. Both regexes are repeated in every pattern.

; A string literal as a keyword argument or a dict value.
((keyword_argument
  name: (identifier) @key
  value: (string) @report)
  (#match? @key "(?i)^[\"'`]?(domain_?names?|zone_?name|hosted_?zone_?id|subject_?alternative_?names|[a-z_]*e_?mails?(_?address(es)?)?|(aws_?)?account(_?id)?|[a-z_]*password|[a-z_]*secret(_?(value|string|string_?value|key|access_?key))?)[\"'`]?$")
  (#value-string? @report "(?i)placeholder|dummy|change[-_ ]?me|replace[-_ ]?me|xxxx|123456789012|(?:^|[.@/])example\\.(?:com|org|net)\\b|^example$|(?:^|[.@/])your[-_]?(?:domain|company|org|site|app|email|account|name|zone|bucket|password|secret)|^your[-_ ]|<[^<>\\s][^<>]*>|(?-i:TODO)|^todo$"))

((pair
  key: (string) @key
  value: (string) @report)
  (#match? @key "(?i)^[\"'`]?(domain_?names?|zone_?name|hosted_?zone_?id|subject_?alternative_?names|[a-z_]*e_?mails?(_?address(es)?)?|(aws_?)?account(_?id)?|[a-z_]*password|[a-z_]*secret(_?(value|string|string_?value|key|access_?key))?)[\"'`]?$")
  (#value-string? @report "(?i)placeholder|dummy|change[-_ ]?me|replace[-_ ]?me|xxxx|123456789012|(?:^|[.@/])example\\.(?:com|org|net)\\b|^example$|(?:^|[.@/])your[-_]?(?:domain|company|org|site|app|email|account|name|zone|bucket|password|secret)|^your[-_ ]|<[^<>\\s][^<>]*>|(?-i:TODO)|^todo$"))

; A list of them: `domain_names=["example.com"]`.
((keyword_argument
  name: (identifier) @key
  value: (list (string) @report))
  (#match? @key "(?i)^[\"'`]?(domain_?names?|zone_?name|hosted_?zone_?id|subject_?alternative_?names|[a-z_]*e_?mails?(_?address(es)?)?|(aws_?)?account(_?id)?|[a-z_]*password|[a-z_]*secret(_?(value|string|string_?value|key|access_?key))?)[\"'`]?$")
  (#value-string? @report "(?i)placeholder|dummy|change[-_ ]?me|replace[-_ ]?me|xxxx|123456789012|(?:^|[.@/])example\\.(?:com|org|net)\\b|^example$|(?:^|[.@/])your[-_]?(?:domain|company|org|site|app|email|account|name|zone|bucket|password|secret)|^your[-_ ]|<[^<>\\s][^<>]*>|(?-i:TODO)|^todo$"))

; A constant of this file: `zone_name=DOMAIN`, `account=self.account_id`.
((keyword_argument
  name: (identifier) @key
  value: [(identifier) (attribute)] @report)
  (#match? @key "(?i)^[\"'`]?(domain_?names?|zone_?name|hosted_?zone_?id|subject_?alternative_?names|[a-z_]*e_?mails?(_?address(es)?)?|(aws_?)?account(_?id)?|[a-z_]*password|[a-z_]*secret(_?(value|string|string_?value|key|access_?key))?)[\"'`]?$")
  (#value-string? @report "(?i)placeholder|dummy|change[-_ ]?me|replace[-_ ]?me|xxxx|123456789012|(?:^|[.@/])example\\.(?:com|org|net)\\b|^example$|(?:^|[.@/])your[-_]?(?:domain|company|org|site|app|email|account|name|zone|bucket|password|secret)|^your[-_ ]|<[^<>\\s][^<>]*>|(?-i:TODO)|^todo$")
  (#set! variant "bound"))

((pair
  key: (string) @key
  value: [(identifier) (attribute)] @report)
  (#match? @key "(?i)^[\"'`]?(domain_?names?|zone_?name|hosted_?zone_?id|subject_?alternative_?names|[a-z_]*e_?mails?(_?address(es)?)?|(aws_?)?account(_?id)?|[a-z_]*password|[a-z_]*secret(_?(value|string|string_?value|key|access_?key))?)[\"'`]?$")
  (#value-string? @report "(?i)placeholder|dummy|change[-_ ]?me|replace[-_ ]?me|xxxx|123456789012|(?:^|[.@/])example\\.(?:com|org|net)\\b|^example$|(?:^|[.@/])your[-_]?(?:domain|company|org|site|app|email|account|name|zone|bucket|password|secret)|^your[-_ ]|<[^<>\\s][^<>]*>|(?-i:TODO)|^todo$")
  (#set! variant "bound"))

; An e-mail subscription's address (the first argument).
((call
  function: (_) @_class
  arguments: (argument_list . (_) @report))
  (#cdk-ref? @_class "aws_sns_subscriptions.EmailSubscription")
  (#value-string? @report "(?i)placeholder|dummy|change[-_ ]?me|replace[-_ ]?me|xxxx|123456789012|(?:^|[.@/])example\\.(?:com|org|net)\\b|^example$|(?:^|[.@/])your[-_]?(?:domain|company|org|site|app|email|account|name|zone|bucket|password|secret)|^your[-_ ]|<[^<>\\s][^<>]*>|(?-i:TODO)|^todo$")
  (#set! variant "subscription"))
