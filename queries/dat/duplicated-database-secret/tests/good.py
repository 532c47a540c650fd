import json

from aws_cdk import Stack
from aws_cdk import aws_rds as rds
from aws_cdk import aws_secretsmanager as secretsmanager


class DataStack(Stack):
    def __init__(self, scope, construct_id, engine, vpc, external_db) -> None:
        super().__init__(scope, construct_id)
        credentials = secretsmanager.Secret(
            self,
            "DbCredentials",
            generate_secret_string=secretsmanager.SecretStringGenerator(
                secret_string_template=json.dumps({"username": "app"}),
                generate_string_key="password",
            ),
        )
        rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, credentials=rds.Credentials.from_secret(credentials))
        secretsmanager.CfnSecret(self, "External", secret_string=json.dumps({"host": external_db.db_instance_endpoint_address}))
