//! Matcher features beyond plain value tests: the `method` capture, the `object` selector,
//! `capture-entry`, `per-report`, and `text` on templates. Each is proved on a one-rule registry
//! with a snippet it must accept (and what it must render) next to one it must refuse.

mod common;

use cdklint_linter::{Diagnostic, LintSettings, Registry, check};
use common::{probe_load, probe_rule};

/// A registry with one TypeScript rule: `head` (message, fixes) and its `[[match]]` tables.
fn rule(head: &str, matchers: &str) -> Registry {
    probe_rule(
        &format!("languages = [\"typescript\"]\n{head}\n{matchers}"),
        &["typescript"],
        &[],
    )
}

const IMPORTS: &str = "import * as route53 from 'aws-cdk-lib/aws-route53';\n";

fn findings(registry: &Registry, src: &str) -> Vec<Diagnostic> {
    check(
        registry,
        "probe.ts",
        &format!("{IMPORTS}{src}"),
        &LintSettings::all_rules(),
    )
    .diagnostics
    .into_iter()
    .filter(|d| d.code == "TST001")
    .collect()
}

#[test]
fn method_capture_and_object_selector_feed_messages() {
    let r = rule(
        "message = \"{method} of {lb}\"",
        r#"[[match]]
call = "aws_route53.RecordTarget.fromIpAddresses"
where = [{ arg = 0, object = true, capture = "lb" }]"#,
    );
    // The object as written, for a fix to reuse; parentheses around the member are looked through.
    let hit = findings(&r, "route53.RecordTarget.fromIpAddresses((alb!.dns));");
    assert_eq!(hit.len(), 1);
    assert_eq!(hit[0].message, "fromIpAddresses of alb!");
    // A name bound to a member is not followed: its object is not at the use site.
    assert!(
        findings(
            &r,
            "const d = alb.dns;\nroute53.RecordTarget.fromIpAddresses(d);"
        )
        .is_empty()
    );
    assert!(findings(&r, "route53.RecordTarget.fromIpAddresses('192.0.2.1');").is_empty());
}

#[test]
fn capture_entry_names_the_whole_prop() {
    let r = rule(
        "message = \"{entry}\"",
        r#"[[match]]
call = "aws_route53.CfnRecordSet"
where = [{ prop = "ttl", equals = "60", capture-entry = "entry" }]"#,
    );
    let hit = findings(&r, "new route53.CfnRecordSet(this, 'R', { ttl: '60' });");
    assert_eq!(hit.len(), 1);
    assert_eq!(hit[0].message, "ttl: '60'");
    assert!(findings(&r, "new route53.CfnRecordSet(this, 'R', { ttl: '300' });").is_empty());
}

#[test]
fn capture_entry_without_prop_is_a_load_error() {
    let keys = "message = \"m\"\nlanguages = [\"typescript\"]\n[[match]]\ncall = \"aws_route53.CfnRecordSet\"\nwhere = [{ arg = 0, capture-entry = \"e\" }]";
    assert!(probe_load(keys, &["typescript"], &[]).is_err());
}

#[test]
fn per_report_gives_one_finding_per_reported_value() {
    let matchers = |per: bool| {
        format!(
            r#"[[match]]
call = "aws_route53.CfnRecordSet"
report = "v"
per-report = {per}
where = [{{ prop = "hostedZoneId", string = "^Z", capture = "v" }}]

[[match]]
call = "aws_route53.CfnRecordSet"
report = "v"
per-report = {per}
where = [{{ prop = "aliasTarget.hostedZoneId", string = "^Z", capture = "v" }}]"#
        )
    };
    let src = "new route53.CfnRecordSet(this, 'R', { hostedZoneId: 'Z1', aliasTarget: { hostedZoneId: 'Z2' } });";
    assert_eq!(
        findings(&rule("message = \"m\"", &matchers(true)), src).len(),
        2
    );
    assert_eq!(
        findings(&rule("message = \"m\"", &matchers(false)), src).len(),
        1
    );
}

#[test]
fn text_reads_a_template_without_its_delimiters() {
    let r = rule(
        "message = \"m\"",
        r#"[[match]]
call = "aws_route53.RecordTarget.fromIpAddresses"
where = [{ arg = 0, text = "^\\$\\{[a-z]+\\}\\.example\\.org$" }]"#,
    );
    assert_eq!(
        findings(
            &r,
            "route53.RecordTarget.fromIpAddresses(`${host}.example.org`);"
        )
        .len(),
        1
    );
    assert!(
        findings(
            &r,
            "route53.RecordTarget.fromIpAddresses(`${host}.example.org.evil`);"
        )
        .is_empty()
    );
}

#[test]
fn object_selector_refuses_a_bound_self_member() {
    let r = rule(
        "message = \"{lb}\"",
        r#"[[match]]
call = "aws_route53.RecordTarget.fromIpAddresses"
where = [{ arg = 0, object = true, capture = "lb" }]"#,
    );
    let src = "class S { constructor() { this.dns = alb.dns; route53.RecordTarget.fromIpAddresses(this.dns); } }";
    assert!(findings(&r, src).is_empty());
    let src = "class S { constructor() { route53.RecordTarget.fromIpAddresses(this.dns); } }";
    assert_eq!(findings(&r, src).len(), 1);
}
