import { aws_lambda as lambda, Stack } from 'aws-cdk-lib';
import * as cdk from 'aws-cdk-lib';
import { Code, InlineCode as IC } from 'aws-cdk-lib/aws-lambda';

export const a = lambda.Code.fromInline('x'); // expect: CMP001
export const b = cdk.aws_lambda.Code.fromInline('x'); // expect: CMP001
export const c = Code.fromInline('x'); // expect: CMP001
export const d = new IC('x'); // expect: CMP001
export const e = IC.fromInline('x'); // expect: CMP001
