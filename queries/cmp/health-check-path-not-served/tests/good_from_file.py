from aws_cdk import Stack, aws_ec2 as ec2, aws_elasticloadbalancingv2 as elbv2
from constructs import Construct


class WebStack(Stack):
    def __init__(self, scope: Construct, id: str, *, vpc: ec2.IVpc, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        # Part of the user data is loaded from a file: not judged.
        with open("./httpd.sh") as f:
            httpd = ec2.UserData.for_linux()
            httpd.add_commands(f.read())
        httpd.add_commands("systemctl start httpd")
        elbv2.ApplicationTargetGroup(
            self, "Web", vpc=vpc, port=80, health_check=elbv2.HealthCheck(path="/health")
        )
