//! `--format junit`: JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure).
//! One `<testsuite>` per file with findings, one failing `<testcase>` per finding; a clean run
//! is one passing test case.

use std::fmt::Write as _;

use super::{FileReport, Report};

/// Escape text for XML content and attribute values. Characters XML 1.0 cannot hold become
/// U+FFFD.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

pub fn render(report: &Report) -> String {
    let total = report.counts().total();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    if total == 0 {
        out.push_str(
            "<testsuites name=\"cdklint\" tests=\"1\" failures=\"0\" errors=\"0\">\n  \
             <testsuite name=\"cdklint\" tests=\"1\" failures=\"0\" errors=\"0\">\n    \
             <testcase name=\"No problems found\" classname=\"cdklint\"/>\n  \
             </testsuite>\n</testsuites>\n",
        );
        return out;
    }
    let _ = writeln!(
        out,
        "<testsuites name=\"cdklint\" tests=\"{total}\" failures=\"{total}\" errors=\"0\">"
    );
    for file in report.files.iter().filter(|f| !f.diagnostics.is_empty()) {
        suite(&mut out, file);
    }
    out.push_str("</testsuites>\n");
    out
}

fn suite(out: &mut String, file: &FileReport) {
    let n = file.diagnostics.len();
    let path = escape(&file.path);
    let _ = writeln!(
        out,
        "  <testsuite name=\"{path}\" tests=\"{n}\" failures=\"{n}\" errors=\"0\">"
    );
    for d in &file.diagnostics {
        let start = file.position(d.range.start);
        let _ = writeln!(
            out,
            "    <testcase name=\"{code} {name} at {line}:{col}\" classname=\"{path}\" file=\"{path}\" line=\"{line}\">",
            code = escape(&d.code),
            name = escape(&d.name),
            line = start.line,
            col = start.column,
        );
        let _ = writeln!(
            out,
            "      <failure message=\"{msg}\" type=\"{sev}\">{path}:{line}:{col}: {sev}[{code}] {msg} ({url})</failure>",
            msg = escape(&d.message),
            sev = d.severity.as_str(),
            line = start.line,
            col = start.column,
            code = escape(&d.code),
            url = escape(&d.url),
        );
        out.push_str("    </testcase>\n");
    }
    out.push_str("  </testsuite>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_control_characters() {
        assert_eq!(
            escape("<a href=\"x\">&'\u{1b}</a>\n"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;\u{FFFD}&lt;/a&gt;\n"
        );
    }
}
