import aws_cdk as cdk
from aws_cdk import aws_iam as iam


class SecurityStack(cdk.Stack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        iam.Role(
            self,  # TODO
            "Auditor",  # TODO
            # TODO: the audit account
            role_name="cross-account-auditor",
            assumed_by=iam.AccountPrincipal(self.account),  # expect: IAM004
        )
        iam.Role(self, "CrossAccountReader", assumed_by=iam.AccountPrincipal(cdk.Aws.ACCOUNT_ID))  # expect: IAM004
