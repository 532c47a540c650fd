//! `--format github`: GitHub Actions workflow commands, which become annotations on the pull
//! request diff, then a summary line.
//!
//! `::error file=lib/a.ts,line=3,col=5,endLine=3,endColumn=20,title=DNS001 alb-record-not-alias::message`
//!
//! Severity maps to the command: error → `error`, warning → `warning`, info → `notice`.
//! Escaping follows the runner: in the message `%`, `\r` and `\n` are percent-encoded; in
//! property values `:` and `,` are as well.

use std::fmt::Write as _;

use cdklint_diagnostics::Severity;

use super::Report;

/// Escape the message part of a workflow command.
pub fn escape_data(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            c => out.push(c),
        }
    }
    out
}

/// Escape a property value (`file=…`, `title=…`) of a workflow command.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn command(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

pub fn render(report: &Report, quiet: bool) -> String {
    let mut out = String::new();
    for (file, d) in report.diagnostics() {
        let start = file.position(d.range.start);
        let end = file.position(d.range.end);
        let _ = writeln!(
            out,
            "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            command(d.severity),
            escape_property(&file.path),
            start.line,
            start.column,
            end.line,
            end.column,
            escape_property(&format!("{} {}", d.code, d.name)),
            escape_data(&d.message),
        );
    }
    if !quiet {
        out.push_str(&super::summary_line(report));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_data_and_properties() {
        assert_eq!(escape_data("100% a\r\nb: c, d"), "100%25 a%0D%0Ab: c, d");
        assert_eq!(
            escape_property("a:b,c%\n"),
            "a%3Ab%2Cc%25%0A",
            "properties also escape : and ,"
        );
    }
}
