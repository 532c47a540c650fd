import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';

export class NetworkStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const vpc = new ec2.Vpc(this, 'Vpc');
    new ec2.FlowLog(this, 'FlowLog', {
      resourceType: ec2.FlowLogResourceType.fromVpc(vpc),
      destination: ec2.FlowLogDestination.toCloudWatchLogs(), // expect: NET007 info
    });
    const role = new iam.Role(this, 'Role', { assumedBy: new iam.ServicePrincipal('vpc-flow-logs.amazonaws.com') });
    vpc.addFlowLog('Rejected', {
      destination: ec2.FlowLogDestination.toCloudWatchLogs(undefined, role), // expect: NET007
      trafficType: ec2.FlowLogTrafficType.REJECT,
    });
  }
}
