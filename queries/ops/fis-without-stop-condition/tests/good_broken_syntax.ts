import * as fis from 'aws-cdk-lib/aws-fis';

new fis.CfnExperimentTemplate(this, 'Guarded', { description: 'd', roleArn, stopConditions: [{ source: 'aws:cloudwatch:alarm', value: arn }], targets: {}, actions: {}, tags: {} });
new fis.CfnExperimentTemplate(this, 'Half', { stopConditions: [{ source: 'none' }
