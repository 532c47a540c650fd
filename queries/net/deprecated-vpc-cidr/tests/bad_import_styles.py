import aws_cdk as cdk
import aws_cdk.aws_ec2 as ec2
from aws_cdk.aws_ec2 import Vpc

a = ec2.Vpc(scope, "A", cidr="10.0.0.0/16")  # expect: NET002
b = Vpc(scope, "B", cidr="10.1.0.0/16")  # expect: NET002
c = cdk.aws_ec2.Vpc(scope, "C", cidr="10.2.0.0/16")  # expect: NET002
