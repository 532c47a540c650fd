//! The human format: compiler-style `path:line:col: severity[CODE] message (name)`, the source
//! line with the range underlined, the fix, and a summary; no colour when not on a terminal.

use crate::common::{Project, RULES};

#[test]
fn typescript_project_snapshot() {
    let p = Project::new("ts-app");
    let run = p.run(&["check", "--select", RULES]).expect(1);
    insta::assert_snapshot!("ts_app_text", run.stdout);
}

#[test]
fn python_project_snapshot() {
    let p = Project::new("py-app");
    let run = p.run(&["check"]).expect(1);
    insta::assert_snapshot!("py_app_text", run.stdout);
}

#[test]
fn compiler_style_locations_and_summary() {
    let p = Project::new("ts-app");
    let run = p.run(&["check", "--select", RULES]).expect(1);
    let locations: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("lib/") || l.starts_with("bin/"))
        .collect();
    assert_eq!(locations.len(), 5, "{}", run.stdout);
    assert!(locations[0].starts_with(
        "lib/network-stack.ts:14:36: warning[NET001] `ec2.SubnetType.PRIVATE_WITH_NAT` is deprecated"
    ));
    assert!(locations[0].ends_with("(deprecated-subnet-type)"));
    assert_eq!(
        run.stdout.lines().last().unwrap(),
        "Found 5 problems (2 errors, 2 warnings, 1 info) in 4 files checked. \
         2 fixable with --fix. 3 more with --fix --unsafe-fixes."
    );
}

#[test]
fn no_colour_when_not_a_terminal() {
    // The tests capture stdout through a pipe, which is not a terminal; NO_COLOR is unset.
    let p = Project::new("ts-app");
    let run = p.run(&["check", "--select", RULES]).expect(1);
    assert!(!run.stdout.contains('\x1b'), "{}", run.stdout);
    assert!(!run.stderr.contains('\x1b'), "{}", run.stderr);
}

#[test]
fn quiet_prints_only_findings_and_nothing_on_success() {
    let p = Project::new("ts-app");
    let run = p.run(&["check", "--select", RULES, "--quiet"]).expect(1);
    assert!(run.stdout.contains("warning[NET001]"));
    assert!(!run.stdout.contains("Found "), "{}", run.stdout);
    let clean = Project::new("clean-app");
    let run = clean.run(&["check", "--select", RULES, "-q"]).expect(0);
    assert_eq!((run.stdout.as_str(), run.stderr.as_str()), ("", ""));
    let run = clean
        .run(&["check", "--select", RULES, "-q", "--format", "github"])
        .expect(0);
    assert_eq!(run.stdout, "");
}

#[test]
fn statistics_count_findings_per_rule() {
    let p = Project::new("ts-app");
    let run = p
        .run(&["check", "--select", RULES, "--statistics"])
        .expect(1);
    insta::assert_snapshot!("ts_app_statistics", run.stdout);
    let run = p
        .run(&[
            "check",
            "--select",
            RULES,
            "--statistics",
            "--format",
            "json",
        ])
        .expect(1);
    assert_eq!(
        run.json(),
        serde_json::json!([
            {"code": "DAT001", "name": "removal-policy-destroy", "count": 2, "safe_fixable": 0, "unsafe_fixable": 2},
            {"code": "NET001", "name": "deprecated-subnet-type", "count": 2, "safe_fixable": 2, "unsafe_fixable": 0},
            {"code": "DNS001", "name": "alb-record-not-alias", "count": 1, "safe_fixable": 0, "unsafe_fixable": 1},
        ])
    );
    let run = p
        .run(&["check", "--select", RULES, "--statistics", "--quiet"])
        .expect(1);
    assert_eq!(run.stdout.lines().count(), 3, "{}", run.stdout);
}

#[test]
fn output_file_receives_the_report() {
    let p = Project::new("ts-app");
    let run = p
        .run(&["check", "--select", RULES, "--output-file", "report.txt"])
        .expect(1);
    assert_eq!(run.stdout, "");
    let written = p.read("report.txt");
    assert!(written.contains("error[DNS001]") && written.contains("Found 5 problems"));
    let run = p
        .run(&[
            "check",
            "--select",
            RULES,
            "-o",
            "out/missing-dir/r.json",
            "--format",
            "json",
        ])
        .expect(2);
    assert!(
        run.stderr.contains("cannot write the output file"),
        "{}",
        run.stderr
    );
}
