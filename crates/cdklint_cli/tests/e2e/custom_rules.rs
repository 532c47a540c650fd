//! Project rules: `rules-dirs` in the configuration, `cdklint test`, `cdklint new-rule`, and
//! project rules in `check`, `rules` and `explain` next to the built-in ones.

use std::path::Path;

use crate::common::{Project, f, findings};

/// A temporary copy of `examples/custom-rules`.
fn example() -> Project {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let target = to.join(entry.file_name());
            if entry.file_type().unwrap().is_dir() {
                copy(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), &target).unwrap();
            }
        }
    }
    let project = Project::empty();
    copy(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/custom-rules"),
        project.path(),
    );
    project
}

const APP_TS: &str = "import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { ApiStack } from '../lib/api-stack';

const app = new cdk.App();
new ApiStack(app, 'ApiProd', { tags: { team: 'payments' } });
new ApiStack(app, 'ApiDev');
// cdklint-disable-next-line ACME001 -- owned by the platform team, tagged by the pipeline
new ApiStack(app, 'Shared');
new s3.Bucket(new cdk.Stack(app, 'Buckets', { tags: { team: 'data' } }), 'B');
";

#[test]
fn the_example_rules_pass_cdklint_test() {
    let p = example();
    let run = p.run(&["test"]).expect(0);
    for code in ["ACME001", "ACME002", "ACME003"] {
        assert!(
            run.stdout.contains(&format!("PASS {code} ")),
            "{}",
            run.stdout
        );
    }
    assert!(
        run.stdout.ends_with("3 rules: 3 passed, 0 failed.\n"),
        "{}",
        run.stdout
    );
    // Naming one rule directory tests that rule alone.
    let run = p
        .run(&["test", "cdklint-rules/lambda/approved-runtimes"])
        .expect(0);
    assert!(run.stdout.contains("PASS ACME002") && !run.stdout.contains("ACME001"));
}

#[test]
fn check_runs_project_rules_like_built_in_ones() {
    let p = example();
    p.write("bin/app.ts", APP_TS);
    let run = p
        .run(&[
            "check",
            "--select",
            "ACME,S3001",
            "--format",
            "json",
            "bin/app.ts",
        ])
        .expect(1);
    assert_eq!(
        findings(&run.json()),
        vec![
            f("bin/app.ts", 6, "ACME003"),
            f("bin/app.ts", 7, "ACME001"),
            f("bin/app.ts", 10, "S3001"),
        ],
        "the suppression comment holds for a project rule"
    );
    // Its fix, in the file's language, through --fix like any other.
    p.run(&["check", "--select", "ACME003", "--fix", "bin/app.ts"])
        .expect(0);
    assert!(
        p.read("bin/app.ts")
            .contains("{ tags: { team: 'payments' }, terminationProtection: true }"),
        "{}",
        p.read("bin/app.ts")
    );
    // Configuration names project codes: per-file-ignores, severity.
    let config = p.read("cdklint.toml");
    p.write(
        "cdklint.toml",
        &format!("{config}\n[severity]\nACME001 = \"info\"\n[per-file-ignores]\n\"bin/**\" = [\"S3001\"]\n"),
    );
    let run = p
        .run(&[
            "check",
            "--select",
            "ACME,S3001",
            "--format",
            "json",
            "bin/app.ts",
        ])
        .expect(1);
    assert_eq!(findings(&run.json()), vec![f("bin/app.ts", 7, "ACME001")]);
    assert_eq!(run.json()[0]["severity"], "info");
}

#[test]
fn rules_and_explain_list_project_rules() {
    let p = example();
    let run = p.run(&["rules", "--format", "json"]).expect(0);
    let rules = run.json();
    let acme: Vec<_> = rules
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["custom"] == true)
        .map(|r| r["code"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(acme, ["ACME001", "ACME002", "ACME003"]);
    assert!(
        rules
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["code"] == "S3001")
    );
    let md = p.run(&["rules", "--format", "markdown"]).expect(0).stdout;
    assert!(md.starts_with("# Rules\n\n| code | name |"), "{md}");
    assert!(
        md.contains("| [ACME002](#approved-runtimes-acme002) | approved-runtimes | error | — | typescript, python |"),
        "{md}"
    );
    assert!(md.contains("\n## approved-runtimes (ACME002)\n"), "{md}");
    assert!(md.contains("\n### What it does\n"), "{md}");
    let run = p.run(&["explain", "ACME003"]).expect(0);
    assert!(
        run.stdout
            .starts_with("# production-termination-protection (ACME003)")
    );
}

const BROKEN_RULE: &str = r#"code = "ACME009"
name = "broken"
tier = "T1"
severity = "warning"
message = "broken"

[[match]]
call = "aws_s3.Bucket"
where = [
  { prop = "versioned", present = false },
  { prop = "encryption", kind = "enum" },
]

[docs]
what-it-does = "x"
why-is-this-bad = "x"
fix-safety = "x"
references = ["x"]
[docs.example]
typescript = "x"
python = "x"
[docs.use-instead]
typescript = "x"
python = "x"
"#;

#[test]
fn a_broken_project_rule_is_located_and_the_others_still_run() {
    let p = Project::empty();
    p.write(
        "cdklint.toml",
        "rules-dirs = [\"rules\"]\nrule-prefix = \"ACME\"\n",
    );
    p.write("rules/s3/broken/rule.toml", BROKEN_RULE);
    p.write(
        "lib/stack.ts",
        "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'B');\n",
    );
    let run = p
        .run(&[
            "check",
            "--select",
            "S3001",
            "--format",
            "json",
            "lib/stack.ts",
        ])
        .expect(2);
    assert_eq!(findings(&run.json()), vec![f("lib/stack.ts", 2, "S3001")]);
    assert!(
        run.stderr.contains(
            "cdklint: rule error: rules/s3/broken/rule.toml:11: [[match]] #1.where[1]: `kind = \"enum\"` is not a value kind"
        ),
        "{}",
        run.stderr
    );
    let run = p.run(&["test"]).expect(1);
    assert!(
        run.stdout
            .contains("ERROR rules/s3/broken/rule.toml:11: [[match]] #1.where[1]"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .ends_with("0 rules: 0 passed, 0 failed, 1 rule that did not load.\n"),
        "{}",
        run.stdout
    );

    // A TOML syntax error: line, column and key.
    p.write(
        "rules/s3/broken/rule.toml",
        &BROKEN_RULE.replace("severity = \"warning\"", "severity = warning"),
    );
    let run = p
        .run(&["check", "--select", "S3001", "lib/stack.ts"])
        .expect(2);
    assert!(
        run.stderr
            .contains("rules/s3/broken/rule.toml:4:12: `severity`: "),
        "{}",
        run.stderr
    );
}

#[test]
fn project_codes_and_names_cannot_collide_with_built_in_ones() {
    let p = Project::empty();
    p.write("cdklint.toml", "rules-dirs = [\"rules\"]\n");
    let scaffold = |code: &str, name: &str| {
        BROKEN_RULE
            .replace("ACME009", code)
            .replace("name = \"broken\"", &format!("name = \"{name}\""))
            .replace("  { prop = \"encryption\", kind = \"enum\" },\n", "")
    };
    p.write("rules/net/net900/rule.toml", &scaffold("NET900", "net900"));
    p.write(
        "rules/s3/bucket-without-enforce-ssl/rule.toml",
        &scaffold("ACME001", "bucket-without-enforce-ssl"),
    );
    let run = p.run(&["rules"]).expect(2);
    assert!(
        run.stderr.contains(
            "rules/net/net900/rule.toml:1: `code` \"NET900\" uses \"NET\", a prefix of the built-in rules"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "rules/s3/bucket-without-enforce-ssl/rule.toml:2: `name` \"bucket-without-enforce-ssl\" is already used by built-in rule S3001"
        ),
        "{}",
        run.stderr
    );
    // The built-in rules are all listed still.
    assert!(run.stdout.contains("S3001"));
}

#[test]
fn a_new_rule_passes_cdklint_test_as_created() {
    let p = Project::empty();
    let run = p
        .run(&["new-rule", "storage/bucket-versioning", "--code", "ACME001"])
        .expect(0);
    assert!(
        run.stdout.contains("rules-dirs = [\"cdklint-rules\"]"),
        "{}",
        run.stdout
    );
    for file in [
        "rule.toml",
        "tests/bad.ts",
        "tests/good.ts",
        "tests/bad.py",
        "tests/good.py",
    ] {
        assert!(
            p.path()
                .join("cdklint-rules/storage/bucket-versioning")
                .join(file)
                .is_file(),
            "{file}"
        );
    }
    let rule = p.read("cdklint-rules/storage/bucket-versioning/rule.toml");
    for heading in [
        "what-it-does",
        "why-is-this-bad",
        "fix-safety",
        "references",
        "[docs.example]",
        "[docs.use-instead]",
        "[[match]]",
    ] {
        assert!(rule.contains(heading), "{heading}");
    }
    let run = p.run(&["test", "cdklint-rules"]).expect(0);
    assert!(
        run.stdout.contains("PASS ACME001 bucket-versioning"),
        "{}",
        run.stdout
    );
    // Once configured, the next rule goes to the same directory, and `cdklint test` finds it.
    p.write(
        "cdklint.toml",
        "rules-dirs = [\"cdklint-rules\"]\nrule-prefix = \"ACME\"\n",
    );
    p.run(&["new-rule", "storage/bucket-other", "--code", "ACME002"])
        .expect(0);
    p.run(&["test"]).expect(0);
    // Codes and names already taken, built-in prefixes and bad names are refused.
    for (args, words) in [
        (
            ["new-rule", "storage/bucket-versioning", "--code", "ACME003"],
            "already exists",
        ),
        (
            ["new-rule", "storage/x", "--code", "ACME001"],
            "already exists",
        ),
        (
            ["new-rule", "storage/x", "--code", "OTHER001"],
            "prefix ACME",
        ),
        (["new-rule", "Storage/x", "--code", "ACME004"], "lower-case"),
        (["new-rule", "x", "--code", "ACME004"], "GROUP/NAME"),
    ] {
        let run = p.run(&args).expect(2);
        assert!(run.stderr.contains(words), "{args:?}: {}", run.stderr);
    }
    let p = Project::empty();
    let run = p.run(&["new-rule", "net/x", "--code", "NET900"]).expect(2);
    assert!(
        run.stderr.contains("prefix of the built-in rules"),
        "{}",
        run.stderr
    );
}
