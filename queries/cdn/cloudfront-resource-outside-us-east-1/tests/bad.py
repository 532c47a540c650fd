import aws_cdk as cdk
from aws_cdk import aws_certificatemanager as acm, aws_cloudfront as cloudfront, aws_wafv2 as wafv2
from constructs import Construct


class WebStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        cert = acm.Certificate(self, "Cert", domain_name="www.example.org")  # expect: CDN005 error
        wafv2.CfnWebACL(self, "Acl", scope="CLOUDFRONT", default_action={"allow": {}}, visibility_config=cfg)  # expect: CDN005
        cloudfront.Distribution(self, "Cdn", default_behavior=behavior, domain_names=["www.example.org"], certificate=cert)


class ProdStage(cdk.Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        WebStack(self, "Web")


app = cdk.App()
ProdStage(app, "Prod", env=cdk.Environment(account="111111111111", region="ap-southeast-2"))
