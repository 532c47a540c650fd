; `cidr=<expr>` on an aws-cdk-lib `ec2.Vpc(...)`.
((call
  function: (_) @class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: (_) @value) @report)) @construct
  (#eq? @_key "cidr")
  (#cdk-ref? @class "aws_ec2.Vpc")
  (#cdk-version? @class "2")
  (#set! variant "python"))
