//! Rules that look across files and at the project, through the CLI: the multi-file sample
//! projects of `tests/projects/` (a stack class in `lib/`, its region in `bin/app.ts`; the
//! aws-cdk-lib version in a lock file or requirements; a Config recorder in another file).

use std::path::{Path, PathBuf};

use crate::common::{Project, f, findings};

const CROSS_FILE: &str = "CDN005,DNS005,OPS001,STR001,STR004,STR006";

fn projects_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/projects")
}

/// A temporary copy of `tests/projects/<name>`.
fn project(name: &str) -> Project {
    fn copy(p: &Project, root: &Path, dir: &Path) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                copy(p, root, &path);
            } else {
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                p.write(&rel, &std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let p = Project::empty();
    let root = projects_dir().join(name);
    copy(&p, &root, &root);
    p
}

fn check(p: &Project) -> Vec<(String, u64, String)> {
    let run = p.run(&["check", "--format", "json", "--select", CROSS_FILE]);
    assert!(run.code == 0 || run.code == 1, "{run:?}");
    findings(&run.json())
}

#[test]
fn typescript_stacks_are_judged_by_where_bin_app_instantiates_them() {
    let p = project("ts-multi-region");
    assert_eq!(
        check(&p),
        vec![
            // The consumer in eu-west-1 takes the us-east-1 certificate without opting in.
            f("bin/app.ts", 11, "STR001"),
            f("bin/app.ts", 11, "STR004"),
            // NetworkStack is instantiated without env: its lookup cannot synthesize.
            f("lib/network-stack.ts", 8, "STR006"),
            // WebStack's certificate goes to CloudFront, and bin/app.ts puts it in eu-west-1.
            f("lib/web-stack.ts", 16, "CDN005"),
            // package-lock.json pins 2.180.0, before the L2 `failover` prop.
            f("lib/web-stack.ts", 29, "DNS005"),
        ]
    );
    let run = p.run(&[
        "check",
        "--format",
        "json",
        "--select",
        "CDN005,DNS005,STR006",
    ]);
    let json = run.json();
    let messages: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert!(
        messages[0].contains("Network (bin/app.ts:14)"),
        "{messages:?}"
    );
    assert!(
        messages[1].contains("eu-west-1 (bin/app.ts:10)"),
        "{messages:?}"
    );
    assert!(
        messages[2].contains("2.180.0 (package-lock.json)"),
        "{messages:?}"
    );
}

#[test]
fn moving_the_region_in_bin_app_moves_the_findings() {
    let p = project("ts-multi-region");
    let app = p.read("bin/app.ts");
    // Web deployed to us-east-1 with the certificate stack: nothing crosses regions and
    // CloudFront gets its certificate from us-east-1; NetworkStack gets an env.
    let fixed = app
        .replace("region: 'eu-west-1'", "region: 'us-east-1'")
        .replace(
            "new NetworkStack(app, 'Network');",
            "new NetworkStack(app, 'Network', { env: { account: '111111111111', region: process.env.REGION } });",
        );
    p.write("bin/app.ts", &fixed);
    assert_eq!(check(&p), vec![f("lib/web-stack.ts", 29, "DNS005")]);
}

#[test]
fn the_config_recorder_of_another_file_counts_and_external_turns_it_off() {
    let p = project("ts-multi-region");
    let only = |p: &Project| -> Vec<(String, u64, String)> {
        let run = p.run(&["check", "--format", "json", "--select", "OPS001"]);
        findings(&run.json())
    };
    assert_eq!(only(&p), vec![]);
    std::fs::remove_file(p.path().join("lib/recorder-stack.ts")).unwrap();
    assert_eq!(only(&p), vec![f("lib/compliance-stack.ts", 8, "OPS001")]);
    p.write("cdklint.toml", "config-recorder = \"external\"\n");
    assert_eq!(only(&p), vec![]);
}

#[test]
fn single_files_given_alone_do_not_prove_that_no_file_has_a_recorder() {
    let p = project("ts-multi-region");
    let ops = |p: &Project, paths: &[&str]| -> Vec<(String, u64, String)> {
        let mut args = vec!["check", "--format", "json", "--select", "OPS001"];
        args.extend_from_slice(paths);
        findings(&p.run(&args).json())
    };
    // The recorder is in lib/recorder-stack.ts: a pre-commit hook that passes only the stack
    // with the Config rule must not report it missing, nor a check of `lib/` (the project's
    // root, with cdk.json, is above it).
    assert_eq!(ops(&p, &["lib/compliance-stack.ts"]), vec![]);
    assert_eq!(ops(&p, &["lib"]), vec![]);
    let source = p.read("lib/compliance-stack.ts");
    let run = p.run_stdin(
        &[
            "check",
            "--format",
            "json",
            "--select",
            "OPS001",
            "--stdin-filename",
            "lib/compliance-stack.ts",
        ],
        &source,
    );
    assert_eq!(findings(&run.json()), vec![]);
    // Without any recorder, the project's directory proves it; single files still do not.
    std::fs::remove_file(p.path().join("lib/recorder-stack.ts")).unwrap();
    let reported = vec![f("lib/compliance-stack.ts", 8, "OPS001")];
    assert_eq!(ops(&p, &[]), reported);
    assert_eq!(ops(&p, &["."]), reported);
    assert_eq!(ops(&p, &["lib/compliance-stack.ts"]), vec![]);
}

#[test]
fn str004_is_an_error_outside_the_allowed_regions() {
    let p = project("ts-multi-region");
    p.write("cdklint.toml", "allowed-regions = [\"eu-central-1\"]\n");
    let run = p.run(&["check", "--format", "json", "--select", "STR004"]);
    let json = run.json();
    assert_eq!(findings(&json), vec![f("bin/app.ts", 11, "STR004")]);
    assert_eq!(json[0]["severity"], "error");
}

#[test]
fn python_stacks_are_judged_by_where_app_py_instantiates_them() {
    let p = project("py-multi-region");
    assert_eq!(
        check(&p),
        vec![
            f("app.py", 12, "STR004"),
            // No recorder anywhere in the workspace.
            f("stacks/config_stack.py", 9, "OPS001"),
            // A CLOUDFRONT web ACL in a stack app.py deploys to eu-central-1.
            f("stacks/edge_stack.py", 9, "CDN005"),
            // requirements.txt pins 2.240.0, which has the prop: DNS005 is silent; the
            // network stack's env comes from the environment: STR006 is silent.
        ]
    );
}

#[test]
fn str001_fix_adds_cross_region_references() {
    let p = project("ts-multi-region");
    let run = p.run(&["check", "--select", "STR001", "--fix"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        p.read("bin/app.ts").contains(
            "crossRegionReferences: true, env: { account: '111111111111', region: 'eu-west-1' },"
        ),
        "{}",
        p.read("bin/app.ts")
    );
}
