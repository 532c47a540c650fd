from aws_cdk import aws_ec2 as ec2

ok = ec2.SecurityGroup(self, "Ok", vpc=vpc, allow_all_outbound=False)
half = ec2.SecurityGroup(self, "Half", vpc=vpc, allow_all_outbound=True
