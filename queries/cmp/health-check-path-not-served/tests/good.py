from aws_cdk import Stack, aws_ec2 as ec2, aws_elasticloadbalancingv2 as elbv2
from constructs import Construct


class WebStack(Stack):
    def __init__(self, scope: Construct, id: str, *, vpc: ec2.IVpc, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        user_data = ec2.UserData.for_linux()
        user_data.add_commands(
            "yum install -y httpd",
            "systemctl start httpd",
            "echo OK > /var/www/html/health.html",
        )
        elbv2.ApplicationTargetGroup(
            self, "Web", vpc=vpc, port=80, health_check=elbv2.HealthCheck(path="/health.html")
        )
        # A git checkout deploys the site.
        site = ec2.UserData.for_linux()
        site.add_commands("git clone https://example.com/site.git /var/www/html")
        elbv2.ApplicationTargetGroup(
            self, "Site", vpc=vpc, port=80, health_check=elbv2.HealthCheck(path="/ping")
        )


class ApplicationTargetGroup:
    """The file's own class that shares the name."""

    def __init__(self, scope, id, **kwargs):
        pass


class LocalStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        user_data = ec2.UserData.for_linux()
        user_data.add_commands("yum install -y httpd", "systemctl start httpd")
        ApplicationTargetGroup(self, "Local", health_check={"path": "/health"})
