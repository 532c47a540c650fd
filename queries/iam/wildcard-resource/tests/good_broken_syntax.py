from aws_cdk import aws_iam as iam

ok = iam.PolicyStatement(actions=["s3:GetObject"], resources=[bucket_arn])
typing = iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"
