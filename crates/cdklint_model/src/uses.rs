//! What a value is used for: every use of a construct — passed as which prop or argument of
//! which call, the receiver of which method, read in an output, returned, stored on the
//! construct, or discarded.
//!
//! The model walk records where each name of the file occurs (identifiers, `this.x`, `self.x`);
//! nothing else is computed until a rule asks. [`Model::uses`] then classifies the occurrences
//! of the name a value is bound to by looking at their parents only, so asking costs the number
//! of occurrences, never a walk of the tree. Names bound to another name (`const b2 = b`) are
//! looked through, with the members read on the way (`cfn = b.node.default_child`, then
//! `cfn.replication_configuration = …` is a use of `b` reading `node.defaultchild.
//! replicationconfiguration`).
//!
//! A name's occurrences are looked for where its binding can be seen: a `const`/`let` in its
//! block, a Python local in its function, `this.x` / `self.x` in its class. Generated stacks
//! that bind `bucket` in each of hundreds of classes would otherwise make every question cost
//! the whole file (and the answer would mix other functions' `bucket`s). Where the scope is not
//! plain (`var`, a name assigned rather than declared, module level), the whole file is looked
//! at: like the rest of the model, uses never guess in the direction of a finding — a name
//! used elsewhere counts as used, so a rule about an unused value stays silent rather than
//! crying wolf.

use crate::fasthash::FastMap;
use std::cell::OnceCell;

use tree_sitter::Node;

use crate::kinds::{Field, Fields, KindStr};
use crate::model::{CallId, Model, binding_key};
use crate::names::normalize_name;
use crate::parents::Parents;
use crate::parse::text;

/// How many aliases (`const b2 = b`) a use is followed through.
const MAX_ALIASES: usize = 4;
/// How far up an output (`new CfnOutput(…)`) around a use is looked for.
const MAX_OUTPUT_DEPTH: usize = 12;

/// Where a use sits.
#[derive(Debug, Clone, PartialEq)]
pub enum UseKind {
    /// A positional argument of a call: `f(b)`, `alb.logAccessLogs(b)`, `Tags.of(b)`.
    Arg { call: CallId, index: usize },
    /// A prop value (object literal or dict entry, keyword argument, shorthand `{ b }`), with
    /// the normalised key path from the call's props (`loggingconfig.bucket`) and the call
    /// those props belong to, when there is one.
    Prop { call: Option<CallId>, key: String },
    /// The receiver of a method call: `b.addLifecycleRule(…)` (the method normalised).
    Receiver { call: CallId, method: String },
    /// Anywhere inside the props or arguments of a `CfnOutput`.
    Output,
    /// Returned from a function (`return b`, an arrow function's expression body).
    Return,
    /// Bound to another name: `const b2 = b` (the name's uses follow in the list).
    Alias(String),
    /// Stored on the construct (`this.b = …`, `self.b = …`, a class field): other files can
    /// reach it through the construct.
    Field,
    /// Exported from the module (`export const b = …`, `export default b`, `module.exports`).
    Export,
    /// The target of an assignment: `b.versioned = true` (the member path says what is set).
    Assigned,
    /// An expression statement on its own: `new cdk.Stack(app, 'S');`.
    Discarded,
    /// Anything else: a condition, an operand, a template hole, a subscript.
    Other,
}

impl UseKind {
    /// The name rule conditions use (`used = { as = "prop" }`).
    pub fn name(&self) -> &'static str {
        match self {
            UseKind::Arg { .. } => "arg",
            UseKind::Prop { .. } => "prop",
            UseKind::Receiver { .. } => "receiver",
            UseKind::Output => "output",
            UseKind::Return => "return",
            UseKind::Alias(_) => "alias",
            UseKind::Field => "field",
            UseKind::Export => "export",
            UseKind::Assigned => "assigned",
            UseKind::Discarded => "discarded",
            UseKind::Other => "other",
        }
    }

    /// Every use kind name, for validating rule conditions.
    pub const NAMES: &'static [&'static str] = &[
        "arg",
        "prop",
        "receiver",
        "output",
        "return",
        "alias",
        "field",
        "export",
        "assigned",
        "discarded",
        "other",
    ];

    /// The call the use is an argument, prop or receiver of.
    pub fn call(&self) -> Option<CallId> {
        match self {
            UseKind::Arg { call, .. } | UseKind::Receiver { call, .. } => Some(*call),
            UseKind::Prop { call, .. } => *call,
            _ => None,
        }
    }
}

/// One use of a value.
#[derive(Debug, Clone, PartialEq)]
pub struct Use<'t> {
    /// The use as written: the value with the members read off it (`b.node.defaultChild`) and
    /// any cast around it; for a method call, the receiver.
    pub expr: Node<'t>,
    /// Members read off the value on the way, normalised (`["node", "defaultchild"]`), through
    /// aliases too. A method call's name is not a member read: it is in [`UseKind::Receiver`].
    pub members: Vec<String>,
    /// The type the use is cast to: TypeScript `x as T` / `<T>x`, Python `cast(T, x)`.
    pub cast: Option<Node<'t>>,
    pub kind: UseKind,
}

/// Occurrences of names, recorded during the model walk: a plain list, indexed by name only
/// when a rule first asks (most files never do), so the walk pays a push per name.
#[derive(Default)]
pub(crate) struct Occurrences<'t> {
    nodes: Vec<Node<'t>>,
    by_name: OnceCell<FastMap<&'t str, Vec<Node<'t>>>>,
}

impl<'t> Occurrences<'t> {
    /// Record `node` when it may be a use of a name: an identifier, a shorthand prop, or
    /// `this.x` / `self.x`. Declarations, parameters, property names and assignment targets
    /// are told apart only when a name is asked for ([`Occurrences::of`]): that needs the
    /// node's parent, which tree-sitter finds from the root, too dear for every identifier.
    pub(crate) fn note(&mut self, node: Node<'t>, kind: &str, src: &'t str) {
        let key = match kind {
            "identifier" | "shorthand_property_identifier" => text(node, src),
            "member_expression" | "attribute" => {
                let Some(object) = node.field(Field::Object) else {
                    return;
                };
                if !matches!(object.kind_str(), "this" | "identifier")
                    || !matches!(text(object, src), "this" | "self")
                {
                    return;
                }
                // The key is the text as written, `this.x`; spaced-out `this . x` is not worth
                // an allocation per member expression.
                let t = text(node, src);
                if t.contains(char::is_whitespace) {
                    return;
                }
                t
            }
            _ => return,
        };
        if matches!(key, "this" | "self") {
            return;
        }
        self.nodes.push(node);
    }

    /// Every name read or written, as written (`b`, `this.b`), in file order.
    pub(crate) fn names(&self, src: &'t str) -> impl Iterator<Item = &'t str> + '_ {
        self.nodes.iter().map(move |n| text(*n, src))
    }

    /// The uses of the name `key` (`b`, `this.b`) within the bytes `scope`, in file order.
    pub(crate) fn of(
        &self,
        key: &str,
        scope: std::ops::Range<usize>,
        src: &'t str,
        python: bool,
        parents: &Parents<'t>,
    ) -> Vec<Node<'t>> {
        let by_name = self.by_name.get_or_init(|| {
            let mut map: FastMap<&'t str, Vec<Node<'t>>> = FastMap::default();
            for &n in &self.nodes {
                map.entry(text(n, src)).or_default().push(n);
            }
            map
        });
        let all = by_name.get(key).map(Vec::as_slice).unwrap_or_default();
        // Recorded in file order: the scope's occurrences are one run of the list.
        let first = all.partition_point(|n| n.start_byte() < scope.start);
        let last = all.partition_point(|n| n.start_byte() < scope.end);
        all[first..last.max(first)]
            .iter()
            .copied()
            .filter(|n| match n.kind_str() {
                "member_expression" | "attribute" => !is_assignment_target(*n, parents),
                _ => is_reference(*n, python, parents),
            })
            .collect()
    }
}

/// An identifier that reads a name (rather than declaring or naming something).
fn is_reference<'t>(node: Node<'t>, python: bool, parents: &Parents<'t>) -> bool {
    let Some(parent) = parents.of(node) else {
        return false;
    };
    let field_is = |field: Field| parent.field(field) == Some(node);
    match parent.kind_str() {
        "variable_declarator" => !field_is(Field::Name),
        "assignment_expression" | "assignment" | "augmented_assignment" => !field_is(Field::Left),
        "required_parameter"
        | "optional_parameter"
        | "formal_parameters"
        | "parameters"
        | "default_parameter"
        | "typed_parameter"
        | "typed_default_parameter"
        | "lambda_parameters" => false,
        "function_declaration"
        | "function_definition"
        | "class_declaration"
        | "class_definition"
        | "method_definition"
        | "generator_function_declaration" => !field_is(Field::Name),
        "import_specifier"
        | "import_clause"
        | "namespace_import"
        | "aliased_import"
        | "dotted_name"
        | "import_from_statement"
        | "import_statement" => false,
        "keyword_argument" => !field_is(Field::Name),
        "attribute" if python => !field_is(Field::Attribute),
        "for_in_statement" | "for_statement" | "for_in_clause" => !field_is(Field::Left),
        "labeled_statement" | "break_statement" | "continue_statement" => false,
        _ => true,
    }
}

fn is_assignment_target<'t>(node: Node<'t>, parents: &Parents<'t>) -> bool {
    parents.of(node).is_some_and(|p| {
        matches!(p.kind_str(), "assignment_expression" | "assignment")
            && p.field(Field::Left) == Some(node)
    })
}

impl<'t> Model<'t> {
    /// Every use of the value `node` evaluates to, in file order of discovery: when the value
    /// (a call, or a name bound to one) is bound to a name, the uses of that name — plus
    /// [`UseKind::Field`] / [`UseKind::Export`] for a value stored on the construct or exported
    /// — else the one place the expression itself sits.
    pub fn uses(&self, node: Node<'t>) -> Vec<Use<'t>> {
        self.uses_shared(node).as_ref().clone()
    }

    /// [`Model::uses`] as the model keeps it, without copying: rules ask for the uses of the
    /// same construct many times.
    pub fn uses_shared(&self, node: Node<'t>) -> std::rc::Rc<Vec<Use<'t>>> {
        let value = self.unwrap(node);
        if let Some(known) = self.uses_cache.borrow().get(&value.id()) {
            return known.clone();
        }
        let mut out = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        self.uses_from(value, Vec::new(), None, &mut out, &mut seen, 0);
        let out = std::rc::Rc::new(out);
        self.uses_cache.borrow_mut().insert(value.id(), out.clone());
        out
    }

    fn uses_from(
        &self,
        node: Node<'t>,
        prefix: Vec<String>,
        cast: Option<Node<'t>>,
        out: &mut Vec<Use<'t>>,
        seen: &mut Vec<String>,
        depth: usize,
    ) {
        let mut first = self.use_at(node);
        let mut members = prefix;
        members.append(&mut first.members);
        first.members = members;
        first.cast = first.cast.or(cast);
        let key = match &first.kind {
            UseKind::Alias(key) => Some(key.clone()),
            UseKind::Field => self.bound_key_of(first.expr),
            _ => None,
        };
        if let Some(key) = key
            && depth < MAX_ALIASES
            && !seen.contains(&key)
        {
            let exported = self.declaration_exported(first.expr);
            let first_expr = first.expr;
            let (members, cast) = (first.members.clone(), first.cast);
            out.push(first);
            if exported {
                out.push(Use {
                    expr: node,
                    members: members.clone(),
                    cast,
                    kind: UseKind::Export,
                });
            }
            seen.push(key.clone());
            let scope = self.scope_of(&key, first_expr);
            for occurrence in
                self.occurrences
                    .of(&key, scope, self.src(), self.is_python(), &self.parents)
            {
                self.uses_from(occurrence, members.clone(), cast, out, seen, depth + 1);
            }
            return;
        }
        out.push(first);
    }

    /// The bytes where the name `key`, bound to the value `expr`, can be seen (see the module
    /// documentation); the whole file when that is not plain.
    fn scope_of(&self, key: &str, expr: Node<'t>) -> std::ops::Range<usize> {
        let file = 0..self.src().len();
        let Some(binding) = self.parents.of(expr) else {
            return file;
        };
        let ancestors = std::iter::successors(self.parents.of(binding), |n| self.parents.of(*n));
        binding_scope(key, binding, self.is_python(), ancestors).map_or(file, |n| n.byte_range())
    }

    /// The binding key of the declaration or assignment whose value is `expr`.
    fn bound_key_of(&self, expr: Node<'t>) -> Option<String> {
        let parent = self.parents.of(expr)?;
        match parent.kind_str() {
            "assignment_expression" | "assignment" => {
                binding_key(parent.field(Field::Left)?, self.src())
            }
            "public_field_definition" => {
                Some(format!("this.{}", self.text(parent.field(Field::Name)?)))
            }
            "variable_declarator" => binding_key(parent.field(Field::Name)?, self.src()),
            _ => None,
        }
    }

    /// `export const b = <expr>`.
    fn declaration_exported(&self, expr: Node<'t>) -> bool {
        self.parents
            .of(expr)
            .filter(|p| p.kind_str() == "variable_declarator")
            .and_then(|d| self.parents.of(d))
            .and_then(|decl| self.parents.of(decl))
            .is_some_and(|p| p.kind_str() == "export_statement")
    }

    /// Where one expression sits: the members read off it, a cast around it, and its place.
    pub fn use_at(&self, node: Node<'t>) -> Use<'t> {
        let mut members = Vec::new();
        let mut cast = None;
        let mut expr = node;
        // `{ logBucket }`: the shorthand is its own prop entry.
        if node.kind_str() == "shorthand_property_identifier" {
            let kind = self.prop_use(node, self.text(node));
            return self.finish(node, members, cast, kind);
        }
        let kind = loop {
            let Some(parent) = self.parents.of(expr) else {
                break UseKind::Other;
            };
            let is_field = |field: Field| parent.field(field) == Some(expr);
            match parent.kind_str() {
                "member_expression" | "attribute" if is_field(Field::Object) => {
                    let name = crate::kinds::member_name(parent)
                        .map(|n| normalize_name(self.text(n)))
                        .unwrap_or_default();
                    let called = self.parents.of(parent).filter(|g| {
                        matches!(g.kind_str(), "call_expression" | "call")
                            && g.field(Field::Function) == Some(parent)
                    });
                    if let Some(call) = called.and_then(|g| self.call_id_at(g)) {
                        break UseKind::Receiver { call, method: name };
                    }
                    members.push(name);
                    expr = parent;
                }
                "parenthesized_expression"
                | "non_null_expression"
                | "await_expression"
                | "satisfies_expression" => expr = parent,
                "as_expression" | "type_assertion" => {
                    // `x as T`; `<T>x` holds its type in type arguments.
                    let ty = named(parent).into_iter().find(|n| *n != expr);
                    let ty = match ty {
                        Some(t) if t.kind_str() == "type_arguments" => named(t).into_iter().next(),
                        t => t,
                    };
                    cast = ty.or(cast);
                    expr = parent;
                }
                "arguments" | "argument_list" => {
                    let Some(call_node) = self.parents.of(parent) else {
                        break UseKind::Other;
                    };
                    let args: Vec<Node> = named(parent)
                        .into_iter()
                        .filter(|a| {
                            !matches!(
                                a.kind_str(),
                                "comment" | "keyword_argument" | "dictionary_splat"
                            )
                        })
                        .collect();
                    let index = args.iter().position(|a| *a == expr).unwrap_or(0);
                    // Python `cast(T, x)` / `typing.cast(T, x)` is a cast, not a call.
                    let callee = call_node.field(Field::Function).map(|f| self.text(f));
                    if matches!(callee, Some("cast" | "typing.cast")) && index == 1 {
                        cast = args.first().copied();
                        expr = call_node;
                        continue;
                    }
                    match self.call_id_at(call_node) {
                        Some(call) => break UseKind::Arg { call, index },
                        None => break UseKind::Other,
                    }
                }
                "keyword_argument" if is_field(Field::Value) => {
                    let key = parent
                        .field(Field::Name)
                        .map(|n| self.text(n))
                        .unwrap_or_default();
                    break self.prop_use(parent, key);
                }
                "pair" if is_field(Field::Value) => {
                    let key = parent
                        .field(Field::Key)
                        .map(|k| crate::imports::string_content(k, self.src()))
                        .unwrap_or_default();
                    break self.prop_use(parent, key);
                }
                "array" | "list" | "tuple" | "spread_element" | "list_splat" => expr = parent,
                "variable_declarator" if is_field(Field::Value) => {
                    break match parent
                        .field(Field::Name)
                        .and_then(|n| binding_key(n, self.src()))
                    {
                        Some(key) => UseKind::Alias(key),
                        None => UseKind::Other,
                    };
                }
                "assignment_expression" | "assignment" => {
                    if is_field(Field::Left) {
                        break UseKind::Assigned;
                    }
                    let left = parent.field(Field::Left);
                    let left_text = left.map(|l| self.text(l)).unwrap_or_default();
                    if matches!(left_text, "module.exports" | "exports") {
                        break UseKind::Export;
                    }
                    break match left.and_then(|l| binding_key(l, self.src())) {
                        Some(key) if key.starts_with("this.") || key.starts_with("self.") => {
                            UseKind::Field
                        }
                        Some(key) => UseKind::Alias(key),
                        None => UseKind::Other,
                    };
                }
                "public_field_definition" if is_field(Field::Value) => break UseKind::Field,
                "return_statement" => break UseKind::Return,
                "arrow_function" if is_field(Field::Body) => break UseKind::Return,
                "expression_statement" => break UseKind::Discarded,
                "export_statement" => break UseKind::Export,
                _ => break UseKind::Other,
            }
        };
        self.finish(expr, members, cast, kind)
    }

    fn finish(
        &self,
        expr: Node<'t>,
        members: Vec<String>,
        cast: Option<Node<'t>>,
        kind: UseKind,
    ) -> Use<'t> {
        let kind = if self.inside_output(expr) {
            UseKind::Output
        } else {
            kind
        };
        Use {
            expr,
            members,
            cast,
            kind,
        }
    }

    /// A prop use: the key path up to the call whose props hold `entry`.
    fn prop_use(&self, entry: Node<'t>, key: &str) -> UseKind {
        let mut path = vec![normalize_name(key)];
        let mut node = entry;
        for _ in 0..8 {
            let Some(container) = self.parents.of(node) else {
                break;
            };
            // Python keyword arguments sit directly in the call's argument list.
            if container.kind_str() == "argument_list" {
                let call = self.parents.of(container).and_then(|c| self.call_id_at(c));
                return UseKind::Prop {
                    call,
                    key: path.join("."),
                };
            }
            if !matches!(container.kind_str(), "object" | "dictionary") {
                break;
            }
            let Some(outer) = self.parents.of(container) else {
                break;
            };
            match outer.kind_str() {
                "arguments" | "argument_list" => {
                    let call = self.parents.of(outer).and_then(|c| self.call_id_at(c));
                    return UseKind::Prop {
                        call,
                        key: path.join("."),
                    };
                }
                "pair" | "keyword_argument" if outer.field(Field::Value) == Some(container) => {
                    let k = outer
                        .field(Field::Key)
                        .or_else(|| outer.field(Field::Name))
                        .map(|k| crate::imports::string_content(k, self.src()))
                        .unwrap_or_default();
                    path.insert(0, normalize_name(k));
                    node = outer;
                }
                _ => break,
            }
        }
        UseKind::Prop {
            call: None,
            key: path.join("."),
        }
    }

    /// The expression lies in the arguments of a `CfnOutput` (its `value`, a `Fn.join` in it).
    fn inside_output(&self, expr: Node<'t>) -> bool {
        let mut node = expr;
        for _ in 0..MAX_OUTPUT_DEPTH {
            let Some(parent) = self.parents.of(node) else {
                return false;
            };
            if matches!(
                parent.kind_str(),
                "expression_statement"
                    | "statement_block"
                    | "block"
                    | "lexical_declaration"
                    | "return_statement"
            ) {
                return false;
            }
            if let Some(call) = self.call_at(parent)
                && call.name.as_deref() == Some("cdk.cfnoutput")
                && parent.field(Field::Arguments) == Some(node)
            {
                return true;
            }
            node = parent;
        }
        false
    }
}

fn named(node: Node) -> Vec<Node> {
    let mut cursor = node.walk();
    node.named_children(&mut cursor)
        .filter(|n| n.kind_str() != "comment")
        .collect()
}

/// The node within which the name `key`, bound by `binding` (a declarator or an assignment,
/// whose ancestors are `ancestors`, innermost first), can be seen; `None` when it is not plain
/// and the whole file counts. `this.x` / `self.x` live in their class, a Python local in its
/// function whatever block assigns it, a `const` / `let` in its block; `var` and plain
/// assignments are not followed to a scope. Both [`Model::uses`] and the walk's record of
/// which bindings other statements may read (`Model::names`) decide with this.
pub(crate) fn binding_scope<'t>(
    key: &str,
    binding: Node<'t>,
    python: bool,
    mut ancestors: impl Iterator<Item = Node<'t>>,
) -> Option<Node<'t>> {
    fn enclosing<'t>(
        mut nodes: impl Iterator<Item = Node<'t>>,
        kinds: &[&str],
    ) -> Option<Node<'t>> {
        nodes.find(|n| kinds.contains(&n.kind_str()))
    }
    if key.starts_with("this.") || key.starts_with("self.") {
        let classes = [
            "class_declaration",
            "abstract_class_declaration",
            "class",
            "class_definition",
        ];
        return enclosing(ancestors, &classes);
    }
    if python {
        return match binding.kind_str() {
            "assignment" => enclosing(ancestors, &["function_definition", "lambda"]),
            _ => None,
        };
    }
    if binding.kind_str() != "variable_declarator" {
        return None;
    }
    match ancestors.next() {
        Some(decl) if decl.kind_str() == "lexical_declaration" => enclosing(
            ancestors,
            &["statement_block", "class_body", "switch_body", "program"],
        ),
        _ => None,
    }
}
