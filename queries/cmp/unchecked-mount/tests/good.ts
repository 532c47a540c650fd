import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as fs from 'fs';
import { Construct } from 'constructs';

// A class of the file's own that shares the name: not CDK user data.
class UserData {
  static forLinux() {
    return new UserData();
  }
  addCommands(..._commands: string[]) {}
}

export class ComputeStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: cdk.StackProps & { vpc: ec2.IVpc; userData: ec2.UserData; fsId: string }) {
    super(scope, id, props);

    // A `-e` shebang given as the user data's own.
    const strict = ec2.UserData.forLinux({ shebang: '#!/bin/bash -xe' });
    strict.addCommands('yum install -y amazon-efs-utils', `mount -t efs ${props.fsId}:/ /mnt/efs`);

    // `set -e` before the mount, and `|| exit 1` on it.
    const checked = ec2.UserData.forLinux();
    checked.addCommands('set -euo pipefail', 'mount -a');
    checked.addCommands(`mount -t efs ${props.fsId}:/ /mnt/data || exit 1`);
    checked.addCommands('mount-s3 content /mnt/s3 || { echo "mount failed"; exit 1; }');
    checked.addCommands('until mount -a; do sleep 5; done');

    // The first line of a custom script is its shebang.
    ec2.UserData.custom('#!/bin/bash -e\nmount -a\n');

    // Loaded from a file: not judged.
    ec2.UserData.custom(fs.readFileSync('./user-data.sh', 'utf8'));
    const fromFile = ec2.UserData.forLinux();
    fromFile.addCommands(fs.readFileSync('./setup.sh').toString(), 'mount -a');

    // User data made elsewhere: its shebang may well be `-e`.
    props.userData.addCommands('mount -a');

    // Not mounts: a mount written into a file, listing mounts, unmounting.
    const other = ec2.UserData.forLinux();
    other.addCommands(
      'cat > /usr/local/bin/remount.sh <<EOF',
      'mount -a',
      'EOF',
      'mount | grep efs',
      'umount /mnt/old',
    );

    // PowerShell user data is not shell.
    const windows = ec2.UserData.forWindows();
    windows.addCommands('mount \\\\server\\share Z:');

    UserData.forLinux().addCommands('mount -a');
  }
}

// The mount is checked on a later line.
export function verified(ud: ec2.UserData, bucket: string) {
  const data = ec2.UserData.forLinux();
  data.addCommands(`mount-s3 ${bucket} /mnt/s3 --allow-other`, 'if ! mountpoint -q /mnt/s3; then echo failed; exit 1; fi');
  return [ud, data];
}
