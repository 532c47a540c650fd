//! `cdklint rules` and `cdklint explain`.

use anyhow::bail;
use cdklint_diagnostics::rule_url;
use cdklint_linter::Registry;
use serde_json::json;

use crate::args::{RulesArgs, RulesFormat};

pub fn list(registry: &Registry, args: &RulesArgs) -> anyhow::Result<u8> {
    match args.format {
        RulesFormat::Json => {
            let rules: Vec<_> = registry
                .rules()
                .iter()
                .map(|r| {
                    json!({
                        "code": r.code,
                        "name": r.name,
                        "group": r.group(),
                        "tier": r.tier,
                        "severity": r.severity.as_str(),
                        "production_severity": r.production_severity.map(|s| s.as_str()),
                        "fix": r.fixability().map(|a| a.as_str()),
                        "languages": r.languages.iter().map(|l| l.key()).collect::<Vec<_>>(),
                        "url": r.origin.as_ref().map_or_else(|| rule_url(&r.code), |_| r.url()),
                        "custom": r.origin.is_some(),
                    })
                })
                .collect();
            println!("{}", serde_json::to_string_pretty(&rules)?);
        }
        RulesFormat::Markdown => print!("{}", markdown(registry)),
        RulesFormat::Text => {
            let width = registry
                .rules()
                .iter()
                .map(|r| r.name.len())
                .max()
                .unwrap_or(0);
            for r in registry.rules() {
                let fix = r.fixability().map_or("-", |a| a.as_str());
                println!(
                    "{:<7} {:<width$}  {:<8} fix: {fix}",
                    r.code,
                    r.name,
                    r.severity.as_str()
                );
            }
        }
    }
    Ok(0)
}

pub fn explain(registry: &Registry, code: &str) -> anyhow::Result<u8> {
    let wanted = code.trim();
    let rule = registry
        .rules()
        .iter()
        .find(|r| r.code.eq_ignore_ascii_case(wanted) || r.name == wanted);
    match rule {
        Some(rule) => {
            print!("{}", rule.doc_markdown());
            Ok(0)
        }
        None => bail!("`{code}` is not a rule code or name; `cdklint rules` lists them"),
    }
}

/// The catalogue as markdown: a table of every rule, then each rule's page (headings one level
/// down), project rules included.
pub fn markdown(registry: &Registry) -> String {
    use std::fmt::Write as _;
    let mut md = String::from(
        "# Rules\n\n| code | name | severity | fix | languages |\n|---|---|---|---|---|\n",
    );
    for r in registry.rules() {
        let severity = match r.production_severity {
            Some(p) => format!("{} ({p} in production)", r.severity),
            None => r.severity.to_string(),
        };
        let langs = if r.engine {
            "all".to_string()
        } else {
            r.languages
                .iter()
                .map(|l| l.key())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = writeln!(
            md,
            "| [{}](#{}) | {} | {severity} | {} | {langs} |",
            r.code,
            anchor(&r.name, &r.code),
            r.name,
            r.fixability().map_or("—", |a| a.as_str()),
        );
    }
    for r in registry.rules() {
        md.push('\n');
        for line in r.doc_markdown().lines() {
            if line.starts_with('#') {
                md.push('#');
            }
            md.push_str(line);
            md.push('\n');
        }
    }
    md
}

/// The GitHub anchor of a rule page's heading `# name (CODE)`.
fn anchor(name: &str, code: &str) -> String {
    format!("{name}-{}", code.to_ascii_lowercase())
}
