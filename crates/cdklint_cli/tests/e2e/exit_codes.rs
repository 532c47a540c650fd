//! Exit codes: 0 nothing at or above the fail level, 1 findings, 2 usage/config/IO errors
//! with a message that says what is wrong.

use crate::common::{Project, RULES};

#[test]
fn clean_project_exits_0() {
    let p = Project::new("clean-app");
    let run = p.run(&["check", "--select", RULES]).expect(0);
    assert_eq!(run.stdout, "No problems found in 2 files.\n");
    assert_eq!(run.stderr, "");
}

#[test]
fn findings_exit_1() {
    Project::new("ts-app")
        .run(&["check", "--select", RULES])
        .expect(1);
    Project::new("py-app").run(&["check"]).expect(1);
}

#[test]
fn bad_config_exits_2_naming_file_line_and_key() {
    let p = Project::new("ts-app");
    p.write(
        "cdklint.toml",
        "select = [\"NET001\"]\n\n[severity]\nNET001 = \"loud\"\n",
    );
    let run = p.run(&["check"]).expect(2);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr.contains("cdklint.toml:4:") && run.stderr.contains("severity.NET001"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("\"loud\""), "{}", run.stderr);
    assert!(
        !run.stderr.contains(&p.path().display().to_string()),
        "the config is named relative to the working directory: {}",
        run.stderr
    );

    // An unknown key, and an unknown code in a list.
    p.write("cdklint.toml", "selct = [\"NET001\"]\n");
    let run = p.run(&["check"]).expect(2);
    assert!(run.stderr.contains("cdklint.toml:1:") && run.stderr.contains("selct"));
    p.write("cdklint.toml", "# rules\nignore = [\"NOPE9\"]\n");
    let run = p.run(&["check"]).expect(2);
    assert!(
        run.stderr.contains("cdklint.toml:2:") && run.stderr.contains("`ignore`"),
        "{}",
        run.stderr
    );
}

#[test]
fn bad_pyproject_section_exits_2() {
    let p = Project::new("py-app");
    let text = p.read("pyproject.toml").replace(
        "select = [\"DAT001\", \"DNS001\", \"NET001\"]",
        "select = [\"DAT001\"]\nfail-level = \"sometimes\"",
    );
    p.write("pyproject.toml", &text);
    let run = p.run(&["check"]).expect(2);
    assert!(
        run.stderr.contains("pyproject.toml:9:") && run.stderr.contains("fail-level"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_bad_config_below_the_checked_paths_is_not_read() {
    let p = Project::new("clean-app");
    p.write("other/cdklint.toml", "nonsense = 1\n");
    p.run(&["check", "--select", RULES, "lib"]).expect(0);
}

#[test]
fn nonexistent_path_exits_2() {
    let p = Project::new("clean-app");
    let run = p.run(&["check", "no/such/dir"]).expect(2);
    assert!(
        run.stderr
            .contains("no/such/dir: no such file or directory"),
        "{}",
        run.stderr
    );
}

#[test]
fn unknown_rule_codes_exit_2() {
    let p = Project::new("clean-app");
    let run = p.run(&["check", "--select", "NET001,XYZ123"]).expect(2);
    assert!(
        run.stderr.contains("`XYZ123` is not a rule code"),
        "{}",
        run.stderr
    );
    let run = p.run(&["check", "--ignore", "net001"]).expect(2);
    assert!(run.stderr.contains("`net001`"), "{}", run.stderr);
    p.run(&["check", "--select", ""]).expect(2);
}

#[test]
fn usage_errors_exit_2() {
    let p = Project::new("clean-app");
    p.run(&["check", "--format", "xml"]).expect(2);
    p.run(&["check", "--fail-level", "fatal"]).expect(2);
    p.run(&["frobnicate"]).expect(2);
    let run = p.run(&["check", "--config", "missing.toml"]).expect(2);
    assert!(run.stderr.contains("missing.toml"), "{}", run.stderr);
    let run = p
        .run(&["check", "--statistics", "--format", "sarif"])
        .expect(2);
    assert!(run.stderr.contains("--statistics"), "{}", run.stderr);
    // Help and version are not errors.
    p.run(&["--help"]).expect(0);
    let run = p.run(&["--version"]).expect(0);
    assert!(run.stdout.starts_with("cdklint "), "{}", run.stdout);
}

/// ts-app has one finding of each severity in lib/web-stack.ts: DNS001 error, NET001 warning,
/// DAT001 info. Each rule alone, at each fail level.
#[test]
fn fail_level_flag_decides_the_exit_code() {
    let p = Project::new("ts-app");
    let cases = [
        // (rule, --fail-level error, warning, info)
        ("DNS001", [1, 1, 1]),
        ("NET001", [0, 1, 1]),
        ("DAT001", [0, 0, 1]),
    ];
    for (rule, expected) in cases {
        for (level, code) in ["error", "warning", "info"].into_iter().zip(expected) {
            let run = p.run(&[
                "check",
                "lib/web-stack.ts",
                "--select",
                rule,
                "--fail-level",
                level,
            ]);
            assert_eq!(run.code, code, "{rule} at --fail-level {level}: {run:?}");
            // The findings are reported whatever the exit code.
            assert!(run.stdout.contains(&format!("[{rule}]")), "{}", run.stdout);
        }
    }
    // Without findings every level exits 0.
    let clean = Project::new("clean-app");
    for level in ["error", "warning", "info"] {
        clean
            .run(&["check", "--select", RULES, "--fail-level", level])
            .expect(0);
    }
}

#[test]
fn fail_level_in_config_decides_the_exit_code_and_the_flag_wins() {
    let p = Project::new("ts-app");
    p.write("cdklint.toml", "fail-level = \"warning\"\n");
    fn only(rule: &str) -> Vec<&str> {
        vec!["check", "lib/web-stack.ts", "--select", rule]
    }
    p.run(&only("DAT001")).expect(0);
    p.run(&only("NET001")).expect(1);
    let mut args = only("DAT001");
    args.extend(["--fail-level", "info"]);
    p.run(&args).expect(1);
    p.write("cdklint.toml", "fail-level = \"error\"\n");
    p.run(&only("NET001")).expect(0);
    p.run(&only("DNS001")).expect(1);
}

#[test]
fn fail_level_follows_each_files_config() {
    // A nested project with its own config keeps its fail level when checked from above.
    let p = Project::empty();
    p.write("app/cdklint.toml", "fail-level = \"error\"\n");
    p.write(
        "app/lib/s.ts",
        "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nexport const s = ec2.SubnetType.PRIVATE_WITH_NAT;\n",
    );
    p.run(&["check", "--select", RULES]).expect(0);
    p.run(&["check", "--select", RULES, "app"]).expect(0);
    p.run(&["check", "--select", RULES, "--fail-level", "warning"])
        .expect(1);
}
