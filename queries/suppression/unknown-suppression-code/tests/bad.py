from aws_cdk import aws_ec2 as ec2

subnets = ec2.SubnetType.PRIVATE_WITH_NAT  # cdklint: ignore[NETOO1] -- expect: SUP002, NET001
