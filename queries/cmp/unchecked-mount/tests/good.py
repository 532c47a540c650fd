from pathlib import Path

from aws_cdk import Stack, aws_ec2 as ec2
from constructs import Construct


class UserData:
    """The file's own helper that shares the name."""

    @staticmethod
    def for_linux():
        return UserData()

    def add_commands(self, *commands):
        pass


class ComputeStack(Stack):
    def __init__(self, scope: Construct, id: str, *, user_data: ec2.UserData, fs_id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        strict = ec2.UserData.for_linux(shebang="#!/bin/bash -xe")
        strict.add_commands(f"mount -t efs {fs_id}:/ /mnt/efs")

        checked = ec2.UserData.for_linux()
        checked.add_commands("set -e", "mount -a")
        checked.add_commands(f"mount -t efs {fs_id}:/ /mnt/data || exit 1")

        ec2.UserData.custom("#!/bin/bash -e\nmount -a\n")

        with open("./user_data/user_data.sh") as f:
            script = f.read()
        ec2.UserData.custom(script)
        ec2.UserData.custom(Path("./boot.sh").read_text())

        user_data.add_commands("mount -a")

        UserData.for_linux().add_commands("mount -a")
