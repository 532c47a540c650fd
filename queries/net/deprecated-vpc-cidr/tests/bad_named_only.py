from aws_cdk import Stack
from aws_cdk.aws_ec2 import Vpc


class NetworkStack(Stack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        Vpc(self, "Vpc", cidr="10.0.0.0/16")  # expect: NET002
