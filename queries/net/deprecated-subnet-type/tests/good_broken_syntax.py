from aws_cdk import aws_ec2 as ec2

fine = ec2.SubnetType.PRIVATE_WITH_EGRESS
ec2.Vpc(self, "Vpc", subnet_configuration=[ec2.SubnetConfiguration(subnet_type=
