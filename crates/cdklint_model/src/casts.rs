//! TypeScript casts, and where a value sits in the arguments of a call (STR003).
//!
//! Elsewhere the model looks through casts — a cast value is the value — so a rule about the
//! cast itself (`props as any`, `scope.node.scope as cdk.Stack`) needs them listed. The model
//! walk records every `x as T` and `<T>x` of the file in [`Model::casts`], with the expression
//! cast and its type as written; [`Model::outer_call`] finds the call whose arguments hold a
//! value written in place (the argument itself, or a value inside an object literal, dict or
//! list argument), and [`Model::is_construct_instantiation`] tells a construct call by its
//! shape (`new X(scope, 'id', …)`), so that a project's own construct classes count too.

use tree_sitter::Node;

use crate::model::Model;
use crate::parse::text;

/// How many containers (object literals, lists, entries, spreads, parentheses) are climbed
/// from a value to the argument list holding it.
const MAX_OUTER_DEPTH: usize = 24;

/// One cast: `x as T` (`as_expression`) or `<T>x` (`type_assertion`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cast<'t> {
    /// The whole cast expression.
    pub node: Node<'t>,
    /// The expression cast (`x`).
    pub value: Node<'t>,
    /// The type as written (`any`, `cdk.Stack`).
    pub ty: Node<'t>,
}

impl<'t> Cast<'t> {
    /// `node` as a cast, when it is one whose parts parsed.
    pub(crate) fn of(node: Node<'t>) -> Option<Cast<'t>> {
        let mut cursor = node.walk();
        let parts: Vec<Node<'t>> = node
            .named_children(&mut cursor)
            .filter(|n| n.kind() != "comment")
            .collect();
        match (node.kind(), parts.as_slice()) {
            // `x as T`: no fields; the expression first, the type second.
            ("as_expression", [value, ty]) => Some(Cast {
                node,
                value: *value,
                ty: *ty,
            }),
            // `<T>x`: the type inside type arguments, then the expression.
            ("type_assertion", [args, value]) if args.kind() == "type_arguments" => {
                let ty = args.named_child(0)?;
                Some(Cast {
                    node,
                    value: *value,
                    ty,
                })
            }
            _ => None,
        }
    }

    /// The type as written, without whitespace (`cdk.Stack`, `Record<string,any>`).
    pub fn type_text(&self, src: &str) -> String {
        text(self.ty, src)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect()
    }
}

impl<'t> Model<'t> {
    /// The cast whose expression is exactly `node`.
    pub fn cast_at(&self, node: Node) -> Option<&Cast<'t>> {
        self.cast_index.get(&node.id()).map(|&i| &self.casts[i])
    }

    /// The call whose arguments hold `node` written in place: `node` is an argument, or lies
    /// inside an argument through object literal and dict entries (as a value, never a key),
    /// list items, spreads, parentheses, casts and `satisfies`. Nothing when anything else
    /// comes between (a function body, an operator, a call of its own).
    pub fn outer_call(&self, node: Node<'t>) -> Option<Node<'t>> {
        let mut child = node;
        for _ in 0..MAX_OUTER_DEPTH {
            let parent = self.parents.of(child)?;
            match parent.kind() {
                "arguments" | "argument_list" => {
                    let call = self.parents.of(parent)?;
                    return matches!(call.kind(), "new_expression" | "call_expression" | "call")
                        .then_some(call);
                }
                "pair" | "keyword_argument" => {
                    if parent.child_by_field_name("value") != Some(child) {
                        return None;
                    }
                }
                "object"
                | "dictionary"
                | "array"
                | "list"
                | "tuple"
                | "spread_element"
                | "list_splat"
                | "dictionary_splat"
                | "parenthesized_expression"
                | "satisfies_expression"
                | "non_null_expression" => {}
                "as_expression" | "type_assertion" => {
                    // Only as the value cast, never from inside the type.
                    if self.cast_at(parent).is_none_or(|c| c.value != child) {
                        return None;
                    }
                }
                _ => return None,
            }
            child = parent;
        }
        None
    }

    /// A construct instantiation by its shape: `new X(scope, 'id', …)` / Python
    /// `X(self, "id", …)` — a scope (`this`, `self` or a name) first and a string id second —
    /// whatever `X` is, so the project's own construct classes count. A name is followed to
    /// the value bound to it in the file, casts and parentheses are looked through.
    pub fn is_construct_instantiation(&self, node: Node<'t>) -> bool {
        let value = self.unwrap(node);
        if !matches!(value.kind(), "new_expression" | "call") {
            return false;
        }
        let Some(call) = self.call_at(value) else {
            return false;
        };
        matches!(
            call.args.first().map(|n| n.kind()),
            Some("this" | "identifier" | "member_expression" | "attribute")
        ) && matches!(
            call.args.get(1).map(|n| n.kind()),
            Some("string" | "template_string")
        )
    }
}
