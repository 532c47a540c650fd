#!/usr/bin/env python3
import aws_cdk as cdk

from stacks.data_stack import DataStack
from stacks.dns_stack import DnsStack

app = cdk.App()
primary = DataStack(app, "Data-Primary", env=cdk.Environment(region="eu-west-1"))
DataStack(app, "Data-Replica", env=cdk.Environment(region="eu-central-1"))
DnsStack(app, "Dns", env=cdk.Environment(region="eu-west-1"), alb=primary.alb)
app.synth()
