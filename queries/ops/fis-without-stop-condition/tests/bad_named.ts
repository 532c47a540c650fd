import { CfnExperimentTemplate as Template } from 'aws-cdk-lib/aws-fis';
import { aws_fis } from 'aws-cdk-lib';

new Template(this, 'A', { description: 'a', roleArn, stopConditions: [{ source: 'none' }], targets, actions, tags }); // expect: OPS002
new aws_fis.CfnExperimentTemplate(this, 'B', { description: 'b', roleArn, stopConditions: [{ source: 'none' }], targets, actions, tags }); // expect: OPS002
