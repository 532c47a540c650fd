from aws_cdk import SecretValue, aws_secretsmanager as secretsmanager

secretsmanager.Secret(self, "Generated", generate_secret_string=secretsmanager.SecretStringGenerator())
secretsmanager.Secret(self, "Typing", secret_string_value=SecretValue.unsafe_plain_text("half
