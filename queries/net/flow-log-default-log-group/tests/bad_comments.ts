import * as cdk from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

export class NetworkStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, vpc: ec2.Vpc, role: any) {
    super(scope, id);
    vpc.addFlowLog('All', {
      // TODO: retention
      destination: ec2.FlowLogDestination.toCloudWatchLogs(/* TODO */), // expect: NET007
      trafficType: ec2.FlowLogTrafficType.ALL, // TODO
    });
    vpc.addFlowLog('Role', {
      destination: ec2.FlowLogDestination.toCloudWatchLogs( // expect: NET007
        undefined, // TODO
        role,
      ),
    });
  }
}
