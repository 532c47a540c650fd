//! `cdklint test`: run the fixtures of a project's own rules through the same harness as the
//! built-in rules (`cdklint_testing`), with a pass/fail line per rule.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::bail;
use cdklint_config::discover_custom_rules;
use cdklint_linter::Registry;
use cdklint_rules::{CustomRules, RULE_FILE};

use crate::args::TestArgs;
use crate::{EXIT_FINDINGS, files, project_rules};

pub fn run(builtin: &'static Registry, args: TestArgs) -> anyhow::Result<u8> {
    let cwd = std::env::current_dir()?;
    let mut roots: Vec<PathBuf> = Vec::new();
    // Single rule directories named on the command line: only these are tested.
    let mut only: Vec<PathBuf> = Vec::new();
    let prefix;
    if args.rule_dirs.is_empty() {
        let Some((_, custom)) = discover_custom_rules(&cwd, None)? else {
            bail!(
                "no `rules-dirs` in the configuration here (cdklint.toml or [tool.cdklint]); name the rule directories: cdklint test cdklint-rules"
            );
        };
        roots = custom.dirs;
        prefix = custom.prefix;
    } else {
        for dir in &args.rule_dirs {
            let Ok(abs) = dir.canonicalize() else {
                bail!("{}: no such directory", dir.display());
            };
            if !abs.is_dir() {
                bail!("{}: not a directory", dir.display());
            }
            if abs.join(RULE_FILE).is_file() {
                // A rule directory: its rules directory is two levels up (<group>/<name>).
                let Some(root) = abs.parent().and_then(Path::parent) else {
                    bail!("{}: a rule directory is <group>/<name>", dir.display());
                };
                roots.push(root.to_path_buf());
                only.push(abs);
            } else {
                roots.push(abs);
            }
        }
        prefix = discover_custom_rules(&roots[0], None)?.and_then(|(_, c)| c.prefix);
    }
    let mut seen = Vec::new();
    roots.retain(|r| {
        let key = r.canonicalize().unwrap_or_else(|_| r.clone());
        let new = !seen.contains(&key);
        seen.push(key);
        new
    });
    let roots: Vec<PathBuf> = roots
        .into_iter()
        .map(|r| r.canonicalize().unwrap_or(r))
        .collect();
    let loaded = project_rules::with_custom(
        builtin,
        CustomRules {
            dirs: roots.clone(),
            prefix,
        },
    );
    let wanted = |dir: &Path| only.is_empty() || only.iter().any(|o| dir.starts_with(o));
    let errors: Vec<_> = loaded
        .errors
        .iter()
        .filter(|e| wanted(Path::new(&e.file)))
        .collect();
    let rules: Vec<_> = loaded
        .registry
        .rules()
        .iter()
        .filter(|r| r.origin.as_deref().is_some_and(wanted))
        .collect();

    let mut out = std::io::stdout().lock();
    let (mut passed, mut failed) = (0, 0);
    for rule in &rules {
        let Some(dir) = &rule.origin else { continue };
        let report = cdklint_testing::test_rule(loaded.registry, rule, dir, args.bless);
        let status = if report.passed() { "PASS" } else { "FAIL" };
        writeln!(
            out,
            "{status} {} {} ({}, {})",
            rule.code,
            rule.name,
            files::display(dir),
            crate::output::plural(report.fixtures, "fixture")
        )?;
        for f in &report.failures {
            writeln!(out, "    {}", f.replace('\n', "\n    "))?;
        }
        if report.passed() {
            passed += 1;
        } else {
            failed += 1;
        }
    }
    for e in &errors {
        writeln!(out, "ERROR {}", project_rules::show(e))?;
    }
    if rules.is_empty() && errors.is_empty() {
        let shown: Vec<String> = roots.iter().map(|r| files::display(r)).collect();
        writeln!(
            out,
            "No rules found in {} (a rule is <group>/<name>/rule.toml).",
            shown.join(", ")
        )?;
        return Ok(EXIT_FINDINGS);
    }
    let mut summary = format!(
        "{}: {passed} passed, {failed} failed",
        crate::output::plural(rules.len(), "rule")
    );
    if !errors.is_empty() {
        summary.push_str(&format!(
            ", {} that did not load",
            crate::output::plural(errors.len(), "rule")
        ));
    }
    writeln!(out, "{summary}.")?;
    Ok(if failed == 0 && errors.is_empty() {
        0
    } else {
        EXIT_FINDINGS
    })
}
