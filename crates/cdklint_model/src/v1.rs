//! CDK v1 imports: which import statements load a CDK v1 package (API002).
//!
//! TypeScript names the package: `@aws-cdk/core`, `@aws-cdk/aws-s3`, … are v1; the
//! `@aws-cdk/*-alpha` modules are v2's experimental ones, and a few `@aws-cdk/` packages are
//! v2-era tools (`@aws-cdk/aws-service-spec`), so only the construct libraries that aws-cdk-lib
//! absorbed count. Python v1 and v2 share the `aws_cdk.` prefix (`aws_cdk.aws_s3` exists in
//! both); what tells them apart is `aws_cdk.core`, which only v1 has — the import table marks a
//! file importing it as v1 ([`Imports::v1`]), and then every `aws_cdk` import of the file is.

use tree_sitter::Node;

use crate::imports::{Imports, py_module, string_content};
use crate::parse::text;

/// Packages under `@aws-cdk/` that are v1 construct libraries besides `core` and `aws-*`.
const V1_OTHER: &[&str] = &[
    "alexa-ask",
    "cloudformation-include",
    "custom-resources",
    "pipelines",
];

/// `@aws-cdk/aws-service-spec` and friends: published for v2 tooling, not construct libraries.
const V2_TOOLS: &[&str] = &["aws-service-spec"];

/// A JavaScript module specifier of a CDK v1 package (a deep import such as
/// `@aws-cdk/aws-s3/lib/bucket` included).
pub fn is_v1_package(spec: &str) -> bool {
    let Some(rest) = spec.strip_prefix("@aws-cdk/") else {
        return false;
    };
    let package = rest.split('/').next().unwrap_or_default();
    if package.ends_with("-alpha") || V2_TOOLS.contains(&package) {
        return false;
    }
    package == "core" || package.starts_with("aws-") || V1_OTHER.contains(&package)
}

/// Whether `node` imports CDK v1: a TypeScript module specifier string (of an import, export
/// or `require`) naming a v1 package, or a Python import statement of an `aws_cdk` module in a
/// file that imports `aws_cdk.core`. Python `*_alpha` modules are v2's.
pub fn imports_cdk_v1(node: Node, src: &str, imports: &Imports) -> bool {
    match node.kind() {
        "string" if !imports.grammar.is_python() => is_v1_package(string_content(node, src)),
        "import_statement" | "import_from_statement" if imports.grammar.is_python() => {
            imports.v1 && python_modules(node, src).any(|m| is_cdk_module(&m))
        }
        _ => false,
    }
}

fn is_cdk_module(path: &str) -> bool {
    py_module(path).is_some_and(|(m, _)| m != "constructs" && !m.ends_with("_alpha"))
}

/// The modules a Python import statement loads: `from M import a` → `M` (`M.a` when `M` is
/// `aws_cdk`, whose imported names are its modules and symbols); `import M as x` → `M`.
fn python_modules<'a>(stmt: Node<'a>, src: &'a str) -> impl Iterator<Item = String> + 'a {
    let mut out = Vec::new();
    let dotted = |n: Node<'a>| match n.kind() {
        "aliased_import" => n.child_by_field_name("name"),
        _ => Some(n),
    };
    let mut cursor = stmt.walk();
    let names: Vec<Node> = stmt.children_by_field_name("name", &mut cursor).collect();
    if stmt.kind() == "import_from_statement" {
        if let Some(module) = stmt.child_by_field_name("module_name") {
            let module = text(module, src).to_string();
            let imported: Vec<String> = names
                .iter()
                .filter_map(|n| dotted(*n))
                .map(|n| format!("{module}.{}", text(n, src)))
                .collect();
            // `from aws_cdk import core, aws_s3`: the names are the modules (`*` imports the root).
            if module == "aws_cdk" && !imported.is_empty() {
                out.extend(imported);
            } else {
                out.push(module);
            }
        }
    } else {
        out.extend(
            names
                .iter()
                .filter_map(|n| dotted(*n))
                .map(|n| text(n, src).to_string()),
        );
    }
    out.into_iter()
}
