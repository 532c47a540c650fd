//! Named checks of the DAT rules.

use cdklint_model::{Model, Props, Value, member_name, normalize_name, normalizes_to};
use tree_sitter::Node;

use super::CheckFn;

pub(super) const CHECKS: &[(&str, CheckFn)] = &[
    ("prop-key", prop_key),
    ("literal-under-key", literal_under_key),
    ("mentions-member", mentions_member),
];

/// How deep nested objects are searched: serialised secrets are shallow, and the bound keeps a
/// pathological file cheap.
const MAX_DEPTH: usize = 6;

fn regex_arg(args: &[String]) -> Option<std::sync::Arc<regex::Regex>> {
    args.first().and_then(|a| super::arg_regex(a))
}

/// The node is the value of a prop — an object or dict entry, a keyword argument — whose key
/// matches the regex `args[0]`: a secret passed under `password` is a secret, one under
/// `database` is configuration.
fn prop_key<'t>(args: &[String], model: &Model<'t>, node: Node<'t>) -> bool {
    let Some(re) = regex_arg(args) else {
        return false;
    };
    // Wrappers that do not change the value: `password: (x as any)`.
    let mut value = node;
    let mut parent = node.parent();
    while let Some(p) = parent.filter(|p| {
        matches!(
            p.kind(),
            "parenthesized_expression"
                | "as_expression"
                | "non_null_expression"
                | "satisfies_expression"
        )
    }) {
        value = p;
        parent = p.parent();
    }
    let Some(container) = parent
        .filter(|p| matches!(p.kind(), "pair" | "keyword_argument"))
        .and_then(|p| p.parent())
    else {
        return false;
    };
    Props::of_container(container, model.src())
        .entries
        .iter()
        .any(|p| p.value == value && re.is_match(p.key))
}

/// The value is an object, dict or list — also one serialised with `JSON.stringify` /
/// `json.dumps` — that holds, at any depth, a plain string literal under a key matching the
/// regex `args[0]`: `JSON.stringify({ password: 'hunter2' })`.
fn literal_under_key<'t>(args: &[String], model: &Model<'t>, node: Node<'t>) -> bool {
    fn walk<'t>(model: &Model<'t>, node: Node<'t>, re: &regex::Regex, depth: usize) -> bool {
        if depth > MAX_DEPTH {
            return false;
        }
        match model.value(node) {
            Value::Object(props) => props.entries.iter().any(|p| {
                (re.is_match(p.key) && matches!(model.value(p.value), Value::Str(_)))
                    || walk(model, p.value, re, depth + 1)
            }),
            Value::List(items) => items.into_iter().any(|i| walk(model, i, re, depth + 1)),
            _ => false,
        }
    }
    regex_arg(args).is_some_and(|re| walk(model, node, &re, 0))
}

/// The expression reads a member or calls a method named one of `args` (`secretValue`,
/// `unsafeUnwrap`; any spelling) anywhere in it — along member chains, in call arguments,
/// template holes, concatenations and conditionals. A name the whole expression is bound to
/// is followed; names inside it are not, so `db.endpoint` does not reach into how `db` was
/// built.
fn mentions_member<'t>(args: &[String], model: &Model<'t>, node: Node<'t>) -> bool {
    let names: Vec<String> = args.iter().map(|a| normalize_name(a)).collect();
    let root = model.unwrap(node);
    let mut cursor = root.walk();
    loop {
        let current = cursor.node();
        // The member's name as written is compared first: most members are not the ones
        // asked for, and their value would resolve the chain for nothing.
        if matches!(current.kind(), "member_expression" | "attribute")
            && member_name(current)
                .is_some_and(|p| names.iter().any(|n| normalizes_to(model.text(p), n)))
            && matches!(model.value(current), Value::Member { name, .. } if names.contains(&name))
        {
            return true;
        }
        if cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.node() == root {
                return false;
            }
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return false;
            }
        }
    }
}
