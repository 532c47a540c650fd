import aws_cdk as cdk
from aws_cdk import Stack
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_elasticloadbalancingv2 as elbv2


class EdgeStack(Stack):
    def __init__(self, scope, construct_id, alb):
        super().__init__(scope, construct_id)
        acm.Certificate.from_certificate_arn(
            self,  # TODO
            "Cert",
            # TODO: the real certificate
            "arn:aws:acm:us-east-1:111122223333:certificate/placeholder",  # expect: TLS001
        )
        alb.add_listener(
            "Https",
            port=443,  # TODO
            certificates=[elbv2.ListenerCertificate.from_arn(
                # TODO
                cdk.Fn.sub("arn:aws:acm:${AWS::Region}:${AWS::AccountId}:certificate/todo")  # expect: TLS001
            )],
        )
        elbv2.CfnListener.CertificateProperty(
            certificate_arn="",  # expect: TLS001
        )
