//! One open document: its text, version, line index and (incrementally edited) syntax tree.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use cdklint_linter::Grammar;
use cdklint_text::{Encoding, LineIndex};
use tower_lsp_server::ls_types::{TextDocumentContentChangeEvent, Uri};
use tree_sitter::{InputEdit, Point, Tree};

use crate::position::PositionMap;

pub struct Document {
    pub uri: Uri,
    pub version: i32,
    /// Counts every change applied. Lint results are matched to the text by revision, not by
    /// the client's version: a client may repeat a version, and its change still applies.
    pub revision: u64,
    pub grammar: Option<Grammar>,
    /// The file's path on disk, for `file:` URIs.
    pub file_path: Option<PathBuf>,
    /// The path the engine sees: the file path, or a made-up name whose extension matches the
    /// grammar (untitled buffers, files whose extension disagrees with the language id).
    pub lint_path: PathBuf,
    pub text: Arc<String>,
    pub index: Arc<LineIndex>,
    /// The last parsed tree, with every later edit applied through `Tree::edit`.
    pub tree: Option<Tree>,
    /// `tree` has edits the parser has not seen yet (or there is no tree).
    pub tree_dirty: bool,
}

impl Document {
    pub fn new(uri: Uri, language_id: &str, version: i32, text: String) -> Document {
        let file_path = uri
            .to_file_path()
            .map(|p| p.into_owned())
            .filter(|p| p.is_absolute());
        let by_path = file_path.as_deref().and_then(Grammar::for_path);
        let by_uri = uri_file_name(&uri).and_then(|n| Grammar::for_path(Path::new(&n)));
        let grammar = by_path
            .or(by_uri)
            .or_else(|| grammar_for_language(language_id));
        let lint_path = lint_path(file_path.as_deref(), &uri, grammar);
        let index = Arc::new(LineIndex::new(&text));
        Document {
            uri,
            version,
            revision: 0,
            grammar,
            file_path,
            lint_path,
            text: Arc::new(text),
            index,
            tree: None,
            tree_dirty: true,
        }
    }

    /// Apply content changes in order (LSP semantics: each change's range refers to the text
    /// after the previous change). Positions are in `encoding`.
    pub fn apply_changes(
        &mut self,
        changes: Vec<TextDocumentContentChangeEvent>,
        encoding: Encoding,
    ) {
        for change in changes {
            match change.range {
                None => {
                    self.text = Arc::new(change.text);
                    self.index = Arc::new(LineIndex::new(&self.text));
                    self.tree = None;
                }
                Some(range) => {
                    let (range, start_pos, old_end_pos) = {
                        let map = PositionMap::new(&self.text, &self.index, encoding);
                        let range = map.byte_range(range);
                        (
                            range.clone(),
                            point(&self.text, range.start),
                            point(&self.text, range.end),
                        )
                    };
                    let new_end_pos = advance(start_pos, &change.text);
                    let edit = InputEdit {
                        start_byte: range.start,
                        old_end_byte: range.end,
                        new_end_byte: range.start + change.text.len(),
                        start_position: start_pos,
                        old_end_position: old_end_pos,
                        new_end_position: new_end_pos,
                    };
                    Arc::make_mut(&mut self.text).replace_range(range, &change.text);
                    Arc::make_mut(&mut self.index).edit(
                        &self.text,
                        edit.start_byte,
                        edit.old_end_byte,
                        edit.new_end_byte,
                    );
                    if let Some(tree) = &mut self.tree {
                        tree.edit(&edit);
                    }
                }
            }
            self.tree_dirty = true;
            self.revision += 1;
        }
    }
}

/// tree-sitter's point for a byte offset: row and byte column. tree-sitter counts rows at `\n`
/// only (a lone `\r` is not a row break for it, unlike the line index), so the point is
/// measured here rather than taken from the index.
fn point(text: &str, offset: usize) -> Point {
    let before = &text.as_bytes()[..offset.min(text.len())];
    let row = memchr::memchr_iter(b'\n', before).count();
    let column = before.len() - memchr::memrchr(b'\n', before).map_or(0, |i| i + 1);
    Point::new(row, column)
}

fn advance(start: Point, inserted: &str) -> Point {
    match inserted.rfind('\n') {
        Some(last) => Point::new(
            start.row + inserted.matches('\n').count(),
            inserted.len() - last - 1,
        ),
        None => Point::new(start.row, start.column + inserted.len()),
    }
}

/// The last path segment of a URI (`untitled:Untitled-1`, `file:///a/b.ts` …), as written
/// (only its extension matters).
fn uri_file_name(uri: &Uri) -> Option<String> {
    let last = uri.path().as_str().rsplit('/').next()?;
    (!last.is_empty()).then(|| last.to_string())
}

/// The grammar for a client language id (for buffers whose name has no usable extension).
pub fn grammar_for_language(language_id: &str) -> Option<Grammar> {
    match language_id {
        "typescript" => Some(Grammar::TypeScript),
        "typescriptreact" | "javascript" | "javascriptreact" => Some(Grammar::Tsx),
        "python" => Some(Grammar::Python),
        _ => None,
    }
}

fn extension(grammar: Grammar) -> &'static str {
    match grammar {
        Grammar::TypeScript => "ts",
        Grammar::Tsx => "tsx",
        Grammar::Python => "py",
    }
}

fn lint_path(file_path: Option<&Path>, uri: &Uri, grammar: Option<Grammar>) -> PathBuf {
    let base = file_path
        .map(Path::to_path_buf)
        .or_else(|| uri_file_name(uri).map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("untitled"));
    match grammar {
        Some(g) if Grammar::for_path(&base) != Some(g) => {
            let mut name = base.into_os_string();
            name.push(".");
            name.push(extension(g));
            PathBuf::from(name)
        }
        _ => base,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;
    use tower_lsp_server::ls_types::{Position, Range};

    fn change(l1: u32, c1: u32, l2: u32, c2: u32, text: &str) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: Some(Range::new(Position::new(l1, c1), Position::new(l2, c2))),
            range_length: None,
            text: text.to_string(),
        }
    }

    #[test]
    fn incremental_changes_apply_in_order_and_keep_the_tree_in_step() {
        let uri = Uri::from_str("file:///w/app.ts").unwrap();
        let mut doc = Document::new(uri, "typescript", 1, "const a = '🪣';\nlet b = 1;\n".into());
        assert_eq!(doc.grammar, Some(Grammar::TypeScript));
        doc.tree = cdklint_linter::parse(Grammar::TypeScript, &doc.text, None);
        // Replace `1` (line 1, col 8) and then insert after the emoji (UTF-16 col 13).
        doc.apply_changes(
            vec![change(1, 8, 1, 9, "22"), change(0, 13, 0, 13, "x")],
            Encoding::Utf16,
        );
        assert_eq!(doc.text.as_str(), "const a = '🪣x';\nlet b = 22;\n");
        assert_eq!(*doc.index, LineIndex::new(&doc.text));
        let reparsed =
            cdklint_linter::parse(Grammar::TypeScript, &doc.text, doc.tree.as_ref()).unwrap();
        let fresh = cdklint_linter::parse(Grammar::TypeScript, &doc.text, None).unwrap();
        assert_eq!(reparsed.root_node().to_sexp(), fresh.root_node().to_sexp());
    }

    #[test]
    fn untitled_buffers_take_the_grammar_from_the_language_id() {
        let uri = Uri::from_str("untitled:Untitled-1").unwrap();
        let doc = Document::new(uri, "python", 1, String::new());
        assert_eq!(doc.grammar, Some(Grammar::Python));
        assert_eq!(Grammar::for_path(&doc.lint_path), Some(Grammar::Python));
        let uri = Uri::from_str("file:///w/notes.txt").unwrap();
        let doc = Document::new(uri, "plaintext", 1, String::new());
        assert_eq!(doc.grammar, None);
    }
}
