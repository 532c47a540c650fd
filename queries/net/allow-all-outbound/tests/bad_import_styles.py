import aws_cdk as cdk
import aws_cdk.aws_ec2 as ec2
from aws_cdk.aws_ec2 import SecurityGroup

a = ec2.SecurityGroup(scope, "A", vpc=vpc, allow_all_outbound=True)  # expect: NET005
b = SecurityGroup(scope, "B", vpc=vpc, allow_all_outbound=True)  # expect: NET005
c = cdk.aws_ec2.SecurityGroup(scope, "C", vpc=vpc, allow_all_outbound=True)  # expect: NET005
