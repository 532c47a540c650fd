from aws_cdk import (
    Stack,
    aws_autoscaling as autoscaling,
    aws_ec2 as ec2,
    aws_elasticloadbalancingv2 as elbv2,
)
from constructs import Construct


class ComputeStack(Stack):
    def __init__(self, scope: Construct, id: str, *, vpc: ec2.IVpc, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        script = """#!/bin/bash
yum install -y nginx
systemctl enable --now nginx
"""
        asg = autoscaling.AutoScalingGroup(
            self,
            "Web",
            vpc=vpc,
            instance_type=ec2.InstanceType("t3.micro"),
            machine_image=ec2.MachineImage.latest_amazon_linux2023(),
            user_data=ec2.UserData.custom(script),
        )
        alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc, internet_facing=True)
        listener = alb.add_listener("Http", port=80)
        listener.add_targets(
            "Fleet",
            port=80,
            targets=[asg],
            health_check=elbv2.HealthCheck(path="/health"),  # expect: CMP002
        )


class FstabStack(Stack):
    def __init__(self, scope: Construct, id: str, *, vpc: ec2.IVpc, fs_id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        # A substitution in what is written, not where: the page is still not there.
        user_data = ec2.UserData.for_linux()
        user_data.add_commands(
            "yum install -y httpd",
            f"echo '{fs_id}:/ /var/www/html efs _netdev 0 0' >> /etc/fstab",
            "systemctl start httpd",
        )
        elbv2.ApplicationTargetGroup(
            self, "Web", vpc=vpc, port=80,
            health_check=elbv2.HealthCheck(path="/health"),  # expect: CMP002
        )
