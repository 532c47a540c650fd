//! What a construct is used for: the places its value, or the name it is bound to, occurs.

use cdklint_model::{Grammar, Model, UseKind, parse::parse};

/// `kind[:detail] members` of every use of the first call named `name`.
fn uses(grammar: Grammar, src: &str, name: &str) -> Vec<String> {
    let tree = parse(grammar, src, None).expect("parses");
    let model = Model::build(&tree, src, grammar, "lib/app");
    let call = model
        .calls
        .iter()
        .find(|c| c.name.as_deref() == Some(name))
        .expect("call");
    model
        .uses(call.node)
        .iter()
        .map(|u| {
            let detail = match &u.kind {
                UseKind::Arg { call, index } => {
                    let c = &model.calls[*call];
                    let of = c.name.clone().or(c.method.clone()).unwrap_or_default();
                    format!(":{of}#{index}")
                }
                UseKind::Prop { call, key } => {
                    let of = call
                        .and_then(|c| model.calls[c].name.clone())
                        .unwrap_or_default();
                    format!(":{of}.{key}")
                }
                UseKind::Receiver { method, .. } => format!(":{method}"),
                UseKind::Alias(key) => format!(":{key}"),
                _ => String::new(),
            };
            let cast = u
                .cast
                .map(|c| format!(" as {}", model.text(c)))
                .unwrap_or_default();
            format!("{}{detail} [{}]{cast}", u.kind.name(), u.members.join("."))
        })
        .collect()
}

#[test]
fn a_health_check_used_by_a_record_and_one_only_in_an_output() {
    let ts = r#"
import * as cdk from 'aws-cdk-lib';
import * as route53 from 'aws-cdk-lib/aws-route53';
const hc = new route53.CfnHealthCheck(this, 'HC', { healthCheckConfig: { type: 'HTTPS' } });
new route53.CfnRecordSet(this, 'R', { healthCheckId: hc.attrHealthCheckId, failover: 'PRIMARY' });
new cdk.CfnOutput(this, 'Id', { value: hc.attrHealthCheckId });
"#;
    assert_eq!(
        uses(Grammar::TypeScript, ts, "aws_route53.cfnhealthcheck"),
        [
            "alias:hc []",
            "prop:aws_route53.cfnrecordset.healthcheckid [attrhealthcheckid]",
            "output [attrhealthcheckid]",
        ]
    );
    let py = r#"
import aws_cdk as cdk
from aws_cdk import aws_route53 as route53
hc = route53.CfnHealthCheck(self, "HC", health_check_config={"type": "HTTPS"})
cdk.CfnOutput(self, "Id", value=cdk.Fn.join("", [hc.attr_health_check_id]))
"#;
    assert_eq!(
        uses(Grammar::Python, py, "aws_route53.cfnhealthcheck"),
        ["alias:hc []", "output [attrhealthcheckid]"]
    );
}

#[test]
fn discarded_returned_stored_and_exported_values() {
    let ts = "import * as cdk from 'aws-cdk-lib';\nnew cdk.Stack(app, 'Empty');\n";
    assert_eq!(uses(Grammar::TypeScript, ts, "cdk.stack"), ["discarded []"]);
    let py = "import aws_cdk as cdk\ncdk.Stack(app, \"Empty\")\n";
    assert_eq!(uses(Grammar::Python, py, "cdk.stack"), ["discarded []"]);

    let ts = "import * as cdk from 'aws-cdk-lib';\nexport const s = new cdk.Stack(app, 'S');\n";
    assert_eq!(
        uses(Grammar::TypeScript, ts, "cdk.stack"),
        ["alias:s []", "export []"]
    );
    let ts = "import * as cdk from 'aws-cdk-lib';\nfunction f() { return new cdk.Stack(app, 'S'); }\nconst g = () => new cdk.Stack(app, 'T');\n";
    assert_eq!(uses(Grammar::TypeScript, ts, "cdk.stack"), ["return []"]);

    let ts = "import * as s3 from 'aws-cdk-lib/aws-s3';\nclass A { constructor() { this.b = new s3.Bucket(this, 'B'); this.b.grantRead(r); } }\n";
    assert_eq!(
        uses(Grammar::TypeScript, ts, "aws_s3.bucket"),
        ["field []", "receiver:grantread []"]
    );
    let py = "from aws_cdk import aws_s3 as s3\nclass A:\n    def __init__(self):\n        self.b = s3.Bucket(self, \"B\")\n        self.b.grant_read(r)\n";
    assert_eq!(
        uses(Grammar::Python, py, "aws_s3.bucket"),
        ["field []", "receiver:grantread []"]
    );
    // A bound value never read again has only its binding.
    let ts = "import * as cdk from 'aws-cdk-lib';\nconst unused = new cdk.Stack(app, 'S');\n";
    assert_eq!(
        uses(Grammar::TypeScript, ts, "cdk.stack"),
        ["alias:unused []"]
    );
}

#[test]
fn props_arguments_and_receivers_with_their_calls() {
    let ts = r#"
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
const logs = new s3.Bucket(this, 'Logs');
new cloudfront.Distribution(this, 'D', { defaultBehavior: { origin }, logBucket: logs });
new cloudfront.CloudFrontWebDistribution(this, 'W', { loggingConfig: { bucket: logs } });
alb.logAccessLogs(logs, 'alb');
vpc.addFlowLog('F', { destination: ec2.FlowLogDestination.toS3(logs) });
logs.addLifecycleRule({ expiration: cdk.Duration.days(30) });
const shorthand = { logs };
"#;
    assert_eq!(
        uses(Grammar::TypeScript, ts, "aws_s3.bucket"),
        [
            "alias:logs []",
            "prop:aws_cloudfront.distribution.logbucket []",
            "prop:aws_cloudfront.cloudfrontwebdistribution.loggingconfig.bucket []",
            "arg:logaccesslogs#0 []",
            "arg:aws_ec2.flowlogdestination.tos3#0 []",
            "receiver:addlifecyclerule []",
            "prop:.logs []",
        ]
    );
    let py = r#"
from aws_cdk import aws_s3 as s3, aws_cloudfront as cloudfront
logs = s3.Bucket(self, "Logs")
cloudfront.Distribution(self, "D", default_behavior=behavior, log_bucket=logs)
s3.Bucket(self, "Site", server_access_logs_bucket=logs, cors=[logs])
"#;
    assert_eq!(
        uses(Grammar::Python, py, "aws_s3.bucket"),
        [
            "alias:logs []",
            "prop:aws_cloudfront.distribution.logbucket []",
            "prop:aws_s3.bucket.serveraccesslogsbucket []",
            "prop:aws_s3.bucket.cors []",
        ]
    );
}

#[test]
fn members_and_casts_are_followed_through_aliases() {
    let ts = r#"
import * as s3 from 'aws-cdk-lib/aws-s3';
const imported = s3.Bucket.fromBucketName(this, 'I', 'name');
const cfn = imported.node.defaultChild as s3.CfnBucket;
cfn.replicationConfiguration = { role: 'r', rules: [] };
"#;
    assert_eq!(
        uses(Grammar::TypeScript, ts, "aws_s3.bucket.frombucketname"),
        [
            "alias:imported []",
            "alias:cfn [node.defaultchild] as s3.CfnBucket",
            "assigned [node.defaultchild.replicationconfiguration] as s3.CfnBucket",
        ]
    );
    let py = r#"
from typing import cast
from aws_cdk import aws_s3 as s3
imported = s3.Bucket.from_bucket_name(self, "I", "name")
cfn = cast(s3.CfnBucket, imported.node.default_child)
cfn.add_property_override("ReplicationConfiguration", {})
"#;
    assert_eq!(
        uses(Grammar::Python, py, "aws_s3.bucket.frombucketname"),
        [
            "alias:imported []",
            "alias:cfn [node.defaultchild] as s3.CfnBucket",
            "receiver:addpropertyoverride [node.defaultchild] as s3.CfnBucket",
        ]
    );
}

#[test]
fn names_that_are_not_reads_are_not_uses() {
    // Keyword names, attribute names, parameters and re-declarations named like the binding.
    let py = r#"
from aws_cdk import aws_s3 as s3
bucket = s3.Bucket(self, "B")
def f(bucket):
    pass
other.bucket
s3.CfnBucketPolicy(self, "P", bucket="name")
"#;
    assert_eq!(
        uses(Grammar::Python, py, "aws_s3.bucket"),
        ["alias:bucket []"]
    );
    let ts = "import * as s3 from 'aws-cdk-lib/aws-s3';\nconst bucket = new s3.Bucket(this, 'B');\nfunction f(bucket: string) {}\nother.bucket;\nconst o = { bucket: 'x' };\n";
    assert_eq!(
        uses(Grammar::TypeScript, ts, "aws_s3.bucket"),
        ["alias:bucket []"]
    );
}

#[test]
fn a_name_is_followed_where_its_binding_can_be_seen_only() {
    // Two stacks each bind their own `bucket`: the first one's uses are its own.
    let ts = r#"
import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
class A extends cdk.Stack {
  constructor(scope: any, id: string) {
    super(scope, id);
    const bucket = new s3.Bucket(this, 'A');
    bucket.addLifecycleRule({ expiration: cdk.Duration.days(1) });
  }
}
class B extends cdk.Stack {
  constructor(scope: any, id: string) {
    super(scope, id);
    const bucket = new s3.Bucket(this, 'B', { versioned: true });
    new cdk.CfnOutput(this, 'Name', { value: bucket.bucketName });
  }
}
"#;
    assert_eq!(
        uses(Grammar::TypeScript, ts, "aws_s3.bucket"),
        ["alias:bucket []", "receiver:addlifecyclerule []"]
    );
    // Python: a local of one method is not the same-named local of another; `self.x` is
    // followed across the methods of its class only.
    let py = r#"
from aws_cdk import Stack, CfnOutput, aws_s3 as s3
class A(Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        if True:
            bucket = s3.Bucket(self, "A")
        bucket.add_lifecycle_rule(expiration=None)
class B(Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        bucket = s3.Bucket(self, "B")
        CfnOutput(self, "Name", value=bucket.bucket_name)
"#;
    assert_eq!(
        uses(Grammar::Python, py, "aws_s3.bucket"),
        ["alias:bucket []", "receiver:addlifecyclerule []"]
    );
}

/// `uses` is remembered per value: asking again, or in another order, answers the same as a
/// fresh model, and two constructs never share an answer.
#[test]
fn uses_asked_again_answer_the_same() {
    let ts = "import * as s3 from 'aws-cdk-lib/aws-s3';\nconst a = new s3.Bucket(this, 'A');\nconst b = new s3.Bucket(this, 'B');\nnew Thing(this, 'T', { logs: a });\nb.grantRead(role);\n";
    let tree = parse(Grammar::TypeScript, ts, None).expect("parses");
    let describe = |model: &Model, i: usize| -> Vec<String> {
        model
            .uses(model.calls[i].node)
            .iter()
            .map(|u| format!("{} {}", u.kind.name(), model.text(u.expr)))
            .collect()
    };
    let buckets = |model: &Model| -> Vec<usize> {
        (0..model.calls.len())
            .filter(|&i| model.calls[i].name.as_deref() == Some("aws_s3.bucket"))
            .collect()
    };
    let first = Model::build(&tree, ts, Grammar::TypeScript, "lib/app.ts");
    let ids = buckets(&first);
    assert_eq!(ids.len(), 2);
    let forward: Vec<_> = ids.iter().map(|&i| describe(&first, i)).collect();
    let second = Model::build(&tree, ts, Grammar::TypeScript, "lib/app.ts");
    let backward: Vec<_> = ids.iter().rev().map(|&i| describe(&second, i)).collect();
    assert_eq!(forward, backward.into_iter().rev().collect::<Vec<_>>());
    assert_ne!(forward[0], forward[1]);
    assert_eq!(describe(&first, ids[0]), forward[0]);
}
