import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

export class MountStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const role = new iam.Role(this, 'Instance', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
    // seed 002 #7
    role.addToPolicy(new iam.PolicyStatement({
      actions: ['s3:GetObject', 's3:ListBucket'],
      resources: [
        'arn:aws:s3:::globalmountpoint-content-*', // expect: IAM002
        'arn:aws:s3:::globalmountpoint-content-*/*', // expect: IAM002
      ],
    }));
    // seed 000 #7 and #13
    role.addToPolicy(new iam.PolicyStatement({
      actions: ['secretsmanager:GetSecretValue'],
      resources: [`arn:aws:secretsmanager:${this.region}:${this.account}:secret:*`], // expect: IAM002
    }));
    role.addToPolicy(new iam.PolicyStatement({
      actions: ['sts:AssumeRole'],
      resources: ['arn:aws:iam::111122223333:role/*-prod-*'], // expect: IAM002
    }));
    role.addToPolicy(new iam.PolicyStatement({
      actions: ['secretsmanager:GetSecretValue'],
      resources: [`arn:aws:secretsmanager:${this.region}:${this.account}:secret:app/db-*`], // expect: IAM002
    }));
    new iam.PolicyStatement({
      actions: ['logs:PutLogEvents'],
      resources: [cdk.Fn.sub('arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:*')], // expect: IAM002
    });
    new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: [`arn:aws:kms:${this.region}:${this.account}:key/*`] }); // expect: IAM002
    new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: ["arn:aws:s3:::*"] }); // expect: IAM002
    new iam.PolicyStatement({ actions: ['aoss:APIAccessAll'], resources: [`arn:aws:aoss:*`] }); // expect: IAM002
  }
}
