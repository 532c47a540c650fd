import * as cdk from 'aws-cdk-lib';
import * as config from 'aws-cdk-lib/aws-config';
import { Construct } from 'constructs';

// The account's Config recorder, defined once for the workspace.
export class RecorderStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: cdk.StackProps & { roleArn: string }) {
    super(scope, id, props);
    new config.CfnConfigurationRecorder(this, 'Recorder', {
      roleArn: props.roleArn,
      recordingGroup: { allSupported: true },
    });
  }
}
