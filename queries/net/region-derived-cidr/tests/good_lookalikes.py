import aws_cdk as cdk
from network.model import Vpc

Vpc(None, "x", cidr="10.0.0.0/16" if region == "us-east-1" else "10.1.0.0/16")
app = cdk.App()
