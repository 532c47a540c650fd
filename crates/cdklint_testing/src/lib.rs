//! The rule test harness, shared by `cdklint test` (a project's own rules) and the built-in
//! suite (`crates/cdklint_linter/tests/harness.rs`): one code path checks every rule as data,
//! through the same `check` / `fix` funnel the CLI and the language server use.
//!
//! Fixtures live in `<rule dir>/tests/`. A line where a finding must start ends with
//! `// expect: CODE` (Python `# expect: CODE`), optionally with a severity
//! (`expect: DAT001 error`) or several findings (`expect: IAM001, IAM003`). Files named `bad*`
//! must expect something; `good*` files must expect nothing. `<name>.fixed.<ext>` is the text
//! after applying every fix (safe and unsafe) of the rule to `<name>.<ext>`. A first-line
//! comment `cdklint-test-path: lib/app.ts` lints the fixture as if it were at that path.
//!
//! This crate reads fixture files; the engine itself does no I/O.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use cdklint_linter::{
    Applicability, FixMode, Grammar, LintSettings, Registry, Rule, RuleSelector, check,
    count_errors, fix, parse,
};
use cdklint_rules::QueryLanguage;

/// The settings a rule is tested with: that rule alone (engine rules: every rule, since they
/// report on the others' suppressions), unused suppressions reported.
pub fn settings_for(rule: &Rule) -> LintSettings {
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
pub fn with_directives(settings: &LintSettings, text: &str) -> LintSettings {
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

/// One fixture file and the findings annotated in it.
#[derive(Debug, Clone)]
pub struct Fixture {
    pub file: PathBuf,
    /// The path the fixture is linted as.
    pub lint_path: String,
    pub text: String,
    /// `(line, code, severity)` of each expected finding.
    pub expected: Vec<(usize, String, Option<String>)>,
}

impl Fixture {
    pub fn name(&self) -> String {
        self.file
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned()
    }

    fn grammar(&self) -> Option<Grammar> {
        Grammar::for_path(&self.file)
    }
}

fn expect_regex() -> &'static regex::Regex {
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r"(?://|#|/\*).*?\bexpect:\s*(.+?)\s*(?:\*/)?$").expect("valid regex")
    })
}

/// The fixtures of the rule whose directory is `rule_dir` (none when it has no `tests/`), or
/// the files that cannot be read.
pub fn fixtures(rule_dir: &Path) -> (Vec<Fixture>, Vec<String>) {
    let dir = rule_dir.join("tests");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return (vec![], vec![]);
    };
    let mut files: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    files.sort();
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for file in files {
        if Grammar::for_path(&file).is_none() || file.to_string_lossy().contains(".fixed.") {
            continue;
        }
        let text = match std::fs::read_to_string(&file) {
            Ok(t) => t,
            Err(e) => {
                errors.push(format!("{}: cannot read: {e}", file.display()));
                continue;
            }
        };
        let name = file
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let lint_path = text
            .lines()
            .next()
            .and_then(|l| l.split_once("cdklint-test-path:"))
            .map(|(_, p)| p.trim().trim_end_matches("*/").trim().to_string())
            .unwrap_or(name);
        let expected = expectations(&text);
        out.push(Fixture {
            file,
            lint_path,
            text,
            expected,
        });
    }
    (out, errors)
}

/// The findings a text expects: `(line, code, severity)` of each `expect: CODE [severity]`
/// annotation.
pub fn expectations(text: &str) -> Vec<(usize, String, Option<String>)> {
    let mut expected = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if let Some(c) = expect_regex().captures(line) {
            for item in c[1].split(',') {
                let mut parts = item.split_whitespace();
                let code = parts.next().unwrap_or_default().to_string();
                expected.push((i + 1, code, parts.next().map(str::to_string)));
            }
        }
    }
    expected
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// Each fixture reports exactly its annotated findings; `bad*` expect some, `good*` none.
pub fn check_fixtures(registry: &Registry, rule: &Rule, fixtures: &[Fixture]) -> Vec<String> {
    let mut failures = Vec::new();
    let settings = settings_for(rule);
    for fx in fixtures {
        let name = fx.name();
        let result = check(
            registry,
            &fx.lint_path,
            &fx.text,
            &with_directives(&settings, &fx.text),
        );
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
            && got
                .iter()
                .zip(&want)
                .all(|(g, w)| g.0 == w.0 && g.1 == w.1 && w.2.as_ref().is_none_or(|s| *s == g.2));
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
    failures
}

/// Every language the rule covers has a `bad*` and a `good*` fixture.
pub fn check_coverage(rule: &Rule, fixtures: &[Fixture]) -> Vec<String> {
    let mut failures = Vec::new();
    let languages = if rule.engine {
        QueryLanguage::ALL.to_vec()
    } else {
        rule.languages.clone()
    };
    for lang in languages {
        for kind in ["bad", "good"] {
            let has = fixtures.iter().any(|f| {
                f.name().starts_with(kind) && f.grammar().map(|g| g.query_language()) == Some(lang)
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
    failures
}

/// Fixes converge in one run, never add syntax errors, and give the `.fixed` files' text.
/// With `bless`, the `.fixed` files are (re)written instead of compared.
pub fn check_fixes(
    registry: &Registry,
    rule: &Rule,
    fixtures: &[Fixture],
    bless: bool,
) -> Vec<String> {
    let mut failures = Vec::new();
    let settings = settings_for(rule);
    for fx in fixtures {
        let name = fx.name();
        let Some(grammar) = fx.grammar() else {
            continue;
        };
        let errors =
            |text: &str| parse(grammar, text, None).map_or(usize::MAX, |t| count_errors(&t));
        let before = errors(&fx.text);
        let settings = with_directives(&settings, &fx.text);
        let out = fix(
            registry,
            &fx.lint_path,
            &fx.text,
            &settings,
            FixMode::SafeAndUnsafe,
        );
        if errors(&out.text) > before {
            failures.push(format!(
                "{}/tests/{name}: fixing added syntax errors",
                rule.dir
            ));
        }
        let again = fix(
            registry,
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
        let ext = fx
            .file
            .extension()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let fixed_file = fx.file.with_extension(format!("fixed.{ext}"));
        let fixed_name = fixed_file
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let applied_here = out.applied.iter().any(|d| d.code == rule.code);
        if bless
            && applied_here
            && let Err(e) = std::fs::write(&fixed_file, &out.text)
        {
            failures.push(format!("{}: cannot write: {e}", fixed_file.display()));
        }
        match std::fs::read_to_string(&fixed_file) {
            Ok(expected) if expected != out.text => failures.push(format!(
                "{}/tests/{fixed_name}: fixed text differs:\n--- expected\n{expected}\n--- got\n{}",
                rule.dir, out.text
            )),
            Ok(_) => {}
            Err(_) if applied_here && name.starts_with("bad") => failures.push(format!(
                "{}/tests/{name}: fixes apply here; add {fixed_name} with the expected result",
                rule.dir
            )),
            Err(_) => {}
        }
    }
    failures
}

/// The fixes the rule declares are the fixes its findings offer.
pub fn check_fixability(registry: &Registry, rule: &Rule, fixtures: &[Fixture]) -> Vec<String> {
    let mut failures = Vec::new();
    let settings = settings_for(rule);
    let mut seen: BTreeMap<Applicability, usize> = BTreeMap::new();
    for fx in fixtures {
        for d in check(
            registry,
            &fx.lint_path,
            &fx.text,
            &with_directives(&settings, &fx.text),
        )
        .diagnostics
        {
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
        Some(a) if !seen.contains_key(&a) => failures.push(format!(
            "{}: declares a {a:?} fix but no fixture finding offers one",
            rule.code
        )),
        None if !seen.is_empty() => failures.push(format!(
            "{}: declares no fix but offers {seen:?}",
            rule.code
        )),
        _ => {}
    }
    failures
}

/// `[docs.example]` reports exactly one finding of the rule, `[docs.use-instead]` none.
pub fn check_doc_examples(registry: &Registry, rule: &Rule) -> Vec<String> {
    let mut failures = Vec::new();
    let settings = settings_for(rule);
    for (section, examples) in [
        ("example", &rule.docs.example),
        ("use-instead", &rule.docs.use_instead),
    ] {
        for (ql, code) in examples {
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
            let found: Vec<_> = check(registry, path, code, &with_directives(&settings, code))
                .diagnostics
                .into_iter()
                .filter(|d| d.code == rule.code)
                .collect();
            let want = if section == "example" { 1 } else { 0 };
            if found.len() != want {
                failures.push(format!(
                    "{} [docs.{section}] {}: expected {want} finding(s), got {}: {:?}",
                    rule.code,
                    ql.key(),
                    found.len(),
                    found.iter().map(|d| &d.message).collect::<Vec<_>>()
                ));
            }
        }
    }
    failures
}

/// The outcome of testing one rule.
#[derive(Debug, Clone)]
pub struct RuleReport {
    pub code: String,
    pub name: String,
    /// Fixture files run.
    pub fixtures: usize,
    pub failures: Vec<String>,
}

impl RuleReport {
    pub fn passed(&self) -> bool {
        self.failures.is_empty()
    }
}

/// Every check of the harness on one rule whose directory is `rule_dir`.
pub fn test_rule(registry: &Registry, rule: &Rule, rule_dir: &Path, bless: bool) -> RuleReport {
    let (fx, mut failures) = fixtures(rule_dir);
    failures.extend(check_fixtures(registry, rule, &fx));
    failures.extend(check_coverage(rule, &fx));
    failures.extend(check_fixes(registry, rule, &fx, bless));
    failures.extend(check_fixability(registry, rule, &fx));
    failures.extend(check_doc_examples(registry, rule));
    RuleReport {
        code: rule.code.clone(),
        name: rule.name.clone(),
        fixtures: fx.len(),
        failures,
    }
}

/// Where a rule's directory is: a project rule's own, a built-in rule's under `builtin_root`
/// (the repository's `queries/`).
pub fn rule_dir(rule: &Rule, builtin_root: &Path) -> PathBuf {
    rule.origin
        .clone()
        .unwrap_or_else(|| builtin_root.join(&rule.dir))
}
