//! `docs/writing-rules.md` is the reference of the rule format: every key the loader accepts is
//! documented there, and every example in it loads and runs.
//!
//! Examples follow one convention (stated in the page, "Examples in this page"): a block
//! fenced as `toml example` is a rule fragment (`[[match]]` tables, and `[variants]`, `[fix]`,
//! `[lists]` as it needs) that the test completes into a rule with the code DOC001 unless it
//! gives its own; the `typescript example` and `python example` blocks after it are linted with
//! that rule and report exactly the findings annotated `expect: DOC001`, as fixtures do. The
//! one-line conditions in the tables' example column load as conditions of a matcher.

use std::collections::BTreeMap;
use std::path::Path;

use cdklint_linter::{Registry, Rule};
use cdklint_rules::{BUILTIN_CAPTURES, CHECKS};
use cdklint_testing::{Fixture, check_fixtures, expectations};

fn doc() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/writing-rules.md"),
    )
    .unwrap()
}

/// The fenced blocks of a markdown text: `(info string, body, line of the fence)`.
fn fenced(md: &str) -> Vec<(String, String, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(String, String, usize)> = None;
    for (i, line) in md.lines().enumerate() {
        match (&mut open, line.strip_prefix("```")) {
            (None, Some(info)) => open = Some((info.trim().to_string(), String::new(), i + 1)),
            (Some(_), Some("")) => out.extend(open.take()),
            (Some((_, body, _)), _) => {
                body.push_str(line);
                body.push('\n');
            }
            (None, None) => {}
        }
    }
    out
}

const DOCS_STUB: &str = r#"
[docs]
what-it-does = "x"
why-is-this-bad = "x"
fix-safety = "x"
references = ["x"]
[docs.example]
typescript = "x"
python = "x"
[docs.use-instead]
typescript = "x"
python = "x"
"#;

/// A rule from a fragment: the header keys it leaves out, and stub docs.
fn complete(fragment: &str) -> String {
    let mut head = String::new();
    for (key, value) in [
        ("code", "\"DOC001\""),
        ("name", "\"doc-example\""),
        ("tier", "\"T1\""),
        ("severity", "\"warning\""),
        ("message", "\"example\""),
    ] {
        if !fragment.lines().any(|l| l.starts_with(&format!("{key} ="))) {
            head.push_str(&format!("{key} = {value}\n"));
        }
    }
    // Top-level keys of the fragment go before its first table.
    let lines: Vec<&str> = fragment.lines().collect();
    let split = lines
        .iter()
        .position(|l| l.starts_with('['))
        .unwrap_or(lines.len());
    format!(
        "{head}{}\n{}\n{DOCS_STUB}",
        lines[..split].join("\n"),
        lines[split..].join("\n")
    )
}

/// Load one rule from its `rule.toml` text; its directory's name is the rule's name.
fn load(text: &str, lists: &[&str]) -> Result<Registry, String> {
    let name = text
        .lines()
        .find_map(|l| l.strip_prefix("name = "))
        .map(|n| n.trim_matches('"').to_string())
        .unwrap_or_default();
    let mut files = BTreeMap::from([("rule.toml".to_string(), text.to_string())]);
    for list in lists {
        files.insert(format!("{list}.txt"), "item\n".into());
    }
    Registry::from_memory([(format!("doc/{name}"), files)]).map_err(|errors| {
        errors
            .iter()
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
            .join("; ")
    })
}

/// The example being checked: its rule, the line of its fence, and how many TypeScript and
/// Python examples follow it.
type Current = Option<(Registry, usize, [usize; 2])>;

fn finish(current: &mut Current, failures: &mut Vec<String>) {
    if let Some((_, line, [ts, py])) = current.take()
        && (ts == 0 || py == 0)
    {
        failures.push(format!(
            "line {line}: a `toml example` needs a `typescript example` and a `python example` after it"
        ));
    }
}

#[test]
fn every_example_loads_and_reports_its_annotated_findings() {
    let md = doc();
    let mut failures = Vec::new();
    let mut examples = 0;
    let mut current: Current = None;
    for (info, body, line) in fenced(&md) {
        match info.as_str() {
            "toml example" => {
                finish(&mut current, &mut failures);
                examples += 1;
                match load(&complete(&body), &[]) {
                    Ok(registry) => current = Some((registry, line, [0, 0])),
                    Err(e) => failures.push(format!("line {line}: does not load: {e}")),
                }
            }
            "typescript example" | "python example" => {
                let Some((registry, _, seen)) = &mut current else {
                    failures.push(format!(
                        "line {line}: a code example with no `toml example` before it"
                    ));
                    continue;
                };
                let ts = info.starts_with("typescript");
                seen[usize::from(!ts)] += 1;
                let path = if ts { "lib/example.ts" } else { "example.py" };
                let rule: &Rule = &registry.rules()[0];
                let expected = expectations(&body);
                if expected.is_empty() {
                    failures.push(format!(
                        "line {line}: the example annotates no finding (`expect: {}`)",
                        rule.code
                    ));
                }
                let fixture = Fixture {
                    file: path.into(),
                    lint_path: path.into(),
                    text: body,
                    expected,
                };
                failures.extend(
                    check_fixtures(registry, rule, &[fixture])
                        .into_iter()
                        .map(|p| format!("line {line}: {p}")),
                );
            }
            _ => {}
        }
    }
    finish(&mut current, &mut failures);
    assert!(
        examples >= 3,
        "the page has {examples} `toml example` blocks"
    );
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn the_conditions_in_the_tables_load() {
    let md = doc();
    let mut failures = Vec::new();
    let mut count = 0;
    for line in md.lines().filter(|l| l.starts_with('|')) {
        for (i, span) in line.split('`').enumerate() {
            // Conditions only, not other code such as a shorthand prop `{ key }`.
            if i % 2 == 0 || !span.starts_with("{ ") || !span.ends_with('}') || !span.contains('=')
            {
                continue;
            }
            count += 1;
            let lists: Vec<&str> = span
                .split("in-list = \"")
                .skip(1)
                .filter_map(|s| s.split('"').next())
                .collect();
            let rule = complete(&format!(
                "[[match]]\ncall = \"aws_s3.Bucket\"\nwhere = [\n  {span},\n]\n"
            ));
            if let Err(e) = load(&rule, &lists) {
                failures.push(format!("`{span}`: {e}"));
            }
        }
    }
    assert!(count > 20, "found {count} conditions");
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The keys the loader accepts at one place of `rule.toml`, from its own error for an unknown
/// key there (so a key added to the loader is seen here without a list to keep in step).
fn accepted_keys(probe: &str) -> Vec<String> {
    let err = load(probe, &[]).err().unwrap_or_default();
    // serde's words: "expected one of `a`, `b`", "expected `a` or `b`", "expected `a`".
    let Some((_, expected)) = err.split_once("unknown field `zzz`, expected ") else {
        panic!("probe {probe:?} gave no list of keys: {err}");
    };
    expected
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

#[test]
fn every_key_the_loader_accepts_is_documented() {
    let md = doc();
    let probes = [
        ("rule.toml", "zzz = 1\n"),
        ("[[match]]", "[[match]]\nzzz = 1\n"),
        (
            "condition",
            "[[match]]\ncall = \"a.B\"\nwhere = [{ zzz = 1 }]\n",
        ),
        (
            "number",
            "[[match]]\ncall = \"a.B\"\nwhere = [{ number = { zzz = 1 } }]\n",
        ),
        (
            "called",
            "[[match]]\ncall = \"a.B\"\nwhere = [{ called = { method = \"x\", zzz = 1 } }]\n",
        ),
        (
            "variant-when",
            "[[match]]\ncall = \"a.B\"\nvariant-when = [{ zzz = 1 }]\n",
        ),
        ("[variants]", "[variants.v]\nzzz = 1\n"),
        ("[fix]", "[fix.f]\nzzz = 1\n"),
        (
            "fix edit",
            "[fix.f]\ntitle = \"t\"\napplicability = \"safe\"\nedits = [{ zzz = 1 }]\n",
        ),
        ("[docs]", "[docs]\nzzz = 1\n"),
    ];
    let mut missing = Vec::new();
    for (place, probe) in probes {
        let keys = accepted_keys(probe);
        assert!(keys.len() >= 2, "{place}: {keys:?}");
        for key in keys {
            let documented = ["`", "`[", "`[[", "[", "{ ", ", ", "."].iter().any(|open| {
                [" ", "`", "=", "]", "."]
                    .iter()
                    .any(|close| md.contains(&format!("{open}{key}{close}")))
            });
            if !documented {
                missing.push(format!("{place}: `{key}`"));
            }
        }
    }
    for (check, _) in CHECKS {
        if !md.contains(&format!("`{check}`")) {
            missing.push(format!("named check `{check}`"));
        }
    }
    for capture in BUILTIN_CAPTURES {
        if !md.contains(&format!("`{capture}`")) {
            missing.push(format!("built-in capture `{capture}`"));
        }
    }
    let kind_row = md
        .lines()
        .find(|l| l.starts_with("| `kind = "))
        .unwrap_or_default();
    let words: Vec<&str> = kind_row
        .split(|c: char| !c.is_ascii_alphanumeric())
        .collect();
    for kind in cdklint_model::Value::KINDS {
        if !words.contains(kind) {
            missing.push(format!("value kind {kind}"));
        }
    }
    for hole in [
        "{capture}",
        "{name:",
        "{set:",
        "{lit:true}",
        "{lit:false}",
        "{lit:null}",
        "{lit:new}",
        "{ref:",
        "{sole:",
    ] {
        if !md.contains(hole) {
            missing.push(format!("template hole {hole}"));
        }
    }
    for word in [
        "safe",
        "unsafe",
        "display-only",
        "error",
        "warning",
        "info",
        "T1",
        "T2",
        "T3",
    ] {
        if !md.contains(&format!("`{word}`")) && !md.contains(&format!("\"{word}\"")) {
            missing.push(format!("value {word}"));
        }
    }
    assert!(
        missing.is_empty(),
        "undocumented in docs/writing-rules.md:\n{}",
        missing.join("\n")
    );
}
