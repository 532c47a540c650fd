import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

export class AppStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const role = new iam.Role(this, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    // seed 000 #7: log and secret actions on every resource.
    role.addToPolicy(new iam.PolicyStatement({
      actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      resources: ['*'], // expect: IAM001 warning
    }));
    // seed 004 7.2: VPC peering actions take VPC and peering-connection ARNs.
    role.addToPolicy(new iam.PolicyStatement({
      resources: ['*'], // expect: IAM001 warning
      actions: ['ec2:CreateVpcPeeringConnection', 'ec2:AcceptVpcPeeringConnection'],
    }));
    // Only wildcard-only actions: information.
    role.addToPolicy(new iam.PolicyStatement({
      actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'ec2:DescribeInstances'],
      resources: ['*'], // expect: IAM001 info
    }));
    role.addToPolicy(new iam.PolicyStatement({
      'resources': ['*'], // expect: IAM001 info
      'actions': ['cloudwatch:PutMetricData'],
    }));
    // One wildcard-only action mixed with one that takes ARNs: still a warning.
    role.addToPolicy(new iam.PolicyStatement({
      actions: ['ec2:DescribeVpcs', 'ec2:CreateVpcPeeringConnection'],
      resources: ['arn:aws:ec2:us-east-1:123456789012:vpc/vpc-1', '*'], // expect: IAM001 warning
    }));
    const ALL = '*';
    const stmt = new iam.PolicyStatement({ actions: ['sqs:SendMessage'] });
    stmt.addResources(ALL); // expect: IAM001
    stmt.addAllResources(); // expect: IAM001
    iam.PolicyStatement.fromJson({
      Effect: 'Allow',
      Action: 'secretsmanager:GetSecretValue',
      Resource: '*', // expect: IAM001 warning
    });
    iam.PolicyDocument.fromJson({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['ec2:DescribeSubnets'], Resource: ['*'] }, // expect: IAM001 info
        { Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' }, // expect: IAM001 warning
      ],
    });
  }
}
