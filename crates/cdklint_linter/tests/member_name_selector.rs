//! `member-name = true` selects the last name of a member written in place, and nothing when
//! the value is a name bound elsewhere (an edit must not rewrite that name's text).

use std::collections::BTreeMap;

use cdklint_linter::{LintSettings, Registry, check};

const RULE: &str = r#"
code = "TST001"
name = "probe"
tier = "T1"
severity = "info"
message = "hit"

[[match]]
call = "aws_s3.Bucket"
report = "name"
where = [{ prop = "removalPolicy", member-name = true, capture = "name" }]

[docs]
what-it-does = "test"
why-is-this-bad = "test"
fix-safety = "test"
references = ["test"]
[docs.example]
typescript = "x"
python = "x"
[docs.use-instead]
typescript = "x"
python = "x"
"#;

/// The text of every TST001 finding in `src`, linted as `path`.
fn reported(path: &str, src: &str) -> Vec<String> {
    let mut files = BTreeMap::new();
    files.insert("rule.toml".to_string(), RULE.to_string());
    let registry = Registry::from_memory([("test/probe".to_string(), files)])
        .unwrap_or_else(|e| panic!("{e:?}"));
    check(&registry, path, src, &LintSettings::all_rules())
        .diagnostics
        .iter()
        .filter(|d| d.code == "TST001")
        .map(|d| src[d.range.start..d.range.end].to_string())
        .collect()
}

#[test]
fn selects_the_name_of_a_member_written_in_place() {
    let ts = "import * as cdk from 'aws-cdk-lib';\nimport * as s3 from 'aws-cdk-lib/aws-s3';\n";
    assert_eq!(
        reported(
            "a.ts",
            &format!(
                "{ts}new s3.Bucket(this, 'B', {{ removalPolicy: (cdk.RemovalPolicy.DESTROY) }});"
            )
        ),
        ["DESTROY"]
    );
    let py = "import aws_cdk as cdk\nfrom aws_cdk import aws_s3 as s3\n";
    assert_eq!(
        reported(
            "a.py",
            &format!("{py}s3.Bucket(self, 'B', removal_policy=cdk.RemovalPolicy.DESTROY)")
        ),
        ["DESTROY"]
    );
}

#[test]
fn selects_nothing_for_a_bound_name() {
    let ts = "import * as cdk from 'aws-cdk-lib';\nimport * as s3 from 'aws-cdk-lib/aws-s3';\n";
    assert!(
        reported(
            "a.ts",
            &format!(
                "{ts}const p = cdk.RemovalPolicy.DESTROY;\nnew s3.Bucket(this, 'B', {{ removalPolicy: p }});"
            )
        )
        .is_empty()
    );
}
