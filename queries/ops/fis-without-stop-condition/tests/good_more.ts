import * as fis from 'aws-cdk-lib/aws-fis';

declare const alarm: { alarmArn: string };
declare const stops: fis.CfnExperimentTemplate.ExperimentTemplateStopConditionProperty[];
// Spreads may hold an alarm.
new fis.CfnExperimentTemplate(this, 'SpreadList', { description: 'd', roleArn: 'r', stopConditions: [...stops], targets: {}, actions: {} });
new fis.CfnExperimentTemplate(this, 'SpreadNone', { description: 'd', roleArn: 'r', stopConditions: [{ source: 'none' }, ...stops], targets: {}, actions: {} });
// Which branch deploys is not for a linter to guess.
new fis.CfnExperimentTemplate(this, 'Cond', {
  description: 'd',
  roleArn: 'r',
  stopConditions: process.env.CI ? [{ source: 'none' }] : [{ source: 'aws:cloudwatch:alarm', value: alarm.alarmArn }],
  targets: {},
  actions: {},
});
// A props variable may hold the stop conditions.
const templateProps = { description: 'p', roleArn: 'r', targets: {}, actions: {} };
new fis.CfnExperimentTemplate(this, 'Props', { ...templateProps });
