//! `--write-baseline` and `--baseline`: a round trip in which moved code stays baselined and a
//! new finding is reported.

use crate::common::{Project, RULES, f, findings};

#[test]
fn round_trip_moved_code_stays_baselined_new_findings_are_reported() {
    let p = Project::new("ts-app");
    let run = p
        .run(&[
            "check",
            "--select",
            RULES,
            "--write-baseline",
            "cdklint-baseline.json",
        ])
        .expect(0);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "Wrote a baseline of 5 findings to cdklint-baseline.json.\n"
    );
    let doc: serde_json::Value = serde_json::from_str(&p.read("cdklint-baseline.json")).unwrap();
    assert_eq!(doc["version"], 1);
    let entries = doc["findings"].as_array().unwrap();
    assert_eq!(entries.len(), 5);
    assert_eq!(entries[0]["code"], "NET001");
    assert_eq!(entries[0]["path"], "lib/network-stack.ts");
    assert!(entries[0]["fingerprint"].as_str().unwrap().len() == 16);

    // Right after writing it, nothing is reported and the run passes.
    let run = p
        .run(&[
            "check",
            "--select",
            RULES,
            "--baseline",
            "cdklint-baseline.json",
        ])
        .expect(0);
    assert_eq!(
        run.stdout,
        "No problems found in 4 files (5 more findings in the baseline not shown).\n"
    );

    // Move code: lines inserted above the findings, and the DNS record re-indented.
    let web = p.read("lib/web-stack.ts");
    let moved = web
        .replace(
            "import { Construct } from 'constructs';\n",
            "import { Construct } from 'constructs';\n\n// Serves the shop.\n// Owned by the web team.\n",
        )
        .replace(
            "      target: route53.RecordTarget.fromIpAddresses(alb.loadBalancerDnsName),",
            "          target:   route53.RecordTarget.fromIpAddresses(alb.loadBalancerDnsName),",
        );
    assert_ne!(moved, web);
    p.write("lib/web-stack.ts", &moved);
    // And a new finding: another deprecated subnet type, in a new file and in a moved one.
    p.write(
        "lib/queue-stack.ts",
        "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nexport const s = ec2.SubnetType.PRIVATE_WITH_NAT;\n",
    );
    let moved = moved.replace(
        "    new cdk.CfnOutput(",
        "    const more = props.vpc.selectSubnets({ subnetType: ec2.SubnetType.PRIVATE_WITH_NAT, onePerAz: true });\n    new cdk.CfnOutput(",
    );
    p.write("lib/web-stack.ts", &moved);

    let run = p
        .run(&[
            "check",
            "--select",
            RULES,
            "--baseline",
            "cdklint-baseline.json",
            "--format",
            "json",
        ])
        .expect(1);
    assert_eq!(
        findings(&run.json()),
        // The old NET001 moved from line 30 to 33 and stays baselined; the new one is line 34.
        vec![
            f("lib/queue-stack.ts", 2, "NET001"),
            f("lib/web-stack.ts", 34, "NET001")
        ]
    );
    let run = p
        .run(&[
            "check",
            "--select",
            RULES,
            "--baseline",
            "cdklint-baseline.json",
        ])
        .expect(1);
    assert!(
        run.stdout.ends_with(
            "Found 2 problems (0 errors, 2 warnings, 0 info) in 5 files checked \
             (5 more findings in the baseline not shown). 2 fixable with --fix.\n"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn duplicates_are_counted() {
    // Two identical findings baselined; a third identical one is reported.
    let p = Project::empty();
    let line = "new s3.Bucket(this, 'B', { autoDeleteObjects: true });\n";
    let head = "import * as s3 from 'aws-cdk-lib/aws-s3';\n";
    p.write("a.ts", &format!("{head}{line}{line}"));
    p.run(&["check", "--select", RULES, "--write-baseline", "b.json"])
        .expect(0);
    p.run(&["check", "--select", RULES, "--baseline", "b.json"])
        .expect(0);
    p.write("a.ts", &format!("{head}{line}{line}{line}"));
    let run = p
        .run(&[
            "check",
            "--select",
            RULES,
            "--baseline",
            "b.json",
            "--format",
            "json",
        ])
        .expect(1);
    assert_eq!(findings(&run.json()).len(), 1);
}

#[test]
fn baseline_paths_are_relative_to_the_baseline_file() {
    let p = Project::new("ts-app");
    p.run(&[
        "check",
        "--select",
        RULES,
        "--write-baseline",
        "ci/baseline.json",
    ])
    .expect(0);
    let doc: serde_json::Value = serde_json::from_str(&p.read("ci/baseline.json")).unwrap();
    assert_eq!(doc["findings"][0]["path"], "../lib/network-stack.ts");
    // The same baseline works from another working directory.
    let run = crate::common::run_in(
        &p.path().join("lib"),
        &[
            "check",
            "--select",
            RULES,
            "--baseline",
            "../ci/baseline.json",
        ],
        None,
    );
    assert_eq!(run.code, 0, "{run:?}");
}

#[test]
fn a_changed_finding_is_reported() {
    let p = Project::new("ts-app");
    p.run(&["check", "--select", RULES, "--write-baseline", "b.json"])
        .expect(0);
    // Editing the flagged code itself makes it a new finding.
    let text = p.read("lib/web-stack.ts").replace(
        "removalPolicy: cdk.RemovalPolicy.DESTROY,",
        "removalPolicy: cdk.RemovalPolicy.DESTROY, // for now",
    );
    p.write("lib/web-stack.ts", &text);
    let run = p
        .run(&[
            "check",
            "--select",
            RULES,
            "--baseline",
            "b.json",
            "--format",
            "json",
        ])
        .expect(1);
    assert_eq!(
        findings(&run.json()),
        vec![f("lib/web-stack.ts", 27, "DAT001")]
    );
}

#[test]
fn bad_baselines_exit_2() {
    let p = Project::new("ts-app");
    let run = p.run(&["check", "--baseline", "missing.json"]).expect(2);
    assert!(run.stderr.contains("missing.json") && run.stderr.contains("--write-baseline"));
    p.write("bad.json", "{ not json");
    let run = p.run(&["check", "--baseline", "bad.json"]).expect(2);
    assert!(
        run.stderr.contains("bad.json: not a cdklint baseline"),
        "{}",
        run.stderr
    );
    p.write("future.json", "{\"version\": 99, \"findings\": []}");
    let run = p.run(&["check", "--baseline", "future.json"]).expect(2);
    assert!(run.stderr.contains("version 99"), "{}", run.stderr);
    p.run(&[
        "check",
        "--baseline",
        "b.json",
        "--write-baseline",
        "b.json",
    ])
    .expect(2);
}
