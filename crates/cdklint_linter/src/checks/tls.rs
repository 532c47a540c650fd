//! Named checks of the TLS rules.

use cdklint_model::Model;
use tree_sitter::Node;

use super::CheckFn;

pub(super) const CHECKS: &[(&str, CheckFn)] = &[("bound-name", bound_name)];

/// The value is written as a name — `DOMAIN`, `this.zoneName`, `self.zone_name`, a shorthand
/// `{ domainName }` — that the file binds to a value, rather than the value itself: the
/// message then names the constant and says what it holds.
fn bound_name<'t>(_args: &[String], model: &Model<'t>, node: Node<'t>) -> bool {
    model.ctx.follow(node) != node
}

#[cfg(test)]
mod tests {
    use cdklint_model::{Grammar, Model, parse::parse};

    /// The check on the value of the first prop entry of the file.
    fn bound(grammar: Grammar, src: &str) -> bool {
        let tree = parse(grammar, src, None).unwrap();
        let model = Model::build(&tree, src, grammar, "lib/stack.ts");
        super::bound_name(&[], &model, model.entries[0].value)
    }

    #[test]
    fn names_bound_in_the_file_only() {
        let head = "import * as acm from 'aws-cdk-lib/aws-certificatemanager';\n";
        let ts = Grammar::TypeScript;
        assert!(bound(
            ts,
            &format!(
                "{head}const DOMAIN = 'example.com';\nnew acm.Certificate(this, 'C', {{ domainName: DOMAIN }});"
            )
        ));
        assert!(bound(
            ts,
            &format!(
                "{head}const domainName = 'example.com';\nnew acm.Certificate(this, 'C', {{ domainName }});"
            )
        ));
        assert!(!bound(
            ts,
            &format!("{head}new acm.Certificate(this, 'C', {{ domainName: 'example.com' }});")
        ));
        assert!(!bound(
            ts,
            &format!("{head}new acm.Certificate(this, 'C', {{ domainName: props.domain }});")
        ));
        let py = "from aws_cdk import aws_certificatemanager as acm\nDOMAIN = \"example.com\"\nacm.Certificate(self, \"C\", domain_name=DOMAIN)\n";
        assert!(bound(Grammar::Python, py));
        let py = "from aws_cdk import aws_certificatemanager as acm\nacm.Certificate(self, \"C\", domain_name=\"example.com\")\n";
        assert!(!bound(Grammar::Python, py));
    }
}
