from aws_cdk import aws_iam as iam

ok = iam.PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::bucket/*"])
typing = iam.PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::bucket-*
