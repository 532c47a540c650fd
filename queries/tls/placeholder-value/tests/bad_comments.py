import json

import aws_cdk as cdk
from aws_cdk import Stack
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_secretsmanager as secretsmanager

ENV = "dev"


class AppStack(Stack):
    def __init__(self, scope, construct_id, **kwargs):
        super().__init__(scope, construct_id, **kwargs)
        acm.Certificate(
            self,  # TODO
            "Cert",
            # TODO: the real domain
            domain_name=f"app.{ENV}.example.com",  # expect: TLS002
        )
        secretsmanager.CfnSecret(
            self,
            "Db",
            secret_string=json.dumps({
                "username": "admin",  # TODO
                "password": "changeme",  # expect: TLS002
            }),
        )
        secretsmanager.CfnSecret(self, "Key", secret_string=json.dumps("<api-key>"))  # expect: TLS002


app = cdk.App()
AppStack(app, "App", env=cdk.Environment(
    # TODO
    account="123456789012",  # expect: TLS002
    region="eu-west-1",
))
