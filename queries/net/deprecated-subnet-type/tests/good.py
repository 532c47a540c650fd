from enum import Enum

from aws_cdk import aws_ec2 as ec2


class SubnetType(Enum):
    PRIVATE_WITH_NAT = "nat"


local = SubnetType.PRIVATE_WITH_NAT
current = ec2.SubnetType.PRIVATE_WITH_EGRESS
text = "SubnetType.PRIVATE_WITH_NAT"
# Without aws_cdk.core this is CDK v2, where PRIVATE is not checked.
v2_private = ec2.SubnetType.PRIVATE
