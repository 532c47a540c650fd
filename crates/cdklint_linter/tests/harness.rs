//! The rule harness: every rule directory under `queries/` is checked as data, through the same
//! `check` funnel the CLI and the language server use, by the same code as `cdklint test`
//! (`cdklint_testing`, which documents the fixture format).
//! `CDKLINT_BLESS=1 cargo test -p cdklint_linter --test harness` (re)writes the `.fixed` files
//! and the generated rule pages.

use std::path::{Path, PathBuf};

use cdklint_linter::Registry;
use cdklint_testing::{Fixture, fixtures};

fn registry() -> &'static Registry {
    match Registry::embedded() {
        Ok(r) => r,
        Err(errors) => panic!(
            "rules do not load:\n{}",
            errors
                .iter()
                .map(|e| format!("  {e}\n"))
                .collect::<String>()
        ),
    }
}

fn queries_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../queries")
}

fn rule_fixtures(rule: &cdklint_rules::Rule) -> Vec<Fixture> {
    let (fx, errors) = fixtures(&cdklint_testing::rule_dir(rule, &queries_dir()));
    assert!(errors.is_empty(), "{errors:?}");
    fx
}

/// Run one check of the shared harness on every built-in rule.
fn every_rule(check: impl Fn(&cdklint_rules::Rule, &[Fixture]) -> Vec<String>) {
    let failures: Vec<String> = registry()
        .rules()
        .iter()
        .flat_map(|rule| check(rule, &rule_fixtures(rule)))
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_rule_loads_and_every_query_compiles_against_its_grammar() {
    let registry = registry();
    let errors = registry.validate_all();
    assert!(
        errors.is_empty(),
        "{}",
        errors.iter().map(|e| format!("{e}\n")).collect::<String>()
    );
    // The embedded registry is exactly the rule directories on disk.
    let from_disk = Registry::from_dir(&queries_dir()).unwrap_or_else(|e| panic!("{e:?}"));
    let codes = |r: &Registry| r.rules().iter().map(|r| r.code.clone()).collect::<Vec<_>>();
    assert_eq!(
        codes(registry),
        codes(&from_disk),
        "rebuild: the embedded rules are stale"
    );
}

#[test]
fn doc_examples_are_exact_tests() {
    every_rule(|rule, _| cdklint_testing::check_doc_examples(registry(), rule));
}

#[test]
fn fixtures_report_exactly_the_annotated_findings() {
    every_rule(|rule, fx| cdklint_testing::check_fixtures(registry(), rule, fx));
}

#[test]
fn every_rule_has_bad_and_good_fixtures_in_each_language() {
    every_rule(cdklint_testing::check_coverage);
}

#[test]
fn fixes_converge_keep_files_parseable_and_match_fixed_files() {
    let bless = std::env::var_os("CDKLINT_BLESS").is_some();
    every_rule(|rule, fx| cdklint_testing::check_fixes(registry(), rule, fx, bless));
}

#[test]
fn declared_fixability_matches_behaviour() {
    every_rule(|rule, fx| cdklint_testing::check_fixability(registry(), rule, fx));
}

/// `docs/rules/CODE.md` (the page each diagnostic links to) and the rule table in README.md
/// are generated from the rules; this fails when they are stale. Regenerate with
/// `CDKLINT_BLESS=1 cargo test -p cdklint_linter --test harness`.
#[test]
fn rule_pages_and_readme_table_are_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let bless = std::env::var_os("CDKLINT_BLESS").is_some();
    let docs = root.join("docs/rules");
    let mut stale = Vec::new();
    if bless {
        std::fs::create_dir_all(&docs).unwrap();
    }
    let mut expected_files = Vec::new();
    for rule in registry().rules() {
        let file = docs.join(format!("{}.md", rule.code));
        expected_files.push(file.clone());
        let want = rule.doc_markdown();
        if std::fs::read_to_string(&file).ok().as_deref() != Some(want.as_str()) {
            if bless {
                std::fs::write(&file, &want).unwrap();
            } else {
                stale.push(file.display().to_string());
            }
        }
    }
    for entry in std::fs::read_dir(&docs).into_iter().flatten().flatten() {
        if !expected_files.contains(&entry.path()) {
            if bless {
                std::fs::remove_file(entry.path()).unwrap();
            } else {
                stale.push(format!("{} (no such rule)", entry.path().display()));
            }
        }
    }

    let mut table =
        String::from("| code | name | severity | fix | languages |\n|---|---|---|---|---|\n");
    for rule in registry().rules() {
        let severity = match rule.production_severity {
            Some(p) => format!("{} ({p} in production)", rule.severity),
            None => rule.severity.to_string(),
        };
        let langs = if rule.engine {
            "all".to_string()
        } else {
            rule.languages
                .iter()
                .map(|l| l.key())
                .collect::<Vec<_>>()
                .join(", ")
        };
        table.push_str(&format!(
            "| [{}](docs/rules/{}.md) | {} | {severity} | {} | {langs} |\n",
            rule.code,
            rule.code,
            rule.name,
            rule.fixability().map_or("—", |a| a.as_str())
        ));
    }
    let readme_path = root.join("README.md");
    let readme = std::fs::read_to_string(&readme_path).unwrap();
    let begin = "<!-- rules-table:begin -->\n";
    let end = "<!-- rules-table:end -->";
    let (Some(b), Some(e)) = (readme.find(begin), readme.find(end)) else {
        panic!("README.md lacks the {begin:?} … {end:?} markers");
    };
    let current = &readme[b + begin.len()..e];
    if current != table {
        if bless {
            std::fs::write(
                &readme_path,
                format!("{}{table}{}", &readme[..b + begin.len()], &readme[e..]),
            )
            .unwrap();
        } else {
            stale.push("README.md rule table".into());
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated docs (run with CDKLINT_BLESS=1): {stale:?}"
    );
}
