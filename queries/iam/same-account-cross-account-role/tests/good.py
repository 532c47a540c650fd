import boto3
from aws_cdk import Stack
from aws_cdk import aws_iam as iam


class Role:
    def __init__(self, scope, construct_id, **kwargs):
        pass


class SecurityStack(Stack):
    def __init__(self, scope, construct_id, tooling_account):
        super().__init__(scope, construct_id)
        iam.Role(self, "CrossAccountRole", assumed_by=iam.AccountPrincipal(tooling_account))
        iam.Role(self, "CrossRegionRole", assumed_by=iam.AccountRootPrincipal())
        iam.Role(self, "CrossAccountLambda", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        Role(self, "CrossAccountRole2", assumed_by=iam.AccountRootPrincipal())
        boto3.client("sts").assume_role(RoleArn="arn:aws:iam::111122223333:role/CrossAccountRole", RoleSessionName="s")
