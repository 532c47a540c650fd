//! Every custom predicate can reject: for each one, a one-pattern rule and a snippet that it
//! must accept next to one it must refuse. (tree-sitter itself ignores unknown predicates and
//! some `#any-*` forms never reject, so this is proved for ours, not assumed.)

mod common;

use cdklint_linter::{LintSettings, Registry, check};
use common::{probe_load, probe_rule};

/// The probe rule's keys: a TypeScript rule whose query is under test.
const PROBE_KEYS: &str = "syntax-query = \"probes the query predicates\"\nmessage = \"hit\"\nlanguages = [\"typescript\"]";

/// A registry with one TypeScript rule whose query is `query`.
fn rule(query: &str) -> Registry {
    probe_rule(PROBE_KEYS, &["typescript"], &[("typescript.scm", query)])
}

/// Rules only run on files that import the CDK or `constructs`; every probe does.
const CDK_FILE: &str = "import { Construct } from 'constructs';\n";

fn hits(registry: &Registry, src: &str) -> usize {
    check(
        registry,
        "probe.ts",
        &format!("{CDK_FILE}{src}"),
        &LintSettings::all_rules(),
    )
    .diagnostics
    .iter()
    .filter(|d| d.code == "TST001")
    .count()
}

/// `query` must match in `accept` exactly once and not at all in `reject`.
fn proves(query: &str, accept: &str, reject: &str) {
    let r = rule(query);
    assert_eq!(hits(&r, accept), 1, "should accept:\n{accept}");
    assert_eq!(hits(&r, reject), 0, "should reject:\n{reject}");
}

const IMPORTS: &str =
    "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nimport * as s3 from 'aws-cdk-lib/aws-s3';\n";

#[test]
fn cdk_ref_rejects_lookalikes() {
    let q = r#"((member_expression) @report (#cdk-ref? @report "aws_ec2.SubnetType.PUBLIC"))"#;
    proves(
        q,
        &format!("{IMPORTS}x = ec2.SubnetType.PUBLIC;"),
        "class SubnetType {}\nx = SubnetType.PUBLIC;",
    );
}

#[test]
fn not_cdk_ref_rejects_the_named_symbol() {
    let q = r#"((member_expression property: (property_identifier) @_p) @report (#eq? @_p "PUBLIC") (#not-cdk-ref? @report "aws_ec2.SubnetType.PUBLIC"))"#;
    proves(
        q,
        "x = local.PUBLIC;",
        &format!("{IMPORTS}x = ec2.SubnetType.PUBLIC;"),
    );
}

#[test]
fn cdk_version_tells_v1_from_v2() {
    let q = r#"((member_expression) @report (#cdk-ref? @report "aws_ec2.SubnetType.PUBLIC") (#cdk-version? @report "1"))"#;
    proves(
        q,
        "import * as ec2 from '@aws-cdk/aws-ec2';\nx = ec2.SubnetType.PUBLIC;",
        &format!("{IMPORTS}x = ec2.SubnetType.PUBLIC;"),
    );
}

#[test]
fn value_member_follows_bindings_and_rejects_other_members() {
    let q = r#"((call_expression arguments: (arguments (identifier) @report)) (#value-member? @report "loadBalancerDnsName"))"#;
    proves(
        q,
        "const d = alb.loadBalancerDnsName;\nf(d);",
        "const d = alb.loadBalancerArn;\nf(d);",
    );
}

#[test]
fn value_string_checks_the_literal_content() {
    let q = r#"((call_expression arguments: (arguments (_) @report)) (#value-string? @report "^[a-z]+\\.com$"))"#;
    proves(q, "f('example.com');", "f('10.0.0.1');");
}

#[test]
fn value_string_follows_shorthand_props_to_their_binding() {
    let q =
        r#"((shorthand_property_identifier) @report (#value-string? @report "^[a-z]+\\.com$"))"#;
    proves(
        q,
        "const domainName = 'example.com';\nx = { domainName };",
        "const domainName = '10.0.0.1';\nx = { domainName };",
    );
}

#[test]
fn sole_instance_needs_exactly_one_creation_in_the_file() {
    let q = r#"((call_expression arguments: (arguments (identifier) @report)) (#sole-instance? @report "aws_route53.HostedZone" "aws_route53.HostedZone.fromLookup"))"#;
    let imports = "import * as route53 from 'aws-cdk-lib/aws-route53';\n";
    proves(
        q,
        &format!("{imports}const z = route53.HostedZone.fromLookup(this, 'Z', {{}});\nf(z);"),
        &format!(
            "{imports}const z = route53.HostedZone.fromLookup(this, 'Z', {{}});\nnew route53.HostedZone(this, 'Y', {{}});\nf(z);"
        ),
    );
    proves(
        q,
        &format!("{imports}const z = new route53.HostedZone(this, 'Z', {{}});\nf(z);"),
        &format!("{imports}const z = new route53.PrivateHostedZone(this, 'Z', {{}});\nf(z);"),
    );
}

#[test]
fn value_new_checks_the_constructed_class() {
    let q = r#"((call_expression function: (member_expression object: (_) @report)) (#value-new? @report "aws_s3.Bucket"))"#;
    proves(
        q,
        &format!("{IMPORTS}const b = new s3.Bucket(this, 'B');\nb.grantRead(r);"),
        &format!("{IMPORTS}const b = new s3.BucketPolicy(this, 'B');\nb.grantRead(r);"),
    );
}

#[test]
fn key_matches_both_spellings_and_quoted_keys_only() {
    let q = r#"((pair key: (_) @report) (#key? @report "enforceSSL"))"#;
    proves(
        q,
        "x = { 'enforce_ssl': true };",
        "x = { enforceSsl2: true };",
    );
}

#[test]
fn has_prop_and_lacks_prop_respect_spreads() {
    let has =
        r#"((new_expression arguments: (arguments) @report) (#has-prop? @report "versioned"))"#;
    proves(
        has,
        "new B(this, 'b', { versioned: true });",
        "new B(this, 'b', { ...defaults });",
    );
    let lacks =
        r#"((new_expression arguments: (arguments) @report) (#lacks-prop? @report "versioned"))"#;
    proves(
        lacks,
        "new B(this, 'b', { other: 1 });",
        "new B(this, 'b', { ...defaults });",
    );
    proves(lacks, "new B(this, 'b');", "new B(this, 'b', props);");
}

#[test]
fn unknown_predicates_and_unreliable_any_forms_are_load_errors() {
    for (query, expected) in [
        (
            r#"((identifier) @report (#matches? @report "x"))"#,
            "unknown predicate `#matches?`",
        ),
        (
            r#"((identifier) @report (#any-eq? @report "x"))"#,
            "never rejects",
        ),
        (r#"((identifier) @x)"#, "@report"),
        (
            r#"((identifier) @report (#cdk-ref? @report "$nolist"))"#,
            "list `$nolist`",
        ),
        (
            r#"((identifier) @report @extra)"#,
            "capture @extra is not used",
        ),
    ] {
        let registry = probe_load(PROBE_KEYS, &["typescript"], &[("typescript.scm", query)])
            .unwrap_or_else(|e| panic!("{e:?}"));
        let errors = registry.validate_all();
        assert!(
            errors.iter().any(|e| e.to_string().contains(expected)
                && e.file.contains("test/probe/typescript.scm")),
            "{query}: {errors:?}"
        );
    }
}

#[test]
fn all_strings_match_list_needs_every_element_to_match_a_glob() {
    let q = r#"((pair key: (_) @_k value: (_) @report) (#eq? @_k "actions") (#all-strings-match-list? @report "ec2:Describe*" "xray:PutTraceSegments"))"#;
    proves(
        q,
        "x = { actions: ['ec2:DescribeInstances', 'XRAY:PutTraceSegments', 'ec2:Describe*'] };",
        "x = { actions: ['ec2:DescribeInstances', 'ec2:CreateVpcPeeringConnection'] };",
    );
    // A single string counts; an empty array, a variable element or a wider glob does not.
    proves(
        q,
        "x = { actions: 'ec2:DescribeVpcs' };",
        "x = { actions: [] };",
    );
    proves(
        q,
        "const a = ['ec2:DescribeVpcs'];\nx = { actions: a };",
        "x = { actions: ['ec2:DescribeVpcs', other] };",
    );
    proves(
        q,
        "x = { actions: ['ec2:Describe*'] };",
        "x = { actions: ['ec2:*'] };",
    );
}

#[test]
fn called_with_and_not_called_with_look_at_calls_on_the_binding() {
    let has = r#"((new_expression) @report (#called-with? @report "addToResourcePolicy" "SecureTransport"))"#;
    proves(
        has,
        "const b = new B(this, 'b');\nb.addToResourcePolicy(new P({ c: 'aws:SecureTransport' }));",
        "const b = new B(this, 'b');\nother.addToResourcePolicy(new P({ c: 'aws:SecureTransport' }));",
    );
    // The argument may be a name bound to the statement; `this.x` bindings count.
    proves(
        has,
        "const s = { c: 'aws:SecureTransport' };\nthis.b = new B(this, 'b');\nthis.b.add_to_resource_policy(s);",
        "this.b = new B(this, 'b');\nthis.b.addToResourcePolicy(s);",
    );
    let not = r#"((new_expression constructor: (identifier) @_c) @report (#eq? @_c "B") (#not-called-with? @report "addToResourcePolicy" "SecureTransport"))"#;
    proves(
        not,
        "f(new B(this, 'b'));",
        "const b = new B(this, 'b');\nb.addToResourcePolicy(new P({ c: 'aws:SecureTransport' }));",
    );
}

#[test]
fn number_range_covers_checks_numbers_and_one_or_two_numeric_arguments() {
    let q = r#"((call_expression) @report (#number-range-covers? @report "22" "3389"))"#;
    proves(q, "f(22);", "f(23);");
    proves(q, "f(3000, 4000);", "f(23, 3000);");
    // Arguments bound to literals in the file are followed; unknown bounds never cover.
    proves(q, "const lo = 0;\nf(lo, 0xFFFF);", "f(0, hi);");
    let n = r#"((pair value: (_) @report) (#number-range-covers? @report "22"))"#;
    proves(n, "x = { port: 22 };", "x = { port: '22' };");
}

#[test]
fn prop_number_checks_the_prop_against_ranges() {
    let q = r#"((object) @report (#prop-number? @report "fromPort" "..22") (#prop-number? @report "to_port" "22.."))"#;
    proves(
        q,
        "x = { 'from_port': 0, toPort: 65535 };",
        "x = { fromPort: 23, toPort: 65535 };",
    );
    proves(
        q,
        "x = { fromPort: -1, toPort: 22 };",
        "x = { fromPort: 0 };",
    );
}

#[test]
fn prop_string_checks_a_container_or_every_item_of_a_list() {
    let q = r#"((pair key: (_) @_k value: (_) @report) (#eq? @_k "stop") (#prop-string? @report "source" "^none$"))"#;
    proves(
        q,
        "x = { stop: [{ source: 'none' }, { 'source': 'none' }] };",
        "x = { stop: [{ source: 'none' }, { source: 'aws:cloudwatch:alarm', value: arn }] };",
    );
    proves(q, "x = { stop: { source: 'none' } };", "x = { stop: [] };");
    proves(
        q,
        "const s = [{ source: 'none' }];\nx = { stop: s };",
        "x = { stop: [{ source: `${none}` }] };",
    );
}

#[test]
fn passed_to_follows_the_binding_into_a_construct_or_its_method() {
    let q = r#"((new_expression constructor: (_) @_c) @report (#eq? @_c "ec2.SecurityGroup") (#passed-to? @report "aws_elasticloadbalancingv2.ApplicationLoadBalancer"))"#;
    let imports = "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nimport * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';\n";
    proves(
        q,
        &format!(
            "{imports}const sg = new ec2.SecurityGroup(this, 'S', {{}});\nnew elbv2.ApplicationLoadBalancer(this, 'A', {{ vpc, securityGroup: sg }});"
        ),
        &format!(
            "{imports}const sg = new ec2.SecurityGroup(this, 'S', {{}});\nnew elbv2.NetworkLoadBalancer(this, 'N', {{ vpc, securityGroups: [sg] }});"
        ),
    );
    proves(
        q,
        &format!(
            "{imports}this.sg = new ec2.SecurityGroup(this, 'S', {{}});\nconst alb = new elbv2.ApplicationLoadBalancer(this, 'A', {{ vpc }});\nalb.addSecurityGroup(this.sg);"
        ),
        &format!(
            "{imports}this.sg = new ec2.SecurityGroup(this, 'S', {{}});\nconst alb = new elbv2.ApplicationLoadBalancer(this, 'A', {{ vpc }});\nalb.addListener('L', {{ port: 80 }});\nf(this.sg);\nother.addSecurityGroup(this.sg);"
        ),
    );
}

#[test]
fn path_match_tests_the_linted_path() {
    let r = rule(r#"((program) @report (#path-match? @report "(^|/)lib/"))"#);
    let hits = |path: &str| {
        check(
            &r,
            path,
            &format!("{CDK_FILE}x = 1;"),
            &LintSettings::all_rules(),
        )
        .diagnostics
        .iter()
        .filter(|d| d.code == "TST001")
        .count()
    };
    assert_eq!(hits("lib/app.ts"), 1);
    assert_eq!(hits("/work/project/lib/stacks/app.ts"), 1);
    assert_eq!(hits("bin/app.ts"), 0);
    assert_eq!(hits("mylib/app.ts"), 0);
}

#[test]
fn value_construct_needs_a_scope_and_an_id() {
    let q = r#"((as_expression . (_) @report) (#value-construct? @report))"#;
    proves(
        q,
        "const b = new Bucket(this, 'B');\nx = b as any;",
        "const m = new Map();\nx = m as any;",
    );
    proves(
        q,
        "x = new Foo(scope, `id-${n}`, {}) as any;",
        "x = new Foo(scope, id) as any;",
    );
}

#[test]
fn files_without_cdk_imports_are_not_matched() {
    let r = rule(r#"((identifier) @report (#eq? @report "x"))"#);
    let count = |src: &str| {
        check(&r, "probe.ts", src, &LintSettings::all_rules())
            .diagnostics
            .iter()
            .filter(|d| d.code == "TST001")
            .count()
    };
    assert_eq!(
        count("x;"),
        0,
        "a Lambda handler or build script is not CDK code"
    );
    assert_eq!(count(&format!("{CDK_FILE}x;")), 1);
}
