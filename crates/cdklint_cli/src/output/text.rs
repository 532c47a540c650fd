//! The human format: compiler-style location, code, message, the source line with the range
//! underlined, the fix if there is one, and a summary line. Colour only on a terminal.

use std::fmt::Write as _;

use cdklint_diagnostics::{Applicability, Severity};

use super::FileReport;

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

pub fn render(reports: &[FileReport], style: Style) -> String {
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
    let line = report.index.line_of(range.start);
    let line_range = report.index.line_range(text, line);
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

/// "Found 3 problems (1 error, 2 warnings) in 2 files; 1 fixable with --fix …"
pub fn summary(
    reports: &[FileReport],
    files: usize,
    safe_fixable: usize,
    unsafe_fixable: usize,
) -> String {
    let all = reports.iter().flat_map(|r| &r.diagnostics);
    let (mut errors, mut warnings, mut infos) = (0, 0, 0);
    for d in all {
        match d.severity {
            Severity::Error => errors += 1,
            Severity::Warning => warnings += 1,
            Severity::Info => infos += 1,
        }
    }
    let total = errors + warnings + infos;
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    if total == 0 {
        return format!("No problems found in {}.\n", plural(files, "file"));
    }
    let mut s = format!(
        "Found {} ({}, {}, {} info) in {} checked.",
        plural(total, "problem"),
        plural(errors, "error"),
        plural(warnings, "warning"),
        infos,
        plural(files, "file"),
    );
    if safe_fixable > 0 {
        let _ = write!(s, " {safe_fixable} fixable with --fix.");
    }
    if unsafe_fixable > 0 {
        let _ = write!(s, " {unsafe_fixable} more with --fix --unsafe-fixes.");
    }
    s.push('\n');
    s
}
