//! Named checks of the STR rules.

use cdklint_model::Model;
use tree_sitter::Node;

use super::CheckFn;

pub(super) const CHECKS: &[(&str, CheckFn)] = &[
    ("path-in-dir", path_in_dir),
    ("python-file", python_file),
    ("construct-call", construct_call),
];

/// The file lies under a directory with one of these names, at any depth (`lib` holds for
/// `lib/app.ts` and `packages/infra/lib/stacks/main.ts`, not for `mylib/app.ts` or a file
/// named `lib.ts`).
fn path_in_dir<'t>(args: &[String], model: &Model<'t>, _node: Node<'t>) -> bool {
    let path = &model.ctx.path;
    let mut dirs = path.split('/').collect::<Vec<_>>();
    dirs.pop(); // the file name
    dirs.iter().any(|d| args.iter().any(|a| a == d))
}

/// The file is Python: for the few messages that depend on the project layout of the language
/// (a Python CDK app's entry point is `app.py`, not a file in `bin/`).
fn python_file<'t>(_args: &[String], model: &Model<'t>, _node: Node<'t>) -> bool {
    model.is_python()
}

/// A construct instantiation by its shape, `new X(scope, 'id', …)` (STR003: the props of the
/// project's own constructs are construct props too); the model decides.
fn construct_call<'t>(_args: &[String], model: &Model<'t>, node: Node<'t>) -> bool {
    model.is_construct_instantiation(node)
}

#[cfg(test)]
mod tests {
    use cdklint_model::{Grammar, Model, parse::parse};

    fn in_lib(path: &str) -> bool {
        let src = "import * as cdk from 'aws-cdk-lib';\nconst app = new cdk.App();\n";
        let tree = parse(Grammar::TypeScript, src, None).unwrap();
        let model = Model::build(&tree, src, Grammar::TypeScript, path);
        super::path_in_dir(&["lib".to_string()], &model, model.calls[0].node)
    }

    #[test]
    fn lib_is_a_directory_component() {
        assert!(in_lib("lib/app.ts"));
        assert!(in_lib("packages/infra/lib/stacks/main.ts"));
        assert!(in_lib("C:\\repo\\lib\\app.ts"));
        assert!(!in_lib("mylib/app.ts"));
        assert!(!in_lib("bin/lib.ts"));
        assert!(!in_lib("lib"));
        assert!(!in_lib(""));
    }
}
