from aws_cdk import aws_s3 as s3

ok = s3.Bucket(self, "Ok", enforce_ssl=True)
typing = s3.Bucket(self, "Typing", bucket_name="half
