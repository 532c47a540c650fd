//! Every custom predicate can reject: for each one, a one-pattern rule and a snippet that it
//! must accept next to one it must refuse. (tree-sitter itself ignores unknown predicates and
//! some `#any-*` forms never reject, so this is proved for ours, not assumed.)

use std::collections::BTreeMap;

use cdklint_linter::{LintSettings, Registry, check};

const DOCS: &str = r#"
[docs]
what-it-does = "test"
why-is-this-bad = "test"
fix-safety = "test"
references = ["test"]
[docs.example]
typescript = "x"
[docs.use-instead]
typescript = "x"
"#;

/// A registry with one TypeScript rule whose query is `query`.
fn rule(query: &str) -> Registry {
    let mut files = BTreeMap::new();
    files.insert(
        "rule.toml".to_string(),
        format!("code = \"TST001\"\nname = \"probe\"\ntier = \"T1\"\nseverity = \"info\"\nmessage = \"hit\"\nlanguages = [\"typescript\"]\n{DOCS}"),
    );
    files.insert("typescript.scm".to_string(), query.to_string());
    Registry::from_memory([("test/probe".to_string(), files)]).unwrap_or_else(|e| panic!("{e:?}"))
}

fn hits(registry: &Registry, src: &str) -> usize {
    check(registry, "probe.ts", src, &LintSettings::all_rules())
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
    let q = r#"((shorthand_property_identifier) @report (#value-string? @report "^[a-z]+\\.com$"))"#;
    proves(
        q,
        "const domainName = 'example.com';\nx = { domainName };",
        "const domainName = '10.0.0.1';\nx = { domainName };",
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
    let mut files = BTreeMap::new();
    files.insert(
        "rule.toml".to_string(),
        format!("code = \"TST001\"\nname = \"probe\"\ntier = \"T1\"\nseverity = \"info\"\nmessage = \"hit\"\nlanguages = [\"typescript\"]\n{DOCS}"),
    );
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
        files.insert("typescript.scm".to_string(), query.to_string());
        let registry = Registry::from_memory([("test/probe".to_string(), files.clone())]).unwrap();
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
