//! Documented severities equal reported ones.
//!
//! A rule page (`docs/rules/CODE.md`, generated from `rule.toml`) documents a default severity
//! in its header (`Default severity: warning (error in production).`), and a rule whose findings
//! differ in severity by case says which case gets which in "What it does" ("as a warning in a
//! record's `hostedZoneId` …; as info in the zone import calls …"). Every severity the rule
//! reports on its fixtures and on `examples/` must be one of those, and the default must be
//! reported somewhere: otherwise a user reading the page is told one thing and shown another.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use cdklint_linter::{Grammar, LintSettings, Registry, check};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn registry() -> &'static Registry {
    Registry::embedded().unwrap_or_else(|errors| panic!("rules do not load: {errors:?}"))
}

/// Source files under `dir`, recursively, that the linter has a grammar for.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if Grammar::for_path(&path).is_some() {
            out.push(path);
        }
    }
}

/// Severities each rule reports on its own `bad*` fixtures and on `examples/`, with default
/// settings (every rule on, no configuration): what a user sees first.
fn reported() -> BTreeMap<String, BTreeMap<String, Vec<String>>> {
    let mut files = Vec::new();
    sources(&repo().join("examples"), &mut files);
    for rule in registry().rules() {
        let mut fixtures = Vec::new();
        sources(
            &repo().join("queries").join(&rule.dir).join("tests"),
            &mut fixtures,
        );
        files.extend(fixtures.into_iter().filter(|f| {
            let name = f.file_name().unwrap().to_string_lossy();
            name.starts_with("bad") && !name.contains(".fixed.")
        }));
    }
    let settings = LintSettings::default();
    let mut by_rule: BTreeMap<String, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        // As the harness does: a fixture is linted under its file name (its real path is under
        // `tests/`, which rules skip as test code), or as the path its first line asks for
        // (`cdklint-test-path: stacks/prod/x.ts`); examples under their path in the repository.
        let shown = file.strip_prefix(repo()).unwrap_or(&file).to_path_buf();
        let lint_path = if shown.starts_with("examples") {
            shown.to_string_lossy().into_owned()
        } else {
            text.lines()
                .next()
                .and_then(|l| l.split_once("cdklint-test-path:"))
                .map(|(_, p)| p.trim().trim_end_matches("*/").trim().to_string())
                .unwrap_or_else(|| file.file_name().unwrap().to_string_lossy().into_owned())
        };
        for d in check(registry(), &lint_path, &text, &settings).diagnostics {
            by_rule
                .entry(d.code.clone())
                .or_default()
                .entry(d.severity.as_str().to_string())
                .or_default()
                .push(shown.display().to_string());
        }
    }
    by_rule
}

struct Documented {
    default: String,
    production: Option<String>,
    /// Severities named in "What it does".
    named: BTreeSet<String>,
}

fn documented(code: &str) -> Documented {
    let page = std::fs::read_to_string(repo().join(format!("docs/rules/{code}.md")))
        .unwrap_or_else(|e| panic!("docs/rules/{code}.md: {e}"));
    let header = regex::Regex::new(r"Default severity: (\w+)(?: \((\w+) in production\))?\.")
        .unwrap()
        .captures(&page)
        .unwrap_or_else(|| panic!("docs/rules/{code}.md has no `Default severity:` line"));
    let what_it_does = page
        .split("## What it does")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .unwrap_or_default();
    let word = regex::Regex::new(r"(?i)\b(errors?|warnings?|info|information)\b").unwrap();
    let named = word
        .captures_iter(what_it_does)
        .map(|c| match c[1].to_lowercase().trim_end_matches('s') {
            "error" => "error".to_string(),
            "warning" => "warning".to_string(),
            _ => "info".to_string(),
        })
        .collect();
    Documented {
        default: header[1].to_string(),
        production: header.get(2).map(|m| m.as_str().to_string()),
        named,
    }
}

#[test]
fn every_reported_severity_is_documented_on_the_rule_page() {
    let reported = reported();
    let mut failures = Vec::new();
    for rule in registry().rules() {
        let doc = documented(&rule.code);
        assert_eq!(
            doc.default,
            rule.severity.as_str(),
            "{}: page header and rule.toml disagree",
            rule.code
        );
        let Some(severities) = reported.get(&rule.code) else {
            // Rules without bad fixtures (e.g. ones only other suites exercise) report nothing here.
            continue;
        };
        for (severity, files) in severities {
            let ok = *severity == doc.default
                || doc.production.as_ref() == Some(severity)
                || doc.named.contains(severity);
            if !ok {
                failures.push(format!(
                    "{}: reported as {severity} (e.g. {}), but docs/rules/{}.md documents {}{} and names no {severity} case in \"What it does\"",
                    rule.code,
                    files[0],
                    rule.code,
                    doc.default,
                    doc.production
                        .as_ref()
                        .map(|p| format!(" ({p} in production)"))
                        .unwrap_or_default(),
                ));
            }
        }
        if !severities.contains_key(&doc.default) {
            failures.push(format!(
                "{}: documented as {} by default, but its fixtures and examples/ only report {:?}",
                rule.code,
                doc.default,
                severities.keys().collect::<Vec<_>>()
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn the_page_parser_reads_headers_and_named_cases() {
    // DNS004's two cases: a warning in records, info in zone imports.
    let doc = documented("DNS004");
    assert_eq!(doc.default, "warning");
    assert_eq!(doc.production, None);
    assert!(doc.named.contains("info"), "{:?}", doc.named);
    // DAT001: info by default, error in production.
    let doc = documented("DAT001");
    assert_eq!(
        (doc.default.as_str(), doc.production.as_deref()),
        ("info", Some("error"))
    );
}
