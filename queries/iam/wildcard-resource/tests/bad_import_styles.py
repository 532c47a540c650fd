import aws_cdk.aws_iam as aws_iam
from aws_cdk.aws_iam import PolicyStatement


def policies(fn):
    fn.add_to_role_policy(aws_iam.PolicyStatement(actions=["kms:Decrypt"], resources=["*"]))  # expect: IAM001
    fn.add_to_role_policy(PolicyStatement(actions=["ec2:CreateVpcPeeringConnection"], resources=["*"]))  # expect: IAM001 warning
