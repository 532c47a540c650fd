//! `--fix`, `--unsafe-fixes`, `--diff` and `--stdin-filename`.

use crate::common::{Project, RULES, f, findings};

fn json_findings(p: &Project) -> Vec<(String, u64, String)> {
    findings(
        &p.run(&["check", "--select", RULES, "--format", "json"])
            .json(),
    )
}

#[test]
fn fix_applies_safe_fixes_and_a_second_run_reports_none_of_them() {
    let p = Project::new("ts-app");
    let before = p.files();
    let network = p.read("lib/network-stack.ts");
    let run = p.run(&["check", "--select", RULES, "--fix"]).expect(1);
    assert!(run.stdout.contains("Fixed 2 problems."), "{}", run.stdout);
    assert!(
        !run.stdout.contains("[NET001]"),
        "fixed findings are not reported: {}",
        run.stdout
    );
    assert_eq!(
        p.read("lib/network-stack.ts"),
        network.replace("PRIVATE_WITH_NAT", "PRIVATE_WITH_EGRESS")
    );
    assert!(
        p.read("lib/web-stack.ts")
            .contains("ec2.SubnetType.PRIVATE_WITH_EGRESS")
    );
    assert_eq!(p.files(), before, "no temporary file is left behind");

    // Second run: no NET001 left; the unsafe fixes were not applied.
    assert_eq!(
        json_findings(&p),
        vec![
            f("lib/prod-database-stack.ts", 17, "DAT001"),
            f("lib/web-stack.ts", 22, "DNS001"),
            f("lib/web-stack.ts", 27, "DAT001"),
        ]
    );
    // Nothing left to fix safely: the files stay as they are.
    let web = p.read("lib/web-stack.ts");
    let run = p.run(&["check", "--select", RULES, "--fix"]).expect(1);
    assert!(!run.stdout.contains("Fixed"), "{}", run.stdout);
    assert_eq!(p.read("lib/web-stack.ts"), web);
}

#[cfg(unix)]
#[test]
fn fix_keeps_file_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let p = Project::new("ts-app");
    let file = p.path().join("lib/network-stack.ts");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).unwrap();
    p.run(&["check", "--select", "NET001", "--fix"]).expect(0);
    assert!(
        p.read("lib/network-stack.ts")
            .contains("PRIVATE_WITH_EGRESS")
    );
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
}

#[test]
fn unsafe_fixes_apply_with_the_flag() {
    let p = Project::new("ts-app");
    let run = p
        .run(&["check", "--select", RULES, "--fix", "--unsafe-fixes"])
        .expect(0);
    assert!(run.stdout.contains("Fixed 5 problems."), "{}", run.stdout);
    assert!(run.stdout.contains("No problems found"), "{}", run.stdout);
    let web = p.read("lib/web-stack.ts");
    assert!(web.contains("RemovalPolicy.RETAIN"), "{web}");
    assert!(web.contains("RecordTarget.fromAlias("), "{web}");
    // DNS001's fix adds the route53-targets import.
    assert!(web.contains("aws-route53-targets"), "{web}");
    assert_eq!(json_findings(&p), vec![]);
}

#[test]
fn unsafe_fixes_alone_fix_nothing() {
    let p = Project::new("ts-app");
    let before = p.read("lib/web-stack.ts");
    p.run(&["check", "--select", RULES, "--unsafe-fixes"])
        .expect(1);
    assert_eq!(p.read("lib/web-stack.ts"), before);
}

/// Every file of the project with its text, to show that a command wrote nothing.
fn contents(p: &Project) -> Vec<(String, String)> {
    p.files()
        .into_iter()
        .map(|f| {
            let text = p.read(&f);
            (f, text)
        })
        .collect()
}

#[test]
fn diff_prints_a_unified_diff_and_changes_nothing() {
    let p = Project::new("ts-app");
    let before = contents(&p);
    let run = p.run(&["check", "--select", RULES, "--diff"]).expect(1);
    insta::assert_snapshot!("ts_app_diff", run.stdout);
    assert!(
        run.stdout
            .contains("--- a/lib/network-stack.ts\n+++ b/lib/network-stack.ts\n")
    );
    assert!(
        run.stdout
            .contains("-        { name: 'app', subnetType: ec2.SubnetType.PRIVATE_WITH_NAT },")
    );
    assert!(
        run.stdout
            .contains("+        { name: 'app', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },")
    );
    assert!(
        !run.stdout.contains("RETAIN"),
        "unsafe fixes only with --unsafe-fixes"
    );
    assert_eq!(run.stderr, "Would fix 2 problems in 2 files.\n");
    assert_eq!(before, contents(&p));

    let run = p
        .run(&["check", "--select", RULES, "--diff", "--unsafe-fixes"])
        .expect(1);
    assert!(
        run.stdout
            .contains("+      removalPolicy: cdk.RemovalPolicy.RETAIN,"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("aws-route53-targets"), "{}", run.stdout);

    // `--fix --diff` (what ruff users type) previews the same diff and still writes nothing.
    let run = p
        .run(&["check", "--select", RULES, "--fix", "--diff"])
        .expect(1);
    insta::assert_snapshot!("ts_app_diff", run.stdout);
    assert_eq!(run.stderr, "Would fix 2 problems in 2 files.\n");
    assert_eq!(before, contents(&p), "--fix --diff must not write");

    // Nothing to fix: empty diff, exit 0.
    let clean = Project::new("clean-app");
    let run = clean.run(&["check", "--select", RULES, "--diff"]).expect(0);
    assert_eq!(run.stdout, "");
}

const STDIN_SOURCE: &str = "import * as ec2 from 'aws-cdk-lib/aws-ec2';\n\
export const s = { subnetType: ec2.SubnetType.PRIVATE_WITH_NAT };\n";

#[test]
fn stdin_is_linted_as_the_named_file() {
    let p = Project::empty();
    let run = p
        .run_stdin(
            &[
                "check",
                "--select",
                RULES,
                "--stdin-filename",
                "lib/net.ts",
                "--format",
                "json",
            ],
            STDIN_SOURCE,
        )
        .expect(1);
    assert_eq!(findings(&run.json()), vec![f("lib/net.ts", 2, "NET001")]);
    assert_eq!(p.files(), Vec::<String>::new(), "nothing is written");

    // `-` reads stdin too; the file name picks the grammar (Python here, so nothing matches).
    let run = p
        .run_stdin(
            &["check", "--select", RULES, "-", "--stdin-filename", "x.py"],
            STDIN_SOURCE,
        )
        .expect(0);
    assert!(run.stdout.contains("No problems found in 1 file."));
}

#[test]
fn stdin_with_fix_prints_the_fixed_source() {
    let p = Project::empty();
    let run = p
        .run_stdin(
            &[
                "check",
                "--select",
                RULES,
                "--stdin-filename",
                "lib/net.ts",
                "--fix",
            ],
            STDIN_SOURCE,
        )
        .expect(0);
    assert_eq!(
        run.stdout,
        STDIN_SOURCE.replace("PRIVATE_WITH_NAT", "PRIVATE_WITH_EGRESS")
    );
    assert_eq!(p.files(), Vec::<String>::new());

    // What is left is reported on stderr, and decides the exit code.
    let source = format!(
        "{STDIN_SOURCE}import * as s3 from 'aws-cdk-lib/aws-s3';\n\
         new s3.Bucket(this, 'B', {{ autoDeleteObjects: true }});\n"
    );
    let run = p
        .run_stdin(
            &[
                "check",
                "--select",
                RULES,
                "--stdin-filename",
                "lib/net.ts",
                "--fix",
            ],
            &source,
        )
        .expect(1);
    assert_eq!(
        run.stdout,
        source.replace("PRIVATE_WITH_NAT", "PRIVATE_WITH_EGRESS")
    );
    assert!(run.stderr.contains("info[DAT001]"), "{}", run.stderr);
}

#[test]
fn stdin_uses_the_config_of_the_named_file() {
    let p = Project::empty();
    p.write("infra/cdklint.toml", "ignore = [\"NET001\"]\n");
    p.run_stdin(
        &[
            "check",
            "--select",
            RULES,
            "--stdin-filename",
            "infra/lib/net.ts",
        ],
        STDIN_SOURCE,
    )
    .expect(0);
    p.run_stdin(
        &["check", "--select", RULES, "--stdin-filename", "lib/net.ts"],
        STDIN_SOURCE,
    )
    .expect(1);
}

#[test]
fn fix_never_writes_a_file_whose_fix_would_not_parse_and_broken_files_are_not_errors() {
    let p = Project::empty();
    let broken = "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nconst s = { subnetType: ec2.SubnetType.PRIVATE_WITH_NAT,, };\nfunction (\n";
    p.write("broken.ts", broken);
    p.write("binary.ts", "\u{0}\u{1}garbage\u{fffd}");
    let run = p.run(&["check", "--select", RULES, "--fix"]);
    assert!(run.code == 0 || run.code == 1, "{run:?}");
    // Whatever was fixed still parses as well as before; nothing panicked.
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
}

#[test]
fn non_utf8_files_are_linted_but_never_rewritten() {
    let p = Project::empty();
    let mut bytes = STDIN_SOURCE.as_bytes().to_vec();
    bytes.extend_from_slice(b"// \xff\xfe latin-1 comment\n");
    std::fs::write(p.path().join("a.ts"), &bytes).unwrap();
    let run = p.run(&["check", "--select", RULES, "--fix"]).expect(1);
    assert!(
        run.stderr.contains("a.ts: not valid UTF-8"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("[NET001]"), "{}", run.stdout);
    assert_eq!(std::fs::read(p.path().join("a.ts")).unwrap(), bytes);
}
