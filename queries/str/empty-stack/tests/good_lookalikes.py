import aws_cdk as cdk
from collections import deque as Stack

Stack()
app = cdk.App()
app.synth()
