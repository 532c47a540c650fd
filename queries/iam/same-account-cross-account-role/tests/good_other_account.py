import aws_cdk as cdk
from aws_cdk import aws_iam as iam


class SecurityStack(cdk.Stack):
    def __init__(self, scope, construct_id, props):
        super().__init__(scope, construct_id)
        iam.Role(self, "CrossAccountAuditRole", assumed_by=iam.AccountPrincipal(props.account))
        iam.Role(self, "CrossStackRole", assumed_by=iam.AccountPrincipal(self.account))
        iam.Role(self, "CrossAccountReader", assumed_by=iam.AccountPrincipal(cdk.Aws.REGION))
