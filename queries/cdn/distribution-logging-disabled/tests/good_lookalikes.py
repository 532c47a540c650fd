from aws_cdk import aws_cloudfront as cloudfront

cloudfront.Distribution(
    self,
    "Both",
    # TODO: prefix
    default_behavior=cloudfront.BehaviorOptions(origin=origin),
    enable_logging=True,
    log_bucket=log_bucket,  # TODO
)


class Distribution:
    def __init__(self, *args, **kwargs):
        pass


Distribution(self, "Local", default_behavior=behavior)
