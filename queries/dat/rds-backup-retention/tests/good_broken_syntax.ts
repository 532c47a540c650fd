import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';

const ok = new rds.DatabaseInstance(this, 'Ok', { engine, vpc, backupRetention: cdk.Duration.days(7) });
const typing = new rds.DatabaseInstance(this, 'Typing', { engine, vpc, backupRetention: cdk.Duration.days(
