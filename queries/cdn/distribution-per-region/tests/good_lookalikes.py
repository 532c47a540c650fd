import aws_cdk as cdk
from scipy.stats import norm as Distribution

for region in ["us-east-1", "eu-west-1"]:
    Distribution(0, 1)
app = cdk.App()
