from aws_cdk import aws_ec2 as ec2

# cdklint: ignore[NET001] -- migrated since; expect: SUP001
subnets = ec2.SubnetType.PRIVATE_WITH_EGRESS
