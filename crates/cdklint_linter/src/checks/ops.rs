//! Named checks of the OPS rules.

use cdklint_model::{Model, Value};
use tree_sitter::Node;

use super::CheckFn;

pub(super) const CHECKS: &[(&str, CheckFn)] = &[("empty-list", empty_list)];

/// `[]`: a list literal (or a name bound to one) with no item and no spread. `every-item` and
/// `any-item` never hold of it, so "empty" needs its own test.
fn empty_list<'t>(_args: &[String], model: &Model<'t>, node: Node<'t>) -> bool {
    matches!(model.value(node), Value::List(items) if items.is_empty())
}

#[cfg(test)]
mod tests {
    use cdklint_model::{Grammar, Model, parse::parse};

    /// The check on the value of the `stopConditions` prop of the file's first call.
    fn empty(grammar: Grammar, src: &str) -> bool {
        let tree = parse(grammar, src, None).unwrap();
        let model = Model::build(&tree, src, grammar, "lib/stack.ts");
        let call = &model.calls[0];
        let value = call.props.get("stopConditions").unwrap().value;
        super::empty_list(&[], &model, value)
    }

    #[test]
    fn empty_lists_only() {
        let ts = Grammar::TypeScript;
        let head = "import * as fis from 'aws-cdk-lib/aws-fis';\n";
        assert!(empty(
            ts,
            &format!(
                "{head}new fis.CfnExperimentTemplate(this, 'T', {{ stopConditions: [ /* TODO */ ] }});"
            )
        ));
        assert!(empty(
            ts,
            &format!(
                "{head}const none = [];\nnew fis.CfnExperimentTemplate(this, 'T', {{ stopConditions: none }});"
            )
        ));
        assert!(!empty(
            ts,
            &format!(
                "{head}new fis.CfnExperimentTemplate(this, 'T', {{ stopConditions: [...stops] }});"
            )
        ));
        assert!(!empty(
            ts,
            &format!(
                "{head}new fis.CfnExperimentTemplate(this, 'T', {{ stopConditions: props.stops }});"
            )
        ));
        let py = "from aws_cdk import aws_fis as fis\nfis.CfnExperimentTemplate(self, \"T\", stop_conditions=[  # TODO\n])\n";
        assert!(empty(Grammar::Python, py));
        let py = "from aws_cdk import aws_fis as fis\nfis.CfnExperimentTemplate(self, \"T\", stop_conditions=[*stops])\n";
        assert!(!empty(Grammar::Python, py));
    }
}
