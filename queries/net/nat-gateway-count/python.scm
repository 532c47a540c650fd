; `nat_gateways=<literal ≥ 2>` on `ec2.Vpc(...)`.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @key
      value: (integer) @report))) @construct
  (#key? @key "natGateways")
  (#match? @report "^(?:[2-9]|[1-9][0-9]+)$")
  (#cdk-ref? @_class "aws_ec2.Vpc"))
