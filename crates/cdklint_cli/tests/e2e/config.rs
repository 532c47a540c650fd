//! Configuration discovery (`cdklint.toml`, `[tool.cdklint]` in `pyproject.toml`), its keys,
//! and the command-line flags that override it.

use crate::common::{Project, RULES, f, findings};

fn check_json(p: &Project, args: &[&str]) -> Vec<(String, u64, String)> {
    let mut all = vec!["check", "--format", "json"];
    all.extend(args);
    let run = p.run(&all);
    assert!(run.code == 0 || run.code == 1, "{run:?}");
    findings(&run.json())
}

#[test]
fn pyproject_tool_section_selects_overrides_severity_and_ignores_per_file() {
    let p = Project::new("py-app");
    let run = p.run(&["check", "--format", "json"]).expect(1);
    let json = run.json();
    assert_eq!(
        findings(&json),
        vec![
            f("stacks/data_stack.py", 16, "NET001"),
            f("stacks/data_stack.py", 25, "DAT001"),
            f("stacks/dns_stack.py", 15, "DNS001"),
            // per-file-ignores drops DAT001 in stacks/legacy/, not NET001.
            f("stacks/legacy/old_stack.py", 11, "NET001"),
        ]
    );
    // [tool.cdklint.severity] NET001 = "error" (its default is warning).
    assert_eq!(json[0]["severity"], "error");
    assert_eq!(json[3]["severity"], "error");
    assert_eq!(json[1]["severity"], "info");
}

#[test]
fn cdklint_toml_is_discovered_upward_and_the_nearest_wins() {
    let p = Project::new("ts-app");
    p.write("cdklint.toml", "select = [\"NET001\"]\n");
    assert_eq!(
        check_json(&p, &[]),
        vec![
            f("lib/network-stack.ts", 14, "NET001"),
            f("lib/web-stack.ts", 30, "NET001"),
        ]
    );
    // Checked from a subdirectory, the config above still applies.
    let run = crate::common::run_in(&p.path().join("lib"), &["check", "--format", "json"], None);
    assert_eq!(
        findings(&run.json()),
        vec![
            f("network-stack.ts", 14, "NET001"),
            f("web-stack.ts", 30, "NET001")
        ]
    );
    // A nearer config wins for the files below it.
    p.write("lib/cdklint.toml", "select = [\"DNS001\"]\n");
    assert_eq!(
        check_json(&p, &[]),
        vec![f("lib/web-stack.ts", 22, "DNS001")]
    );
    // cdklint.toml wins over pyproject.toml in the same directory.
    p.write(
        "lib/pyproject.toml",
        "[tool.cdklint]\nselect = [\"DAT001\"]\n",
    );
    assert_eq!(
        check_json(&p, &[]),
        vec![f("lib/web-stack.ts", 22, "DNS001")]
    );
    std::fs::remove_file(p.path().join("lib/cdklint.toml")).unwrap();
    assert_eq!(
        check_json(&p, &[]),
        vec![
            f("lib/prod-database-stack.ts", 17, "DAT001"),
            f("lib/web-stack.ts", 27, "DAT001"),
        ]
    );
}

#[test]
fn pyproject_without_a_tool_section_is_skipped_in_discovery() {
    let p = Project::new("ts-app");
    p.write("cdklint.toml", "select = [\"DNS001\"]\n");
    p.write("lib/pyproject.toml", "[project]\nname = \"x\"\n");
    assert_eq!(
        check_json(&p, &[]),
        vec![f("lib/web-stack.ts", 22, "DNS001")]
    );
}

#[test]
fn severity_overrides_and_production_globs() {
    let p = Project::new("ts-app");
    p.write(
        "cdklint.toml",
        "select = [\"DAT001\", \"NET001\"]\nproduction = [\"lib/web-*.ts\"]\n\
         [severity]\nNET001 = \"info\"\n",
    );
    let run = p.run(&["check", "--format", "json"]).expect(1);
    let sev: Vec<(String, String)> = run
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                format!(
                    "{}:{}",
                    d["path"].as_str().unwrap(),
                    d["code"].as_str().unwrap()
                ),
                d["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let s = |a: &str, b: &str| (a.to_string(), b.to_string());
    assert_eq!(
        sev,
        vec![
            s("lib/network-stack.ts:NET001", "info"),
            // Configured production globs replace the name heuristic.
            s("lib/prod-database-stack.ts:DAT001", "info"),
            s("lib/web-stack.ts:DAT001", "error"),
            s("lib/web-stack.ts:NET001", "info"),
        ]
    );
}

#[test]
fn per_file_ignores_in_cdklint_toml() {
    let p = Project::new("ts-app");
    p.write(
        "cdklint.toml",
        "select = [\"DAT001\", \"DNS001\", \"NET001\"]\n[per-file-ignores]\n\"lib/web-*.ts\" = [\"NET\", \"DAT001\"]\n",
    );
    assert_eq!(
        check_json(&p, &[]),
        vec![
            f("lib/network-stack.ts", 14, "NET001"),
            f("lib/prod-database-stack.ts", 17, "DAT001"),
            f("lib/web-stack.ts", 22, "DNS001"),
        ]
    );
}

#[test]
fn select_and_ignore_flags() {
    let p = Project::new("ts-app");
    p.write(
        "cdklint.toml",
        "select = [\"DNS001\"]\nignore = [\"DAT001\"]\n",
    );
    // --select replaces the config's select; --ignore adds to its ignore.
    assert_eq!(
        check_json(&p, &["--select", "DAT001,NET001"]),
        vec![
            f("lib/network-stack.ts", 14, "NET001"),
            f("lib/web-stack.ts", 30, "NET001"),
        ]
    );
    assert_eq!(
        check_json(&p, &["--select", RULES, "--ignore", "NET"]),
        vec![f("lib/web-stack.ts", 22, "DNS001")]
    );
    // Prefixes select whole groups.
    assert_eq!(
        check_json(&p, &["--select", "NET"]),
        vec![
            f("lib/network-stack.ts", 14, "NET001"),
            f("lib/web-stack.ts", 30, "NET001"),
        ]
    );
}

#[test]
fn explicit_config_and_no_config() {
    let p = Project::new("ts-app");
    p.write("cdklint.toml", "select = [\"DNS001\"]\n");
    p.write("ci/strict.toml", "select = [\"NET001\"]\n");
    assert_eq!(
        check_json(&p, &["--config", "ci/strict.toml"]),
        vec![
            f("lib/network-stack.ts", 14, "NET001"),
            f("lib/web-stack.ts", 30, "NET001"),
        ]
    );
    // --no-config: every rule (narrowed here to the ones under test).
    assert_eq!(check_json(&p, &["--no-config", "--select", RULES]).len(), 5);
    // An explicit pyproject.toml without the section is an error, not silently nothing.
    p.write("ci/pyproject.toml", "[project]\nname = \"x\"\n");
    let run = p.run(&["check", "--config", "ci/pyproject.toml"]).expect(2);
    assert!(run.stderr.contains("[tool.cdklint]"), "{}", run.stderr);
}

#[test]
fn suppression_comments_are_honoured() {
    let p = Project::new("ts-app");
    let text = p.read("lib/network-stack.ts").replace(
        "        { name: 'app',",
        "        // cdklint-disable-next-line NET001 -- migrating next sprint\n        { name: 'app',",
    );
    p.write("lib/network-stack.ts", &text);
    assert_eq!(
        check_json(&p, &["--select", RULES, "lib/network-stack.ts"]),
        vec![]
    );
}
