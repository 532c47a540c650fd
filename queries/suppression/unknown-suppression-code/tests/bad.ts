import * as ec2 from 'aws-cdk-lib/aws-ec2';

// cdklint-disable-next-line NET01 -- a typo; expect: SUP002
const subnets = { subnetType: ec2.SubnetType.PRIVATE_WITH_NAT }; // expect: NET001
