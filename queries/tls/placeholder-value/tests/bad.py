import aws_cdk as cdk
from aws_cdk import Stack
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_sns_subscriptions as subscriptions
from constructs import Construct

SNS_NOTIFICATION_EMAIL = "user@example.com"


class WebStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, topic, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        # seed 003 §1: the certificate was left on the example domain.
        acm.Certificate(self, "Cert", domain_name="example.com")  # expect: TLS002 warning
        topic.add_subscription(subscriptions.EmailSubscription(SNS_NOTIFICATION_EMAIL))  # expect: TLS002
        self.db_config = {"password": "REPLACE_ME", "username": "admin"}  # expect: TLS002


app = cdk.App()
WebStack(app, "Web", env=cdk.Environment(account="123456789012", region="us-east-1"))  # expect: TLS002
WebStack(app, "Web2", env={"account": "YOUR_ACCOUNT_ID_WITHOUT_HYPHEN", "region": "cn-northwest-1"})  # expect: TLS002
