import json

import aws_cdk as cdk
from aws_cdk import Stack
from aws_cdk import aws_rds as rds
from aws_cdk import aws_secretsmanager as secretsmanager
from constructs import Construct


class DataStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, engine, vpc) -> None:
        super().__init__(scope, construct_id)
        db = rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc)
        secretsmanager.Secret(  # expect: DAT007 info
            self,
            "AppDbConfig",
            secret_object_value={
                "host": cdk.SecretValue.unsafe_plain_text(db.db_instance_endpoint_address),
                "password": db.secret.secret_value_from_json("password"),
            },
        )
        secretsmanager.CfnSecret(  # expect: DAT007
            self,
            "Config",
            secret_string=json.dumps({"host": db.instance_endpoint.hostname}),
        )
