//! Text positions for cdklint.
//!
//! Architecture Invariant: everything inside cdklint speaks UTF-8 byte offsets. This crate is
//! the one place that converts them to line/column pairs in other encodings — 1-based character
//! columns for the CLI, UTF-16 (or the negotiated encoding) code units for the language server.

use std::ops::Range;

/// A half-open byte range into a source text.
pub type TextRange = Range<usize>;

/// How a column is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// UTF-8 code units (bytes).
    Utf8,
    /// UTF-16 code units — the LSP default.
    Utf16,
    /// Unicode scalar values (characters). Also what the CLI prints.
    Utf32,
}

/// A zero-based line and a zero-based column counted in some [`Encoding`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LineCol {
    pub line: u32,
    pub col: u32,
}

/// Line start offsets of one text, for converting between byte offsets and line/columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineIndex {
    /// Byte offset where each line starts; always begins with 0.
    line_starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    /// Lines end at `\n`, `\r\n` or a lone `\r`, as editors (and the LSP) count them, so the
    /// CLI and the server agree on line numbers whatever the file's line endings.
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        let bytes = text.as_bytes();
        // memchr finds line ends many bytes at a time; the server indexes a file per edit.
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            let ends_line = bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n');
            if ends_line {
                line_starts.push(i + 1);
            }
        }
        LineIndex {
            line_starts,
            len: text.len(),
        }
    }

    /// The index of the text after one edit: `old_end - start` bytes at `start` were replaced
    /// by `new_end - start` bytes, and `text` is the new text. Only the line ends around the edit
    /// are looked at (a keystroke must not rescan the file); the result equals
    /// `LineIndex::new(text)`.
    pub fn edit(&mut self, text: &str, start: usize, old_end: usize, new_end: usize) {
        let bytes = text.as_bytes();
        // A line start `s` follows the line end at `s - 1`. Those at or before the byte before
        // the edit may change (`\r` then an inserted `\n` is one line end, not two), as may the
        // one right after the old end (a `\n` that an edit put after a `\r`).
        let keep_before = self.line_starts.partition_point(|&s| s < start.max(1));
        let keep_after = self.line_starts.partition_point(|&s| s <= old_end + 1);
        let shifted = self.line_starts[keep_after..]
            .iter()
            .map(|&s| s - old_end + new_end);
        let scan_from = start.saturating_sub(1);
        let scan_to = (new_end + 1).min(bytes.len());
        let rescanned = memchr::memchr2_iter(b'\n', b'\r', &bytes[scan_from..scan_to])
            .map(|i| i + scan_from)
            .filter(|&i| bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n'))
            .map(|i| i + 1);
        let mut line_starts = Vec::with_capacity(self.line_starts.len() + 4);
        line_starts.extend_from_slice(&self.line_starts[..keep_before]);
        line_starts.extend(rescanned);
        line_starts.extend(shifted);
        self.line_starts = line_starts;
        self.len = text.len();
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Zero-based line containing `offset` (clamped to the text).
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        match self.line_starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        }
    }

    /// Byte range of a zero-based line, without its line terminator (`\n`, `\r\n` or `\r`).
    pub fn line_range(&self, text: &str, line: usize) -> TextRange {
        let start = self.line_starts.get(line).copied().unwrap_or(self.len);
        let mut end = self
            .line_starts
            .get(line + 1)
            .map_or(self.len, |next| next - 1);
        let bytes = text.as_bytes();
        if end > start && bytes.get(end) == Some(&b'\n') && bytes.get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        start..end.max(start)
    }

    /// Byte offset where a zero-based line starts (the text length past the last line).
    pub fn line_start(&self, line: usize) -> usize {
        self.line_starts.get(line).copied().unwrap_or(self.len)
    }

    /// Line and column of a byte offset. An offset inside a multi-byte character is moved
    /// back to the start of that character.
    pub fn line_col(&self, text: &str, offset: usize, encoding: Encoding) -> LineCol {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.line_of(offset);
        let start = self.line_starts[line];
        let col = measure(&text[start..offset], encoding);
        LineCol {
            line: line as u32,
            col: col as u32,
        }
    }

    /// Byte offset of a line/column. Columns past the end of the line clamp to the line end,
    /// lines past the end clamp to the end of the text, and a column that falls inside a
    /// character (half of a UTF-16 surrogate pair) moves to the start of that character.
    pub fn offset(&self, text: &str, pos: LineCol, encoding: Encoding) -> usize {
        let line = pos.line as usize;
        if line >= self.line_starts.len() {
            return text.len();
        }
        let range = self.line_range(text, line);
        let line_text = &text[range.clone()];
        let mut remaining = pos.col as usize;
        for (i, ch) in line_text.char_indices() {
            let width = match encoding {
                Encoding::Utf8 => ch.len_utf8(),
                Encoding::Utf16 => ch.len_utf16(),
                Encoding::Utf32 => 1,
            };
            if remaining < width {
                return range.start + i;
            }
            remaining -= width;
        }
        range.end
    }
}

fn measure(s: &str, encoding: Encoding) -> usize {
    match encoding {
        Encoding::Utf8 => s.len(),
        Encoding::Utf16 => s.chars().map(char::len_utf16).sum(),
        Encoding::Utf32 => s.chars().count(),
    }
}

/// The largest char boundary not after `offset`.
pub fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn columns_in_each_encoding_on_a_line_with_emoji_and_cjk() {
        let text = "a\nconst s = '🪣 桶'; x\n";
        let idx = LineIndex::new(text);
        let x = text.rfind('x').unwrap();
        assert_eq!(
            idx.line_col(text, x, Encoding::Utf8),
            LineCol { line: 1, col: 22 }
        );
        assert_eq!(
            idx.line_col(text, x, Encoding::Utf16),
            LineCol { line: 1, col: 18 }
        );
        assert_eq!(
            idx.line_col(text, x, Encoding::Utf32),
            LineCol { line: 1, col: 17 }
        );
        for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            assert_eq!(idx.offset(text, idx.line_col(text, x, enc), enc), x);
        }
    }

    #[test]
    fn crlf_line_ends_are_not_part_of_the_line() {
        let text = "ab\r\ncd";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_range(text, 0), 0..2);
        assert_eq!(
            idx.offset(text, LineCol { line: 0, col: 99 }, Encoding::Utf16),
            2
        );
        assert_eq!(
            idx.offset(text, LineCol { line: 7, col: 0 }, Encoding::Utf16),
            text.len()
        );
    }

    #[test]
    fn cr_lf_and_crlf_each_end_one_line() {
        for text in ["a\nb\nc", "a\r\nb\r\nc", "a\rb\rc", "a\rb\r\nc"] {
            let idx = LineIndex::new(text);
            assert_eq!(idx.line_count(), 3, "{text:?}");
            let c = text.find('c').unwrap();
            assert_eq!(
                idx.line_col(text, c, Encoding::Utf16),
                LineCol { line: 2, col: 0 },
                "{text:?}"
            );
            let b = text.find('b').unwrap();
            assert_eq!(&text[idx.line_range(text, 1)], "b", "{text:?}");
            assert_eq!(
                idx.offset(text, LineCol { line: 1, col: 9 }, Encoding::Utf8),
                b + 1
            );
        }
    }

    #[test]
    fn a_column_inside_a_surrogate_pair_moves_to_the_character_start() {
        let text = "🪣x";
        let idx = LineIndex::new(text);
        assert_eq!(
            idx.offset(text, LineCol { line: 0, col: 1 }, Encoding::Utf16),
            0
        );
        assert_eq!(
            idx.offset(text, LineCol { line: 0, col: 2 }, Encoding::Utf16),
            4
        );
    }

    proptest! {
        #[test]
        fn an_edited_index_equals_a_fresh_one(
            text in "[ab\r\n]{0,30}",
            inserted in "[ab\r\n]{0,6}",
            a in 0usize..40,
            b in 0usize..40,
        ) {
            let (start, end) = (a.min(b).min(text.len()), a.max(b).min(text.len()));
            let mut index = LineIndex::new(&text);
            let mut new_text = text.clone();
            new_text.replace_range(start..end, &inserted);
            index.edit(&new_text, start, end, start + inserted.len());
            prop_assert_eq!(index, LineIndex::new(&new_text));
        }

        #[test]
        fn offsets_round_trip_through_every_encoding(text in "\\PC{0,40}(\n\\PC{0,20}){0,4}", pick in 0usize..200) {
            let idx = LineIndex::new(&text);
            let offset = floor_char_boundary(&text, pick % (text.len() + 1));
            for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
                let lc = idx.line_col(&text, offset, enc);
                prop_assert_eq!(idx.offset(&text, lc, enc), offset);
            }
        }
    }
}
