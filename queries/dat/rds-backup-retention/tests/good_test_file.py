# cdklint-test-path: tests/test_database.py
import aws_cdk as cdk
from aws_cdk import aws_rds as rds


def test_database():
    stack = cdk.Stack()
    rds.DatabaseInstance(stack, "Db", engine=rds.DatabaseInstanceEngine.MYSQL, vpc=vpc)
