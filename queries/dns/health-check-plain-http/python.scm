; L1: `route53.CfnHealthCheck.HealthCheckConfigProperty(type="HTTP", …)`.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: (_) @report))) @construct
  (#key? @_key "type")
  (#cdk-ref? @_class "aws_route53.CfnHealthCheck.HealthCheckConfigProperty")
  (#value-string? @report "^HTTP(_STR_MATCH)?$"))

; L1 with a dict: `route53.CfnHealthCheck(self, id, health_check_config={"type": "HTTP", …})`.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_cfg
      value: (dictionary
        (pair
          key: (_) @_key
          value: (_) @report))))) @construct
  (#key? @_cfg "health_check_config")
  (#key? @_key "type")
  (#cdk-ref? @_class "aws_route53.CfnHealthCheck")
  (#value-string? @report "^HTTP(_STR_MATCH)?$"))

; L2: `route53.HealthCheck(self, id, type=route53.HealthCheckType.HTTP, …)`.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: (_) @report))) @construct
  (#key? @_key "type")
  (#cdk-ref? @_class "aws_route53.HealthCheck")
  (#cdk-ref? @report "aws_route53.HealthCheckType.HTTP" "aws_route53.HealthCheckType.HTTP_STR_MATCH"))
