; Placeholder markers; a plain literal that is not an ARN at all is the `not-arn` variant.

; `certificateArn: '…'` (and the other ARN props), or a constant of this file.
((pair
  key: (_) @_key
  value: (_) @report)
  (#key? @_key "$arn_keys")
  (#value-string? @report "(?i)placeholder|example|dummy|change[-_]?me|todo|xxxx|123456789012"))

((shorthand_property_identifier) @report
  (#key? @report "$arn_keys")
  (#value-string? @report "(?i)placeholder|example|dummy|change[-_]?me|todo|xxxx|123456789012"))

; `Certificate.fromCertificateArn(scope, id, '…')`, `ListenerCertificate.fromArn('…')`.
((call_expression
  function: (_) @_method
  arguments: [
    (arguments . (_) . (_) . (_) @report .)
    (arguments . (_) @report .)
  ])
  (#cdk-ref? @_method "$imports")
  (#value-string? @report "(?i)placeholder|example|dummy|change[-_]?me|todo|xxxx|123456789012"))

; `certificates: ['…']`.
((pair
  key: (_) @_key
  value: (array (_) @report))
  (#key? @_key "certificates" "$arn_keys")
  (#value-string? @report "(?i)placeholder|example|dummy|change[-_]?me|todo|xxxx|123456789012"))

; The same places given `Fn.sub('…placeholder…')` (seed 001 #1).
((pair
  key: (_) @_key
  value: (call_expression
    function: (_) @_sub
    arguments: (arguments . (_) @report)))
  (#key? @_key "$arn_keys")
  (#cdk-ref? @_sub "cdk.Fn.sub")
  (#value-string? @report "(?i)placeholder|example|dummy|change[-_]?me|todo|xxxx|123456789012"))

((call_expression
  function: (_) @_method
  arguments: [
    (arguments . (_) . (_) . (call_expression function: (_) @_sub arguments: (arguments . (_) @report)) .)
    (arguments . (call_expression function: (_) @_sub arguments: (arguments . (_) @report)) .)
  ])
  (#cdk-ref? @_method "$imports")
  (#cdk-ref? @_sub "cdk.Fn.sub")
  (#value-string? @report "(?i)placeholder|example|dummy|change[-_]?me|todo|xxxx|123456789012"))

; Not an ARN: `'certificate_arn'`, `''` (no `arn:` prefix, no substitution or dynamic reference).
((pair
  key: (_) @_key
  value: (_) @report)
  (#key? @_key "$arn_keys")
  (#value-string? @report "^(?:|[^a${][^${]*|a|a[^r${][^${]*|ar|ar[^n${][^${]*|arn|arn[^:${][^${]*)$")
  (#set! variant "not-arn"))

((call_expression
  function: (_) @_method
  arguments: [
    (arguments . (_) . (_) . (_) @report .)
    (arguments . (_) @report .)
  ])
  (#cdk-ref? @_method "$imports")
  (#value-string? @report "^(?:|[^a${][^${]*|a|a[^r${][^${]*|ar|ar[^n${][^${]*|arn|arn[^:${][^${]*)$")
  (#set! variant "not-arn"))
