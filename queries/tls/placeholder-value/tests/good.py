import os

import boto3
from aws_cdk import aws_certificatemanager as acm

domain_name = os.environ.get("DOMAIN_NAME", "example.com")
acm.Certificate(self, "Cert", domain_name=domain_name)
if domain_name == "example.com":
    raise ValueError("set DOMAIN_NAME")
secret = {"secret_name": "placeholder-secret"}
boto3.client("ses").send_email(Source=sender, Destination={"ToAddresses": [recipient]})
env = {"account": os.environ["CDK_DEFAULT_ACCOUNT"], "region": "us-east-1"}
firewall = dict(domains=["example.com"])
