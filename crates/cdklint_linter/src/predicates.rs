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
    }
}
