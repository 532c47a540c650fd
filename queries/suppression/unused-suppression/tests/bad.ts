import * as ec2 from 'aws-cdk-lib/aws-ec2';

// cdklint-disable-next-line NET001 -- migrated since; expect: SUP001
const subnets = { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS };
const other = ec2.SubnetType.PRIVATE_WITH_NAT; // cdklint-disable-line NET001, DAT001 -- expect: SUP001
