from aws_cdk import aws_iam as iam

ok = iam.ManagedPolicy.from_aws_managed_policy_name("AmazonSSMManagedInstanceCore")
typing = iam.ManagedPolicy.from_aws_managed_policy_name("AdministratorAccess"
