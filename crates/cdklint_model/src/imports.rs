//! The import table of one file: which local names are CDK modules or CDK symbols.
//!
//! Canonical module names are language-neutral: the aws-cdk-lib root (`aws-cdk-lib`,
//! `@aws-cdk/core`, `aws_cdk`, `aws_cdk.core`) is `cdk`; a service module is its Python name
//! (`aws-cdk-lib/aws-ec2`, `@aws-cdk/aws-ec2`, `aws_cdk.aws_ec2` → `aws_ec2`).

use crate::Grammar;
use tree_sitter::{Node, Tree};

use crate::parse::text;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Binding {
    /// The local name is a CDK module (`ec2` in `import * as ec2 from 'aws-cdk-lib/aws-ec2'`).
    Module { module: String, v1: bool },
    /// The local name is a symbol of a module (`SubnetType` from `aws-cdk-lib/aws-ec2`).
    Symbol {
        module: String,
        name: String,
        v1: bool,
    },
}

/// How a file writes its CDK imports, so a fix can add one in the same style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportStyle {
    /// `import * as ec2 from 'aws-cdk-lib/aws-ec2'` / `import aws_cdk.aws_ec2 as ec2`.
    ModulePath,
    /// `import { aws_ec2 as ec2 } from 'aws-cdk-lib'` / `from aws_cdk import aws_ec2 as ec2`.
    RootMember,
    /// `const ec2 = require('aws-cdk-lib/aws-ec2')`.
    Require,
}

#[derive(Debug, Clone)]
pub struct Imports {
    /// Local name → what it binds. Asked for the root of every name chain of the file, hence
    /// the fast hasher.
    pub bindings: rustc_hash::FxHashMap<String, Binding>,
    /// The file imports CDK v1 packages.
    pub v1: bool,
    pub style: Option<ImportStyle>,
    /// Byte offset just after the last top-level import (0 if none).
    pub insert_at: usize,
    pub grammar: Grammar,
}

impl Imports {
    pub fn build(tree: &Tree, src: &str, grammar: Grammar) -> Imports {
        let mut imports = Imports {
            bindings: Default::default(),
            v1: false,
            style: None,
            insert_at: 0,
            grammar,
        };
        let root = tree.root_node();
        let mut cursor = root.walk();
        for stmt in root.named_children(&mut cursor) {
            if stmt.has_error()
                && stmt.kind() != "import_statement"
                && stmt.kind() != "import_from_statement"
            {
                continue;
            }
            let found = if grammar.is_python() {
                imports.python_statement(stmt, src)
            } else {
                imports.ts_statement(stmt, src)
            };
            if found {
                imports.insert_at = stmt.end_byte();
            }
        }
        if grammar.is_python() && imports.v1 {
            for b in imports.bindings.values_mut() {
                match b {
                    Binding::Module { v1, .. } | Binding::Symbol { v1, .. } => *v1 = true,
                }
            }
        }
        imports
    }

    pub fn get(&self, name: &str) -> Option<&Binding> {
        self.bindings.get(name)
    }

    fn bind(&mut self, local: &str, binding: Binding) {
        if let Binding::Module { v1: true, .. } | Binding::Symbol { v1: true, .. } = binding {
            self.v1 = true;
        }
        self.bindings.insert(local.to_string(), binding);
    }

    fn set_style(&mut self, style: ImportStyle) {
        self.style.get_or_insert(style);
    }

    // ---- TypeScript / JavaScript -------------------------------------------------------

    fn ts_statement(&mut self, stmt: Node, src: &str) -> bool {
        match stmt.kind() {
            "import_statement" => {
                if let Some(source) = stmt.child_by_field_name("source") {
                    let Some((module, v1)) = ts_module(string_content(source, src)) else {
                        return true;
                    };
                    let mut c = stmt.walk();
                    for clause in stmt
                        .named_children(&mut c)
                        .filter(|n| n.kind() == "import_clause")
                    {
                        self.ts_import_clause(clause, src, &module, v1);
                    }
                    return true;
                }
                let mut any = false;
                let mut c = stmt.walk();
                for clause in stmt
                    .named_children(&mut c)
                    .filter(|n| n.kind() == "import_require_clause")
                {
                    let (Some(alias), Some(source)) =
                        (clause.named_child(0), clause.child_by_field_name("source"))
                    else {
                        continue;
                    };
                    if let Some((module, v1)) = ts_module(string_content(source, src)) {
                        self.set_style(if module == "cdk" {
                            ImportStyle::RootMember
                        } else {
                            ImportStyle::ModulePath
                        });
                        self.bind(text(alias, src), Binding::Module { module, v1 });
                    }
                    any = true;
                }
                any || stmt.child_count() > 0
            }
            "lexical_declaration" | "variable_declaration" => {
                let mut found = false;
                let mut c = stmt.walk();
                for decl in stmt
                    .named_children(&mut c)
                    .filter(|n| n.kind() == "variable_declarator")
                {
                    found |= self.ts_require(decl, src);
                }
                found
            }
            _ => false,
        }
    }

    fn ts_import_clause(&mut self, clause: Node, src: &str, module: &str, v1: bool) {
        let mut c = clause.walk();
        for child in clause.named_children(&mut c) {
            match child.kind() {
                // `import cdk from 'aws-cdk-lib'` (esModuleInterop default import)
                "identifier" => self.bind(
                    text(child, src),
                    Binding::Module {
                        module: module.into(),
                        v1,
                    },
                ),
                "namespace_import" => {
                    if let Some(id) = child.named_child(0) {
                        self.set_style(ImportStyle::ModulePath);
                        self.bind(
                            text(id, src),
                            Binding::Module {
                                module: module.into(),
                                v1,
                            },
                        );
                    }
                }
                "named_imports" => {
                    let mut c2 = child.walk();
                    for spec in child
                        .named_children(&mut c2)
                        .filter(|n| n.kind() == "import_specifier")
                    {
                        let Some(name) = spec.child_by_field_name("name") else {
                            continue;
                        };
                        let local = spec.child_by_field_name("alias").unwrap_or(name);
                        let name = text(name, src);
                        let binding = member_binding(module, name, v1);
                        if module == "cdk" && matches!(binding, Binding::Module { .. }) {
                            self.set_style(ImportStyle::RootMember);
                        }
                        self.bind(text(local, src), binding);
                    }
                }
                _ => {}
            }
        }
    }

    /// `const cdk = require('aws-cdk-lib')`, `const { aws_s3: s3 } = require('aws-cdk-lib')`.
    fn ts_require(&mut self, decl: Node, src: &str) -> bool {
        let (Some(name), Some(value)) = (
            decl.child_by_field_name("name"),
            decl.child_by_field_name("value"),
        ) else {
            return false;
        };
        let Some((module, v1)) = require_source(value, src) else {
            return false;
        };
        self.set_style(ImportStyle::Require);
        match name.kind() {
            "identifier" => self.bind(text(name, src), Binding::Module { module, v1 }),
            "object_pattern" => {
                let mut c = name.walk();
                for p in name.named_children(&mut c) {
                    let (export, local) = match p.kind() {
                        "shorthand_property_identifier_pattern" => (p, p),
                        "pair_pattern" => {
                            match (p.child_by_field_name("key"), p.child_by_field_name("value")) {
                                (Some(k), Some(v)) if v.kind() == "identifier" => (k, v),
                                _ => continue,
                            }
                        }
                        _ => continue,
                    };
                    let binding = member_binding(&module, text(export, src), v1);
                    self.bind(text(local, src), binding);
                }
            }
            _ => {}
        }
        true
    }

    // ---- Python --------------------------------------------------------------------------

    fn python_statement(&mut self, stmt: Node, src: &str) -> bool {
        match stmt.kind() {
            "import_statement" => {
                let mut c = stmt.walk();
                let names: Vec<Node> = stmt.children_by_field_name("name", &mut c).collect();
                let mut any = false;
                for name in names {
                    let (dotted, alias) = match name.kind() {
                        "aliased_import" => (
                            name.child_by_field_name("name"),
                            name.child_by_field_name("alias"),
                        ),
                        _ => (Some(name), None),
                    };
                    let Some(dotted) = dotted else { continue };
                    let path = text(dotted, src);
                    let Some((module, v1)) = py_module(path) else {
                        continue;
                    };
                    any = true;
                    match alias {
                        Some(alias) => {
                            self.set_style(if module == "cdk" {
                                ImportStyle::RootMember
                            } else {
                                ImportStyle::ModulePath
                            });
                            self.bind(text(alias, src), Binding::Module { module, v1 });
                        }
                        // `import aws_cdk.aws_ec2` binds `aws_cdk`; chains resolve from the root.
                        None => {
                            self.set_style(ImportStyle::ModulePath);
                            self.v1 |= v1;
                            self.bind(
                                "aws_cdk",
                                Binding::Module {
                                    module: "cdk".into(),
                                    v1,
                                },
                            );
                        }
                    }
                }
                any
            }
            "import_from_statement" => {
                let Some(module_node) = stmt.child_by_field_name("module_name") else {
                    return false;
                };
                let Some((module, v1)) = py_module(text(module_node, src)) else {
                    return false;
                };
                let mut c = stmt.walk();
                let names: Vec<Node> = stmt.children_by_field_name("name", &mut c).collect();
                for name in names {
                    let (dotted, alias) = match name.kind() {
                        "aliased_import" => (
                            name.child_by_field_name("name"),
                            name.child_by_field_name("alias"),
                        ),
                        _ => (Some(name), None),
                    };
                    let Some(dotted) = dotted else { continue };
                    let local = alias.unwrap_or(dotted);
                    let binding = member_binding(&module, text(dotted, src), v1);
                    if module == "cdk" && matches!(binding, Binding::Module { .. }) {
                        self.set_style(ImportStyle::RootMember);
                    }
                    self.bind(text(local, src), binding);
                }
                true
            }
            _ => false,
        }
    }
}

/// A name imported from a module: a lower-case name imported from the root is a submodule
/// (`aws_ec2`, `pipelines`, `core`), anything else a symbol.
fn member_binding(module: &str, name: &str, v1: bool) -> Binding {
    let lower = name.chars().next().is_some_and(|c| c.is_ascii_lowercase());
    if module == "cdk" && lower {
        let module = if name == "core" {
            "cdk".to_string()
        } else {
            name.to_string()
        };
        return Binding::Module {
            v1: v1 || name == "core",
            module,
        };
    }
    Binding::Symbol {
        module: module.to_string(),
        name: name.to_string(),
        v1,
    }
}

/// Whether `src` may import the CDK or `constructs` at all: every module [`ts_module`] and
/// [`py_module`] accept spells one of these words verbatim (string contents and dotted names
/// are read as written, never unescaped). A file without them gets no bindings, hence an empty
/// model and no findings, so callers may skip parsing it: the literal prefilter of the CLI.
pub fn may_import_cdk(src: &str) -> bool {
    // One pass for the common start of the three words instead of three searches.
    let bytes = src.as_bytes();
    memchr::memmem::find_iter(bytes, b"aws").any(|at| {
        let rest = &bytes[at + 3..];
        rest.starts_with(b"-cdk") || rest.starts_with(b"_cdk")
    }) || memchr::memmem::find(bytes, b"constructs").is_some()
}

/// Map a JS module specifier to (canonical module, is CDK v1).
pub fn ts_module(spec: &str) -> Option<(String, bool)> {
    if spec == "aws-cdk-lib" {
        return Some(("cdk".into(), false));
    }
    if spec == "constructs" {
        return Some(("constructs".into(), false));
    }
    if let Some(sub) = spec.strip_prefix("aws-cdk-lib/") {
        // `aws-cdk-lib/core` is the root again: the import `cdk init` templates generate.
        if sub == "core" {
            return Some(("cdk".into(), false));
        }
        if sub.is_empty() || sub.contains('/') {
            return None;
        }
        return Some((sub.replace('-', "_"), false));
    }
    if let Some(pkg) = spec.strip_prefix("@aws-cdk/") {
        if pkg == "core" {
            return Some(("cdk".into(), true));
        }
        if pkg.is_empty() || pkg.contains('/') {
            return None;
        }
        // `@aws-cdk/*-alpha` are CDK v2's experimental modules.
        return Some((pkg.replace('-', "_"), !pkg.ends_with("-alpha")));
    }
    None
}

/// Map a Python dotted module path to (canonical module, is CDK v1).
pub fn py_module(path: &str) -> Option<(String, bool)> {
    let path: String = path.chars().filter(|c| !c.is_whitespace()).collect();
    match path.as_str() {
        "aws_cdk" => return Some(("cdk".into(), false)),
        "aws_cdk.core" => return Some(("cdk".into(), true)),
        "constructs" => return Some(("constructs".into(), false)),
        _ => {}
    }
    let sub = path.strip_prefix("aws_cdk.")?;
    if sub.contains('.') {
        return None;
    }
    Some((sub.to_string(), false))
}

fn require_source(value: Node, src: &str) -> Option<(String, bool)> {
    if value.kind() != "call_expression" {
        return None;
    }
    let func = value.child_by_field_name("function")?;
    if text(func, src) != "require" {
        return None;
    }
    let args = value.child_by_field_name("arguments")?;
    let arg = args.named_child(0)?;
    if arg.kind() != "string" {
        return None;
    }
    ts_module(string_content(arg, src))
}

/// The content of a string literal node without its quotes (TS `string`/`template_string`,
/// Python `string` including any prefix letters).
pub fn string_content<'a>(node: Node, src: &'a str) -> &'a str {
    let t = text(node, src);
    match node.kind() {
        "string" => {
            // Python strings have string_start/string_end children; TS strings have quotes.
            let first = node.child(0);
            let last = node.child(node.child_count().saturating_sub(1));
            match (first, last) {
                (Some(f), Some(l)) if f.kind() == "string_start" && l.kind() == "string_end" => {
                    src.get(f.end_byte()..l.start_byte()).unwrap_or_default()
                }
                _ => strip_quotes(t),
            }
        }
        "template_string" => strip_quotes(t),
        _ => t,
    }
}

fn strip_quotes(t: &str) -> &str {
    let mut chars = t.chars();
    match (chars.next(), chars.next_back()) {
        (Some(a), Some(b)) if a == b && matches!(a, '"' | '\'' | '`') && t.len() >= 2 => {
            &t[1..t.len() - 1]
        }
        _ => t,
    }
}
