import { FlowLogDestination as Dest, FlowLogResourceType, FlowLog } from 'aws-cdk-lib/aws-ec2';

new FlowLog(this, 'FlowLog', {
  resourceType: FlowLogResourceType.fromVpc(vpc),
  destination: Dest.toCloudWatchLogs( ), // expect: NET007
});
