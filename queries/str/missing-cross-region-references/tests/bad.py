import aws_cdk as cdk
from stacks import CertStack, WebStack

app = cdk.App()
certs = CertStack(app, "Certs", env=cdk.Environment(region="us-east-1"))
WebStack(
    app,
    "Web",
    env=cdk.Environment(region="eu-west-1"),  # expect: STR001 warning
    certificate=certs.certificate,
)
WebStack(app, "Web2", env={"region": "eu-central-1"}, cert_arn=certs.certificate.certificate_arn)  # expect: STR001
