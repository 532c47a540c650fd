import aws_cdk as cdk

from stacks.api_stack import ApiStack

app = cdk.App()
ApiStack(app, "ApiProd", termination_protection=True)
# Not production.
ApiStack(app, "ApiDev")
ApiStack(app, "ProductCatalog")
# Keyword arguments the file does not show are not judged.
ApiStack(app, "ApiProd2", **settings)
# Not created in the app.
stage = cdk.Stage(app, "Staging")
ApiStack(stage, "ApiProd")
app.synth()
