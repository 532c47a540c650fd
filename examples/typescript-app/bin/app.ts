#!/usr/bin/env node
import * as cdk from 'aws-cdk-lib';
import { NetworkStack } from '../lib/network-stack';
import { WebStack } from '../lib/web-stack';

const app = new cdk.App();
for (const region of ['eu-west-1', 'us-east-1']) {
  const network = new NetworkStack(app, `Network-${region}`, { env: { region } });
  new WebStack(app, `Web-${region}`, { env: { region }, vpc: network.vpc });
}
