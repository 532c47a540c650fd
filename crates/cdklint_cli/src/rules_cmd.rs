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
                        "url": rule_url(&r.code),
                    })
                })
                .collect();
            println!("{}", serde_json::to_string_pretty(&rules)?);
        }
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
