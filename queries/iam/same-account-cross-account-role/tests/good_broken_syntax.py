from aws_cdk import aws_iam as iam

iam.Role(self, "CrossAccountRole", assumed_by=iam.AccountPrincipal(tooling_account))
iam.Role(self, "CrossAccountRole2", assumed_by=iam.AccountPrincipal(self.account
