//! `--format json`: an array of findings sorted by path then position, 1-based lines and
//! character columns. Field order follows the documented contract:
//! `code, name, severity, message, path, range, fix, url`.

use serde::Serialize;

use super::{FileReport, Position, Report};

#[derive(Serialize)]
pub struct Range {
    pub start: Position,
    pub end: Position,
}

impl Range {
    pub fn new(report: &FileReport, r: &std::ops::Range<usize>) -> Self {
        Range {
            start: report.position(r.start),
            end: report.position(r.end),
        }
    }
}

#[derive(Serialize)]
struct Finding<'a> {
    code: &'a str,
    name: &'a str,
    severity: &'static str,
    message: &'a str,
    path: &'a str,
    range: Range,
    fix: Option<Fix<'a>>,
    url: &'a str,
}

#[derive(Serialize)]
struct Fix<'a> {
    applicability: &'static str,
    message: &'a str,
    edits: Vec<Edit<'a>>,
}

#[derive(Serialize)]
struct Edit<'a> {
    range: Range,
    content: &'a str,
}

pub fn render(report: &Report) -> String {
    let items: Vec<Finding> = report
        .diagnostics()
        .map(|(file, d)| Finding {
            code: &d.code,
            name: &d.name,
            severity: d.severity.as_str(),
            message: &d.message,
            path: &file.path,
            range: Range::new(file, &d.range),
            fix: d.fix.as_ref().map(|f| Fix {
                applicability: f.applicability.as_str(),
                message: &f.title,
                edits: f
                    .edits
                    .iter()
                    .map(|e| Edit {
                        range: Range::new(file, &e.range),
                        content: &e.content,
                    })
                    .collect(),
            }),
            url: &d.url,
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".into());
    out.push('\n');
    out
}
