//! The rule harness: every rule directory under `queries/` is checked as data, through the same
//! `check` funnel the CLI and the language server use.
//!
//! Fixtures live in `queries/<group>/<rule>/tests/`. A line where a finding must start ends
//! with `// expect: CODE` (Python `# expect: CODE`), optionally with a severity
//! (`expect: DAT001 error`) or several findings (`expect: IAM001, IAM003`). Files named `bad*`
//! must expect something; `good*` files must expect nothing. `<name>.fixed.<ext>` is the text
//! after applying every fix (safe and unsafe) of the rule to `<name>.<ext>`. A first-line
//! comment `cdklint-test-path: lib/app.ts` lints the fixture as if it were at that path;
//! `cdklint-test-aws-cdk-lib: 2.100.0 package-lock.json` and `cdklint-test-allowed-regions: …`
//! in the first three lines give the project version and configuration the CLI would.
//! `CDKLINT_BLESS=1 cargo test -p cdklint_linter --test harness` (re)writes the `.fixed` files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use cdklint_linter::{
    Applicability, FixMode, Grammar, LintSettings, Registry, RuleSelector, check, count_errors,
    fix, parse,
};
use cdklint_rules::QueryLanguage;

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

fn settings_for(rule: &cdklint_rules::Rule) -> LintSettings {
    let select = if rule.engine {
        None
    } else {
        Some(vec![rule.code.clone()])
    };
    LintSettings {
        rules: RuleSelector {
            select,
            ignore: vec![],
        },
        report_unused_suppressions: true,
        ..Default::default()
    }
}

/// Settings a fixture asks for in its first lines, as the CLI and the server would hand them
/// over: `cdklint-test-aws-cdk-lib: ^2.100.0 package.json` (the project's aws-cdk-lib version
/// and the file it was read from) and `cdklint-test-allowed-regions: eu-west-1, eu-central-1`.
fn with_directives(settings: &LintSettings, text: &str) -> LintSettings {
    let mut out = settings.clone();
    for line in text.lines().take(3) {
        if let Some((_, v)) = line.split_once("cdklint-test-aws-cdk-lib:") {
            let mut parts = v.trim().trim_end_matches("*/").split_whitespace();
            let spec = parts.next().unwrap_or_default();
            let file = parts.next().unwrap_or("package.json");
            let (version, exact) = cdklint_project::requirement(spec).expect("a version");
            out.project = Some(std::sync::Arc::new(cdklint_project::ProjectFacts {
                root: None,
                aws_cdk_lib: Some(cdklint_project::CdkVersion {
                    version,
                    exact,
                    spec: spec.to_string(),
                    source: PathBuf::from(file),
                }),
            }));
        }
        if let Some((_, v)) = line.split_once("cdklint-test-allowed-regions:") {
            out.allowed_regions = v
                .trim()
                .trim_end_matches("*/")
                .split(',')
                .map(|r| r.trim().to_string())
                .filter(|r| !r.is_empty())
                .collect();
        }
    }
    out
}

struct Fixture {
    file: PathBuf,
    /// The path the fixture is linted as.
    lint_path: String,
    text: String,
    expected: Vec<(usize, String, Option<String>)>,
}

fn fixtures(rule: &cdklint_rules::Rule) -> Vec<Fixture> {
    let dir = queries_dir().join(&rule.dir).join("tests");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return vec![];
    };
    let mut files: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    files.sort();
    let expect = regex::Regex::new(r"(?://|#|/\*).*?\bexpect:\s*(.+?)\s*(?:\*/)?$").unwrap();
    files
        .into_iter()
        .filter(|f| Grammar::for_path(f).is_some() && !f.to_string_lossy().contains(".fixed."))
        .map(|file| {
            let text = std::fs::read_to_string(&file).unwrap();
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            let lint_path = text
                .lines()
                .next()
                .and_then(|l| l.split_once("cdklint-test-path:"))
                .map(|(_, p)| p.trim().trim_end_matches("*/").trim().to_string())
                .unwrap_or(name);
            let mut expected = Vec::new();
            for (i, line) in text.lines().enumerate() {
                if let Some(c) = expect.captures(line) {
                    for item in c[1].split(',') {
                        let mut parts = item.split_whitespace();
                        let code = parts.next().unwrap_or_default().to_string();
                        expected.push((i + 1, code, parts.next().map(str::to_string)));
                    }
                }
            }
            Fixture {
                file,
                lint_path,
                text,
                expected,
            }
        })
        .collect()
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
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
    let mut failures = Vec::new();
    for rule in registry().rules() {
        let settings = settings_for(rule);
        for (lang, examples) in [
            ("example", &rule.docs.example),
            ("use-instead", &rule.docs.use_instead),
        ] {
            for (ql, code) in examples {
                let settings = with_directives(&settings, code);
                let default_path = match ql {
                    QueryLanguage::TypeScript => "example.ts",
                    QueryLanguage::Python => "example.py",
                };
                // Path-dependent rules show the path as in fixtures: `cdklint-test-path: lib/x.ts`.
                let path = code
                    .lines()
                    .next()
                    .and_then(|l| l.split_once("cdklint-test-path:"))
                    .map_or(default_path, |(_, p)| p.trim());
                let found: Vec<_> = check(registry(), path, code, &settings)
                    .diagnostics
                    .into_iter()
                    .filter(|d| d.code == rule.code)
                    .collect();
                let want = if lang == "example" { 1 } else { 0 };
                if found.len() != want {
                    failures.push(format!(
                        "{} [docs.{lang}] {}: expected {want} finding(s), got {}: {:?}",
                        rule.code,
                        ql.key(),
                        found.len(),
                        found.iter().map(|d| &d.message).collect::<Vec<_>>()
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn fixtures_report_exactly_the_annotated_findings() {
    let mut failures = Vec::new();
    for rule in registry().rules() {
        let settings = settings_for(rule);
        for fx in fixtures(rule) {
            let settings = with_directives(&settings, &fx.text);
            let name = fx.file.file_name().unwrap().to_string_lossy().into_owned();
            let result = check(registry(), &fx.lint_path, &fx.text, &settings);
            let mut got: Vec<(usize, String, String)> = result
                .diagnostics
                .iter()
                .map(|d| {
                    (
                        line_of(&fx.text, d.range.start),
                        d.code.clone(),
                        d.severity.as_str().to_string(),
                    )
                })
                .collect();
            got.sort();
            let mut want = fx.expected.clone();
            want.sort();
            let matches = got.len() == want.len()
                && got.iter().zip(&want).all(|(g, w)| {
                    g.0 == w.0 && g.1 == w.1 && w.2.as_ref().is_none_or(|s| *s == g.2)
                });
            if !matches {
                failures.push(format!(
                    "{}/tests/{name}: expected {:?}\n      got {:?}",
                    rule.dir, want, got
                ));
            }
            if name.starts_with("bad") && want.is_empty() {
                failures.push(format!(
                    "{}/tests/{name}: a bad fixture must expect a finding",
                    rule.dir
                ));
            }
            if name.starts_with("good") && !want.is_empty() {
                failures.push(format!(
                    "{}/tests/{name}: a good fixture must expect nothing",
                    rule.dir
                ));
            }
            if !result.rule_errors.is_empty() {
                failures.push(format!(
                    "{}/tests/{name}: rule errors {:?}",
                    rule.dir, result.rule_errors
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_rule_has_bad_and_good_fixtures_in_each_language() {
    let mut failures = Vec::new();
    for rule in registry().rules() {
        let fx = fixtures(rule);
        let languages = if rule.engine {
            QueryLanguage::ALL.to_vec()
        } else {
            rule.languages.clone()
        };
        for lang in languages {
            for kind in ["bad", "good"] {
                let has = fx.iter().any(|f| {
                    let name = f.file.file_name().unwrap().to_string_lossy();
                    let grammar = Grammar::for_path(&f.file).unwrap();
                    name.starts_with(kind) && grammar.query_language() == lang
                });
                if !has {
                    failures.push(format!(
                        "{}: no `{kind}*` fixture for {}",
                        rule.dir,
                        lang.key()
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn fixes_converge_keep_files_parseable_and_match_fixed_files() {
    let mut failures = Vec::new();
    for rule in registry().rules() {
        let settings = settings_for(rule);
        for fx in fixtures(rule) {
            let settings = with_directives(&settings, &fx.text);
            let name = fx.file.file_name().unwrap().to_string_lossy().into_owned();
            let grammar = Grammar::for_path(&fx.file).unwrap();
            let before = count_errors(&parse(grammar, &fx.text, None).unwrap());
            let out = fix(
                registry(),
                &fx.lint_path,
                &fx.text,
                &settings,
                FixMode::SafeAndUnsafe,
            );
            let after = count_errors(&parse(grammar, &out.text, None).unwrap());
            if after > before {
                failures.push(format!(
                    "{}/tests/{name}: fixing added syntax errors",
                    rule.dir
                ));
            }
            let again = fix(
                registry(),
                &fx.lint_path,
                &out.text,
                &settings,
                FixMode::SafeAndUnsafe,
            );
            if !again.applied.is_empty() || again.text != out.text {
                failures.push(format!(
                    "{}/tests/{name}: fixes do not converge (second run applied {})",
                    rule.dir,
                    again.applied.len()
                ));
            }
            let fixed_file = fx.file.with_extension(format!(
                "fixed.{}",
                fx.file.extension().unwrap().to_string_lossy()
            ));
            // `CDKLINT_BLESS=1 cargo test` writes the current result; review it with `git diff`.
            let applied_here = out.applied.iter().any(|d| d.code == rule.code);
            if std::env::var_os("CDKLINT_BLESS").is_some() && applied_here {
                std::fs::write(&fixed_file, &out.text).unwrap();
            }
            match std::fs::read_to_string(&fixed_file) {
                Ok(expected) if expected != out.text => failures.push(format!(
                    "{}/tests/{}: fixed text differs:\n--- expected\n{expected}\n--- got\n{}",
                    rule.dir,
                    fixed_file.file_name().unwrap().to_string_lossy(),
                    out.text
                )),
                Ok(_) => {}
                Err(_) if applied_here && name.starts_with("bad") => failures.push(format!(
                    "{}/tests/{name}: fixes apply here; add {} with the expected result",
                    rule.dir,
                    fixed_file.file_name().unwrap().to_string_lossy()
                )),
                Err(_) => {}
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn declared_fixability_matches_behaviour() {
    let mut failures = Vec::new();
    for rule in registry().rules() {
        let settings = settings_for(rule);
        let mut seen: BTreeMap<Applicability, usize> = BTreeMap::new();
        for fx in fixtures(rule) {
            let settings = with_directives(&settings, &fx.text);
            for d in check(registry(), &fx.lint_path, &fx.text, &settings).diagnostics {
                if d.code != rule.code {
                    continue;
                }
                if let Some(f) = d.fix {
                    *seen.entry(f.applicability).or_default() += 1;
                    let declared: Vec<_> = rule.fixes.values().map(|s| s.applicability).collect();
                    // A safe fix may be downgraded (it touches a comment), never upgraded.
                    if !declared.iter().any(|a| *a >= f.applicability) {
                        failures.push(format!(
                            "{}: produced a {:?} fix, declared {declared:?}",
                            rule.code, f.applicability
                        ));
                    }
                }
            }
        }
        match rule.fixability() {
            Some(a) if !seen.contains_key(&a) => {
                failures.push(format!(
                    "{}: declares a {a:?} fix but no fixture finding offers one",
                    rule.code
                ));
            }
            None if !seen.is_empty() => failures.push(format!(
                "{}: declares no fix but offers {seen:?}",
                rule.code
            )),
            _ => {}
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
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
