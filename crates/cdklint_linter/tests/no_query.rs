//! An ordinary lint run compiles no tree-sitter query: compiling one against the TypeScript
//! grammar costs 8 ms for a single pattern and some 50 ms for a dozen, per grammar and process,
//! more than linting a small file. Every built-in rule reads the construct model (STR003's
//! casts and API002's imports included); queries are left to project rules.
//!
//! Its own test binary: the registry is one per process, and another test that validates every
//! query would compile them.

use std::path::{Path, PathBuf};

use cdklint_linter::{Grammar, LintSettings, Registry, check};

fn sources_under(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("readable").flatten() {
            let path = entry.path();
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            if path.is_dir() && name != "node_modules" && name != "cdk.out" {
                stack.push(path);
            } else if Grammar::for_path(&path).is_some() {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn linting_fixtures_and_apps_compiles_no_query() {
    let registry = Registry::embedded().expect("rules load");
    let with_query: Vec<&str> = registry
        .rules()
        .iter()
        .filter(|r| !r.queries.is_empty())
        .map(|r| r.code.as_str())
        .collect();
    assert!(
        with_query.is_empty(),
        "built-in rules with a syntax query: {with_query:?}"
    );

    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = sources_under(&repo.join("queries"));
    files.extend(sources_under(&repo.join("examples")));
    let settings = LintSettings::all_rules();
    let mut found = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).expect("utf-8");
        // As app code: fixtures sit under `tests/`, which rules skipping test files skip.
        let name = format!(
            "lib/{}",
            path.file_name().unwrap_or_default().to_string_lossy()
        );
        let result = check(registry, &name, &text, &settings);
        assert!(
            result.rule_errors.is_empty(),
            "{name}: {:?}",
            result.rule_errors
        );
        found.extend(
            result
                .diagnostics
                .into_iter()
                .filter(|d| d.code == "STR003" || d.code == "API002")
                .map(|d| d.code),
        );
    }
    // The rules that used to need a query did run.
    assert!(found.iter().any(|c| c == "STR003"), "no STR003 finding");
    assert!(found.iter().any(|c| c == "API002"), "no API002 finding");
    for grammar in Grammar::ALL {
        assert!(
            !registry.query_compiled(grammar),
            "{} query compiled by an ordinary run",
            grammar.name()
        );
    }

    // `cdklint rules --check` still validates the query machinery project rules use.
    assert!(registry.validate_all().is_empty());
    assert!(Grammar::ALL.iter().all(|g| registry.query_compiled(*g)));
}
