import aws_cdk as cdk
from aws_cdk import aws_wafv2 as wafv2
from constructs import Construct


class EdgeStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        wafv2.CfnWebACL(
            self,
            "EdgeAcl",
            scope="CLOUDFRONT",
            default_action=wafv2.CfnWebACL.DefaultActionProperty(allow={}),
            visibility_config=wafv2.CfnWebACL.VisibilityConfigProperty(
                cloud_watch_metrics_enabled=True, metric_name="edge", sampled_requests_enabled=True
            ),
        )
