//! The engine side of the custom predicates declared in `cdklint_rules::predicates`.

use cdklint_rules::{PredicateKind, ResolvedPredicate, normalize_name};
use tree_sitter::Node;

use cdklint_model::imports::string_content;
use cdklint_model::member_name;
use cdklint_model::props::{self, PropLookup};
use cdklint_model::resolve::FileContext;

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
                "member_expression" | "attribute" => member_name(value),
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
        PredicateKind::SoleInstance => {
            let created = |n: Node<'t>| {
                ctx.created_by(n)
                    .is_some_and(|r| pred.args.contains(&r.canonical))
            };
            created(ctx.follow(node)) && ctx.count_nodes(created, 2) == 1
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
        PredicateKind::NumberRangeCovers => number_range(ctx, node).is_some_and(|(lo, hi)| {
            pred.args
                .iter()
                .filter_map(|a| a.parse::<i64>().ok())
                .any(|n| lo <= n && n <= hi)
        }),
        PredicateKind::PropNumber => prop_value(ctx, node, &pred.args[0])
            .and_then(|v| number_value(ctx, v))
            .is_some_and(|n| pred.args[1..].iter().any(|r| cdklint_rules::in_range(r, n))),
        PredicateKind::PropString => pred
            .regex
            .as_ref()
            .is_some_and(|re| prop_string(ctx, node, &pred.args[0], re)),
        PredicateKind::PassedTo => passed_to(ctx, node, &pred.args),
        PredicateKind::PathMatch => pred.regex.as_ref().is_some_and(|re| re.is_match(&ctx.path)),
        PredicateKind::ValueConstruct => is_construct_call(ctx.follow(node)),
        PredicateKind::CdkV1Import => {
            cdklint_model::v1::imports_cdk_v1(node, ctx.src, &ctx.imports)
        }
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
            return Some(format!("this.{}", cdklint_model::parse::text(name, src)));
        }
        _ => return None,
    };
    let text = cdklint_model::parse::text(name, src);
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
            && let (Some(object), Some(prop)) =
                (callee.child_by_field_name("object"), member_name(callee))
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

// ---- numbers, prop values and values flowing into constructs --------------------------------

/// `22`, `-1`, `0x16`, `1_024`, `22.0` as an integer.
fn parse_number(text: &str) -> Option<i64> {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    let t = t.to_ascii_lowercase();
    if let Some(hex) = t.strip_prefix("0x") {
        return i64::from_str_radix(hex, 16).ok();
    }
    t.parse::<i64>().ok().or_else(|| {
        t.parse::<f64>()
            .ok()
            .filter(|f| f.is_finite() && f.fract() == 0.0 && f.abs() < 9.0e15)
            .map(|f| f as i64)
    })
}

/// The integer value of a numeric literal (or a name bound to one in this file).
fn number_value<'t>(ctx: &FileContext<'t>, node: Node<'t>) -> Option<i64> {
    let value = ctx.follow(node);
    match value.kind() {
        "number" | "integer" | "float" => parse_number(ctx.text(value)),
        "unary_expression" | "unary_operator" => {
            let op = ctx.text(value.child_by_field_name("operator")?);
            let n = number_value(ctx, value.child_by_field_name("argument")?)?;
            match op {
                "-" => n.checked_neg(),
                "+" => Some(n),
                _ => None,
            }
        }
        _ => None,
    }
}

/// A number `n` as `[n, n]`, or the one or two positional numeric arguments of a call /
/// argument list as `[a, a]` / `[a, b]`.
fn number_range<'t>(ctx: &FileContext<'t>, node: Node<'t>) -> Option<(i64, i64)> {
    if let Some(n) = number_value(ctx, node) {
        return Some((n, n));
    }
    let value = ctx.follow(node);
    let args = match value.kind() {
        "arguments" | "argument_list" => value,
        "call_expression" | "call" | "new_expression" => value.child_by_field_name("arguments")?,
        _ => return None,
    };
    let positional = positional_args(args);
    match positional.as_slice() {
        [a] => number_value(ctx, *a).map(|a| (a, a)),
        [a, b] => Some((number_value(ctx, *a)?, number_value(ctx, *b)?)),
        _ => None,
    }
}

/// Positional arguments of an argument list (no comments, no keyword arguments).
fn positional_args(args: Node) -> Vec<Node> {
    let mut c = args.walk();
    args.named_children(&mut c)
        .filter(|n| !matches!(n.kind(), "comment" | "keyword_argument"))
        .collect()
}

/// The value of prop `name` (normalised) of a props container (or a name bound to one).
fn prop_value<'t>(ctx: &FileContext<'t>, node: Node<'t>, name: &str) -> Option<Node<'t>> {
    match props::lookup(ctx.follow(node), &[name.to_string()], ctx.src) {
        PropLookup::Present(v) => Some(v),
        _ => None,
    }
}

/// The content of a string literal without substitutions (or of the one a name is bound to).
fn literal_string<'t>(ctx: &FileContext<'t>, node: Node<'t>) -> Option<&'t str> {
    let value = ctx.follow(node);
    let mut c = value.walk();
    let interpolated = value
        .named_children(&mut c)
        .any(|n| matches!(n.kind(), "template_substitution" | "interpolation"));
    (matches!(value.kind(), "string" | "template_string") && !interpolated)
        .then(|| string_content(value, ctx.src))
}

/// The props container — or every item of a non-empty array / list of them — sets `name` to
/// a string matching `re`.
fn prop_string<'t>(ctx: &FileContext<'t>, node: Node<'t>, name: &str, re: &regex::Regex) -> bool {
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
        && items.iter().all(|item| {
            prop_value(ctx, *item, name)
                .and_then(|v| literal_string(ctx, v))
                .is_some_and(|s| re.is_match(s))
        })
}

/// `this.x` / `self.x` as a key.
fn self_key(node: Node, src: &str) -> Option<String> {
    let object = node.child_by_field_name("object")?;
    let prop = member_name(node)?;
    let obj = cdklint_model::parse::text(object, src);
    (obj == "this" || obj == "self")
        .then(|| format!("{obj}.{}", cdklint_model::parse::text(prop, src)))
}

/// The name a value is assigned to: `const x = v`, `x = v`, `this.x = v`, `self.x = v`, or a
/// class field `x = v` (as `this.x`).
fn binding_key(node: Node, src: &str) -> Option<String> {
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
            return Some(format!("this.{}", cdklint_model::parse::text(name, src)));
        }
        _ => return None,
    };
    match name.kind() {
        "identifier" => Some(cdklint_model::parse::text(name, src).to_string()),
        "member_expression" | "attribute" => self_key(name, src),
        _ => None,
    }
}

/// Is `node` passed — as a prop or argument, directly or inside an array / object — to a
/// construct of one of `classes`, or to a method called on one?
fn flows_into<'t>(ctx: &FileContext<'t>, node: Node<'t>, classes: &[String]) -> bool {
    let is_class = |n: Node<'t>| {
        ctx.constructed_class(n)
            .is_some_and(|r| classes.contains(&r.canonical))
    };
    let mut node = node;
    for _ in 0..16 {
        let Some(parent) = node.parent() else {
            return false;
        };
        match parent.kind() {
            "array"
            | "list"
            | "tuple"
            | "object"
            | "dictionary"
            | "parenthesized_expression"
            | "non_null_expression"
            | "as_expression"
            | "satisfies_expression" => {}
            "pair" | "keyword_argument" => {
                if parent.child_by_field_name("value") != Some(node) {
                    return false;
                }
            }
            "arguments" | "argument_list" => {
                let Some(call) = parent.parent() else {
                    return false;
                };
                if is_class(call) {
                    return true;
                }
                let receiver = call
                    .child_by_field_name("function")
                    .filter(|f| matches!(f.kind(), "member_expression" | "attribute"))
                    .and_then(|f| f.child_by_field_name("object"));
                return receiver.is_some_and(|r| is_class(ctx.follow(r)));
            }
            _ => return false,
        }
        node = parent;
    }
    false
}

/// `node`, or every reference in the file to the name it is assigned to, flows into a
/// construct of one of `classes` (see [`flows_into`]).
fn passed_to<'t>(ctx: &FileContext<'t>, node: Node<'t>, classes: &[String]) -> bool {
    if flows_into(ctx, node, classes) {
        return true;
    }
    let Some(key) = binding_key(node, ctx.src) else {
        return false;
    };
    let dotted = key.contains('.');
    let reaches = |n: Node<'t>| {
        let is_ref = match n.kind() {
            "identifier" | "shorthand_property_identifier" => !dotted && ctx.text(n) == key,
            "member_expression" | "attribute" => {
                dotted && self_key(n, ctx.src).as_deref() == Some(key.as_str())
            }
            _ => false,
        };
        is_ref && flows_into(ctx, n, classes)
    };
    ctx.count_nodes(reaches, 1) == 1
}

/// `new X(scope, 'id', …)` / `X(self, "id", …)`: a scope-like first argument and a string id.
fn is_construct_call(value: Node) -> bool {
    let Some(args) = (match value.kind() {
        "new_expression" | "call" => value.child_by_field_name("arguments"),
        _ => None,
    }) else {
        return false;
    };
    let positional = positional_args(args);
    matches!(
        positional.first().map(|n| n.kind()),
        Some("this" | "identifier" | "member_expression" | "attribute")
    ) && matches!(
        positional.get(1).map(|n| n.kind()),
        Some("string" | "template_string")
    )
}
