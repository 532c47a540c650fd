; `allow_all_outbound=True` on a security group that this file attaches to a load balancer.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @key
      value: (true) @report))) @construct
  (#key? @key "allowAllOutbound")
  (#cdk-ref? @_class "aws_ec2.SecurityGroup")
  (#passed-to? @construct "aws_elasticloadbalancingv2.ApplicationLoadBalancer" "aws_elasticloadbalancingv2.NetworkLoadBalancer")
  (#set! variant "load-balancer"))

; `allow_all_outbound=True` on any other security group.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @key
      value: (true) @report))) @construct
  (#key? @key "allowAllOutbound")
  (#cdk-ref? @_class "aws_ec2.SecurityGroup"))
