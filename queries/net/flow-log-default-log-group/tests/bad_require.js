const cdk = require('aws-cdk-lib');

function addFlowLogs(vpc) {
  vpc.addFlowLog('All', { destination: cdk.aws_ec2.FlowLogDestination.toCloudWatchLogs() }); // expect: NET007
}
module.exports = { addFlowLogs };
