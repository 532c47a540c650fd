from aws_cdk import aws_certificatemanager as acm

acm.Certificate(self, "Fine", domain_name="app.acme-corp.io")
acm.Certificate(self, "Half", domain_name="example.com
