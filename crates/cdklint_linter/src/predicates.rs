//! The engine side of the custom predicates declared in `cdklint_rules::predicates`.

use cdklint_rules::{PredicateKind, ResolvedPredicate, normalize_name};
use tree_sitter::Node;

use crate::imports::string_content;
use crate::props::{self, PropLookup};
use crate::resolve::FileContext;

/// Does `node` satisfy the predicate?
pub fn holds<'t>(ctx: &FileContext<'t>, pred: &ResolvedPredicate, node: Node<'t>) -> bool {
    match pred.kind {
        PredicateKind::CdkRef => ctx
            .resolve(node)
            .is_some_and(|r| pred.args.contains(&r.canonical)),
        PredicateKind::NotCdkRef => !ctx
            .resolve(node)
            .is_some_and(|r| pred.args.contains(&r.canonical)),
        PredicateKind::CdkVersion => {
            let want_v1 = pred.args[0] == "1";
            ctx.resolve(node).is_some_and(|r| r.v1 == want_v1)
        }
        PredicateKind::ValueMember => {
            let value = ctx.follow(node);
            let prop = match value.kind() {
                "member_expression" => value.child_by_field_name("property"),
                "attribute" => value.child_by_field_name("attribute"),
                _ => None,
            };
            prop.is_some_and(|p| pred.args.contains(&normalize_name(ctx.text(p))))
        }
        PredicateKind::ValueString => {
            let value = ctx.follow(node);
            matches!(value.kind(), "string" | "template_string")
                && pred
                    .regex
                    .as_ref()
                    .is_some_and(|re| re.is_match(string_content(value, ctx.src)))
        }
        PredicateKind::ValueNew => {
            let value = ctx.follow(node);
            ctx.constructed_class(value)
                .is_some_and(|r| pred.args.contains(&r.canonical))
        }
        PredicateKind::Key => props::key_matches(node, &pred.args, ctx.src),
        PredicateKind::HasProp => matches!(
            props::lookup(node, &pred.args, ctx.src),
            PropLookup::Present(_)
        ),
        PredicateKind::LacksProp => {
            matches!(props::lookup(node, &pred.args, ctx.src), PropLookup::Absent)
        }
        PredicateKind::AllStringsMatchList => pred
            .regex
            .as_ref()
            .is_some_and(|re| all_strings_match(ctx, node, re)),
        PredicateKind::CalledWith => pred
            .regex
            .as_ref()
            .is_some_and(|re| called_with(ctx, node, &pred.args[0], re)),
        PredicateKind::NotCalledWith => !pred
            .regex
            .as_ref()
            .is_some_and(|re| called_with(ctx, node, &pred.args[0], re)),
    }
}

/// The text of a string literal without substitutions (`'a'`, `` `a` ``, `"a"`), else `None`.
fn plain_string<'t>(node: Node<'t>, src: &'t str) -> Option<&'t str> {
    let mut c = node.walk();
    let interpolated = node
        .named_children(&mut c)
        .any(|n| matches!(n.kind(), "template_substitution" | "interpolation"));
    (matches!(node.kind(), "string" | "template_string") && !interpolated)
        .then(|| string_content(node, src))
}

/// `node` (or its binding) is a string or a non-empty array/list/tuple of strings, every one
/// of which matches `re`.
fn all_strings_match<'t>(ctx: &FileContext<'t>, node: Node<'t>, re: &regex::Regex) -> bool {
    let value = ctx.follow(node);
    let items: Vec<Node<'t>> = match value.kind() {
        "array" | "list" | "tuple" => {
            let mut c = value.walk();
            value
                .named_children(&mut c)
                .filter(|n| n.kind() != "comment")
                .collect()
        }
        _ => vec![value],
    };
    !items.is_empty()
        && items
            .iter()
            .all(|item| plain_string(ctx.follow(*item), ctx.src).is_some_and(|s| re.is_match(s)))
}

/// The name `node` is bound to: `const x = node`, `x = node`, `this.x = node`, `self.x = node`,
/// or a class field `x = node` (as `this.x`).
fn bound_name(node: Node, src: &str) -> Option<String> {
    let mut value = node;
    let mut parent = node.parent()?;
    while matches!(
        parent.kind(),
        "parenthesized_expression"
            | "as_expression"
            | "satisfies_expression"
            | "non_null_expression"
    ) {
        value = parent;
        parent = parent.parent()?;
    }
    let is_value = |field: &str| parent.child_by_field_name(field) == Some(value);
    let name = match parent.kind() {
        "variable_declarator" if is_value("value") => parent.child_by_field_name("name")?,
        "assignment_expression" | "assignment" if is_value("right") => {
            parent.child_by_field_name("left")?
        }
        "public_field_definition" if is_value("value") => {
            let name = parent.child_by_field_name("name")?;
            return Some(format!("this.{}", crate::parse::text(name, src)));
        }
        _ => return None,
    };
    let text = crate::parse::text(name, src);
    match name.kind() {
        "identifier" => Some(text.to_string()),
        "member_expression" | "attribute"
            if text.starts_with("this.") || text.starts_with("self.") =>
        {
            Some(text.split_whitespace().collect())
        }
        _ => None,
    }
}

/// Does the name `node` is bound to receive `.method(…)` (normalised name) with arguments
/// whose text — or, for an identifier argument, its bound value's text — matches `re`?
fn called_with<'t>(ctx: &FileContext<'t>, node: Node<'t>, method: &str, re: &regex::Regex) -> bool {
    let Some(name) = bound_name(node, ctx.src) else {
        return false;
    };
    let mut cursor = ctx.tree.root_node().walk();
    loop {
        let n = cursor.node();
        if matches!(n.kind(), "call_expression" | "call")
            && let Some(callee) = n.child_by_field_name("function")
            && matches!(callee.kind(), "member_expression" | "attribute")
            && let (Some(object), Some(prop)) = (
                callee.child_by_field_name("object"),
                callee
                    .child_by_field_name("property")
                    .or_else(|| callee.child_by_field_name("attribute")),
            )
            && normalize_name(ctx.text(prop)) == method
            && ctx
                .text(object)
                .split_whitespace()
                .collect::<String>()
                .trim_end_matches(['!', '?'])
                == name
            && let Some(args) = n.child_by_field_name("arguments")
        {
            if re.is_match(ctx.text(args)) {
                return true;
            }
            let mut c = args.walk();
            for arg in args.named_children(&mut c) {
                let value = ctx.follow(arg);
                if value != arg && re.is_match(ctx.text(value)) {
                    return true;
                }
            }
        }
        if cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return false;
            }
        }
    }
}
