//! Parents of nodes, asked for after the walk.
//!
//! tree-sitter nodes do not store their parent: `Node::parent` descends from the root every
//! time, scanning the children of each level on the way. In a file of hundreds of stacks, or
//! one constructor of hundreds of statements, each call scans those hundreds, and questions
//! that climb from a name to its statement (what a use is, whether it lies in an output) call
//! it several times per level. [`Parents`] keeps the last path from the root it found: the
//! ancestors of a node on that path are answered from it, and a new node is found by
//! descending from the deepest node of the path that holds it, so climbing costs one descent,
//! and neighbouring names (in file order) share most of it.

use std::cell::RefCell;

use tree_sitter::Node;

pub(crate) struct Parents<'t> {
    root: Node<'t>,
    /// The root, then each child on the way to the node last asked about.
    path: RefCell<Vec<Node<'t>>>,
}

impl<'t> Parents<'t> {
    pub(crate) fn new(root: Node<'t>) -> Self {
        Parents {
            root,
            path: RefCell::new(vec![root]),
        }
    }

    /// The parent of `node` (`None` for the root).
    pub(crate) fn of(&self, node: Node<'t>) -> Option<Node<'t>> {
        let mut path = self.path.borrow_mut();
        if let Some(i) = path.iter().rposition(|n| *n == node) {
            return i.checked_sub(1).map(|p| path[p]);
        }
        let root = self.root;
        if node == root {
            return None;
        }
        // Keep the part of the path that holds `node`.
        let holds = |a: &Node| {
            a.start_byte() <= node.start_byte() && node.end_byte() <= a.end_byte() && *a != node
        };
        let keep = path.iter().take_while(|a| holds(a)).count();
        if keep == 0 {
            path.clear();
            path.push(root);
        } else {
            path.truncate(keep);
        }
        loop {
            let last = *path.last().expect("the path holds the root");
            match last.child_with_descendant(node) {
                Some(child) if child == node => {
                    path.push(child);
                    return Some(last);
                }
                Some(child) if child != last => path.push(child),
                // Not in this tree, or zero-width ties tree-sitter cannot tell apart.
                _ => {
                    drop(path);
                    return node.parent();
                }
            }
        }
    }
}
