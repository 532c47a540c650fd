import aws_cdk as cdk
from aws_cdk import aws_certificatemanager as acm, aws_cloudfront as cloudfront, aws_wafv2 as wafv2
from constructs import Construct


class EdgeStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        cert = acm.Certificate(self, "Cert", domain_name="www.example.org")
        wafv2.CfnWebACL(self, "Acl", scope="CLOUDFRONT", default_action={"allow": {}}, visibility_config=cfg)
        cloudfront.Distribution(self, "Cdn", default_behavior=behavior, certificate=cert)


app = cdk.App()
EdgeStack(app, "Edge", env=cdk.Environment(region="us-east-1"))
EdgeStack(app, "FromEnv", env=cdk.Environment(region=os.environ["REGION"]))
