use crate::Grammar;
use tree_sitter::{Node, Parser, Tree};

/// Parse `text` with `grammar`, reusing `old` (already `edit`ed) for an incremental reparse.
pub fn parse(grammar: Grammar, text: &str, old: Option<&Tree>) -> Option<Tree> {
    thread_local! {
        static PARSERS: std::cell::RefCell<[Option<Parser>; 3]> = const { std::cell::RefCell::new([None, None, None]) };
    }
    PARSERS.with(|cell| {
        let mut parsers = cell.borrow_mut();
        let slot = &mut parsers[grammar as usize];
        if slot.is_none() {
            let mut p = Parser::new();
            p.set_language(&grammar.language()).ok()?;
            *slot = Some(p);
        }
        slot.as_mut()?.parse(text, old)
    })
}

/// Number of ERROR and MISSING nodes in a tree (0 when it parsed cleanly).
pub fn count_errors(tree: &Tree) -> usize {
    let root = tree.root_node();
    if !root.has_error() {
        return 0;
    }
    let mut count = 0;
    let mut cursor = root.walk();
    loop {
        let node = cursor.node();
        if node.is_error() || node.is_missing() {
            count += 1;
        }
        if node.has_error() && cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return count;
            }
        }
    }
}

/// The text of a node, or "" if the tree and text disagree.
pub fn text<'a>(node: Node, src: &'a str) -> &'a str {
    src.get(node.byte_range()).unwrap_or_default()
}
