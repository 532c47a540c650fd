import aws_cdk.core as cdk  # expect: API002
import aws_cdk.aws_s3 as s3, aws_cdk.aws_sqs as sqs  # expect: API002

app = cdk.App()
