//! Every statement or call of the file that loads a module, with the CDK version it loads
//! (API002).
//!
//! The import table ([`crate::imports`]) keeps the names imports bind; a rule about the imports
//! themselves needs the statements: side-effect imports (`import '@aws-cdk/core'`) and
//! re-exports (`export { Bucket } from '@aws-cdk/aws-s3'`) bind nothing, and `require(…)` may
//! sit anywhere. The model walk records import and export statements wherever they are (Python
//! imports inside `try:` or a function included); `require(…)` calls come from the model's
//! calls.

use tree_sitter::Node;

use crate::imports::{py_module, string_content};
use crate::model::{CallKind, Model};
use crate::parse::text;
use crate::v1::{imports_cdk_v1, is_v1_package};

/// One import of a module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModuleImport<'t> {
    /// The statement (`import …`, `export … from …`, `import x = require(…)`, Python
    /// `import …` / `from … import …`) or the `require(…)` call.
    pub node: Node<'t>,
    /// The module as written, what a finding about the import reports: the specifier string in
    /// TypeScript, the first module name in Python (`aws_cdk` of `from aws_cdk import core`,
    /// `aws_cdk.aws_s3 as s3` of `import aws_cdk.aws_s3 as s3, …`).
    pub module: Node<'t>,
    /// The CDK major version the import loads (see [`crate::v1`]): 1 for a v1 package (Python:
    /// any `aws_cdk` module of a file importing `aws_cdk.core`), 2 for aws-cdk-lib and the v2
    /// `*-alpha` modules; `None` for any other module (`constructs` included).
    pub cdk_version: Option<u8>,
}

impl<'t> Model<'t> {
    /// The import whose statement or `require(…)` call is exactly `node`.
    pub fn module_import_at(&self, node: Node) -> Option<&ModuleImport<'t>> {
        self.module_import_index
            .get(&node.id())
            .map(|&i| &self.module_imports[i])
    }

    /// Build [`Model::module_imports`] from the statements the walk found and the `require(…)`
    /// calls of the model, in file order.
    pub(crate) fn collect_module_imports(&mut self, statements: Vec<Node<'t>>) {
        let src = self.ctx.src;
        let mut found = self.statement_imports(statements);
        if !self.is_python() {
            for call in &self.calls {
                if call.kind != CallKind::Other || text(call.callee, src) != "require" {
                    continue;
                }
                let Some(&module) = call.args.first().filter(|a| a.kind() == "string") else {
                    continue;
                };
                let cdk_version = if is_v1_package(string_content(module, src)) {
                    Some(1)
                } else if is_v2_package(string_content(module, src)) {
                    Some(2)
                } else {
                    None
                };
                found.push(ModuleImport {
                    node: call.node,
                    module,
                    cdk_version,
                });
            }
        }
        self.set_module_imports(found);
    }

    /// The imports of import and export statements, with the CDK version each loads.
    fn statement_imports(&self, statements: Vec<Node<'t>>) -> Vec<ModuleImport<'t>> {
        let src = self.ctx.src;
        let python = self.is_python();
        let mut found = Vec::new();
        for stmt in statements {
            let module = if python {
                match stmt.kind() {
                    "import_from_statement" => stmt.child_by_field_name("module_name"),
                    _ => stmt.child_by_field_name("name"),
                }
            } else {
                stmt.child_by_field_name("source").or_else(|| {
                    // `import x = require('…')`.
                    let mut cursor = stmt.walk();
                    let clause = stmt
                        .named_children(&mut cursor)
                        .find(|n| n.kind() == "import_require_clause");
                    clause.and_then(|c| c.child_by_field_name("source"))
                })
            };
            let Some(module) = module else { continue };
            let judged = if python { stmt } else { module };
            let cdk_version = if imports_cdk_v1(judged, src, &self.ctx.imports) {
                Some(1)
            } else if self.is_cdk_v2(module) {
                Some(2)
            } else {
                None
            };
            found.push(ModuleImport {
                node: stmt,
                module,
                cdk_version,
            });
        }
        found
    }

    /// Keep `found` as [`Model::module_imports`], in file order, indexed by node.
    fn set_module_imports(&mut self, mut found: Vec<ModuleImport<'t>>) {
        found.sort_by_key(|i| i.node.start_byte());
        self.module_import_index = found
            .iter()
            .enumerate()
            .map(|(at, i)| (i.node.id(), at))
            .collect();
        self.module_imports = found;
    }

    /// [`Model::module_imports`] of a file without any CDK binding: those of its top-level
    /// import and export statements that load a CDK module, read without walking the file
    /// (`require(…)` calls, which only the walk finds, are left out).
    pub(crate) fn collect_top_level_imports(&mut self) {
        let grammar = self.ctx.imports.grammar;
        if *self.ctx.tree.language() != grammar.language() {
            return;
        }
        let roles = crate::kinds::roles(grammar);
        let root = self.ctx.tree.root_node();
        let mut cursor = root.walk();
        let statements: Vec<Node<'t>> = root
            .named_children(&mut cursor)
            .filter(|n| roles.get(usize::from(n.kind_id())) == Some(&crate::kinds::Role::Import))
            .collect();
        let mut found = self.statement_imports(statements);
        found.retain(|i| i.cdk_version.is_some());
        self.set_module_imports(found);
    }

    /// An import of a CDK v2 module (known not to be v1).
    fn is_cdk_v2(&self, module: Node<'t>) -> bool {
        let src = self.ctx.src;
        if !self.is_python() {
            return is_v2_package(string_content(module, src));
        }
        // `import aws_cdk.aws_s3 as s3`, `from aws_cdk import aws_s3`: the module named first.
        let path = match module.kind() {
            "aliased_import" => module.child_by_field_name("name"),
            _ => Some(module),
        };
        let Some((m, _)) = path.and_then(|p| py_module(text(p, src))) else {
            return false;
        };
        // The `*_alpha` modules exist only in v2; the rest of a file importing `aws_cdk.core`
        // is v1.
        m.ends_with("_alpha") || (!self.ctx.imports.v1 && m != "constructs")
    }
}

/// aws-cdk-lib, its modules, and the v2 experimental `@aws-cdk/*-alpha` modules.
fn is_v2_package(spec: &str) -> bool {
    if spec == "aws-cdk-lib" || spec.starts_with("aws-cdk-lib/") {
        return true;
    }
    spec.strip_prefix("@aws-cdk/")
        .and_then(|rest| rest.split('/').next())
        .is_some_and(|package| package.ends_with("-alpha"))
}
