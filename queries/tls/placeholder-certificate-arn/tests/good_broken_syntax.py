from aws_cdk import aws_certificatemanager as acm

fine = acm.Certificate.from_certificate_arn(self, "Fine", cert_arn)
half = acm.Certificate.from_certificate_arn(self, "Half", "arn:aws:acm:us-east-1:123456789012:certificate/
