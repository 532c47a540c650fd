; Placeholder markers; a plain literal that is not an ARN at all is the `not-arn` variant.

; `certificate_arn="…"` (and the other ARN keyword arguments), or a constant of this file.
((keyword_argument
  name: (identifier) @_key
  value: (_) @report)
  (#key? @_key "$arn_keys")
  (#value-string? @report "(?i)placeholder|example|dummy|change[-_]?me|todo|xxxx|123456789012"))

; A dict entry: `{"certificate_arn": "…"}`.
((pair
  key: (_) @_key
  value: (_) @report)
  (#key? @_key "$arn_keys")
  (#value-string? @report "(?i)placeholder|example|dummy|change[-_]?me|todo|xxxx|123456789012"))

; `Certificate.from_certificate_arn(scope, id, "…")`, `ListenerCertificate.from_arn("…")`.
((call
  function: (_) @_method
  arguments: [
    (argument_list . (_) . (_) . (_) @report .)
    (argument_list . (_) @report .)
  ])
  (#cdk-ref? @_method "$imports")
  (#value-string? @report "(?i)placeholder|example|dummy|change[-_]?me|todo|xxxx|123456789012"))

; `certificates=["…"]`.
((keyword_argument
  name: (identifier) @_key
  value: (list (_) @report))
  (#key? @_key "certificates" "$arn_keys")
  (#value-string? @report "(?i)placeholder|example|dummy|change[-_]?me|todo|xxxx|123456789012"))

; The same places given `Fn.sub("…placeholder…")`.
((keyword_argument
  name: (identifier) @_key
  value: (call
    function: (_) @_sub
    arguments: (argument_list . (_) @report)))
  (#key? @_key "$arn_keys")
  (#cdk-ref? @_sub "cdk.Fn.sub")
  (#value-string? @report "(?i)placeholder|example|dummy|change[-_]?me|todo|xxxx|123456789012"))

((pair
  key: (_) @_key
  value: (call
    function: (_) @_sub
    arguments: (argument_list . (_) @report)))
  (#key? @_key "$arn_keys")
  (#cdk-ref? @_sub "cdk.Fn.sub")
  (#value-string? @report "(?i)placeholder|example|dummy|change[-_]?me|todo|xxxx|123456789012"))

((call
  function: (_) @_method
  arguments: [
    (argument_list . (_) . (_) . (call function: (_) @_sub arguments: (argument_list . (_) @report)) .)
    (argument_list . (call function: (_) @_sub arguments: (argument_list . (_) @report)) .)
  ])
  (#cdk-ref? @_method "$imports")
  (#cdk-ref? @_sub "cdk.Fn.sub")
  (#value-string? @report "(?i)placeholder|example|dummy|change[-_]?me|todo|xxxx|123456789012"))

; Not an ARN: `"certificate_arn"`, `""` (no `arn:` prefix, no substitution or dynamic reference).
((keyword_argument
  name: (identifier) @_key
  value: (_) @report)
  (#key? @_key "$arn_keys")
  (#value-string? @report "^(?:|[^a${][^${]*|a|a[^r${][^${]*|ar|ar[^n${][^${]*|arn|arn[^:${][^${]*)$")
  (#set! variant "not-arn"))

((call
  function: (_) @_method
  arguments: [
    (argument_list . (_) . (_) . (_) @report .)
    (argument_list . (_) @report .)
  ])
  (#cdk-ref? @_method "$imports")
  (#value-string? @report "^(?:|[^a${][^${]*|a|a[^r${][^${]*|ar|ar[^n${][^${]*|arn|arn[^:${][^${]*)$")
  (#set! variant "not-arn"))
