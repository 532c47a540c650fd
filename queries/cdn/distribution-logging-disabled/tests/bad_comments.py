from aws_cdk import aws_cloudfront as cloudfront

cloudfront.Distribution(  # expect: CDN004
    self,  # TODO: scope
    "Site",
    # TODO: logging
    default_behavior=cloudfront.BehaviorOptions(origin=origin),  # TODO
)
cloudfront.Distribution(
    self,
    "Off",
    default_behavior=cloudfront.BehaviorOptions(origin=origin),
    # TODO: turn it back on
    enable_logging=False,  # expect: CDN004
)
