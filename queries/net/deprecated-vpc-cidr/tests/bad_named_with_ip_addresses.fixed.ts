import { Stack } from 'aws-cdk-lib';
import { IpAddresses, Vpc as V } from 'aws-cdk-lib/aws-ec2';

export class NetworkStack extends Stack {
  readonly legacy = new V(this, 'Legacy', { ipAddresses: IpAddresses.cidr('10.9.0.0/16') }); // expect: NET002
  readonly current = new V(this, 'Current', { ipAddresses: IpAddresses.cidr('10.8.0.0/16') });
}
