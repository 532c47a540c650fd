//! Props of a construct call, in both languages: TypeScript object literals (`{ enforceSSL:
//! true, 'bucketName': x, zone, ...defaults }`) and Python keyword arguments
//! (`enforce_ssl=True, **kwargs`), plus Python dict literals.

use crate::normalize_name;
use tree_sitter::Node;

use crate::imports::string_content;
use crate::parse::text;

/// What is known about one prop of a props container.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PropLookup<'t> {
    /// Set, with this value node (or the shorthand identifier itself).
    Present(Node<'t>),
    /// Not set, and nothing hides it.
    Absent,
    /// Not visible: a spread, `**kwargs` or a props variable might set it.
    Unknown,
}

/// The prop containers of a node: an object literal, a call's argument list (the props object
/// of `new X(scope, id, props)`), a Python argument list or dict, or a call (its arguments).
fn containers<'t>(node: Node<'t>) -> (Vec<Node<'t>>, bool) {
    match node.kind() {
        "object" | "dictionary" | "argument_list" => (vec![node], false),
        "arguments" => {
            let mut objects = Vec::new();
            let mut unknown = false;
            let mut c = node.walk();
            for (i, arg) in node
                .named_children(&mut c)
                .filter(|n| n.kind() != "comment")
                .enumerate()
            {
                match arg.kind() {
                    "object" => objects.push(arg),
                    "spread_element" => unknown = true,
                    // A props variable or expression in the props position hides the props.
                    _ if i >= 2 => unknown = true,
                    _ => {}
                }
            }
            (objects, unknown)
        }
        "new_expression" | "call_expression" | "call" => {
            match node.child_by_field_name("arguments") {
                Some(args) => containers(args),
                None => (Vec::new(), false),
            }
        }
        _ => (Vec::new(), true),
    }
}

/// Key name of a property-like child, if it has a plain name.
fn key_of<'t>(child: Node<'t>, src: &'t str) -> Option<(&'t str, Node<'t>)> {
    match child.kind() {
        "pair" => {
            let key = child.child_by_field_name("key")?;
            let value = child.child_by_field_name("value")?;
            let name = match key.kind() {
                "property_identifier" | "identifier" => text(key, src),
                "string" => string_content(key, src),
                _ => return None,
            };
            Some((name, value))
        }
        "keyword_argument" => {
            let name = child.child_by_field_name("name")?;
            Some((text(name, src), child.child_by_field_name("value")?))
        }
        "shorthand_property_identifier" => Some((text(child, src), child)),
        "method_definition" => Some((text(child.child_by_field_name("name")?, src), child)),
        _ => None,
    }
}

fn hides_props(child: Node) -> bool {
    matches!(
        child.kind(),
        "spread_element" | "dictionary_splat" | "list_splat" | "computed_property_name"
    ) || child
        .child_by_field_name("key")
        .is_some_and(|k| k.kind() == "computed_property_name")
}

/// Look up a prop by any of `names` (already normalised).
pub fn lookup<'t>(node: Node<'t>, names: &[String], src: &'t str) -> PropLookup<'t> {
    let (containers, mut unknown) = containers(node);
    for container in containers {
        let mut c = container.walk();
        for child in container.named_children(&mut c) {
            if hides_props(child) {
                unknown = true;
                continue;
            }
            if let Some((key, value)) = key_of(child, src)
                && names.iter().any(|n| *n == normalize_name(key))
            {
                return PropLookup::Present(value);
            }
        }
    }
    if unknown {
        PropLookup::Unknown
    } else {
        PropLookup::Absent
    }
}

/// Is `node` a prop key / keyword name equal to one of `names` (normalised)?
pub fn key_matches(node: Node, names: &[String], src: &str) -> bool {
    let name = match node.kind() {
        "string" => string_content(node, src),
        _ => text(node, src),
    };
    let name = normalize_name(name);
    names.contains(&name)
}

/// Where and how to insert a new prop `prop` (already in the language's syntax) into the props
/// of `node`: returns (byte offset, text to insert). `None` when the props cannot be seen.
pub fn insertion(node: Node, prop: &str, src: &str) -> Option<(usize, String)> {
    match node.kind() {
        "object" | "dictionary" | "argument_list" => insert_into_list(node, prop, src),
        "arguments" => {
            let (objects, unknown) = containers(node);
            if unknown {
                return None;
            }
            if let Some(obj) = objects.last() {
                return insert_into_list(*obj, prop, src);
            }
            let mut c = node.walk();
            let args: Vec<Node> = node
                .named_children(&mut c)
                .filter(|n| n.kind() != "comment")
                .collect();
            // `new X(scope, id)` gets a props object; other arities are not construct calls.
            if args.len() != 2 {
                return None;
            }
            Some((args[1].end_byte(), format!(", {{ {prop} }}")))
        }
        "new_expression" | "call_expression" | "call" => {
            insertion(node.child_by_field_name("arguments")?, prop, src)
        }
        _ => None,
    }
}

/// Insert an item into a bracketed, comma-separated list, keeping its layout: on a line of
/// its own with the same indentation when the list is multi-line, inline otherwise.
fn insert_into_list(list: Node, item: &str, src: &str) -> Option<(usize, String)> {
    let mut c = list.walk();
    let items: Vec<Node> = list
        .named_children(&mut c)
        .filter(|n| n.kind() != "comment")
        .collect();
    let close = list.end_byte().checked_sub(1)?;
    let Some(last) = items.last() else {
        let open = list.start_byte() + 1;
        let inner = src.get(open..close)?;
        if !inner.trim().is_empty() {
            return None; // only comments inside: leave it to a human
        }
        let padded = if list.kind() == "object" {
            format!(" {item} ")
        } else {
            item.to_string()
        };
        return Some((open, padded));
    };
    let after_last = &src[last.end_byte()..close];
    let trailing_comma = after_last.trim_start().starts_with(',');
    let multiline = src[list.start_byte()..list.end_byte()].contains('\n')
        && src[list.start_byte()..last.start_byte()].contains('\n');
    if multiline {
        let line_start = src[..last.start_byte()].rfind('\n').map_or(0, |i| i + 1);
        let indent: String = src[line_start..last.start_byte()]
            .chars()
            .take_while(|c| c.is_whitespace())
            .collect();
        if trailing_comma {
            let comma = last.end_byte() + after_last.find(',')? + 1;
            // Keep a same-line trailing comment (`a: 1, // why`) with the item it annotates.
            let rest = &src[comma..close];
            let line_end = rest.find('\n').map_or(close, |i| comma + i);
            let comment = src[comma..line_end].trim_start();
            let at = if comment.starts_with("//") || comment.starts_with('#') {
                line_end
            } else {
                comma
            };
            Some((at, format!("\n{indent}{item},")))
        } else {
            Some((last.end_byte(), format!(",\n{indent}{item}")))
        }
    } else {
        Some((last.end_byte(), format!(", {item}")))
    }
}

/// The bytes to delete to remove one entry (`key: value`, `key=value`, a shorthand) from its
/// object literal, dict or argument list, separator included: up to the next entry, or from
/// the previous one when it is the last, so the list keeps its layout and stays valid. `None`
/// when the node is not an entry of such a list, or a comment lies in the bytes removed.
pub fn removal(entry: Node, src: &str) -> Option<std::ops::Range<usize>> {
    let list = entry.parent()?;
    if !matches!(list.kind(), "object" | "dictionary" | "argument_list") {
        return None;
    }
    let mut c = list.walk();
    let children: Vec<Node> = list.named_children(&mut c).collect();
    let items: Vec<Node> = children
        .iter()
        .copied()
        .filter(|n| n.kind() != "comment")
        .collect();
    let i = items.iter().position(|n| *n == entry)?;
    let range = if let Some(next) = items.get(i + 1) {
        entry.start_byte()..next.start_byte()
    } else if i > 0 {
        // The last entry: from the end of the previous one, keeping a trailing comma's layout.
        let prev = items[i - 1];
        let trailing_comma = src
            .get(entry.end_byte()..list.end_byte().saturating_sub(1))
            .is_some_and(|t| t.trim_start().starts_with(','));
        if trailing_comma {
            // `a,\n  b,\n}`: delete `b,` and the line break before it.
            let comma = entry.end_byte() + src[entry.end_byte()..].find(',')?;
            prev.end_byte() + src[prev.end_byte()..].find(',')? + 1..comma + 1
        } else {
            prev.end_byte()..entry.end_byte()
        }
    } else {
        // The only entry: empty the list.
        let open = list.start_byte() + 1;
        let close = list.end_byte().checked_sub(1)?;
        open..close
    };
    // A comment in the removed bytes would be lost with them.
    let comment_inside = children.iter().any(|n| {
        n.kind() == "comment" && range.start <= n.start_byte() && n.end_byte() <= range.end
    });
    (!comment_inside).then_some(range)
}

#[cfg(test)]
mod removal_tests {
    use super::removal;
    use crate::Grammar;
    use crate::parse::parse;

    /// The text after removing the entry whose key is `key`.
    fn remove(grammar: Grammar, src: &str, key: &str) -> Option<String> {
        let tree = parse(grammar, src, None).unwrap();
        let mut cursor = tree.root_node().walk();
        let mut found = None;
        loop {
            let n = cursor.node();
            if matches!(n.kind(), "pair" | "keyword_argument")
                && n.child(0).is_some_and(|k| &src[k.byte_range()] == key)
            {
                found = Some(n);
                break;
            }
            if cursor.goto_first_child() {
                continue;
            }
            while !cursor.goto_next_sibling() {
                if !cursor.goto_parent() {
                    break;
                }
            }
            if cursor.node() == tree.root_node() {
                break;
            }
        }
        let range = removal(found?, src)?;
        Some(format!("{}{}", &src[..range.start], &src[range.end..]))
    }

    #[test]
    fn entries_are_removed_with_their_separator() {
        let ts = Grammar::TypeScript;
        assert_eq!(
            remove(ts, "f({ a: 1, b: 2, c: 3 });", "b").as_deref(),
            Some("f({ a: 1, c: 3 });")
        );
        assert_eq!(
            remove(ts, "f({ a: 1, b: 2 });", "b").as_deref(),
            Some("f({ a: 1 });")
        );
        assert_eq!(
            remove(ts, "f({\n  a: 1,\n  b: 2,\n});", "b").as_deref(),
            Some("f({\n  a: 1,\n});")
        );
        assert_eq!(remove(ts, "f({ b: 2 });", "b").as_deref(), Some("f({});"));
        assert_eq!(
            remove(ts, "f({ a: 1, /* keep */ b: 2, c: 3 });", "b").as_deref(),
            Some("f({ a: 1, /* keep */ c: 3 });")
        );
        assert_eq!(remove(ts, "f({ a: 1, b: 2 /* why */, c: 3 });", "b"), None);
        let py = Grammar::Python;
        assert_eq!(
            remove(py, "f(self, 'G', a=1, b=2, c=3)", "b").as_deref(),
            Some("f(self, 'G', a=1, c=3)")
        );
        assert_eq!(
            remove(py, "f(\n    self,\n    a=1,\n    b=2,\n)", "b").as_deref(),
            Some("f(\n    self,\n    a=1,\n)")
        );
    }
}
