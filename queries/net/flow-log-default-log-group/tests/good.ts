import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as logs from 'aws-cdk-lib/aws-logs';

const group = new logs.LogGroup(this, 'FlowLogs', { retention: logs.RetentionDays.ONE_MONTH });
const a = ec2.FlowLogDestination.toCloudWatchLogs(group);
const b = ec2.FlowLogDestination.toCloudWatchLogs(group, role);
const c = ec2.FlowLogDestination.toCloudWatchLogs(props.logGroup);
// Other destinations are out of scope.
const d = ec2.FlowLogDestination.toS3(bucket);
// A local class with the same name.
class FlowLogDestination {
  static toCloudWatchLogs() {
    return {};
  }
}
const e = FlowLogDestination.toCloudWatchLogs();
const f = other.toCloudWatchLogs();
