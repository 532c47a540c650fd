; `allowAllOutbound: true` on a security group that this file attaches to a load balancer.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @key
        value: (true) @report)))) @construct
  (#key? @key "allowAllOutbound")
  (#cdk-ref? @_class "aws_ec2.SecurityGroup")
  (#passed-to? @construct "aws_elasticloadbalancingv2.ApplicationLoadBalancer" "aws_elasticloadbalancingv2.NetworkLoadBalancer")
  (#set! variant "load-balancer"))

; `allowAllOutbound: true` on any other security group.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @key
        value: (true) @report)))) @construct
  (#key? @key "allowAllOutbound")
  (#cdk-ref? @_class "aws_ec2.SecurityGroup"))
