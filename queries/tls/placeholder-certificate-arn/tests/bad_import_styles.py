import aws_cdk as cdk
import aws_cdk.aws_certificatemanager as certs
from aws_cdk.aws_elasticloadbalancingv2 import ListenerCertificate

a = certs.Certificate.from_certificate_arn(scope, "A", certificate_arn="arn:aws:acm:us-east-1:123456789012:certificate/a")  # expect: TLS001
b = ListenerCertificate.from_arn(f"arn:aws:acm:{region}:{account}:certificate/placeholder")  # expect: TLS001
c = cdk.aws_certificatemanager.Certificate.from_certificate_arn(scope, "C", cdk.Fn.sub("arn:aws:acm:${AWS::Region}:${AWS::AccountId}:certificate/dummy"))  # expect: TLS001
