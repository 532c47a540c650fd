; A zone id literal is `Z` + 10–32 upper-case letters/digits; `ZXXXX…` placeholders are TLS002's.

; A record's own `hostedZoneId`: `CfnRecordSet` / `CfnRecordSetGroup` props.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @_key
        value: (_) @report))))
  (#key? @_key "hostedZoneId")
  (#cdk-ref? @_class "aws_route53.CfnRecordSet" "aws_route53.CfnRecordSetGroup")
  (#value-string? @report "^Z[A-Z0-9]{10,32}$")
  (#not-match? @report "(?i)xxxx"))

; A `recordSets` entry's `hostedZoneId`.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @_sets
        value: (array
          (object
            (pair
              key: (_) @_key
              value: (_) @report)))))))
  (#key? @_sets "recordSets")
  (#key? @_key "hostedZoneId")
  (#cdk-ref? @_class "aws_route53.CfnRecordSetGroup")
  (#value-string? @report "^Z[A-Z0-9]{10,32}$")
  (#not-match? @report "(?i)xxxx"))

; An alias target's `hostedZoneId`, in `CfnRecordSet` props or a `recordSets` entry.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @_alias
        value: (object
          (pair
            key: (_) @_key
            value: (_) @report))))))
  (#key? @_alias "aliasTarget")
  (#key? @_key "hostedZoneId")
  (#cdk-ref? @_class "aws_route53.CfnRecordSet")
  (#value-string? @report "^Z[A-Z0-9]{10,32}$")
  (#not-match? @report "(?i)xxxx")
  (#set! variant "alias"))

((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @_sets
        value: (array
          (object
            (pair
              key: (_) @_alias
              value: (object
                (pair
                  key: (_) @_key
                  value: (_) @report)))))))))
  (#key? @_sets "recordSets")
  (#key? @_alias "aliasTarget")
  (#key? @_key "hostedZoneId")
  (#cdk-ref? @_class "aws_route53.CfnRecordSetGroup")
  (#value-string? @report "^Z[A-Z0-9]{10,32}$")
  (#not-match? @report "(?i)xxxx")
  (#set! variant "alias"))

; Zone imports: `HostedZone.fromHostedZoneId(scope, id, 'Z…')` …
((call_expression
  function: (_) @_method
  arguments: (arguments . (_) . (_) . (_) @report))
  (#cdk-ref? @_method "$zone_imports")
  (#value-string? @report "^Z[A-Z0-9]{10,32}$")
  (#not-match? @report "(?i)xxxx")
  (#set! variant "import"))

; … and `HostedZone.fromHostedZoneAttributes(scope, id, { hostedZoneId: 'Z…', zoneName })`.
((call_expression
  function: (_) @_method
  arguments: (arguments
    (object
      (pair
        key: (_) @_key
        value: (_) @report))))
  (#key? @_key "hostedZoneId")
  (#cdk-ref? @_method "$zone_imports")
  (#value-string? @report "^Z[A-Z0-9]{10,32}$")
  (#not-match? @report "(?i)xxxx")
  (#set! variant "import"))
