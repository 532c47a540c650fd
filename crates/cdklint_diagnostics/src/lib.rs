//! The vocabulary every cdklint crate shares: what a finding is and how it can be fixed.
//!
//! Ranges are UTF-8 byte ranges into the linted text (see `cdklint_text`).

use std::fmt;

pub use cdklint_text::TextRange;
use serde::{Deserialize, Serialize};

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a fix may be applied without a human looking at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Applicability {
    /// Shown, never applied automatically (not even with `--unsafe-fixes`).
    DisplayOnly,
    /// Applied by `--unsafe-fixes` or as an explicit quick fix; may change what gets deployed.
    Unsafe,
    /// Applied by `--fix` and fix-on-save: cannot change anything beyond the intended property.
    Safe,
}

impl Applicability {
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::DisplayOnly => "display-only",
            Applicability::Unsafe => "unsafe",
            Applicability::Safe => "safe",
        }
    }
}

/// Replace `range` of the original text with `content`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Edit {
    pub range: TextRange,
    pub content: String,
}

impl Edit {
    pub fn replace(range: TextRange, content: impl Into<String>) -> Self {
        Edit {
            range,
            content: content.into(),
        }
    }

    pub fn insert(at: usize, content: impl Into<String>) -> Self {
        Edit {
            range: at..at,
            content: content.into(),
        }
    }
}

/// A set of edits that together resolve one diagnostic.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Fix {
    /// What the edit does, e.g. "Replace with `SubnetType.PRIVATE_WITH_EGRESS`".
    pub title: String,
    pub applicability: Applicability,
    /// Non-overlapping edits, sorted by start offset.
    pub edits: Vec<Edit>,
}

impl Fix {
    /// Start and end of the text the fix touches.
    pub fn span(&self) -> Option<TextRange> {
        let start = self.edits.iter().map(|e| e.range.start).min()?;
        let end = self.edits.iter().map(|e| e.range.end).max()?;
        Some(start..end)
    }
}

/// One finding in one file.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The rule code, e.g. `NET001`; public API.
    pub code: String,
    /// The rule name, e.g. `deprecated-subnet-type`; public API.
    pub name: String,
    pub severity: Severity,
    pub message: String,
    pub range: TextRange,
    pub fix: Option<Fix>,
    /// The rule's documentation page.
    pub url: String,
}

/// Where rule documentation lives; `url_for` builds the page address of one rule.
pub const DOCS_BASE_URL: &str = "https://github.com/cdklint/cdklint/blob/main/docs/rules";

pub fn rule_url(code: &str) -> String {
    format!("{DOCS_BASE_URL}/{code}.md")
}

/// The line ending a text uses: that of its first line (`\n` when it has one line).
pub fn line_ending(text: &str) -> &'static str {
    match text.find(['\n', '\r']) {
        Some(i) if text[i..].starts_with("\r\n") => "\r\n",
        Some(i) if text.as_bytes()[i] == b'\r' => "\r",
        _ => "\n",
    }
}

/// `content` with every line break written as `ending`. Fix templates write `\n`; a fix must
/// keep the line ending of the file it edits.
pub fn with_line_ending<'a>(content: &'a str, ending: &str) -> std::borrow::Cow<'a, str> {
    if !content.contains(['\n', '\r']) || (ending == "\n" && !content.contains('\r')) {
        return std::borrow::Cow::Borrowed(content);
    }
    let lf = content.replace("\r\n", "\n").replace('\r', "\n");
    std::borrow::Cow::Owned(if ending == "\n" {
        lf
    } else {
        lf.replace('\n', ending)
    })
}

/// Apply non-overlapping edits to `text`. Overlapping edits after the first are skipped and
/// reported in the returned count of skipped edits. Line breaks in the edits are written in
/// the text's own line ending.
pub fn apply_edits(text: &str, edits: &[Edit]) -> (String, usize) {
    let ending = line_ending(text);
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| (e.range.start, e.range.end));
    let mut out = String::with_capacity(text.len());
    let mut cursor = 0;
    let mut skipped = 0;
    for edit in sorted {
        let valid = edit.range.start >= cursor
            && edit.range.end <= text.len()
            && edit.range.start <= edit.range.end
            && text.is_char_boundary(edit.range.start)
            && text.is_char_boundary(edit.range.end);
        if !valid {
            skipped += 1;
            continue;
        }
        out.push_str(&text[cursor..edit.range.start]);
        out.push_str(&with_line_ending(&edit.content, ending));
        cursor = edit.range.end;
    }
    out.push_str(&text[cursor..]);
    (out, skipped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_keep_the_texts_line_ending() {
        for ending in ["\r\n", "\r", "\n"] {
            let text = format!("ab{ending}cd");
            let at = 2 + ending.len();
            let edits = [Edit::insert(0, "import a;\n"), Edit::insert(at, "\r\nx")];
            let (out, skipped) = apply_edits(&text, &edits);
            assert_eq!(skipped, 0);
            assert_eq!(
                out,
                format!("import a;{ending}ab{ending}{ending}xcd"),
                "{ending:?}"
            );
        }
    }
}
