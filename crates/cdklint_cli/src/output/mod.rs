//! Output formats of `cdklint check`. Each takes the findings of every file, already sorted.

pub mod json;
pub mod text;

use cdklint_diagnostics::Diagnostic;
use cdklint_text::{Encoding, LineIndex};

/// The findings of one file, with what is needed to show positions.
pub struct FileReport {
    /// Display path (relative to the working directory, `/`-separated).
    pub path: String,
    pub text: String,
    pub index: LineIndex,
    pub diagnostics: Vec<Diagnostic>,
}

/// A 1-based line and 1-based character column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl FileReport {
    pub fn new(path: String, text: String, diagnostics: Vec<Diagnostic>) -> Self {
        let index = LineIndex::new(&text);
        FileReport {
            path,
            text,
            index,
            diagnostics,
        }
    }

    pub fn position(&self, offset: usize) -> Position {
        let lc = self.index.line_col(&self.text, offset, Encoding::Utf32);
        Position {
            line: lc.line as usize + 1,
            column: lc.col as usize + 1,
        }
    }
}
