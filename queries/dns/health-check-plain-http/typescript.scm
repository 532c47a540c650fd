; L1: `new route53.CfnHealthCheck(this, id, { healthCheckConfig: { type: 'HTTP', … } })`, also
; when the config or the props are cast (`{ … } as any`, seed 002 #10).
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    [
      (object
        (pair
          key: (_) @_cfg
          value: [
            (object (pair key: (_) @_key value: (_) @report))
            (as_expression (object (pair key: (_) @_key value: (_) @report)))
            (satisfies_expression (object (pair key: (_) @_key value: (_) @report)))
          ]))
      (as_expression
        (object
          (pair
            key: (_) @_cfg
            value: [
              (object (pair key: (_) @_key value: (_) @report))
              (as_expression (object (pair key: (_) @_key value: (_) @report)))
            ])))
    ])) @construct
  (#key? @_cfg "healthCheckConfig")
  (#key? @_key "type")
  (#cdk-ref? @_class "aws_route53.CfnHealthCheck")
  (#value-string? @report "^HTTP(_STR_MATCH)?$"))

; L2: `new route53.HealthCheck(this, id, { type: route53.HealthCheckType.HTTP, … })`.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @_key
        value: (_) @report)))) @construct
  (#key? @_key "type")
  (#cdk-ref? @_class "aws_route53.HealthCheck")
  (#cdk-ref? @report "aws_route53.HealthCheckType.HTTP" "aws_route53.HealthCheckType.HTTP_STR_MATCH"))
