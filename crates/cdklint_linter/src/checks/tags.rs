//! Named checks about tags, for rules (a project's own, typically) that require them.

use cdklint_model::{CallKind, Model, Value};
use tree_sitter::Node;

use super::CheckFn;

pub(super) const CHECKS: &[(&str, CheckFn)] = &[("tagged", tagged)];

/// How far up the chain of scopes a tag is looked for (app → stage → stack → construct).
const MAX_SCOPES: usize = 8;

/// The construct (a call, or a name bound to one) is tagged with the key `args[0]` by
/// `Tags.of(x).add(key, …)` in this file, `x` being the construct itself or one of its scopes
/// (first arguments, followed up through constructs created in the file): a tag on the app
/// tags every stack in it.
fn tagged<'t>(args: &[String], model: &Model<'t>, node: Node<'t>) -> bool {
    let Some(key) = args.first() else {
        return false;
    };
    let mut chain: Vec<Node<'t>> = Vec::new();
    let mut current = match model.value(node) {
        Value::Call(n) => Some(n),
        _ => None,
    };
    while let Some(n) = current {
        if chain.contains(&n) || chain.len() >= MAX_SCOPES {
            break;
        }
        chain.push(n);
        current = model
            .call_at(n)
            .and_then(|c| c.args.first())
            .and_then(|scope| match model.value(*scope) {
                Value::Call(s) => Some(s),
                _ => None,
            });
    }
    if chain.is_empty() {
        return false;
    }
    model.calls_named("cdk.tags.of").any(|of| {
        let Some(target) = of.args.first() else {
            return false;
        };
        let on_chain = matches!(model.value(*target), Value::Call(n) if chain.contains(&n));
        on_chain
            && model.calls.iter().any(|add| {
                add.kind == CallKind::Method
                    && add.method.as_deref() == Some("add")
                    && add.receiver.is_some_and(|r| model.unwrap(r) == of.node)
                    && tag_key(model, add).is_some_and(|k| k == *key)
            })
    })
}

/// The key of `….add(key, value)`, also written `add(key="…", value="…")` in Python.
fn tag_key<'t>(model: &Model<'t>, add: &cdklint_model::Call<'t>) -> Option<String> {
    let key = add
        .args
        .first()
        .copied()
        .or_else(|| add.props.get("key").map(|p| p.value))?;
    match model.value(key) {
        Value::Str(s) => Some(s),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use cdklint_model::{Grammar, Model, parse::parse};

    /// The check on the instantiation whose text starts with `subject`.
    fn tagged(grammar: Grammar, src: &str, subject: &str) -> bool {
        let tree = parse(grammar, src, None).unwrap();
        let model = Model::build(&tree, src, grammar, "bin/app.ts");
        let call = model
            .calls
            .iter()
            .find(|c| {
                model
                    .text(c.node)
                    .trim_start_matches("new ")
                    .starts_with(subject)
            })
            .unwrap();
        super::tagged(&["team".into()], &model, call.node)
    }

    #[test]
    fn tags_on_the_construct_or_a_scope_count() {
        let ts = "import * as cdk from 'aws-cdk-lib';\nconst app = new cdk.App();\n";
        let own = format!(
            "{ts}const api = new ApiStack(app, 'Api');\ncdk.Tags.of(api).add('team', 'payments');\n"
        );
        assert!(tagged(Grammar::TypeScript, &own, "ApiStack"));
        let on_app = format!("{ts}cdk.Tags.of(app).add('team', 'x');\nnew ApiStack(app, 'Api');\n");
        assert!(tagged(Grammar::TypeScript, &on_app, "ApiStack"));
        let other_key = format!(
            "{ts}const api = new ApiStack(app, 'Api');\ncdk.Tags.of(api).add('owner', 'x');\n"
        );
        assert!(!tagged(Grammar::TypeScript, &other_key, "ApiStack"));
        let other_construct = format!(
            "{ts}const a = new ApiStack(app, 'A');\nconst b = new ApiStack(app, 'B');\ncdk.Tags.of(b).add('team', 'x');\n"
        );
        assert!(!tagged(
            Grammar::TypeScript,
            &other_construct,
            "ApiStack(app, 'A')"
        ));
        let py = "import aws_cdk as cdk\napp = cdk.App()\napi = ApiStack(app, \"Api\")\ncdk.Tags.of(api).add(key=\"team\", value=\"x\")\n";
        assert!(tagged(Grammar::Python, py, "ApiStack"));
    }
}
