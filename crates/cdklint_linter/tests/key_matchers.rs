//! `key` / `key-regex` / `each-item` matchers: prop entries anywhere in the file, by key.

mod common;

use cdklint_linter::{LintSettings, Registry, check};
use common::{probe_load, probe_rule};

fn rule(matchers: &str) -> Registry {
    probe_rule(
        &format!("message = \"{{key}}: {{report}}\"\n{matchers}"),
        &["typescript", "python"],
        &[],
    )
}

/// The messages of the findings, in order.
fn findings(registry: &Registry, path: &str, src: &str) -> Vec<String> {
    check(registry, path, src, &LintSettings::all_rules())
        .diagnostics
        .iter()
        .filter(|d| d.code == "TST001")
        .map(|d| d.message.clone())
        .collect()
}

#[test]
fn key_matches_entries_anywhere_in_both_languages() {
    let r = rule("[[match]]\nkey = \"certificateArn\"\nwhere = [{ text = \"placeholder\" }]\n");
    let ts = "import * as cdk from 'aws-cdk-lib';\n\
              const arn = 'arn:placeholder';\n\
              export const a = { certificateArn: 'arn:placeholder' };\n\
              export const b = { /* TODO */ 'certificateArn': 'arn:real' };\n\
              f({ nested: { certificateArn: arn } });\n\
              if (props.certificateArn === 'placeholder') {}\n";
    assert_eq!(
        findings(&r, "lib/a.ts", ts),
        ["certificateArn: 'arn:placeholder'", "certificateArn: arn"]
    );
    let py = "import aws_cdk as cdk\n\
              x = dict(certificate_arn=\"placeholder\")  # TODO\n\
              y = {\"certificate_arn\": \"real\"}\n\
              if cert_arn == \"placeholder\":\n    pass\n";
    assert_eq!(
        findings(&r, "lib/a.py", py),
        ["certificate_arn: \"placeholder\""]
    );
    // Files that import no CDK have no model.
    assert!(
        findings(
            &r,
            "lib/b.ts",
            "export const a = { certificateArn: 'placeholder' };"
        )
        .is_empty()
    );
}

#[test]
fn key_regex_and_each_item() {
    let r = rule(
        "[[match]]\nkey-regex = \"^[a-z]*password$\"\nwhere = [{ string = \"^changeme$\" }]\n\
         [[match]]\nkey = \"domainNames\"\neach-item = true\nwhere = [{ text = \"example\" }]\n",
    );
    let ts = "import * as cdk from 'aws-cdk-lib';\n\
              const a = { masterUserPassword: 'changeme', passwordLength: 'changeme', password: 'x' };\n\
              const b = { domainNames: ['a.example.com', 'real.io', 'b.example.com'] };\n";
    assert_eq!(
        findings(&r, "lib/a.ts", ts),
        [
            "masterUserPassword: 'changeme'",
            "domainNames: 'a.example.com'",
            "domainNames: 'b.example.com'"
        ]
    );
}

#[test]
fn each_item_needs_a_key() {
    let keys = "message = \"m\"\n[[match]]\ncall = \"aws_s3.Bucket\"\neach-item = true";
    assert!(probe_load(keys, &["typescript", "python"], &[]).is_err());
}
