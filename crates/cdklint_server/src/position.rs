//! Position conversion at the LSP edge.
//!
//! Everything inside cdklint is a UTF-8 byte offset. LSP positions are (line, column) pairs
//! whose column unit is negotiated at `initialize` (`positionEncoding`): UTF-8 when the client
//! offers it, else UTF-16. This module is the only place in the server that converts.

use std::ops::Range as ByteRange;

use cdklint_text::{Encoding, LineCol, LineIndex};
use tower_lsp_server::ls_types::{ClientCapabilities, Position, PositionEncodingKind, Range};

/// Pick the position encoding: UTF-8 if the client offers it, else the LSP default UTF-16.
pub fn negotiate(caps: &ClientCapabilities) -> Encoding {
    let offered = caps
        .general
        .as_ref()
        .and_then(|g| g.position_encodings.as_ref());
    match offered {
        Some(list) if list.contains(&PositionEncodingKind::UTF8) => Encoding::Utf8,
        _ => Encoding::Utf16,
    }
}

pub fn encoding_kind(enc: Encoding) -> PositionEncodingKind {
    match enc {
        Encoding::Utf8 => PositionEncodingKind::UTF8,
        Encoding::Utf16 => PositionEncodingKind::UTF16,
        Encoding::Utf32 => PositionEncodingKind::UTF32,
    }
}

/// A text and its line index: everything needed to convert positions in one document version.
#[derive(Clone, Copy)]
pub struct PositionMap<'a> {
    pub text: &'a str,
    pub index: &'a LineIndex,
    pub encoding: Encoding,
}

impl<'a> PositionMap<'a> {
    pub fn new(text: &'a str, index: &'a LineIndex, encoding: Encoding) -> Self {
        PositionMap {
            text,
            index,
            encoding,
        }
    }

    pub fn position(&self, offset: usize) -> Position {
        let lc = self.index.line_col(self.text, offset, self.encoding);
        Position::new(lc.line, lc.col)
    }

    pub fn range(&self, range: ByteRange<usize>) -> Range {
        Range::new(self.position(range.start), self.position(range.end))
    }

    /// The byte offset of a position; out-of-range lines and columns clamp to the text.
    pub fn offset(&self, pos: Position) -> usize {
        self.index.offset(
            self.text,
            LineCol {
                line: pos.line,
                col: pos.character,
            },
            self.encoding,
        )
    }

    /// The byte range of an LSP range; a reversed range is put in order.
    pub fn byte_range(&self, range: Range) -> ByteRange<usize> {
        let a = self.offset(range.start);
        let b = self.offset(range.end);
        a.min(b)..a.max(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_and_utf8_columns_after_emoji_and_cjk() {
        let text = "import x;\nconst a = '🪣 桶'; ec2.X\n";
        let index = LineIndex::new(text);
        let at = text.find("ec2").unwrap();
        let u16 = PositionMap::new(text, &index, Encoding::Utf16);
        let u8 = PositionMap::new(text, &index, Encoding::Utf8);
        assert_eq!(u16.position(at), Position::new(1, 18));
        assert_eq!(u8.position(at), Position::new(1, 22));
        assert_eq!(u16.offset(Position::new(1, 18)), at);
        assert_eq!(u8.offset(Position::new(1, 22)), at);
    }

    #[test]
    fn out_of_range_positions_clamp_and_reversed_ranges_are_ordered() {
        let text = "ab\ncd";
        let index = LineIndex::new(text);
        let map = PositionMap::new(text, &index, Encoding::Utf16);
        assert_eq!(map.offset(Position::new(0, 99)), 2);
        assert_eq!(map.offset(Position::new(99, 0)), text.len());
        let r = Range::new(Position::new(1, 1), Position::new(0, 1));
        assert_eq!(map.byte_range(r), 1..4);
    }
}
