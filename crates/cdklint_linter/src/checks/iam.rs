//! Named checks of the IAM rules.

use std::sync::LazyLock;

use cdklint_model::{Model, Value, imports::string_content, normalize_canonical};
use regex::Regex;
use tree_sitter::Node;

use super::CheckFn;

pub(super) const CHECKS: &[(&str, CheckFn)] = &[
    ("permissions-boundary", permissions_boundary),
    ("arn-wildcard-resource", arn_wildcard_resource),
    ("arn-secret-name-prefix", arn_secret_name_prefix),
];

/// The value is used as a permissions boundary: the `permissionsBoundary` prop of a construct
/// (directly or through a name bound to it), or the argument of
/// `PermissionsBoundary.of(scope).apply(…)`.
fn permissions_boundary<'t>(_: &[String], model: &Model<'t>, node: Node<'t>) -> bool {
    let target = model.unwrap(node);
    let of = normalize_canonical("aws_iam.PermissionsBoundary.of");
    model.calls.iter().any(|call| {
        let as_prop = call
            .props
            .get("permissionsBoundary")
            .is_some_and(|p| model.unwrap(p.value) == target);
        let applied = call.method.as_deref() == Some("apply")
            && call
                .receiver
                .and_then(|r| model.call_at(model.unwrap(r)))
                .and_then(|r| r.name.as_deref())
                == Some(of.as_str())
            && call
                .args
                .first()
                .is_some_and(|a| model.unwrap(*a) == target);
        as_prop || applied
    })
}

/// The ARN text of a string value, with every `${…}` / `{…}` substitution replaced by `H` so
/// that colons and stars inside substitutions do not count. `None` for anything that is not an
/// ARN literal.
fn arn_of<'t>(model: &Model<'t>, node: Node<'t>) -> Option<String> {
    static HOLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\$?\{[^}]*\}").unwrap());
    let text = match model.value(node) {
        Value::Str(s) => s,
        Value::Template(t) => string_content(t, model.src()).to_string(),
        _ => return None,
    };
    let arn = HOLE.replace_all(&text, "H").into_owned();
    (arn.starts_with("arn:") && !arn.contains(char::is_whitespace)).then_some(arn)
}

/// An ARN with `*` in its resource part (after the fifth colon), or ending in `:*` before it
/// (`arn:aws:aoss:*`). Not: object keys under one named bucket (`arn:aws:s3:::name/*`), and a
/// trailing `:*` / `/*` under one named resource (`log-group:/aws/lambda/fn:*`,
/// `table/T/stream/*`), which stay within a single parent resource.
fn arn_wildcard_resource<'t>(_: &[String], model: &Model<'t>, node: Node<'t>) -> bool {
    static WILD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^arn:(?:(?:[^:]*:){4}[^*]*\*.*|(?:[^:]*:){1,3}\*)$").unwrap()
    });
    static ONE_PARENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^arn:(?:",
            // Objects under one named bucket.
            r"[^:]*:s3:[^:]*:[^:]*:[^*]+/\*",
            // type/name/…/name/* (a table's streams, an API's stages).
            r"|(?:[^:]*:){4}[A-Za-z0-9_.-]+[:/][^:/*]+[:/][^:/*]+(?:[:/][^:/*]+)*[:/]\*",
            // type:name:* (a log group's streams, a function's versions).
            r"|(?:[^:]*:){4}[A-Za-z0-9_.-]+:[^*]+:\*",
            r")$"
        ))
        .unwrap()
    });
    arn_of(model, node).is_some_and(|arn| WILD.is_match(&arn) && !ONE_PARENT.is_match(&arn))
}

/// A Secrets Manager ARN naming a secret by prefix: `…:secret:name-*`.
fn arn_secret_name_prefix<'t>(_: &[String], model: &Model<'t>, node: Node<'t>) -> bool {
    static SECRET: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^arn:(?:[^:]*:){4}secret:[^*]+-\*$").unwrap());
    arn_of(model, node).is_some_and(|arn| SECRET.is_match(&arn))
}

#[cfg(test)]
mod tests {
    use cdklint_model::{Grammar, Model, parse::parse};

    /// Run a check on the first argument of every `f(…)` call of a TypeScript snippet.
    fn check_each(name: &str, src: &str) -> Vec<bool> {
        let src = format!("import * as iam from 'aws-cdk-lib/aws-iam';\n{src}");
        let tree = parse(Grammar::TypeScript, &src, None).unwrap();
        let model = Model::build(&tree, &src, Grammar::TypeScript, "lib/app.ts");
        let f = super::CHECKS.iter().find(|(n, _)| *n == name).unwrap().1;
        model
            .calls
            .iter()
            .filter(|c| model.text(c.callee) == "f")
            .map(|c| f(&[], &model, c.args[0]))
            .collect()
    }

    #[test]
    fn arn_wildcards_in_the_resource_part() {
        let src = r#"
f('arn:aws:s3:::content-*');
f(`arn:aws:secretsmanager:${r}:${a}:secret:*`);
f('arn:aws:aoss:*');
f('arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:*');
f('arn:aws:s3:::my-bucket/*');
f(`arn:aws:logs:${r}:${a}:log-group:/aws/lambda/fn:*`);
f(`arn:aws:dynamodb:${r}:${a}:table/${t}/stream/*`);
f('arn:aws:ssm:*:111122223333:parameter/app');
f('logs/*');
"#;
        assert_eq!(
            check_each("arn-wildcard-resource", src),
            [true, true, true, true, false, false, false, false, false]
        );
        assert_eq!(
            check_each(
                "arn-secret-name-prefix",
                "f(`arn:aws:secretsmanager:${r}:${a}:secret:app/db-*`); f('arn:aws:secretsmanager:r:a:secret:*');"
            ),
            [true, false]
        );
    }
}
