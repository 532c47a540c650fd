import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2


class WebStack(cdk.Stack):
    def __init__(self, scope, construct_id, vpc):
        super().__init__(scope, construct_id)
        alb_sg = ec2.SecurityGroup(
            self,  # TODO
            "AlbSg",
            vpc=vpc,
            # TODO: restrict egress
            allow_all_outbound=True,  # expect: NET005 warning
        )
        elbv2.ApplicationLoadBalancer(
            self,
            "Alb",
            vpc=vpc,  # TODO
            security_group=alb_sg,
        )
