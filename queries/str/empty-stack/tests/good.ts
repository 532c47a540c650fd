import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Template } from 'aws-cdk-lib/assertions';
import { Construct } from 'constructs';

const app = new cdk.App();
// Used as a scope.
const dr = new cdk.Stack(app, 'DrStack', { env: { region: 'us-west-2' } });
new s3.Bucket(dr, 'Replica');
// Read: tags, attributes, dependencies.
const shared = new cdk.Stack(app, 'Shared');
cdk.Tags.of(shared).add('team', 'platform');
const other = new cdk.Stack(app, 'Other');
other.addDependency(dr);
console.log(other.region);
// Returned, exported, stored on a construct.
export function makeStack(scope: Construct) {
  return new cdk.Stack(scope, 'Made');
}
export const exported = new cdk.Stack(app, 'Exported');
class Holder extends Construct {
  readonly stack = new cdk.Stack(app, 'Field');
  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.other = new cdk.Stack(app, 'Assigned');
  }
}
// Subclasses and nested stacks hold their own constructs.
class WebStack extends cdk.Stack {}
new WebStack(app, 'Web');
new cdk.NestedStack(dr, 'Nested');
// A test's stack handed to the assertions.
const stack = new cdk.Stack();
Template.fromStack(stack);
