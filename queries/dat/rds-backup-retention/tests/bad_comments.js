const cdk = require('aws-cdk-lib/core');
const rds = require('aws-cdk-lib/aws-rds');

function database(scope, vpc, engine) {
  return new rds.DatabaseInstance(scope, 'Db', {
    engine,
    vpc, // TODO
    backupRetention: cdk.Duration.days(1), // expect: DAT002 warning
  });
}
function serverless(scope, vpc) {
  return new rds.ServerlessCluster(scope, /* TODO */ 'Serverless', { engine: rds.DatabaseClusterEngine.AURORA_MYSQL, vpc }); // expect: DAT002 info
}
module.exports = { database, serverless };
