//! `--statistics`: how many findings each rule has, most first, as a table (text) or an array
//! of `{code, name, count, fix}` (json).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use super::Report;

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct RuleCount<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub count: usize,
    /// How many of the findings have a fix `--fix` applies ("safe") or
    /// `--fix --unsafe-fixes` applies ("unsafe").
    pub safe_fixable: usize,
    pub unsafe_fixable: usize,
}

pub fn counts<'a>(report: &'a Report) -> Vec<RuleCount<'a>> {
    let mut by_code: BTreeMap<&str, RuleCount> = BTreeMap::new();
    for (_, d) in report.diagnostics() {
        let entry = by_code.entry(&d.code).or_insert_with(|| RuleCount {
            code: &d.code,
            name: &d.name,
            count: 0,
            safe_fixable: 0,
            unsafe_fixable: 0,
        });
        entry.count += 1;
        match d.fix.as_ref().map(|f| f.applicability) {
            Some(cdklint_diagnostics::Applicability::Safe) => entry.safe_fixable += 1,
            Some(cdklint_diagnostics::Applicability::Unsafe) => entry.unsafe_fixable += 1,
            _ => {}
        }
    }
    let mut rows: Vec<RuleCount> = by_code.into_values().collect();
    rows.sort_by(|a, b| b.count.cmp(&a.count).then(a.code.cmp(b.code)));
    rows
}

pub fn render_text(report: &Report, quiet: bool) -> String {
    let rows = counts(report);
    let mut out = String::new();
    let count_width = rows.iter().map(|r| r.count.to_string().len()).max();
    let code_width = rows.iter().map(|r| r.code.len()).max().unwrap_or(0);
    let name_width = rows.iter().map(|r| r.name.len()).max().unwrap_or(0);
    for r in &rows {
        let fix = match (r.safe_fixable, r.unsafe_fixable) {
            (0, 0) => String::new(),
            (s, 0) => format!("  [{s} fixable]"),
            (0, u) => format!("  [{u} unsafe-fixable]"),
            (s, u) => format!("  [{s} fixable, {u} unsafe-fixable]"),
        };
        let _ = writeln!(
            out,
            "{:>cw$}  {:<code_width$}  {:<name_width$}{fix}",
            r.count,
            r.code,
            r.name,
            cw = count_width.unwrap_or(1),
        );
    }
    let line = out
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = if line.is_empty() {
        line
    } else {
        format!("{line}\n")
    };
    if !quiet {
        out.push_str(&super::summary_line(report));
    }
    out
}

pub fn render_json(report: &Report) -> String {
    let mut out = serde_json::to_string_pretty(&counts(report)).unwrap_or_else(|_| "[]".into());
    out.push('\n');
    out
}
