const { UserData } = require('aws-cdk-lib/aws-ec2');

const userData = UserData.forLinux();
userData.addCommands(
  'yum install -y nginx',
  'amazon-linux-extras install -y nginx1', // expect: CMP003
);
module.exports = { userData };
