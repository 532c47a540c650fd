from aws_cdk import Stack, aws_ec2 as ec2
from constructs import Construct


class UserData:
    @staticmethod
    def for_linux():
        return UserData()

    def add_commands(self, *commands):
        pass


class WebStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        enabled = ec2.UserData.for_linux()
        enabled.add_commands("amazon-linux-extras enable nginx1", "yum install -y nginx")

        with open("./user_data.sh") as f:
            ec2.UserData.custom(f.read())

        UserData.for_linux().add_commands("yum install -y nginx", "amazon-linux-extras install nginx1")
