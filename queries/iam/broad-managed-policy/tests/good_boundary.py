import aws_cdk as cdk
from aws_cdk import aws_iam as iam


class ManagedPolicy:
    @staticmethod
    def from_aws_managed_policy_name(name):
        return name


class DevStack(cdk.Stack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        iam.Role(
            self,
            "Dev",
            assumed_by=iam.AccountRootPrincipal(),
            permissions_boundary=iam.ManagedPolicy.from_aws_managed_policy_name("PowerUserAccess"),
        )
        boundary = iam.ManagedPolicy.from_aws_managed_policy_name("AdministratorAccess")
        iam.PermissionsBoundary.of(self).apply(boundary)
        ManagedPolicy.from_aws_managed_policy_name("AdministratorAccess")
