import * as ec2 from 'aws-cdk-lib/aws-ec2';

const ok = ec2.FlowLogDestination.toCloudWatchLogs(group);
vpc.addFlowLog('x', { destination: ec2.FlowLogDestination.toCloudWatchLogs(
