from aws_cdk import Stack, aws_autoscaling as autoscaling, aws_ec2 as ec2
from constructs import Construct


class WebStack(Stack):
    def __init__(self, scope: Construct, id: str, *, vpc: ec2.IVpc, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        asg = autoscaling.AutoScalingGroup(
            self,
            "Web",
            vpc=vpc,
            instance_type=ec2.InstanceType("t3.micro"),
            machine_image=ec2.MachineImage.latest_amazon_linux2(),
        )
        asg.add_user_data(
            "dnf install -y nginx postgresql",
            "amazon-linux-extras install -y nginx1",  # expect: CMP003
        )
        asg.add_user_data("amazon-linux-extras install -y postgresql14")  # expect: CMP003
