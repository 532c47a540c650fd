# cdklint-test-path: lib/network_stack.py
import aws_cdk as cdk
from flask import Flask


class App:
    pass


local = App()
web = Flask(__name__)
is_app = cdk.App.is_app(scope)
