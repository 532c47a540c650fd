from aws_cdk import Stack, aws_ec2 as ec2, aws_efs as efs
from constructs import Construct


class ComputeStack(Stack):
    def __init__(self, scope: Construct, id: str, *, vpc: ec2.IVpc, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        file_system = efs.FileSystem(self, "Shared", vpc=vpc)

        user_data = ec2.UserData.for_linux()
        user_data.add_commands(
            "#!/bin/bash -e",
            "yum install -y amazon-efs-utils",
            "mkdir -p /mnt/efs",
            f"mount -t efs {file_system.file_system_id}:/ /mnt/efs",  # expect: CMP004
        )

        # Implicit concatenation and a list spread into add_commands.
        mount_commands = [
            "mkdir -p /mnt/shared",
            "mount -t nfs4 -o nfsvers=4.1 "  # expect: CMP004
            "fs-12345678.efs.us-east-1.amazonaws.com:/ /mnt/shared",
        ]
        self.instance = ec2.Instance(
            self,
            "Web",
            vpc=vpc,
            instance_type=ec2.InstanceType("t3.micro"),
            machine_image=ec2.MachineImage.latest_amazon_linux2023(),
        )
        self.instance.user_data.add_commands(*mount_commands)

        # `|| echo` swallows the failure.
        worker_data = ec2.UserData.custom("\n".join([
            "#!/bin/bash",
            "set -e",
            "mount -a || echo 'mount failed'",  # expect: CMP004
        ]))
        ec2.LaunchTemplate(self, "Template", user_data=worker_data)
