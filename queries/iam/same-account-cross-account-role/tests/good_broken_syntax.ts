import * as iam from 'aws-cdk-lib/aws-iam';

new iam.Role(this, 'CrossAccountRole', { assumedBy: new iam.AccountPrincipal(props.other) });
new iam.Role(this, 'CrossAccountRole2', { assumedBy: new iam.AccountPrincipal(this.account
