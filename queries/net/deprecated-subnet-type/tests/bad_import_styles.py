import aws_cdk as cdk
import aws_cdk.aws_ec2 as ec2
import aws_cdk.aws_ec2
from aws_cdk.aws_ec2 import SubnetType
from aws_cdk.aws_ec2 import SubnetType as ST

a = ec2.SubnetType.PRIVATE_WITH_NAT  # expect: NET001
b = SubnetType.PRIVATE_WITH_NAT  # expect: NET001
c = ST.PRIVATE_WITH_NAT  # expect: NET001
d = cdk.aws_ec2.SubnetType.PRIVATE_WITH_NAT  # expect: NET001
e = aws_cdk.aws_ec2.SubnetType.PRIVATE_WITH_NAT  # expect: NET001
