//! Named checks of the CloudFront rules.

use cdklint_model::{Model, member_name};
use tree_sitter::Node;

use super::CheckFn;

pub(super) const CHECKS: &[(&str, CheckFn)] = &[("names-config-object", names_config_object)];

/// The expression's last name (`props`, `this.config`, `self.settings`) is one that props and
/// configuration objects go by: its fields (`props.loadBalancerDnsName`) may be plain strings
/// rather than construct attributes. Parentheses and `!` are looked through; the name is the
/// identifier or the member as written, compared case-insensitively.
fn names_config_object<'t>(_: &[String], model: &Model<'t>, node: Node<'t>) -> bool {
    const NAMES: &[&str] = &[
        "props",
        "properties",
        "config",
        "cfg",
        "conf",
        "options",
        "opts",
        "settings",
        "params",
        "parameters",
        "env",
        "output",
        "outputs",
        "attrs",
        "attributes",
        "context",
        "ctx",
    ];
    let mut n = node;
    while matches!(
        n.kind(),
        "parenthesized_expression" | "non_null_expression" | "as_expression"
    ) {
        match n.named_child(0) {
            Some(inner) => n = inner,
            None => return false,
        }
    }
    let name = match n.kind() {
        "identifier" => Some(n),
        "member_expression" | "attribute" => member_name(n),
        _ => None,
    };
    name.is_some_and(|name| {
        let text = model.text(name).to_ascii_lowercase();
        NAMES.contains(&text.as_str())
    })
}
