//! Typed values and props: what an expression is, as far as the file shows, in either language.

use tree_sitter::Node;

use crate::imports::string_content;
use crate::kinds::{Field, Fields, KindStr};
use crate::names::normalize_name;
use crate::parse::text;

/// What an expression evaluates to, as far as the file shows. Identifiers, `this.x` and
/// `self.x` are followed to the value bound to them in the file; parentheses, `as`, `!`,
/// `satisfies`, `await` and `JSON.stringify(…)` / `json.dumps(…)` are looked through (a
/// serialised object still carries its secrets).
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'t> {
    /// A string literal without interpolation (TS template literals without `${}` included).
    Str(String),
    /// A string with interpolation (`` `arn:${x}` ``, `f"arn:{x}"`); the node is the literal.
    Template(Node<'t>),
    Number(f64),
    Bool(bool),
    /// `null`, `undefined`, `None`.
    Null,
    /// Array, list or tuple literal: its element nodes (spreads make the list open).
    List(Vec<Node<'t>>),
    /// Object literal or Python dict: its entries.
    Object(Props<'t>),
    /// A reference to a CDK member, canonical: `aws_ec2.subnettype.privatewithnat`.
    Ref(String),
    /// `x.loadBalancerDnsName` where `x` is not a CDK name: the object and the normalised member.
    Member {
        object: Node<'t>,
        name: String,
    },
    /// A call or instantiation (see [`crate::Model::call_at`]).
    Call(Node<'t>),
    /// `this` (TypeScript) or `self` (Python): the enclosing construct, e.g. the stack whose
    /// `this.account` is read.
    This,
    /// A choice between values: `a ? b : c`, `a ?? b`, `a || b`, `b if c else d`, `a or b`.
    Conditional(Vec<Node<'t>>),
    /// Anything else: parameters, spreads, computed values. Never guessed.
    Unknown,
}

impl Value<'_> {
    /// The kind name used by rule conditions (`kind = "string"`).
    pub fn kind_name(&self) -> &'static str {
        match self {
            Value::Str(_) => "string",
            Value::Template(_) => "template",
            Value::Number(_) => "number",
            Value::Bool(_) => "bool",
            Value::Null => "null",
            Value::List(_) => "list",
            Value::Object(_) => "object",
            Value::Ref(_) => "ref",
            Value::Member { .. } => "member",
            Value::Call(_) => "call",
            Value::This => "this",
            Value::Conditional(_) => "conditional",
            Value::Unknown => "unknown",
        }
    }

    /// Every kind name, for validating rule conditions.
    pub const KINDS: &'static [&'static str] = &[
        "string",
        "template",
        "number",
        "bool",
        "null",
        "list",
        "object",
        "ref",
        "member",
        "call",
        "this",
        "conditional",
        "unknown",
    ];
}

/// One prop: its normalised key, the key node and the value node (for a shorthand
/// `{ zone }` both are the identifier).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prop<'t> {
    pub key: &'t str,
    pub key_node: Node<'t>,
    pub value: Node<'t>,
    /// The whole entry (`key: value`, `key=value`), for edits that remove it.
    pub entry: Node<'t>,
}

/// Props as one map whatever the spelling: a TS object literal, Python keyword arguments, a
/// Python dict, a props class call (`ec2.SubnetSelection(subnet_type=…)`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Props<'t> {
    pub entries: Vec<Prop<'t>>,
    /// The node to insert new props into (object literal / argument list); `None` when the call
    /// has no props object yet (a TypeScript `new X(scope, id)`).
    pub container: Option<Node<'t>>,
    /// A spread, `**kwargs`, a computed key or a props variable may set props the file does
    /// not show: a rule about a missing prop must stay silent.
    pub open: bool,
}

impl<'t> Props<'t> {
    /// The prop named `name` (any spelling: `enforceSSL`, `enforce_ssl`, `'enforceSSL'`).
    pub fn get(&self, name: &str) -> Option<&Prop<'t>> {
        // Rules ask with names already normalised: those need no copy.
        let wanted = if name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            std::borrow::Cow::Borrowed(name)
        } else {
            std::borrow::Cow::Owned(normalize_name(name))
        };
        self.entries
            .iter()
            .find(|p| crate::names::normalizes_to(p.key, &wanted))
    }

    /// Entries of an object literal, a Python dict, or the keyword arguments of an argument list.
    pub fn of_container(container: Node<'t>, src: &'t str) -> Props<'t> {
        let mut props = Props {
            entries: Vec::new(),
            container: Some(container),
            open: false,
        };
        let mut cursor = container.walk();
        for child in container.named_children(&mut cursor) {
            match child.kind_str() {
                "pair" => {
                    let (Some(key), Some(value)) =
                        (child.field(Field::Key), child.field(Field::Value))
                    else {
                        continue;
                    };
                    let name = match key.kind_str() {
                        "property_identifier" | "identifier" | "number" => text(key, src),
                        "string" if !has_interpolation(key) => string_content(key, src),
                        // `[k]: v`, `f"{x}": v`: a key the file computes.
                        _ => {
                            props.open = true;
                            continue;
                        }
                    };
                    props.entries.push(Prop {
                        key: name,
                        key_node: key,
                        value,
                        entry: child,
                    });
                }
                "keyword_argument" => {
                    if let (Some(name), Some(value)) =
                        (child.field(Field::Name), child.field(Field::Value))
                    {
                        props.entries.push(Prop {
                            key: text(name, src),
                            key_node: name,
                            value,
                            entry: child,
                        });
                    }
                }
                "shorthand_property_identifier" => props.entries.push(Prop {
                    key: text(child, src),
                    key_node: child,
                    value: child,
                    entry: child,
                }),
                "method_definition" => {
                    if let Some(name) = child.field(Field::Name) {
                        props.entries.push(Prop {
                            key: text(name, src),
                            key_node: name,
                            value: child,
                            entry: child,
                        });
                    }
                }
                "spread_element" | "dictionary_splat" | "list_splat" => props.open = true,
                _ => {}
            }
        }
        props
    }
}

/// A string literal with `${…}` / `{…}` holes (TS template substitution, Python f-string).
pub fn has_interpolation(node: Node) -> bool {
    let mut cursor = node.walk();
    node.named_children(&mut cursor)
        .any(|c| matches!(c.kind_str(), "template_substitution" | "interpolation"))
}

/// The literal text of a string node without quotes or prefixes (`'a'`, `"a"`, `` `a` ``,
/// `r"a"`, `"""a"""`), escapes left as written. `None` for anything else.
pub fn string_literal<'t>(node: Node<'t>, src: &'t str) -> Option<&'t str> {
    match node.kind_str() {
        "string" | "template_string" if !has_interpolation(node) => Some(string_content(node, src)),
        _ => None,
    }
}
