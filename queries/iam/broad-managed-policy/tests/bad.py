from aws_cdk import Stack
from aws_cdk import aws_iam as iam
import aws_cdk as cdk


class MonitoringStack(Stack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        role = iam.Role(self, "CloudWatchRole", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
        # seed 003 §3
        role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("CloudWatchFullAccess"))  # expect: IAM005
        role.add_managed_policy(cdk.aws_iam.ManagedPolicy.from_aws_managed_policy_name("AdministratorAccess"))  # expect: IAM005
        iam.ManagedPolicy.from_managed_policy_arn(self, "P", "arn:aws:iam::aws:policy/PowerUserAccess")  # expect: IAM005
