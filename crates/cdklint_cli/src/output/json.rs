//! `--format json`: an array of findings sorted by path then position, 1-based lines/columns.

use serde_json::{Value, json};

use super::FileReport;

fn range(report: &FileReport, r: &std::ops::Range<usize>) -> Value {
    let start = report.position(r.start);
    let end = report.position(r.end);
    json!({
        "start": { "line": start.line, "column": start.column },
        "end": { "line": end.line, "column": end.column },
    })
}

pub fn render(reports: &[FileReport]) -> String {
    let mut items = Vec::new();
    for report in reports {
        for d in &report.diagnostics {
            let fix = d.fix.as_ref().map(|f| {
                json!({
                    "applicability": f.applicability.as_str(),
                    "message": f.title,
                    "edits": f.edits.iter().map(|e| json!({
                        "range": range(report, &e.range),
                        "content": e.content,
                    })).collect::<Vec<_>>(),
                })
            });
            items.push(json!({
                "code": d.code,
                "name": d.name,
                "severity": d.severity.as_str(),
                "message": d.message,
                "path": report.path,
                "range": range(report, &d.range),
                "fix": fix,
                "url": d.url,
            }));
        }
    }
    let mut out =
        serde_json::to_string_pretty(&Value::Array(items)).unwrap_or_else(|_| "[]".into());
    out.push('\n');
    out
}
