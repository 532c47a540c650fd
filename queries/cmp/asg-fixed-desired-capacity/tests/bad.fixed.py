from aws_cdk import Stack, aws_autoscaling as autoscaling, aws_ec2 as ec2
from constructs import Construct


class ComputeStack(Stack):
    def __init__(self, scope: Construct, id: str, *, vpc: ec2.IVpc, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        web = autoscaling.AutoScalingGroup(
            self,
            "Web",
            vpc=vpc,
            instance_type=ec2.InstanceType("t3.micro"),
            machine_image=ec2.MachineImage.latest_amazon_linux2023(),
            min_capacity=2,
            max_capacity=10,  # expect: CMP005 warning
        )
        autoscaling.TargetTrackingScalingPolicy(
            self, "Cpu", auto_scaling_group=web, target_value=60,
            predefined_metric=autoscaling.PredefinedMetric.ASG_AVERAGE_CPU_UTILIZATION,
        )

        autoscaling.AutoScalingGroup(
            self,
            "Batch",
            vpc=vpc,
            instance_type=ec2.InstanceType("t3.micro"),
            machine_image=ec2.MachineImage.latest_amazon_linux2023(),
            min_capacity=3,  # expect: CMP005 info
        )
