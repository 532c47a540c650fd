//! `member-name = true` selects the last name of a member written in place, and nothing when
//! the value is a name bound elsewhere (an edit must not rewrite that name's text).

mod common;

use cdklint_linter::{LintSettings, check};
use common::probe_rule;

const MATCHER: &str = r#"
message = "hit"

[[match]]
call = "aws_s3.Bucket"
report = "name"
where = [{ prop = "removalPolicy", member-name = true, capture = "name" }]
"#;

/// The text of every TST001 finding in `src`, linted as `path`.
fn reported(path: &str, src: &str) -> Vec<String> {
    let registry = probe_rule(MATCHER, &["typescript", "python"], &[]);
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
