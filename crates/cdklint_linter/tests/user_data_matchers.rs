//! `user-data = "…"` matchers: user-data commands a finder yields, reported at their line with
//! text captures; and the `remove` fix edit.

mod common;

use cdklint_linter::{FixMode, LintSettings, Registry, check, fix};
use common::{probe_load, probe_rule};

fn findings(registry: &Registry, path: &str, src: &str) -> Vec<(String, String)> {
    check(registry, path, src, &LintSettings::all_rules())
        .diagnostics
        .iter()
        .filter(|d| d.code == "TST001")
        .map(|d| (src[d.range.clone()].to_string(), d.message.clone()))
        .collect()
}

#[test]
fn findings_point_at_the_line_of_a_long_script() {
    let r = probe_rule(
        "message = \"{command} at {report}\"\n[[match]]\nuser-data = \"unchecked-mount\"\n",
        &["typescript", "python"],
        &[],
    );
    let ts = "import * as ec2 from 'aws-cdk-lib/aws-ec2';\n\
              ec2.UserData.custom(`#!/bin/bash\nyum install -y amazon-efs-utils\n  mount -t efs fs-1:/ /mnt/a\nmount -a\n`);\n";
    // One finding per line, though both lines are in one literal; `{report}` stays the node.
    let got = findings(&r, "lib/a.ts", ts);
    assert_eq!(
        got.iter().map(|(r, _)| r.as_str()).collect::<Vec<_>>(),
        ["mount -t efs fs-1:/ /mnt/a", "mount -a"]
    );
    assert!(
        got[0]
            .1
            .starts_with("mount -t efs fs-1:/ /mnt/a at `#!/bin/bash")
    );
    let py = "from aws_cdk import aws_ec2 as ec2\n\
              ud = ec2.UserData.for_linux()\n\
              ud.add_commands(\"set -x\", \"mount -a\")\n";
    assert_eq!(
        findings(&r, "app.py", py)
            .into_iter()
            .map(|(r, _)| r)
            .collect::<Vec<_>>(),
        ["mount -a"]
    );
}

#[test]
fn unknown_finders_and_mixed_targets_are_load_errors() {
    let err = probe_load(
        "message = \"m\"\n[[match]]\nuser-data = \"no-such-finder\"\n",
        &["typescript"],
        &[],
    )
    .expect_err("an unknown finder is refused");
    assert!(format!("{err:?}").contains("not a finder"));
    let err = probe_load(
        "message = \"m\"\n[[match]]\ncall = \"aws_ec2.Instance\"\nuser-data = \"unchecked-mount\"\n",
        &["typescript"],
        &[],
    )
    .expect_err("user-data with call is refused");
    assert!(format!("{err:?}").contains("user-data"));
    // A template hole the finder does not set is refused like any unknown capture.
    assert!(
        probe_load(
            "message = \"{package}\"\n[[match]]\nuser-data = \"unchecked-mount\"\n",
            &["typescript"],
            &[],
        )
        .is_err()
    );
}

#[test]
fn remove_edits_delete_the_entry_and_its_separator() {
    let r = probe_rule(
        "message = \"m\"\n\
         [fix.drop]\ntitle = \"drop\"\napplicability = \"safe\"\nedits = [{ remove = \"entry\" }]\n\
         [[match]]\ncall = \"aws_autoscaling.AutoScalingGroup\"\n\
         where = [{ prop = \"desiredCapacity\", capture-entry = \"entry\" }]\n",
        &["typescript", "python"],
        &[],
    );
    let ts = "import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';\n\
              new autoscaling.AutoScalingGroup(this, 'G', { vpc, desiredCapacity: 2, maxCapacity: 4 });\n";
    let out = fix(
        &r,
        "lib/a.ts",
        ts,
        &LintSettings::all_rules(),
        FixMode::Safe,
    );
    assert!(
        out.text
            .contains("new autoscaling.AutoScalingGroup(this, 'G', { vpc, maxCapacity: 4 });"),
        "{}",
        out.text
    );
    let py = "from aws_cdk import aws_autoscaling as autoscaling\n\
              autoscaling.AutoScalingGroup(self, \"G\", vpc=vpc, max_capacity=4, desired_capacity=2)\n";
    let out = fix(&r, "app.py", py, &LintSettings::all_rules(), FixMode::Safe);
    assert!(
        out.text
            .contains("autoscaling.AutoScalingGroup(self, \"G\", vpc=vpc, max_capacity=4)\n"),
        "{}",
        out.text
    );
    let err = probe_load(
        "message = \"m\"\n[fix.drop]\ntitle = \"drop\"\napplicability = \"safe\"\n\
         edits = [{ remove = \"entry\", with = \"x\" }]\n[[match]]\ncall = \"aws_s3.Bucket\"\n\
         where = [{ prop = \"x\", capture-entry = \"entry\" }]\n",
        &["typescript"],
        &[],
    );
    assert!(err.is_err());
}
