// cdklint-test-path: test/network.test.ts
import * as ec2 from 'aws-cdk-lib/aws-ec2';

// Test files deploy nothing: not linted.
new ec2.Vpc(this, 'Vpc', { natGateways: 3 });
