const rds = require('aws-cdk-lib/aws-rds');

function database(scope, vpc) {
  return new rds.DatabaseInstance(scope, /* TODO */ 'Db', { engine: rds.DatabaseInstanceEngine.MYSQL, vpc /* TODO */ }); // expect: DAT006
}
module.exports = { database };
