//! The CI formats: SARIF 2.1.0 (validated against the official schema), GitHub workflow
//! commands, JUnit XML.

use serde_json::{Value, json};

use crate::common::{Project, RULES};

/// The `language` patterns of the 2.1.0 schema (on `run` and `toolComponent`) have a stray `]`,
/// which JavaScript regexes accept as a literal and the `jsonschema` crate's meta-schema check
/// rejects as an invalid regex, refusing the whole schema. cdklint never writes `language`; the
/// pattern is swapped for what it means (a language tag like `en` or `en-US`) before the schema
/// is compiled.
const BAD_LANGUAGE_PATTERN: &str = r#""pattern": "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#;
const LANGUAGE_PATTERN: &str = r#""pattern": "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$""#;

fn sarif_validator() -> jsonschema::Validator {
    let text = include_str!("sarif/sarif-schema-2.1.0.json");
    assert_eq!(
        text.matches(BAD_LANGUAGE_PATTERN).count(),
        2,
        "the vendored schema changed"
    );
    let schema: Value =
        serde_json::from_str(&text.replace(BAD_LANGUAGE_PATTERN, LANGUAGE_PATTERN)).unwrap();
    assert_eq!(
        schema["title"],
        "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    );
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles")
}

#[track_caller]
fn assert_valid_sarif(doc: &Value) {
    let validator = sarif_validator();
    let errors: Vec<String> = validator
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "SARIF schema violations:\n{}",
        errors.join("\n")
    );
}

/// The run's machine-specific parts replaced, for snapshots.
fn redacted(mut doc: Value) -> Value {
    let run = &mut doc["runs"][0];
    assert!(
        run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
            .as_str()
            .is_some_and(|u| u.starts_with("file://") && u.ends_with('/')),
        "{run}"
    );
    run["originalUriBaseIds"]["%SRCROOT%"]["uri"] = json!("file:///[working directory]/");
    assert_eq!(run["tool"]["driver"]["version"], env!("CARGO_PKG_VERSION"));
    run["tool"]["driver"]["version"] = json!("[version]");
    run["tool"]["driver"]["semanticVersion"] = json!("[version]");
    // Rule documentation belongs to the rules and changes with them; `sarif_content` checks
    // that it is there.
    for rule in run["tool"]["driver"]["rules"].as_array_mut().unwrap() {
        for key in ["shortDescription", "fullDescription", "help"] {
            assert!(
                rule[key]["text"].as_str().is_some_and(|t| !t.is_empty()),
                "{rule}"
            );
            rule[key] = json!("[rule documentation]");
        }
    }
    doc
}

#[test]
fn sarif_validates_against_the_schema_on_both_samples() {
    for (project, args) in [
        (
            "ts-app",
            vec!["check", "--select", RULES, "--format", "sarif"],
        ),
        ("py-app", vec!["check", "--format", "sarif"]),
        (
            "clean-app",
            vec!["check", "--select", RULES, "--format", "sarif"],
        ),
    ] {
        let p = Project::new(project);
        let run = p.run(&args);
        assert_eq!(
            run.code,
            if project == "clean-app" { 0 } else { 1 },
            "{run:?}"
        );
        let doc = run.json();
        assert_valid_sarif(&doc);
        assert_eq!(doc["version"], "2.1.0");
    }
}

#[test]
fn the_schema_check_rejects_bad_sarif() {
    // The validator is not vacuous: a wrong level and a zero line are caught.
    let p = Project::new("ts-app");
    let mut doc = p
        .run(&["check", "--select", RULES, "--format", "sarif"])
        .json();
    doc["runs"][0]["results"][0]["level"] = json!("fatal");
    assert!(!sarif_validator().is_valid(&doc));
    let mut doc = p
        .run(&["check", "--select", RULES, "--format", "sarif"])
        .json();
    doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        json!(0);
    assert!(!sarif_validator().is_valid(&doc));
}

#[test]
fn sarif_snapshot() {
    let p = Project::new("ts-app");
    let doc = p
        .run(&["check", "--select", RULES, "--format", "sarif"])
        .expect(1)
        .json();
    insta::assert_json_snapshot!("ts_app_sarif", redacted(doc));
}

#[test]
fn sarif_content() {
    let p = Project::new("ts-app");
    let doc = p
        .run(&["check", "--select", RULES, "--format", "sarif"])
        .expect(1)
        .json();
    let run = &doc["runs"][0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "cdklint");
    assert_eq!(
        driver["informationUri"],
        "https://github.com/cdklint/cdklint"
    );
    let rules = driver["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["DAT001", "DNS001", "NET001"]);
    for r in rules {
        for key in [
            "name",
            "shortDescription",
            "fullDescription",
            "helpUri",
            "defaultConfiguration",
        ] {
            assert!(!r[key].is_null(), "rule {} lacks {key}", r["id"]);
        }
    }
    assert_eq!(rules[0]["defaultConfiguration"]["level"], "note");
    assert_eq!(rules[1]["defaultConfiguration"]["level"], "error");
    assert_eq!(rules[2]["defaultConfiguration"]["level"], "warning");
    assert_eq!(rules[2]["name"], "deprecated-subnet-type");
    assert_eq!(
        rules[2]["helpUri"],
        "https://github.com/cdklint/cdklint/blob/main/docs/rules/NET001.md"
    );

    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 5);
    // Each result points at its rule by id and index.
    for r in results {
        let i = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[i]["id"], r["ruleId"]);
    }
    let first = &results[0];
    assert_eq!(first["ruleId"], "NET001");
    assert_eq!(first["level"], "warning");
    let loc = &first["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uri"], "lib/network-stack.ts");
    assert_eq!(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%");
    assert_eq!(
        loc["region"],
        json!({"startLine": 14, "startColumn": 36, "endLine": 14, "endColumn": 67})
    );
    let fix = &first["fixes"][0];
    assert_eq!(
        fix["description"]["text"],
        "Replace `PRIVATE_WITH_NAT` with `PRIVATE_WITH_EGRESS`"
    );
    let replacement = &fix["artifactChanges"][0]["replacements"][0];
    assert_eq!(
        replacement["deletedRegion"],
        json!({"startLine": 14, "startColumn": 51, "endLine": 14, "endColumn": 67})
    );
    assert_eq!(
        replacement["insertedContent"]["text"],
        "PRIVATE_WITH_EGRESS"
    );
    // DAT001 in the prod stack is an error; in web-stack.ts, a note.
    let levels: Vec<(&str, &str)> = results
        .iter()
        .map(|r| (r["ruleId"].as_str().unwrap(), r["level"].as_str().unwrap()))
        .collect();
    assert_eq!(
        levels,
        [
            ("NET001", "warning"),
            ("DAT001", "error"),
            ("DNS001", "error"),
            ("DAT001", "note"),
            ("NET001", "warning"),
        ]
    );
    // Every result carries a stable fingerprint.
    assert!(
        results
            .iter()
            .all(|r| r["partialFingerprints"]["cdklintFingerprint/v1"].is_string())
    );
}

#[test]
fn sarif_uris_are_encoded_and_relative() {
    let p = Project::empty();
    p.write(
        "my stacks/net#1.ts",
        "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nexport const s = ec2.SubnetType.PRIVATE_WITH_NAT;\n",
    );
    let doc = p
        .run(&["check", "--select", RULES, "--format", "sarif"])
        .expect(1)
        .json();
    assert_valid_sarif(&doc);
    assert_eq!(
        doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "my%20stacks/net%231.ts"
    );
}

#[test]
fn github_annotations() {
    let p = Project::new("ts-app");
    let run = p
        .run(&["check", "--select", RULES, "--format", "github"])
        .expect(1);
    insta::assert_snapshot!("ts_app_github", run.stdout);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 6);
    assert_eq!(
        lines[0],
        "::warning file=lib/network-stack.ts,line=14,col=36,endLine=14,endColumn=67,\
         title=NET001 deprecated-subnet-type::`ec2.SubnetType.PRIVATE_WITH_NAT` is deprecated; \
         use `SubnetType.PRIVATE_WITH_EGRESS`, which means the same (private subnets that reach \
         the internet through NAT)"
    );
    assert!(lines[1].starts_with("::error file=lib/prod-database-stack.ts,"));
    assert!(lines[3].starts_with("::notice file=lib/web-stack.ts,line=27,"));
    assert!(lines[5].starts_with("Found 5 problems"));
}

#[test]
fn github_escapes_properties_and_data() {
    let p = Project::empty();
    // A file name with `,` and `:` and `%`; a message quoting code with `%`.
    p.write(
        "a,b:c%.ts",
        "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nexport const s = ec2.SubnetType.PRIVATE_WITH_NAT;\n",
    );
    let run = p
        .run(&["check", "--select", RULES, "--format", "github"])
        .expect(1);
    let line = run.stdout.lines().next().unwrap();
    assert!(
        line.starts_with("::warning file=a%2Cb%3Ac%25.ts,line=2,"),
        "{line}"
    );
}

#[test]
fn junit_report() {
    let p = Project::new("ts-app");
    let run = p
        .run(&["check", "--select", RULES, "--format", "junit"])
        .expect(1);
    insta::assert_snapshot!("ts_app_junit", run.stdout);
    assert!(run.stdout.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"cdklint\" tests=\"5\" failures=\"5\""));
    assert_eq!(run.stdout.matches("<testsuite ").count(), 3);
    assert_eq!(run.stdout.matches("<failure ").count(), 5);
    assert_eq!(
        run.stdout.matches("<testcase ").count(),
        run.stdout.matches("</testcase>").count()
    );

    let clean = Project::new("clean-app");
    let run = clean
        .run(&["check", "--select", RULES, "--format", "junit"])
        .expect(0);
    assert!(run.stdout.contains("failures=\"0\""), "{}", run.stdout);
    assert!(!run.stdout.contains("<failure"));
}

#[test]
fn every_format_writes_to_an_output_file() {
    let p = Project::new("py-app");
    for format in ["text", "json", "sarif", "github", "junit"] {
        let out = format!("report.{format}");
        let run = p
            .run(&["check", "--format", format, "--output-file", &out])
            .expect(1);
        assert_eq!(run.stdout, "", "{format}");
        let written = p.read(&out);
        let direct = p.run(&["check", "--format", format]).expect(1).stdout;
        assert_eq!(written, direct, "{format}");
    }
}
