import aws_cdk as cdk
from aws_cdk import aws_wafv2 as wafv2
from constructs import Construct


class WafStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        wafv2.CfnWebACL(self, "Acl", scope="CLOUDFRONT", default_action={"allow": {}}, visibility_config=cfg)


app = cdk.App()
WafStack(app, "Waf", env=cdk.Environment(region="us-east-1"))
