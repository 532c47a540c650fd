const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

class ComputeStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const userData = ec2.UserData.forLinux();
    userData.addCommands(
      'yum install -y amazon-efs-utils',
      'mount -t efs ' + props.fileSystemId + ':/ /mnt/efs', // expect: CMP004
    );
    new ec2.CfnLaunchTemplate(this, 'Template', {
      launchTemplateData: {
        userData: cdk.Fn.base64([
          '#!/bin/bash',
          'mount -a', // expect: CMP004
        ].join('\n')),
      },
    });
  }
}
module.exports = { ComputeStack };
