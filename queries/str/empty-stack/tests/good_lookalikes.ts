import * as cdk from 'aws-cdk-lib';

// A data structure called Stack, not the CDK's.
class Stack<T> {
  items: T[] = [];
}
new Stack<number>();
const app = new cdk.App();
app.synth();
