from aws_cdk import Stack, aws_autoscaling as autoscaling, aws_ec2 as ec2
from constructs import Construct


class AutoScalingGroup:
    def __init__(self, scope, id, *, desired_capacity):
        pass


class ComputeStack(Stack):
    def __init__(self, scope: Construct, id: str, *, vpc: ec2.IVpc, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        asg = autoscaling.AutoScalingGroup(
            self,
            "Web",
            vpc=vpc,
            instance_type=ec2.InstanceType("t3.micro"),
            machine_image=ec2.MachineImage.latest_amazon_linux2023(),
            min_capacity=2,
            max_capacity=10,
        )
        asg.scale_on_cpu_utilization("Cpu", target_utilization_percent=60)
        AutoScalingGroup(self, "Local", desired_capacity=3)
        # A fixed-size group: nothing resizes it.
        autoscaling.AutoScalingGroup(
            self,
            "Fixed",
            vpc=vpc,
            instance_type=ec2.InstanceType("t3.micro"),
            machine_image=ec2.MachineImage.latest_amazon_linux2023(),
            desired_capacity=2,
            min_capacity=2,
            max_capacity=2,
        )
