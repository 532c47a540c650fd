from aws_cdk import Aws, Stack
from aws_cdk import aws_iam as iam
from aws_cdk.aws_iam import AccountRootPrincipal, Role


class SecurityStack(Stack):
    def __init__(self, scope, construct_id, env_name):
        super().__init__(scope, construct_id)
        iam.Role(
            self,
            "CrossAccountRole",
            assumed_by=iam.AccountPrincipal(Stack.of(self).account),  # expect: IAM004
        )
        Role(self, "Deployer", role_name=f"cross-account-{env_name}", assumed_by=AccountRootPrincipal())  # expect: IAM004
        iam.Role(self, "Reader", assumed_by=iam.AccountPrincipal(Aws.ACCOUNT_ID), role_name="xacct-reader")  # expect: IAM004
