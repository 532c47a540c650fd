import setuptools

setuptools.setup(
    name="app",
    install_requires=[
        "aws-cdk-lib==2.66.0",
        "constructs>=10.0.0,<11.0.0",
    ],
)
