; `cidr: <expr>` (or a quoted 'cidr' key) in the props of an aws-cdk-lib `ec2.Vpc`.
((new_expression
  constructor: (_) @class
  arguments: (arguments
    (object
      (pair
        key: (_) @_key
        value: (_) @value) @report))) @construct
  (#key? @_key "cidr")
  (#cdk-ref? @class "aws_ec2.Vpc")
  (#cdk-version? @class "2"))

; Shorthand `{ cidr }`.
((new_expression
  constructor: (_) @class
  arguments: (arguments
    (object
      (shorthand_property_identifier) @value @report))) @construct
  (#eq? @value "cidr")
  (#cdk-ref? @class "aws_ec2.Vpc")
  (#cdk-version? @class "2"))
