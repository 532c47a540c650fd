from aws_cdk import aws_cloudfront as cloudfront

cloudfront.Distribution(
    self,
    "Cert",
    # TODO: more names
    default_behavior=cloudfront.BehaviorOptions(origin=origin),
    domain_names=["www.example.org"],
    certificate=certificate if use_tls else None,
)
cloudfront.Distribution(self, "NoNames", default_behavior=behavior, domain_names=[  # TODO
])
