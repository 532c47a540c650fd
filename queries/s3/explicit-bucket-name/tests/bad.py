from aws_cdk import Stack, aws_s3 as s3


class ContentStack(Stack):
    def __init__(self, scope, construct_id, stage):
        super().__init__(scope, construct_id)
        # seed 003 §2
        s3.Bucket(self, "StaticContent", bucket_name=f"static-content-{self.account}-{self.region}")  # expect: S3002
        s3.Bucket(self, "Logs", bucket_name="my-logs")  # expect: S3002
        s3.Bucket(self, "Reports", bucket_name="reports-" + stage)  # expect: S3002
        s3.Bucket(self, "Exports", bucket_name="exports-{}".format(stage))  # expect: S3002
        s3.CfnBucket(self, "Raw", bucket_name="raw")  # expect: S3002
