//! The construct model is the same for TypeScript, JavaScript and Python, and ignores what does
//! not change meaning (comments, parentheses, trailing commas, argument order of props).

use cdklint_model::{CallKind, Grammar, Model, Value, parse::parse};

fn with_model<R>(grammar: Grammar, src: &str, f: impl FnOnce(&Model) -> R) -> R {
    let tree = parse(grammar, src, None).expect("parses");
    let model = Model::build(&tree, src, grammar, "lib/app");
    f(&model)
}

/// `(kind, canonical name, sorted normalised prop keys, props open)` of every named call.
fn summary(model: &Model) -> Vec<(CallKind, String, Vec<String>, bool)> {
    model
        .calls
        .iter()
        .filter_map(|c| {
            let name = c.name.clone()?;
            let mut keys: Vec<String> = c
                .props
                .entries
                .iter()
                .map(|p| cdklint_model::normalize_name(p.key))
                .collect();
            keys.sort();
            Some((c.kind, name, keys, c.props.open))
        })
        .collect()
}

#[test]
fn typescript_and_python_give_the_same_calls_and_props() {
    let ts = r#"
import * as s3 from 'aws-cdk-lib/aws-s3';
import { RemovalPolicy } from 'aws-cdk-lib';
const b = new s3.Bucket(this, 'B', { enforceSSL: true, removalPolicy: RemovalPolicy.DESTROY });
"#;
    let py = r#"
from aws_cdk import aws_s3 as s3, RemovalPolicy
b = s3.Bucket(self, "B", enforce_ssl=True, removal_policy=RemovalPolicy.DESTROY)
"#;
    let a = with_model(Grammar::TypeScript, ts, summary);
    let b = with_model(Grammar::Python, py, summary);
    assert_eq!(a, b);
    assert_eq!(
        a,
        vec![(
            CallKind::New,
            "aws_s3.bucket".to_string(),
            vec!["enforcessl".to_string(), "removalpolicy".to_string()],
            false
        )]
    );
}

#[test]
fn comments_parentheses_and_trailing_commas_do_not_change_the_model() {
    let plain = "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'B', { versioned: true, enforceSSL: false });\n";
    let noisy = "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew (s3.Bucket)(\n  this, // the scope\n  'B', /* id */\n  {\n    // TODO: review\n    enforceSSL: false,\n    versioned: (true),\n  },\n);\n";
    let a = with_model(Grammar::TypeScript, plain, summary);
    let b = with_model(Grammar::TypeScript, noisy, summary);
    assert_eq!(a, b);
    with_model(Grammar::TypeScript, noisy, |m| {
        let call = &m.calls[0];
        assert_eq!(call.args.len(), 3, "comments are not arguments");
        let v = call.props.get("versioned").expect("prop");
        assert_eq!(m.value(v.value), Value::Bool(true));
    });
}

#[test]
fn spreads_kwargs_and_props_variables_make_props_open() {
    with_model(
        Grammar::TypeScript,
        "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'A', { ...defaults });\nnew s3.Bucket(this, 'B', props);\nnew s3.Bucket(this, 'C');\n",
        |m| {
            let open: Vec<bool> = m.calls.iter().map(|c| c.props.open).collect();
            assert_eq!(open, vec![true, true, false]);
        },
    );
    with_model(
        Grammar::Python,
        "from aws_cdk import aws_s3 as s3\ns3.Bucket(self, 'A', **kwargs)\ns3.Bucket(self, 'B')\n",
        |m| {
            let open: Vec<bool> = m.calls.iter().map(|c| c.props.open).collect();
            assert_eq!(open, vec![true, false]);
        },
    );
}

#[test]
fn values_are_typed_and_followed_through_bindings() {
    let src = r#"
import * as cdk from 'aws-cdk-lib/core';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
const dns = alb.loadBalancerDnsName;
const policy = isProd ? cdk.RemovalPolicy.RETAIN : cdk.RemovalPolicy.DESTROY;
new cdk.CfnOutput(this, 'O', {
  value: dns,
  description: JSON.stringify({ password: 'hunter2' }),
  exportName: `out-${stage}`,
  condition: policy,
  count: -3,
  list: ['a', 'b'],
});
"#;
    with_model(Grammar::TypeScript, src, |m| {
        let call = m
            .calls
            .iter()
            .find(|c| c.name.as_deref() == Some("cdk.cfnoutput"))
            .expect("aws-cdk-lib/core is the CDK root");
        let v = |k: &str| m.value(call.props.get(k).expect(k).value);
        assert!(
            matches!(v("value"), Value::Member { ref name, .. } if name == "loadbalancerdnsname")
        );
        assert!(
            matches!(v("description"), Value::Object(_)),
            "JSON.stringify is looked through"
        );
        assert!(matches!(v("exportName"), Value::Template(_)));
        assert!(matches!(v("condition"), Value::Conditional(ref b) if b.len() == 2));
        assert_eq!(v("count"), Value::Number(-3.0));
        assert!(matches!(v("list"), Value::List(ref items) if items.len() == 2));
    });
}

#[test]
fn references_static_calls_and_method_calls_on_bound_constructs() {
    let py = r#"
from aws_cdk import aws_ec2 as ec2, aws_route53 as route53
from aws_cdk.aws_ec2 import SubnetType
sg = ec2.SecurityGroup(self, "Sg", vpc=vpc)
sg.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(22))
target = route53.RecordTarget.from_ip_addresses("10.0.0.1")
subnets = ec2.SubnetSelection(subnet_type=SubnetType.PRIVATE_WITH_NAT)
"#;
    with_model(Grammar::Python, py, |m| {
        let names: Vec<&str> = m.refs.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, vec!["aws_ec2.subnettype.privatewithnat"]);
        let method = m
            .calls
            .iter()
            .find(|c| c.kind == CallKind::Method)
            .expect("method call");
        assert_eq!(method.method.as_deref(), Some("addingressrule"));
        let receiver = method.receiver_call.map(|id| m.calls[id].name.clone());
        assert_eq!(receiver, Some(Some("aws_ec2.securitygroup".to_string())));
        assert_eq!(m.calls_on("sg").count(), 1);
        let statik = m
            .calls
            .iter()
            .find(|c| c.kind == CallKind::Static && c.method.as_deref() == Some("fromipaddresses"));
        assert!(statik.is_some());
        let selection = m
            .calls
            .iter()
            .find(|c| c.name.as_deref() == Some("aws_ec2.subnetselection"))
            .expect("props class");
        assert_eq!(selection.kind, CallKind::New);
        assert!(selection.props.get("subnetType").is_some());
    });
}

#[test]
fn stack_classes_and_lookalikes() {
    let ts = r#"
import { Stack } from 'aws-cdk-lib';
class Bucket {}
class Base extends Stack {}
class Web extends Base {
  constructor() { super(); new Bucket(); }
}
"#;
    with_model(Grammar::TypeScript, ts, |m| {
        let stacks: Vec<(&str, bool)> = m.classes.iter().map(|c| (c.name, c.is_stack)).collect();
        assert_eq!(
            stacks,
            vec![("Bucket", false), ("Base", true), ("Web", true)]
        );
        let local = m
            .calls
            .iter()
            .find(|c| c.kind == CallKind::New)
            .expect("new Bucket()");
        assert_eq!(local.name, None, "a local class never resolves to the CDK");
        assert_eq!(m.enclosing_class(local.node).map(|c| c.name), Some("Web"));
    });
}

#[test]
fn the_enclosing_class_is_the_innermost_one_around_a_node() {
    // Each call is named after the class it sits in directly; `top` sits in none.
    let ts = r#"
import { Stack } from 'aws-cdk-lib';
class A extends Stack {
  m() {
    a1();
    const B = class Inner { n() { b1(); } };
    class C { o() { c1(); } }
    a2();
  }
}
class D { p() { d1(); } }
top();
"#;
    let py = r#"
from aws_cdk import Stack
class A(Stack):
    def m(self):
        a1()
        class C:
            def o(self):
                c1()
        a2()
class D:
    def p(self):
        d1()
top()
"#;
    for (grammar, src, nested) in [
        (
            Grammar::TypeScript,
            ts,
            vec![
                ("a1", Some("A")),
                ("b1", Some("Inner")),
                ("c1", Some("C")),
                ("a2", Some("A")),
                ("d1", Some("D")),
                ("top", None),
            ],
        ),
        (
            Grammar::Python,
            py,
            vec![
                ("a1", Some("A")),
                ("c1", Some("C")),
                ("a2", Some("A")),
                ("d1", Some("D")),
                ("top", None),
            ],
        ),
    ] {
        with_model(grammar, src, |m| {
            let found: Vec<(&str, Option<&str>)> = m
                .calls
                .iter()
                .filter(|c| c.args.is_empty() && c.props.entries.is_empty())
                .map(|c| (m.text(c.callee), m.enclosing_class(c.node).map(|k| k.name)))
                .collect();
            assert_eq!(found, nested, "{grammar:?}");
            // A class encloses itself.
            for class in &m.classes {
                assert_eq!(
                    m.enclosing_class(class.node).map(|k| k.name),
                    Some(class.name)
                );
            }
        });
    }
}

#[test]
fn files_without_cdk_imports_have_an_empty_model() {
    with_model(
        Grammar::Python,
        "import boto3\ns3 = boto3.resource('s3')\ns3.Bucket('x')\n",
        |m| {
            assert!(m.calls.is_empty());
            assert!(m.refs.is_empty());
        },
    );
}

#[test]
fn holes_in_templates_and_f_strings_are_code_and_the_rest_of_a_literal_is_text() {
    // The walk steps over string literals; what sits in a hole must still be seen, and what only
    // looks like code inside plain text must not.
    let ts = r#"
import * as ec2 from 'aws-cdk-lib/aws-ec2';
const a = `${ec2.SubnetType.PRIVATE_WITH_NAT}`;
const b = 'ec2.SubnetType.PRIVATE_ISOLATED';
const c = `ec2.SubnetType.PUBLIC ${'x'}`;
"#;
    let py = r#"
from aws_cdk import aws_ec2 as ec2
a = f"{ec2.SubnetType.PRIVATE_WITH_NAT}"
b = "ec2.SubnetType.PRIVATE_ISOLATED {ec2.SubnetType.PUBLIC}"
c = rb'{ec2.SubnetType.PUBLIC}'
"#;
    for (grammar, src) in [(Grammar::TypeScript, ts), (Grammar::Python, py)] {
        let names = with_model(grammar, src, |m| {
            m.refs.iter().map(|r| r.name.clone()).collect::<Vec<_>>()
        });
        assert_eq!(
            names,
            vec!["aws_ec2.subnettype.privatewithnat"],
            "{grammar:?}"
        );
    }
}
