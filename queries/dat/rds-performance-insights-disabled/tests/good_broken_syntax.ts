import * as rds from 'aws-cdk-lib/aws-rds';

const ok = new rds.DatabaseInstance(this, 'Ok', { engine, vpc, enablePerformanceInsights: true });
const typing = new rds.DatabaseInstance(this, 'Typing', { engine, vpc, enablePerformanceInsights:
