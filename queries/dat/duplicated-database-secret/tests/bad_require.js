const cdk = require('aws-cdk-lib');
const rds = require('aws-cdk-lib/aws-rds');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');

function data(scope, engine, vpc) {
  const db = new rds.DatabaseInstance(scope, 'Db', { engine, vpc });
  return new secretsmanager.Secret(scope, 'Config', { // expect: DAT007
    secretStringValue: cdk.SecretValue.unsafePlainText(`${db.dbInstanceEndpointAddress}:${db.dbInstanceEndpointPort}`),
  });
}
module.exports = { data };
