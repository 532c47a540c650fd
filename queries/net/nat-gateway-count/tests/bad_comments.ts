import * as cdk from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

const GATEWAYS = 3;

export class NetworkStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new ec2.Vpc(this, /* TODO */ 'Vpc', {
      maxAzs: 3, // TODO
      // TODO: one per AZ for now
      natGateways: GATEWAYS, // expect: NET004
    });
    // Gateways, whatever the subnets say.
    new ec2.Vpc(this, 'Gw', {
      natGateways: 2, // expect: NET004
      natGatewayProvider: ec2.NatProvider.gateway(), // TODO
    });
  }
}
