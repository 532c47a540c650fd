//! `--format json` follows the contract in the design: an array sorted by path then position,
//! fields `code, name, severity, message, path, range, fix, url` in that order, 1-based lines and
//! character columns.

use crate::common::{Project, RULES, f, findings};

#[test]
fn typescript_project_snapshot() {
    let p = Project::new("ts-app");
    let run = p
        .run(&["check", "--select", RULES, "--format", "json"])
        .expect(1);
    assert_eq!(run.stderr, "");
    insta::assert_snapshot!("ts_app_json", run.stdout);
}

#[test]
fn python_project_snapshot() {
    let p = Project::new("py-app");
    let run = p.run(&["check", "--format", "json"]).expect(1);
    insta::assert_snapshot!("py_app_json", run.stdout);
}

#[test]
fn sorted_by_path_then_position() {
    let p = Project::new("ts-app");
    // Paths given in reverse order, and a path sorting differently as a string than by
    // components (`lib-extra.ts` < `lib/…` as strings).
    p.write(
        "lib-extra.ts",
        "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nexport const s = ec2.SubnetType.PRIVATE_WITH_NAT;\n",
    );
    let run = p
        .run(&[
            "check",
            "--select",
            RULES,
            "--format",
            "json",
            "lib",
            "bin",
            "lib-extra.ts",
        ])
        .expect(1);
    assert_eq!(
        findings(&run.json()),
        vec![
            f("lib-extra.ts", 2, "NET001"),
            f("lib/network-stack.ts", 14, "NET001"),
            f("lib/prod-database-stack.ts", 17, "DAT001"),
            f("lib/web-stack.ts", 22, "DNS001"),
            f("lib/web-stack.ts", 27, "DAT001"),
            f("lib/web-stack.ts", 30, "NET001"),
        ]
    );
}

#[test]
fn fields_positions_and_fixes_follow_the_contract() {
    let p = Project::new("ts-app");
    let run = p
        .run(&[
            "check",
            "--select",
            "NET001",
            "--format",
            "json",
            "lib/network-stack.ts",
        ])
        .expect(1);
    // Key order is part of the contract (readers diff these files).
    let keys: Vec<&str> = {
        let s = &run.stdout;
        [
            "\"code\"",
            "\"name\"",
            "\"severity\"",
            "\"message\"",
            "\"path\"",
            "\"range\"",
            "\"fix\"",
            "\"url\"",
        ]
        .iter()
        .map(|k| {
            assert!(s.contains(k), "{k} missing");
            *k
        })
        .collect()
    };
    let positions: Vec<usize> = keys.iter().map(|k| run.stdout.find(k).unwrap()).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{}", run.stdout);

    let json = run.json();
    let d = &json[0];
    let obj = d.as_object().unwrap();
    assert_eq!(obj.len(), 8, "exactly the contract's fields: {d}");
    assert_eq!(d["code"], "NET001");
    assert_eq!(d["name"], "deprecated-subnet-type");
    assert_eq!(d["severity"], "warning");
    assert_eq!(d["path"], "lib/network-stack.ts");
    assert_eq!(
        d["url"],
        "https://github.com/cdklint/cdklint/blob/main/docs/rules/NET001.md"
    );
    // `        { name: 'app', subnetType: ec2.SubnetType.PRIVATE_WITH_NAT },` is line 14; the
    // reference starts at character 36 (1-based).
    let line = p
        .read("lib/network-stack.ts")
        .lines()
        .nth(13)
        .unwrap()
        .to_string();
    let col = line.find("ec2.SubnetType.PRIVATE_WITH_NAT").unwrap() + 1;
    assert_eq!(
        d["range"]["start"],
        serde_json::json!({"line": 14, "column": col})
    );
    assert_eq!(
        d["range"]["end"],
        serde_json::json!({"line": 14, "column": col + "ec2.SubnetType.PRIVATE_WITH_NAT".len()})
    );
    let fix = &d["fix"];
    assert_eq!(fix["applicability"], "safe");
    assert_eq!(
        fix["message"],
        "Replace `PRIVATE_WITH_NAT` with `PRIVATE_WITH_EGRESS`"
    );
    assert_eq!(fix["edits"][0]["content"], "PRIVATE_WITH_EGRESS");
    assert_eq!(
        fix["edits"][0]["range"]["start"]["column"],
        serde_json::json!(line.find("PRIVATE_WITH_NAT").unwrap() + 1)
    );

    // A stack class naming prod makes DAT001 an error.
    let run = p
        .run(&[
            "check",
            "--select",
            "DAT001",
            "--format",
            "json",
            "lib/prod-database-stack.ts",
        ])
        .expect(1);
    assert_eq!(run.json()[0]["severity"], "error");

    // A finding without a fix has `"fix": null`.
    p.write(
        "lib/bucket.ts",
        "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'B', { autoDeleteObjects: true });\n",
    );
    let run = p
        .run(&[
            "check",
            "--select",
            "DAT001",
            "--format",
            "json",
            "lib/bucket.ts",
        ])
        .expect(1);
    let json = run.json();
    assert_eq!(json[0]["code"], "DAT001");
    assert!(json[0]["fix"].is_null(), "{json}");
}

#[test]
fn columns_count_characters_not_bytes() {
    let p = Project::empty();
    p.write(
        "a.ts",
        "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nconst s = { émoji: '🙂', t: ec2.SubnetType.PRIVATE_WITH_NAT };\n",
    );
    let run = p
        .run(&["check", "--select", "NET001", "--format", "json"])
        .expect(1);
    let d = &run.json()[0];
    let line = "const s = { émoji: '🙂', t: ec2.SubnetType.PRIVATE_WITH_NAT };";
    let byte = line.find("ec2.").unwrap();
    let chars = line[..byte].chars().count();
    assert_ne!(byte, chars);
    assert_eq!(d["range"]["start"]["column"], serde_json::json!(chars + 1));
}

#[test]
fn clean_run_is_an_empty_array() {
    let p = Project::new("clean-app");
    let run = p
        .run(&["check", "--select", RULES, "--format", "json"])
        .expect(0);
    assert_eq!(run.stdout, "[]\n");
}
