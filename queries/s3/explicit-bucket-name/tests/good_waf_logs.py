import aws_cdk as cdk
from aws_cdk import aws_s3 as s3


class WafStack(cdk.Stack):
    def __init__(self, scope, construct_id, stage):
        super().__init__(scope, construct_id)
        s3.Bucket(self, "WafLogs", bucket_name=f"aws-waf-logs-{cdk.Aws.ACCOUNT_ID}-{stage}")
        s3.Bucket(self, "WafLogs2", bucket_name="aws-waf-logs-" + stage)
        s3.Bucket(self, "WafLogs3", bucket_name="aws-waf-logs-{}".format(stage))
        s3.Bucket(self, "Computed", bucket_name=stage + "-data")
