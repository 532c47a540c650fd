from aws_cdk import Stack, Duration
from aws_cdk import aws_s3 as s3


class LogsStack(Stack):
    def __init__(self, scope, construct_id, rules) -> None:
        super().__init__(scope, construct_id)
        expiring = s3.Bucket(self, "Expiring", lifecycle_rules=[s3.LifecycleRule(expiration=Duration.days(90))])
        s3.Bucket(self, "A", server_access_logs_bucket=expiring)
        later = s3.Bucket(self, "Later")
        later.add_lifecycle_rule(expiration=Duration.days(30))
        s3.Bucket(self, "B", server_access_logs_bucket=later)
        shared = s3.Bucket(self, "Shared", lifecycle_rules=rules)
        s3.Bucket(self, "C", server_access_logs_bucket=shared)
