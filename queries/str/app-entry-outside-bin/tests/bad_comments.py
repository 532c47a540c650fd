# cdklint-test-path: src/lib/main.py
import aws_cdk as cdk

app = cdk.App(  # expect: STR002 info
    # TODO: move to app.py
    context={"stage": "dev"},  # TODO
)
cdk.Stack(app, "Api")
