#!/usr/bin/env node
import * as cdk from 'aws-cdk-lib';
import { NetworkStack } from '../lib/network-stack';
import { WebStack } from '../lib/web-stack';
import { ProdDatabaseStack } from '../lib/prod-database-stack';

const app = new cdk.App();
const network = new NetworkStack(app, 'Network');
new WebStack(app, 'Web', { vpc: network.vpc });
new ProdDatabaseStack(app, 'Database', { vpc: network.vpc });
