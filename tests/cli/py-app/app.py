#!/usr/bin/env python3
import aws_cdk as cdk

from stacks.data_stack import DataStack
from stacks.dns_stack import DnsStack
from stacks.legacy.old_stack import OldStack

app = cdk.App()
data = DataStack(app, "Data")
DnsStack(app, "Dns", alb=data.alb)
OldStack(app, "Old")
app.synth()
