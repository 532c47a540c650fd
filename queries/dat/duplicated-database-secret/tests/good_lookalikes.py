import boto3
from aws_cdk import aws_rds as rds

db = rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc)
boto3.client("secretsmanager").create_secret(Name="x", SecretString=db.db_instance_endpoint_address)
