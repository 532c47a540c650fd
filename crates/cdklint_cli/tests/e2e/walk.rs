//! Which files `check` lints: a .gitignore-aware walk that skips dependency and build output
//! directories (node_modules, cdk.out, .venv, dist, …); files named explicitly are linted.

use crate::common::{Project, RULES, findings};

const BAD_TS: &str = "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nexport const s = ec2.SubnetType.PRIVATE_WITH_NAT;\n";
const BAD_PY: &str = "from aws_cdk import aws_ec2 as ec2\ns = ec2.SubnetType.PRIVATE_WITH_NAT\n";

fn paths(p: &Project, args: &[&str]) -> Vec<String> {
    let mut all = vec!["check", "--select", RULES, "--format", "json"];
    all.extend(args);
    let run = p.run(&all);
    let mut paths: Vec<String> = findings(&run.json())
        .into_iter()
        .map(|(p, _, _)| p)
        .collect();
    paths.dedup();
    paths
}

#[test]
fn skips_dependency_and_build_directories_and_gitignored_files() {
    let p = Project::new("ts-app");
    for dir in [
        "node_modules/aws-cdk-lib",
        "lib/node_modules/x",
        "cdk.out/asset.1234",
        ".venv/lib/python3.12/site-packages",
        "venv/lib",
        "dist",
        "lib/__pycache__",
        "generated",
    ] {
        p.write(&format!("{dir}/bad.ts"), BAD_TS);
        p.write(&format!("{dir}/bad.py"), BAD_PY);
    }
    // The sample's .gitignore (as `cdk init` writes it) ignores compiled output.
    p.write("lib/network-stack.js", BAD_TS);
    p.write("lib/network-stack.d.ts", BAD_TS);
    // Ignore files are honoured without a git repository, in subdirectories too.
    p.write(
        ".gitignore",
        &format!("{}generated/\n", p.read(".gitignore")),
    );
    p.write("lib/.gitignore", "scratch.ts\n");
    p.write("lib/scratch.ts", BAD_TS);
    // A file type cdklint does not lint.
    p.write("lib/notes.md", BAD_TS);
    // Included: other supported extensions.
    p.write("lib/extra.mts", BAD_TS);
    p.write("scripts/tool.py", BAD_PY);
    p.write("lib/view.tsx", BAD_TS);

    let run = p.run(&["check", "--select", RULES]).expect(1);
    assert!(run.stdout.contains("in 7 files checked"), "{}", run.stdout);
    assert_eq!(
        paths(&p, &[]),
        vec![
            "lib/extra.mts",
            "lib/network-stack.ts",
            "lib/prod-database-stack.ts",
            "lib/view.tsx",
            "lib/web-stack.ts",
            "scripts/tool.py",
        ]
    );
    // Walking a directory inside a skipped one by name still skips its nested skipped dirs,
    // but a file named explicitly is always linted.
    assert_eq!(
        paths(&p, &["node_modules/aws-cdk-lib/bad.ts"]),
        vec!["node_modules/aws-cdk-lib/bad.ts"]
    );
    assert_eq!(paths(&p, &["lib/scratch.ts"]), vec!["lib/scratch.ts"]);
}

#[test]
fn several_paths_and_duplicates() {
    let p = Project::new("ts-app");
    assert_eq!(
        paths(&p, &["lib/web-stack.ts", "lib", "./lib/web-stack.ts"]),
        vec![
            "lib/network-stack.ts",
            "lib/prod-database-stack.ts",
            "lib/web-stack.ts"
        ]
    );
}

#[test]
fn an_empty_directory_is_not_an_error() {
    let p = Project::empty();
    std::fs::create_dir(p.path().join("empty")).unwrap();
    let run = p.run(&["check", "empty"]).expect(0);
    assert_eq!(run.stdout, "No problems found in 0 files.\n");
}

/// Files that cannot import the CDK are not parsed, but a suppression comment in one is still
/// checked: SUP001/SUP002 are the findings such a file can have.
#[test]
fn a_handler_without_the_cdk_still_gets_its_suppression_comments_checked() {
    let p = Project::empty();
    p.write(
        "lambda/handler.py",
        "import boto3\n\ndef handler(event, context):  # cdklint-disable-line NOPE999\n    return boto3.client('s3').list_buckets()\n",
    );
    p.write(
        "lambda/plain.py",
        "def handler(event, context):\n    return 1\n",
    );
    p.write("lib/stack.ts", BAD_TS);
    let run = p.run(&["check", "--format", "json"]);
    assert_eq!(
        findings(&run.json()),
        vec![
            crate::common::f("lambda/handler.py", 3, "SUP002"),
            crate::common::f("lib/stack.ts", 2, "NET001"),
        ]
    );
}
