from aws_cdk import CfnOutput

CfnOutput(self, "SecretName", value=secret.secret_name)
CfnOutput(self, "Typing", value=secret.secret_value.unsafe_unwrap(
