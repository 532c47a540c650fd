from aws_cdk import aws_cloudfront as cloudfront

cloudfront.Distribution(
    self,  # TODO: scope
    "Site",
    # TODO: certificate in us-east-1
    default_behavior=cloudfront.BehaviorOptions(origin=origin),  # TODO
    domain_names=[  # expect: CDN002
        # TODO: more names
        "www.example.org",
    ],
)
