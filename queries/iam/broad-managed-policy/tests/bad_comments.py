import aws_cdk as cdk
from aws_cdk import aws_iam as iam


class OpsStack(cdk.Stack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        role = iam.Role(
            self,  # TODO
            "Ops",  # TODO
            assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"),  # TODO
        )
        role.add_managed_policy(
            iam.ManagedPolicy.from_aws_managed_policy_name(
                # TODO: narrow
                "AmazonEC2FullAccess",  # expect: IAM005
            )
        )
        role.add_managed_policy(iam.ManagedPolicy.from_managed_policy_arn(
            self,  # TODO
            "Admin",  # TODO
            f"arn:{cdk.Aws.PARTITION}:iam::aws:policy/AdministratorAccess",  # expect: IAM005
        ))
