import aws_cdk as cdk
from stacks import CertStack, WebStack

app = cdk.App()
certs = CertStack(app, "Certs", env=cdk.Environment(region="us-east-1"))
WebStack(app, "Web", env=cdk.Environment(region="eu-west-1"), cross_region_references=True, certificate=certs.certificate)
WebStack(app, "Edge", env=cdk.Environment(region="us-east-1"), certificate=certs.certificate)
WebStack(app, "Alone", env=cdk.Environment(region="eu-west-1"), domain_name="example.org")
