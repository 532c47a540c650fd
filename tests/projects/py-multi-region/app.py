#!/usr/bin/env python3
import os

import aws_cdk as cdk

from stacks.config_stack import ConfigStack
from stacks.dns_stack import DnsStack
from stacks.edge_stack import EdgeStack
from stacks.network_stack import NetworkStack

app = cdk.App()
EdgeStack(app, "Edge", env=cdk.Environment(account="111111111111", region="eu-central-1"))
NetworkStack(
    app,
    "Network",
    env=cdk.Environment(account=os.environ["CDK_DEFAULT_ACCOUNT"], region=os.environ["CDK_DEFAULT_REGION"]),
)
DnsStack(app, "Dns", env=cdk.Environment(account="111111111111", region=os.environ.get("REGION", "eu-central-1")))
ConfigStack(app, "Config")
app.synth()
