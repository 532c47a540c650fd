import { aws_ec2 as ec2, aws_lambda } from 'aws-cdk-lib';
import { InterfaceVpcEndpointAwsService as Svc } from 'aws-cdk-lib/aws-ec2';
const cdk = require('aws-cdk-lib');

export const a = ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_MONITORING; // expect: API001
export const b = Svc.EVENTBRIDGE; // expect: API001
export const c = cdk.aws_lambda.Runtime.PYTHON_3_6; // expect: API001
export const d = aws_lambda.Runtime.NODEJS_12_X; // expect: API001
export const e = cdk.SecretValue.unsafePlainText('x'); // expect: API001
