from aws_cdk import Fn, Stack
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from constructs import Construct

CERT_ARN = "arn:aws:acm:us-east-1:123456789012:certificate/abcd-1234"


class ComputeStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, alb) -> None:
        super().__init__(scope, construct_id)
        alb.add_listener(
            "Https",
            port=443,
            certificates=[elbv2.ListenerCertificate.from_arn("certificate_arn")],  # expect: TLS001 error
        )
        acm.Certificate.from_certificate_arn(self, "Cert", CERT_ARN)  # expect: TLS001
        elbv2.CfnListener(
            self,
            "L1",
            load_balancer_arn=alb.load_balancer_arn,
            port=443,
            protocol="HTTPS",
            default_actions=[],
            certificates=[{"certificate_arn": Fn.sub("arn:aws:acm:${AWS::Region}:${AWS::AccountId}:certificate/placeholder")}],  # expect: TLS001
        )
        elbv2.CfnListener.CertificateProperty(certificate_arn="arn:aws:acm:us-east-1:111122223333:certificate/TODO")  # expect: TLS001
