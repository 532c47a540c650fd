const { aws_iam: iam } = require('aws-cdk-lib');

exports.statement = new iam.PolicyStatement({
  actions: ['ssm:GetParameter'],
  resources: ['arn:aws:ssm:us-east-1:111122223333:parameter/*'], // expect: IAM002
});
