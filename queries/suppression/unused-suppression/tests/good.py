from aws_cdk import aws_ec2 as ec2

# cdklint: ignore[NET001] -- kept until the VPC is replaced
subnets = ec2.SubnetType.PRIVATE_WITH_NAT
other = ec2.SubnetType.PRIVATE_WITH_NAT  # cdklint: ignore[NET001]
again = ec2.SubnetType.PRIVATE_WITH_NAT  # cdklint-disable-line NET001
# cdklint-disable-file NET001 -- and the file-level form, which the lines above also satisfy
