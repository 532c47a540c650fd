//! What the model's walk does with each kind of node, looked up by kind id.
//!
//! The walk visits every node of the file; comparing kind names there cost more than the walk
//! itself. A grammar's table is built once per process from its kind names, so aliases (one
//! name, several ids) are all covered and a grammar upgrade needs no edit here.

use std::sync::OnceLock;

use crate::Grammar;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Other,
    /// A class declaration or expression.
    Class,
    /// `new X(…)`, `f(…)`.
    Call,
    /// An object literal, a dict or a Python argument list: its entries are props.
    Container,
    /// `a.b`: a reference to a CDK member when it resolves.
    Member,
    /// `const x = …`, `x = …`, `this.x = …`.
    Binding,
    /// A TypeScript cast: `x as T`, `<T>x`.
    Cast,
    /// A statement that loads a module: `import`, `export … from`, Python `import` / `from`.
    Import,
    /// A string or template literal: nothing inside it matters to the model unless it has
    /// holes (`${…}`, a Python f-string's `{…}`), so the walk steps over the rest.
    Text,
}

fn role_of(kind: &str) -> Role {
    match kind {
        "class_declaration" | "abstract_class_declaration" | "class" | "class_definition" => {
            Role::Class
        }
        "new_expression" | "call_expression" | "call" => Role::Call,
        "object" | "dictionary" | "argument_list" => Role::Container,
        "member_expression" | "attribute" => Role::Member,
        "variable_declarator" | "assignment_expression" | "assignment" => Role::Binding,
        "as_expression" | "type_assertion" => Role::Cast,
        "import_statement" | "export_statement" | "import_from_statement" => Role::Import,
        "string" | "template_string" => Role::Text,
        _ => Role::Other,
    }
}

/// The role of every named kind of `grammar`, indexed by kind id. Anonymous tokens (the
/// `class` keyword, the `object` type keyword) have no role.
pub(crate) fn roles(grammar: Grammar) -> &'static [Role] {
    static TABLES: [OnceLock<Vec<Role>>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = match grammar {
        Grammar::TypeScript => 0,
        Grammar::Tsx => 1,
        Grammar::Python => 2,
    };
    TABLES[slot].get_or_init(|| {
        let language = grammar.language();
        (0..language.node_kind_count())
            .map(|id| {
                let id = id as u16;
                match language.node_kind_for_id(id) {
                    Some(kind) if language.node_kind_is_named(id) => role_of(kind),
                    _ => Role::Other,
                }
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_grammar_has_the_kinds_the_walk_looks_for() {
        for grammar in Grammar::ALL {
            let table = roles(grammar);
            for role in [
                Role::Class,
                Role::Call,
                Role::Container,
                Role::Member,
                Role::Binding,
                Role::Import,
                Role::Text,
            ] {
                assert!(
                    table.contains(&role),
                    "{} has no node kind for {role:?}",
                    grammar.name()
                );
            }
        }
    }
}

/// The fields the model reads on every node it looks at. `child_by_field_name` looks the name
/// up among all of the grammar's field names on each call; the ids are looked up once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Name,
    Value,
    Key,
    Left,
    Right,
    Object,
    Property,
    Attribute,
    Function,
    Constructor,
    Arguments,
    Operator,
    Body,
}

impl Field {
    const ALL: [Field; 13] = [
        Field::Name,
        Field::Value,
        Field::Key,
        Field::Left,
        Field::Right,
        Field::Object,
        Field::Property,
        Field::Attribute,
        Field::Function,
        Field::Constructor,
        Field::Arguments,
        Field::Operator,
        Field::Body,
    ];

    fn name(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Value => "value",
            Field::Key => "key",
            Field::Left => "left",
            Field::Right => "right",
            Field::Object => "object",
            Field::Property => "property",
            Field::Attribute => "attribute",
            Field::Function => "function",
            Field::Constructor => "constructor",
            Field::Arguments => "arguments",
            Field::Operator => "operator",
            Field::Body => "body",
        }
    }
}

type FieldIds = [Option<std::num::NonZeroU16>; Field::ALL.len()];

fn field_id(language: &tree_sitter::Language, field: Field) -> Option<std::num::NonZeroU16> {
    static TABLES: OnceLock<Vec<(tree_sitter::Language, FieldIds)>> = OnceLock::new();
    let tables = TABLES.get_or_init(|| {
        Grammar::ALL
            .iter()
            .map(|g| {
                let language = g.language();
                let ids = Field::ALL.map(|f| language.field_id_for_name(f.name()));
                (language, ids)
            })
            .collect()
    });
    match tables.iter().find(|(l, _)| l == language) {
        Some((_, ids)) => ids[field as usize],
        None => language.field_id_for_name(field.name()),
    }
}

/// `node.field(Field::Name)`: `child_by_field_name` with the id looked up once per grammar.
pub(crate) trait Fields<'t> {
    fn field(&self, field: Field) -> Option<tree_sitter::Node<'t>>;
}

impl<'t> Fields<'t> for tree_sitter::Node<'t> {
    fn field(&self, field: Field) -> Option<tree_sitter::Node<'t>> {
        self.child_by_field_id(field_id(&self.language(), field)?.get())
    }
}

/// Kind names by kind id, for each grammar the model knows.
struct KindNames {
    language: &'static tree_sitter::Language,
    names: Vec<Option<&'static str>>,
}

fn kind_names() -> &'static [KindNames] {
    static TABLES: OnceLock<Vec<KindNames>> = OnceLock::new();
    TABLES.get_or_init(|| {
        Grammar::ALL
            .iter()
            .map(|g| {
                // Kept for the life of the process, as the names it lends are.
                let language: &'static tree_sitter::Language = Box::leak(Box::new(g.language()));
                let names = (0..language.node_kind_count())
                    .map(|id| language.node_kind_for_id(id as u16))
                    .collect();
                KindNames { language, names }
            })
            .collect()
    })
}

/// The kind names of `grammar` by kind id, for a walk that looks up every node's kind in one
/// table (see [`kind`]).
pub(crate) fn kind_names_of(grammar: Grammar) -> &'static [Option<&'static str>] {
    let slot = Grammar::ALL
        .iter()
        .position(|g| *g == grammar)
        .expect("every grammar is in Grammar::ALL");
    &kind_names()[slot].names
}

/// `node.kind()` without its cost: the binding measures the C string and checks its UTF-8 on
/// every call, and the model asks for the kind of every node it looks at. The name comes from
/// a table by kind id (`kind_id` and `kind` name the same symbol: aliases map to the public
/// symbol of the same name); nodes of another language or without an entry (errors) ask the
/// binding.
pub fn kind<'t>(node: tree_sitter::Node<'t>) -> &'t str {
    let language = node.language();
    let id = usize::from(node.kind_id());
    for table in kind_names() {
        if *language == *table.language {
            if let Some(Some(name)) = table.names.get(id) {
                return name;
            }
            break;
        }
    }
    node.kind()
}

/// [`kind`] as a method, for the model's hot paths.
pub(crate) trait KindStr<'t> {
    fn kind_str(&self) -> &'t str;
}

impl<'t> KindStr<'t> for tree_sitter::Node<'t> {
    fn kind_str(&self) -> &'t str {
        kind(*self)
    }
}

/// The member name of `a.b` (`property` in TypeScript, `attribute` in Python), by field id:
/// looking a field up by name compares it with every field name of the grammar.
pub fn member_name<'t>(node: tree_sitter::Node<'t>) -> Option<tree_sitter::Node<'t>> {
    node.field(Field::Property)
        .or_else(|| node.field(Field::Attribute))
}
