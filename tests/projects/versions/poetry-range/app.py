import aws_cdk as cdk
