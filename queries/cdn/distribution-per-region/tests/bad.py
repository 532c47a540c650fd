import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk.aws_cloudfront import Distribution

REGIONS = ["us-east-1", "eu-west-1"]
app = cdk.App()
for region in REGIONS:
    stack = cdk.Stack(app, f"Web-{region}", env=cdk.Environment(region=region))
    cloudfront.Distribution(stack, "Cdn", default_behavior=behavior)  # expect: CDN003 warning

targets = ["us-east-1", "ap-southeast-2"]
cdns = [Distribution(app, f"Cdn-{t}", default_behavior=behavior) for t in targets]  # expect: CDN003

for name, cfg in deployments.items():
    stack = cdk.Stack(app, name, env=cdk.Environment(account=cfg.account, region=cfg.code))
    cdk.aws_cloudfront.Distribution(stack, "Cdn", default_behavior=behavior)  # expect: CDN003
