; CDK v2: SubnetType.PRIVATE_WITH_NAT, however SubnetType was imported.
((member_expression
  property: (property_identifier) @member) @report
  (#eq? @member "PRIVATE_WITH_NAT")
  (#cdk-ref? @report "aws_ec2.SubnetType.PRIVATE_WITH_NAT")
  (#cdk-version? @report "2")
  (#set! variant "v2"))

; CDK v1: SubnetType.PRIVATE (renamed PRIVATE_WITH_NAT in 1.142).
((member_expression
  property: (property_identifier) @member) @report
  (#eq? @member "PRIVATE")
  (#cdk-ref? @report "aws_ec2.SubnetType.PRIVATE")
  (#cdk-version? @report "1")
  (#set! variant "v1-private"))

; CDK v1: SubnetType.ISOLATED (renamed PRIVATE_ISOLATED).
((member_expression
  property: (property_identifier) @member) @report
  (#eq? @member "ISOLATED")
  (#cdk-ref? @report "aws_ec2.SubnetType.ISOLATED")
  (#cdk-version? @report "1")
  (#set! variant "v1-isolated"))
