//! Named checks of the S3 rules.

use cdklint_model::{Model, Value, imports::string_content};
use tree_sitter::Node;

use super::CheckFn;

pub(super) const CHECKS: &[(&str, CheckFn)] = &[("concatenated-string", concatenated_string)];

/// A string built from a literal: `'logs-' + stage`, Python `"logs-" + stage` or
/// `"logs-%s" % stage`, the leftmost operand being a string literal or template. With an
/// argument, that literal's text must also match it (a regex).
fn concatenated_string<'t>(args: &[String], model: &Model<'t>, node: Node<'t>) -> bool {
    let mut current = model.unwrap(node);
    let mut operators = 0;
    while matches!(current.kind(), "binary_expression" | "binary_operator") {
        let op = current
            .child_by_field_name("operator")
            .map(|o| model.text(o))
            .unwrap_or_default();
        let python_format = op == "%" && model.is_python() && operators == 0;
        if op != "+" && !python_format {
            return false;
        }
        let Some(left) = current.child_by_field_name("left") else {
            return false;
        };
        current = left;
        operators += 1;
    }
    if operators == 0 {
        return false;
    }
    let leading = match model.value(current) {
        Value::Str(s) => s,
        Value::Template(t) => string_content(t, model.src()).to_string(),
        _ => return false,
    };
    match args.first() {
        Some(re) => super::arg_regex(re).is_some_and(|re| re.is_match(&leading)),
        None => true,
    }
}
