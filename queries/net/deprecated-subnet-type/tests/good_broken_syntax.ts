import * as ec2 from 'aws-cdk-lib/aws-ec2';

const fine = ec2.SubnetType.PRIVATE_WITH_EGRESS;
new ec2.Vpc(this, 'Vpc', { subnetConfiguration: [{ subnetType: ec2.SubnetType.
