import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront

app = cdk.App()
stack = cdk.Stack(app, "Web", env=cdk.Environment(region="us-east-1"))
for site in sites:
    cloudfront.Distribution(stack, f"Cdn-{site.name}", default_behavior=behavior, domain_names=[site.domain])
cdns = [cloudfront.Distribution(stack, t, default_behavior=behavior) for t in tenants]
for region in regions:
    cdk.CfnOutput(stack, f"Out{region}", value=region)

for region in regions:
    regional = cdk.Stack(app, f"Web-{region}", env=cdk.Environment(region=region))
    if region == "us-east-1":
        cloudfront.Distribution(regional, "Cdn", default_behavior=behavior)
