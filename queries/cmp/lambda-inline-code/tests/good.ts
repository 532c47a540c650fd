import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as synthetics from 'aws-cdk-lib/aws-synthetics';

const asset = lambda.Code.fromAsset('lambda/handler');
const image = lambda.Code.fromAssetImage('lambda/image');
// CloudFront Functions and canaries are written inline by design.
const viewer = cloudfront.FunctionCode.fromInline('function handler(event) { return event.request; }');
const canary = synthetics.Code.fromInline('exports.handler = async () => {};');
// A local lookalike.
class Code {
  static fromInline(s: string) {
    return s;
  }
}
const local = Code.fromInline('x');
const text = 'lambda.Code.fromInline';
