import * as ec2 from 'aws-cdk-lib/aws-ec2';

// cdklint-disable-next-line NET001 -- kept until the VPC is replaced
const subnets = { subnetType: ec2.SubnetType.PRIVATE_WITH_NAT };
const other = ec2.SubnetType.PRIVATE_WITH_NAT; // cdklint-disable-line NET001
