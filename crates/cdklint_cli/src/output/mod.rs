//! Output formats of `cdklint check`, one module each. Every format renders a [`Report`]: the
//! findings of every file (files sorted by path, findings by position) and a [`Summary`].

pub mod github;
pub mod json;
pub mod junit;
pub mod sarif;
pub mod statistics;
pub mod text;

use cdklint_diagnostics::{Applicability, Diagnostic, Severity};
use cdklint_text::{Encoding, LineIndex};
use serde::Serialize;

/// The findings of one file, with what is needed to show positions.
pub struct FileReport {
    /// Display path (relative to the working directory, `/`-separated).
    pub path: String,
    pub text: String,
    /// Built on first use: most files of a run have no findings and need no positions.
    index: std::sync::OnceLock<LineIndex>,
    pub diagnostics: Vec<Diagnostic>,
}

/// A 1-based line and 1-based character column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl FileReport {
    pub fn new(path: String, text: String, diagnostics: Vec<Diagnostic>) -> Self {
        FileReport {
            path,
            text,
            index: std::sync::OnceLock::new(),
            diagnostics,
        }
    }

    pub fn index(&self) -> &LineIndex {
        self.index.get_or_init(|| LineIndex::new(&self.text))
    }

    pub fn position(&self, offset: usize) -> Position {
        let lc = self.index().line_col(&self.text, offset, Encoding::Utf32);
        Position {
            line: lc.line as usize + 1,
            column: lc.col as usize + 1,
        }
    }
}

/// What a run did besides finding things.
#[derive(Debug, Clone, Copy, Default)]
pub struct Summary {
    /// Files linted.
    pub files: usize,
    /// Fixes applied (`--fix`).
    pub fixed: usize,
    /// Findings left out because the baseline has them.
    pub baselined: usize,
}

/// Everything a format renders.
pub struct Report<'a> {
    pub files: &'a [FileReport],
    pub summary: Summary,
}

/// Counts of the findings in a report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub safe_fixable: usize,
    pub unsafe_fixable: usize,
}

impl Counts {
    pub fn total(&self) -> usize {
        self.errors + self.warnings + self.infos
    }
}

impl Report<'_> {
    pub fn diagnostics(&self) -> impl Iterator<Item = (&FileReport, &Diagnostic)> {
        self.files
            .iter()
            .flat_map(|f| f.diagnostics.iter().map(move |d| (f, d)))
    }

    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for (_, d) in self.diagnostics() {
            match d.severity {
                Severity::Error => c.errors += 1,
                Severity::Warning => c.warnings += 1,
                Severity::Info => c.infos += 1,
            }
            match d.fix.as_ref().map(|f| f.applicability) {
                Some(Applicability::Safe) => c.safe_fixable += 1,
                Some(Applicability::Unsafe) => c.unsafe_fixable += 1,
                _ => {}
            }
        }
        c
    }
}

/// "1 file", "2 files".
pub fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// The one-line summary shared by the human-facing formats (text, github), newline-terminated.
/// "Found 3 problems (1 error, 2 warnings, 0 info) in 2 files checked. 1 fixable with --fix."
pub fn summary_line(report: &Report) -> String {
    let c = report.counts();
    let s = &report.summary;
    let mut out = if c.total() == 0 {
        format!("No problems found in {}", plural(s.files, "file"))
    } else {
        format!(
            "Found {} ({}, {}, {} info) in {} checked",
            plural(c.total(), "problem"),
            plural(c.errors, "error"),
            plural(c.warnings, "warning"),
            c.infos,
            plural(s.files, "file"),
        )
    };
    if s.baselined > 0 {
        out.push_str(&format!(
            " ({} in the baseline not shown)",
            plural(s.baselined, "more finding")
        ));
    }
    out.push('.');
    if c.safe_fixable > 0 {
        out.push_str(&format!(" {} fixable with --fix.", c.safe_fixable));
    }
    if c.unsafe_fixable > 0 {
        out.push_str(&format!(
            " {} more with --fix --unsafe-fixes.",
            c.unsafe_fixable
        ));
    }
    out.push('\n');
    out
}
