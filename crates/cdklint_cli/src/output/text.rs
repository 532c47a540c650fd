//! The human format: compiler-style location, code, message, the source line with the range
//! underlined, the fix if there is one, and a summary line. Colour only on a terminal.

use std::fmt::Write as _;

use cdklint_diagnostics::{Applicability, Severity};

use super::{FileReport, Report};

#[derive(Clone, Copy)]
pub struct Style {
    pub color: bool,
}

impl Style {
    fn paint(self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

fn severity_color(s: Severity) -> &'static str {
    match s {
        Severity::Error => "1;31",
        Severity::Warning => "1;33",
        Severity::Info => "1;36",
    }
}

/// The findings, each with its source line, then (unless `quiet`) the summary line.
pub fn render(report: &Report, style: Style, quiet: bool) -> String {
    let mut out = findings(report.files, style);
    if !quiet {
        if report.summary.fixed > 0 {
            let _ = writeln!(
                out,
                "Fixed {}.",
                super::plural(report.summary.fixed, "problem")
            );
        }
        out.push_str(&super::summary_line(report));
    }
    out
}

fn findings(reports: &[FileReport], style: Style) -> String {
    let mut out = String::new();
    for report in reports {
        for d in &report.diagnostics {
            let start = report.position(d.range.start);
            let _ = writeln!(
                out,
                "{}:{}:{}: {} {} {}",
                style.paint("1", &report.path),
                start.line,
                start.column,
                style.paint(
                    severity_color(d.severity),
                    &format!("{}[{}]", d.severity, d.code)
                ),
                d.message,
                style.paint("2", &format!("({})", d.name)),
            );
            snippet(&mut out, report, d.range.clone(), style, d.severity);
            if let Some(fix) = &d.fix {
                let how = match fix.applicability {
                    Applicability::Safe => "fix",
                    Applicability::Unsafe => "unsafe fix",
                    Applicability::DisplayOnly => "suggestion",
                };
                let _ = writeln!(out, "   = {}: {}", style.paint("1;32", how), fix.title);
            }
            out.push('\n');
        }
    }
    out
}

fn snippet(
    out: &mut String,
    report: &FileReport,
    range: std::ops::Range<usize>,
    style: Style,
    sev: Severity,
) {
    let text = &report.text;
    let line = report.index().line_of(range.start);
    let line_range = report.index().line_range(text, line);
    let Some(source) = text.get(line_range.clone()) else {
        return;
    };
    let number = (line + 1).to_string();
    let gutter = " ".repeat(number.len());
    let source_display = source.replace('\t', "    ");
    let _ = writeln!(out, "{gutter} {}", style.paint("1;34", "|"));
    let _ = writeln!(
        out,
        "{} {} {}",
        style.paint("1;34", &number),
        style.paint("1;34", "|"),
        source_display
    );
    let width = |s: &str| {
        s.chars()
            .map(|c| if c == '\t' { 4 } else { 1 })
            .sum::<usize>()
    };
    let start = range.start.clamp(line_range.start, line_range.end);
    let end = range.end.clamp(start, line_range.end);
    let lead = width(&text[line_range.start..start]);
    let len = width(&text[start..end]).max(1);
    let marks = format!("{}{}", " ".repeat(lead), "^".repeat(len));
    let _ = writeln!(
        out,
        "{gutter} {} {}",
        style.paint("1;34", "|"),
        style.paint(severity_color(sev), &marks)
    );
}
