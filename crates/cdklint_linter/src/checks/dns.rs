//! Named checks of the DNS rules.

use cdklint_model::{CallKind, Model, Value};
use tree_sitter::Node;

use super::CheckFn;

pub(super) const CHECKS: &[(&str, CheckFn)] =
    &[("alias-target-ignores-health", alias_target_ignores_health)];

/// An alias target construct (`new targets.LoadBalancerTarget(alb)`, Python
/// `targets.LoadBalancerTarget(alb)`) whose options do not turn `evaluateTargetHealth` on: it is
/// absent from options the file shows in full, or `false`. A TypeScript target with one argument
/// has no options at all — which the generic props reading cannot tell from `new X(props)`, hence
/// a check; options from a variable, a spread or `**kwargs` are not judged.
fn alias_target_ignores_health<'t>(_: &[String], model: &Model<'t>, node: Node<'t>) -> bool {
    let Some(call) = model.call_at(model.unwrap(node)) else {
        return false;
    };
    if call.kind != CallKind::New {
        return false;
    }
    let props = if model.is_python() {
        if call.args.len() != 1 {
            return false;
        }
        call.props.clone()
    } else {
        match call.args.as_slice() {
            [_] => return true,
            [_, options] => match model.value(*options) {
                Value::Object(props) => props,
                _ => return false,
            },
            _ => return false,
        }
    };
    match props.get("evaluateTargetHealth") {
        Some(p) => model.value(p.value) == Value::Bool(false),
        None => !props.open,
    }
}
