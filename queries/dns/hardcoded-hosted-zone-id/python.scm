; A zone id literal is `Z` + 10–32 upper-case letters/digits; `ZXXXX…` placeholders are TLS002's.

; A record's own `hosted_zone_id`: `CfnRecordSet`, `CfnRecordSetGroup`, `RecordSetProperty`.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: (_) @report)))
  (#key? @_key "hosted_zone_id")
  (#cdk-ref? @_class "aws_route53.CfnRecordSet" "aws_route53.CfnRecordSetGroup" "aws_route53.CfnRecordSetGroup.RecordSetProperty")
  (#value-string? @report "^Z[A-Z0-9]{10,32}$")
  (#not-match? @report "(?i)xxxx"))

; An alias target's: `CfnRecordSet.AliasTargetProperty(hosted_zone_id="Z…")` …
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: (_) @report)))
  (#key? @_key "hosted_zone_id")
  (#cdk-ref? @_class "aws_route53.CfnRecordSet.AliasTargetProperty" "aws_route53.CfnRecordSetGroup.AliasTargetProperty")
  (#value-string? @report "^Z[A-Z0-9]{10,32}$")
  (#not-match? @report "(?i)xxxx")
  (#set! variant "alias"))

; … or a dict: `alias_target={"hosted_zone_id": "Z…"}`.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_alias
      value: (dictionary
        (pair
          key: (_) @_key
          value: (_) @report)))))
  (#key? @_alias "alias_target")
  (#key? @_key "hosted_zone_id")
  (#cdk-ref? @_class "aws_route53.CfnRecordSet" "aws_route53.CfnRecordSetGroup.RecordSetProperty")
  (#value-string? @report "^Z[A-Z0-9]{10,32}$")
  (#not-match? @report "(?i)xxxx")
  (#set! variant "alias"))

; Zone imports: `HostedZone.from_hosted_zone_id(scope, id, "Z…")` …
((call
  function: (_) @_method
  arguments: (argument_list . (_) . (_) . (_) @report))
  (#cdk-ref? @_method "$zone_imports")
  (#value-string? @report "^Z[A-Z0-9]{10,32}$")
  (#not-match? @report "(?i)xxxx")
  (#set! variant "import"))

; … and keyword forms: `from_hosted_zone_attributes(self, "Z", hosted_zone_id="Z…", zone_name=…)`.
((call
  function: (_) @_method
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: (_) @report)))
  (#key? @_key "hosted_zone_id" "public_hosted_zone_id" "private_hosted_zone_id")
  (#cdk-ref? @_method "$zone_imports")
  (#value-string? @report "^Z[A-Z0-9]{10,32}$")
  (#not-match? @report "(?i)xxxx")
  (#set! variant "import"))
