; `natGateways: <literal ≥ 2>` in the props of `ec2.Vpc`.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @key
        value: (number) @report)))) @construct
  (#key? @key "natGateways")
  (#match? @report "^(?:[2-9]|[1-9][0-9]+)$")
  (#cdk-ref? @_class "aws_ec2.Vpc"))
