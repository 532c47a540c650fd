import * as iam from 'aws-cdk-lib/aws-iam';

const ok = iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonSSMManagedInstanceCore');
const typing = iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess'
