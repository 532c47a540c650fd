from aws_cdk import Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from constructs import Construct


class SecurityStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, vpc) -> None:
        super().__init__(scope, construct_id)
        self.alb_sg = ec2.SecurityGroup(self, "AlbSg", vpc=vpc, allow_all_outbound=True)  # expect: NET005 warning
        elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc, internet_facing=True, security_group=self.alb_sg)
        app_sg = ec2.SecurityGroup(
            self,
            "AppSg",
            vpc=vpc,
            allow_all_outbound=True,  # expect: NET005 info
        )
        nlb_sg = ec2.SecurityGroup(self, "NlbSg", vpc=vpc, allow_all_outbound=True)  # expect: NET005 warning
        nlb = elbv2.NetworkLoadBalancer(self, "Nlb", vpc=vpc)
        nlb.add_security_group(nlb_sg)
