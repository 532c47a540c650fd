//! The construct model: one walk over the tree collects every call, CDK member reference and
//! class of the file, with canonical names, props and bindings, the same for both languages.

use tree_sitter::{Node, Tree};

use crate::Grammar;
use crate::fasthash::FastMap;
use crate::imports::Imports;
use crate::kinds::{self, Field, Fields, KindStr, Role};
use crate::names::normalize_name;
use crate::parse::text;
use crate::part::Part;
use crate::resolve::{FileContext, binding_entry, record_binding};
use crate::value::{Prop, Props, Value, has_interpolation, string_literal};

/// Index into [`Model::calls`].
pub type CallId = usize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallKind {
    /// An instantiation: TypeScript `new X(…)`, Python `X(…)` where `X` resolves to a CDK class.
    New,
    /// A call of a CDK member: `RecordTarget.fromIpAddresses(…)`, `Port.tcp(22)`.
    Static,
    /// A method call on something that is not a CDK name: `bucket.addToResourcePolicy(…)`.
    Method,
    /// Any other call: `foo(…)`.
    Other,
}

/// One call or instantiation.
#[derive(Debug, Clone)]
pub struct Call<'t> {
    /// The whole expression (`new_expression`, `call_expression`, `call`).
    pub node: Node<'t>,
    pub kind: CallKind,
    /// The callee expression as written (`s3.Bucket`, `RecordTarget.fromIpAddresses`, `b.grant`).
    pub callee: Node<'t>,
    /// Canonical name of a `New` / `Static` callee (`aws_s3.bucket`), normalised.
    pub name: Option<String>,
    /// The normalised last name of a `Method` / `Static` callee (`addtoresourcepolicy`).
    pub method: Option<String>,
    /// The receiver of a `Method` call as written.
    pub receiver: Option<Node<'t>>,
    /// The argument list node (for edits that add props).
    pub arg_list: Node<'t>,
    /// Positional arguments (Python keyword arguments are props, not arguments).
    pub args: Vec<Node<'t>>,
    pub props: Props<'t>,
    /// The name this call's result is bound to: `x`, `this.x`, `self.x`.
    pub binding: Option<String>,
    /// Index into [`Model::classes`] of the innermost enclosing class.
    pub class: Option<usize>,
    /// For a `Method` call: the call that created its receiver, when the receiver is bound to
    /// one in this file (`const b = new s3.Bucket(…); b.grantRead(…)`).
    pub receiver_call: Option<CallId>,
}

/// A reference to a CDK member that is not called: `SubnetType.PRIVATE_WITH_NAT`.
#[derive(Debug, Clone)]
pub struct MemberRef<'t> {
    pub node: Node<'t>,
    /// Canonical, normalised: `aws_ec2.subnettype.privatewithnat`.
    pub name: String,
    pub v1: bool,
}

/// A class declared in the file.
#[derive(Debug, Clone)]
pub struct ClassInfo<'t> {
    pub node: Node<'t>,
    pub name: &'t str,
    /// The class it extends, as written (`cdk.Stack`, `Stack`, `BaseStack`).
    pub base: Option<Node<'t>>,
    /// It extends `Stack`, `NestedStack` or `Stage` of the CDK, directly or through a class of
    /// this file.
    pub is_stack: bool,
}

/// The model of one file.
pub struct Model<'t> {
    pub ctx: FileContext<'t>,
    pub calls: Vec<Call<'t>>,
    pub refs: Vec<MemberRef<'t>>,
    pub classes: Vec<ClassInfo<'t>>,
    /// Every prop entry of the file, in file order, wherever it sits: object literal and dict
    /// entries (shorthand included) and Python keyword arguments, of CDK calls or not — for
    /// rules about what a key such as `certificateArn` is given anywhere.
    pub entries: Vec<Prop<'t>>,
    call_at: FastMap<usize, CallId>,
    /// Method calls by the binding key of their receiver (`b`, `this.bucket`).
    calls_on: FastMap<String, Vec<CallId>>,
    /// Instantiations and static calls by canonical name, and method calls by the canonical
    /// name of the construct their receiver holds: relations ask these instead of scanning.
    by_name: FastMap<String, Vec<CallId>>,
    methods_by_class: FastMap<String, Vec<CallId>>,
    /// The shell text of the file's EC2 user data, gathered on first use.
    user_data: std::cell::OnceCell<crate::userdata::UserData<'t>>,
    /// Where each name of the file is read (see [`crate::uses`]).
    pub(crate) occurrences: crate::uses::Occurrences<'t>,
    /// Every loop and iteration callback of the file, in file order (see [`crate::loops`]).
    pub loops: Vec<crate::loops::Loop<'t>>,
    /// Parents of nodes asked for after the walk (see [`crate::parents`]).
    pub(crate) parents: crate::parents::Parents<'t>,
    /// Every TypeScript cast of the file (`x as T`, `<T>x`), in file order (see
    /// [`crate::casts`]).
    pub casts: Vec<crate::casts::Cast<'t>>,
    pub(crate) cast_index: FastMap<usize, usize>,
    /// Every import, re-export and `require(…)` of a module, in file order (see
    /// [`crate::module_imports`]); in a file binding no CDK name, its top-level imports of CDK
    /// modules only.
    pub module_imports: Vec<crate::module_imports::ModuleImport<'t>>,
    pub(crate) module_import_index: FastMap<usize, usize>,
    /// [`Model::uses`] by value node: several rules ask for the uses of the same construct.
    pub(crate) uses_cache:
        std::cell::RefCell<FastMap<usize, std::rc::Rc<Vec<crate::uses::Use<'t>>>>>,
    /// The props of every object literal, dict and Python argument list, by node, read once by
    /// the walk: calls, values and rule conditions ask for the same containers again and again.
    container_props: FastMap<usize, Props<'t>>,
    /// Byte span and outer class of each of [`Model::classes`], for [`Model::enclosing_class`].
    class_spans: Vec<ClassSpan>,
    /// Every binding the walk recorded (`const x = …`, `x = …`, `this.x = …`): its key, and
    /// whether it may be seen from other top-level statements (it is inside no function).
    pub(crate) binding_sites: Vec<(String, bool)>,
}

/// Where a class of [`Model::classes`] sits: its bytes and the class it is nested in.
#[derive(Debug, Clone, Copy)]
struct ClassSpan {
    start: usize,
    end: usize,
    outer: Option<usize>,
}

impl<'t> Model<'t> {
    /// Build the model of a parsed file. Files that bind no name from the CDK or `constructs`
    /// get an empty model but for their top-level imports: they hold no constructs.
    pub fn build(tree: &'t Tree, src: &'t str, grammar: Grammar, path: &str) -> Model<'t> {
        Model::build_with(tree, src, grammar, path, None)
    }

    /// Build the model of some top-level statements of a parsed file only (see
    /// [`crate::part`]): the others are not walked, and the names they bind count as bound
    /// more than once. Answers that need the whole file (the one name bound to a construct of
    /// a class, `FileContext::bound_names_where`) still read the whole tree.
    pub fn build_part(
        tree: &'t Tree,
        src: &'t str,
        grammar: Grammar,
        path: &str,
        part: &Part,
    ) -> Model<'t> {
        Model::build_with(tree, src, grammar, path, Some(part))
    }

    fn build_with(
        tree: &'t Tree,
        src: &'t str,
        grammar: Grammar,
        path: &str,
        part: Option<&Part>,
    ) -> Model<'t> {
        let imports = match part.and_then(|p| p.imports) {
            Some(known) => known.clone(),
            None => Imports::build(tree, src, grammar),
        };
        let mut ctx = FileContext::new(tree, src, imports).with_path(path);
        ctx.partial = part.is_some();
        let mut model = Model {
            ctx,
            calls: Vec::new(),
            refs: Vec::new(),
            classes: Vec::new(),
            entries: Vec::new(),
            call_at: FastMap::default(),
            calls_on: FastMap::default(),
            by_name: FastMap::default(),
            methods_by_class: FastMap::default(),
            user_data: std::cell::OnceCell::new(),
            occurrences: Default::default(),
            loops: Vec::new(),
            parents: crate::parents::Parents::new(tree.root_node()),
            casts: Vec::new(),
            cast_index: FastMap::default(),
            module_imports: Vec::new(),
            module_import_index: FastMap::default(),
            uses_cache: Default::default(),
            container_props: FastMap::default(),
            class_spans: Vec::new(),
            binding_sites: Vec::new(),
        };
        if model.ctx.imports.bindings.is_empty() {
            // Nothing binds a CDK name, so the file holds no constructs; it may still load a
            // CDK module for its effects or re-export one (`import '@aws-cdk/core'`,
            // `export * from '@aws-cdk/aws-s3'`), which import rules report.
            model.collect_top_level_imports();
            return model;
        }
        model.walk(part);
        model.link();
        model
    }

    pub fn src(&self) -> &'t str {
        self.ctx.src
    }

    pub fn text(&self, node: Node) -> &'t str {
        text(node, self.ctx.src)
    }

    pub fn is_python(&self) -> bool {
        self.ctx.imports.grammar.is_python()
    }

    /// The call whose expression is exactly `node`.
    pub fn call_at(&self, node: Node) -> Option<&Call<'t>> {
        self.call_at.get(&node.id()).map(|&id| &self.calls[id])
    }

    pub fn call_id_at(&self, node: Node) -> Option<CallId> {
        self.call_at.get(&node.id()).copied()
    }

    /// Method calls whose receiver is the binding `key` (`b`, `this.bucket`), in file order.
    pub fn calls_on(&self, key: &str) -> impl Iterator<Item = &Call<'t>> {
        self.calls_on
            .get(key)
            .into_iter()
            .flatten()
            .map(|&id| &self.calls[id])
    }

    /// Instantiations and static calls of `name` (canonical, normalised), in file order.
    pub fn calls_named(&self, name: &str) -> impl Iterator<Item = &Call<'t>> {
        self.by_name
            .get(name)
            .into_iter()
            .flatten()
            .map(|&id| &self.calls[id])
    }

    /// Method calls whose receiver holds a construct of class `name` (canonical, normalised).
    pub fn method_calls_on_class(&self, name: &str) -> impl Iterator<Item = &Call<'t>> {
        self.methods_by_class
            .get(name)
            .into_iter()
            .flatten()
            .map(|&id| &self.calls[id])
    }

    /// The EC2 user data of the file as shell text (see [`crate::userdata`]), gathered once.
    pub fn user_data(&self) -> &crate::userdata::UserData<'t> {
        self.user_data.get_or_init(|| crate::userdata::build(self))
    }

    /// The class a node lies in (innermost).
    pub fn enclosing_class(&self, node: Node) -> Option<&ClassInfo<'t>> {
        self.enclosing_class_id(node).map(|i| &self.classes[i])
    }

    /// Index into [`Model::classes`] of the innermost class containing `node` (itself, if it is
    /// one). Asked for every call by several rules: a binary search over the classes in file
    /// order, then up the nesting, instead of a scan of every class.
    fn enclosing_class_id(&self, node: Node) -> Option<usize> {
        let (start, end) = (node.start_byte(), node.end_byte());
        let spans = &self.class_spans;
        // The last class starting at or before the node; the classes containing the node are
        // it or among its outer classes (a class nested in an earlier sibling ended before).
        let mut at = spans.partition_point(|s| s.start <= start).checked_sub(1);
        while let Some(i) = at {
            if end <= spans[i].end {
                return Some(i);
            }
            at = spans[i].outer;
        }
        None
    }

    /// What an expression evaluates to, following same-file bindings.
    pub fn value(&self, node: Node<'t>) -> Value<'t> {
        let node = self.unwrap(node);
        match node.kind_str() {
            "string" | "template_string" => {
                if has_interpolation(node) {
                    Value::Template(node)
                } else {
                    Value::Str(
                        string_literal(node, self.src())
                            .unwrap_or_default()
                            .to_string(),
                    )
                }
            }
            "concatenated_string" => {
                let mut out = String::new();
                let mut cursor = node.walk();
                for part in node.named_children(&mut cursor) {
                    match string_literal(part, self.src()) {
                        Some(s) => out.push_str(s),
                        None => return Value::Template(node),
                    }
                }
                Value::Str(out)
            }
            "number" | "integer" | "float" => parse_number(self.text(node))
                .map(Value::Number)
                .unwrap_or(Value::Unknown),
            "unary_expression" | "unary_operator" => {
                let op = node
                    .field(Field::Operator)
                    .map(|o| self.text(o))
                    .unwrap_or_default();
                let arg = node
                    .child_by_field_name("argument")
                    .or_else(|| node.child_by_field_name("operand"));
                match (op, arg.map(|a| self.value(a))) {
                    ("-", Some(Value::Number(n))) => Value::Number(-n),
                    ("+", Some(Value::Number(n))) => Value::Number(n),
                    _ => Value::Unknown,
                }
            }
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            "null" | "undefined" | "none" => Value::Null,
            "identifier" if self.text(node) == "undefined" => Value::Null,
            "array" | "list" | "tuple" => {
                let mut cursor = node.walk();
                Value::List(
                    node.named_children(&mut cursor)
                        .filter(|n| n.kind_str() != "comment")
                        .collect(),
                )
            }
            "object" | "dictionary" => Value::Object(self.container_props(node).into_owned()),
            "ternary_expression" | "conditional_expression" => {
                let mut cursor = node.walk();
                let parts: Vec<Node<'t>> = node
                    .named_children(&mut cursor)
                    .filter(|n| n.kind_str() != "comment")
                    .collect();
                // TS: condition, consequence, alternative; Python: body, condition, alternative.
                let branches = match (node.kind_str(), parts.as_slice()) {
                    ("ternary_expression", [_, a, b]) => vec![*a, *b],
                    ("conditional_expression", [a, _, b]) => vec![*a, *b],
                    _ => return Value::Unknown,
                };
                Value::Conditional(branches)
            }
            "binary_expression" | "boolean_operator" => {
                let op = node
                    .field(Field::Operator)
                    .map(|o| self.text(o))
                    .unwrap_or_default();
                match op {
                    "??" | "||" | "or" => {
                        match (node.field(Field::Left), node.field(Field::Right)) {
                            (Some(l), Some(r)) => Value::Conditional(vec![l, r]),
                            _ => Value::Unknown,
                        }
                    }
                    _ => Value::Unknown,
                }
            }
            "new_expression" | "call_expression" | "call" => Value::Call(node),
            "member_expression" | "attribute" => {
                if let Some(r) = self.ctx.resolve(node) {
                    return Value::Ref(r.canonical);
                }
                let object = node.field(Field::Object);
                let prop = kinds::member_name(node);
                match (object, prop) {
                    (Some(object), Some(prop)) => Value::Member {
                        object,
                        name: normalize_name(self.text(prop)),
                    },
                    _ => Value::Unknown,
                }
            }
            "this" => Value::This,
            "identifier" if self.is_python() && self.text(node) == "self" => Value::This,
            "identifier" => match self.ctx.resolve(node) {
                Some(r) => Value::Ref(r.canonical),
                None => Value::Unknown,
            },
            _ => Value::Unknown,
        }
    }

    /// Follow bindings and look through wrappers that do not change what a value is.
    pub fn unwrap(&self, mut node: Node<'t>) -> Node<'t> {
        for _ in 0..8 {
            let followed = self.ctx.follow(node);
            let inner = match followed.kind_str() {
                "parenthesized_expression"
                | "as_expression"
                | "non_null_expression"
                | "satisfies_expression"
                | "await_expression" => named_children(followed).into_iter().next(),
                // `<T>x`: the type arguments come first, the value last.
                "type_assertion" => named_children(followed).into_iter().last(),
                "call_expression" | "call" => self.serialised_argument(followed),
                _ => None,
            };
            match inner {
                Some(n) if n != followed => node = n,
                _ => return followed,
            }
        }
        node
    }

    /// `JSON.stringify(x)` / `json.dumps(x)`: the value serialised.
    fn serialised_argument(&self, call: Node<'t>) -> Option<Node<'t>> {
        let callee = self.text(call.field(Field::Function)?);
        if callee != "JSON.stringify" && callee != "json.dumps" {
            return None;
        }
        let args = call.field(Field::Arguments)?;
        named_children(args)
            .into_iter()
            .find(|n| n.kind_str() != "comment")
    }

    /// Props of a value: an object literal, a dict, or a call's props (props classes).
    pub fn props_of(&self, node: Node<'t>) -> Option<Props<'t>> {
        self.props_view(node).map(std::borrow::Cow::into_owned)
    }

    /// [`Model::props_of`] without copying the props the model already holds.
    pub fn props_view(&self, node: Node<'t>) -> Option<std::borrow::Cow<'_, Props<'t>>> {
        let node = self.unwrap(node);
        match node.kind_str() {
            "object" | "dictionary" => Some(self.container_props(node)),
            _ => self
                .call_at(node)
                .map(|c| std::borrow::Cow::Borrowed(&c.props)),
        }
    }

    /// `Props::of_container(node)`, as the walk read it.
    fn container_props(&self, node: Node<'t>) -> std::borrow::Cow<'_, Props<'t>> {
        match self.container_props.get(&node.id()) {
            Some(props) if props.container == Some(node) => std::borrow::Cow::Borrowed(props),
            _ => std::borrow::Cow::Owned(Props::of_container(node, self.src())),
        }
    }

    /// One cursor walk finds every node the model is made of and the file's bindings; the
    /// nodes are resolved afterwards, because resolving a name needs the bindings of the whole
    /// file. Parents come from the walk's own stack: asking a node for its parent costs a
    /// descent from the root.
    fn walk(&mut self, part: Option<&Part>) {
        let src = self.ctx.src;
        let grammar = self.ctx.imports.grammar;
        let roles = kinds::roles(grammar);
        // Kind names by id, when the tree is of the model's grammar (it always is when built
        // by the engine); otherwise each node is asked.
        let names = if *self.ctx.tree.language() == grammar.language() {
            kinds::kind_names_of(grammar)
        } else {
            &[]
        };
        let mut bindings = FastMap::default();
        // Named classes in file order, and those the walk is inside (innermost last).
        let mut class_nodes: Vec<Node<'t>> = Vec::new();
        let mut open_classes: Vec<usize> = Vec::new();
        let mut calls: Vec<(Node<'t>, Option<usize>, Option<String>)> = Vec::new();
        let mut members: Vec<Node<'t>> = Vec::new();
        let mut parents: Vec<Node<'t>> = Vec::new();
        let mut import_statements: Vec<Node<'t>> = Vec::new();
        let mut cursor = self.ctx.tree.root_node().walk();
        'walk: loop {
            let node = cursor.node();
            // A top-level statement outside the part is stepped over whole.
            if parents.len() == 1 && part.is_some_and(|p| !p.holds(node)) {
                loop {
                    if cursor.goto_next_sibling() {
                        continue 'walk;
                    }
                    if !cursor.goto_parent() {
                        break 'walk;
                    }
                    parents.pop();
                }
            }
            // Facts for `uses` and `loops`, gathered in this same walk (the kind is asked once).
            let id = usize::from(node.kind_id());
            let kind = match names.get(id) {
                Some(Some(name)) => name,
                _ => node.kind_str(),
            };
            self.occurrences.note(node, kind, src);
            if let Some(l) = crate::loops::Loop::at(node, kind, src) {
                self.loops.push(l);
            }
            let role = roles.get(id).copied().unwrap_or(Role::Other);
            match role {
                Role::Other => {}
                Role::Class | Role::Call => {
                    while open_classes
                        .last()
                        .is_some_and(|&top| class_nodes[top].end_byte() <= node.start_byte())
                    {
                        open_classes.pop();
                    }
                    if role == Role::Call {
                        let binding = bound_key(node, &parents, src);
                        calls.push((node, open_classes.last().copied(), binding));
                    } else if node.field(Field::Name).is_some() {
                        class_nodes.push(node);
                        open_classes.push(class_nodes.len() - 1);
                    }
                }
                Role::Container => {
                    let props = Props::of_container(node, src);
                    self.entries.extend_from_slice(&props.entries);
                    self.container_props.insert(node.id(), props);
                }
                Role::Member => {
                    if is_outermost_reference(parents.last().copied(), cursor.field_name()) {
                        members.push(node);
                    }
                }
                Role::Binding => {
                    if let Some((key, value)) = binding_entry(node, src) {
                        // Other statements may read it when its uses are looked for in the
                        // whole file.
                        let scope = crate::uses::binding_scope(
                            &key,
                            node,
                            grammar.is_python(),
                            parents.iter().rev().copied(),
                        );
                        let file_wide = scope.is_none_or(|s| s.kind_str() == "program");
                        self.binding_sites.push((key.clone(), file_wide));
                        record_binding(&mut bindings, key, value);
                    }
                }
                Role::Cast => {
                    if let Some(cast) = crate::casts::Cast::of(node) {
                        self.cast_index.insert(node.id(), self.casts.len());
                        self.casts.push(cast);
                    }
                }
                Role::Import => import_statements.push(node),
                Role::Text => {}
            }
            // A literal without holes holds only quotes and text: a sixth of a CDK file's nodes.
            let opaque = role == Role::Text && !has_holes(node, src);
            if !opaque && cursor.goto_first_child() {
                parents.push(node);
                continue;
            }
            loop {
                if cursor.goto_next_sibling() {
                    break;
                }
                if !cursor.goto_parent() {
                    break 'walk;
                }
                parents.pop();
            }
        }
        if let Some(part) = part {
            // A name the rest of the file binds too has no single value in the whole file.
            let mut here: FastMap<&str, u32> = FastMap::default();
            for (key, _) in &self.binding_sites {
                *here.entry(key.as_str()).or_default() += 1;
            }
            for (key, n) in here {
                if (part.bound_elsewhere)(key, n)
                    && let Some(value) = bindings.get_mut(key)
                {
                    *value = None;
                }
            }
        }
        self.ctx.set_bindings(bindings);

        let mut class_ids = Vec::with_capacity(class_nodes.len());
        for node in class_nodes {
            class_ids.push(self.class_info(node).map(|info| {
                self.classes.push(info);
                self.classes.len() - 1
            }));
        }
        self.class_spans = class_spans(&self.classes);
        for (node, class, binding) in calls {
            let class = class.and_then(|c| class_ids[c]);
            if let Some(call) = self.call_info(node, class, binding) {
                self.call_at.insert(node.id(), self.calls.len());
                self.calls.push(call);
            }
        }
        for node in members {
            if let Some(r) = self.ctx.resolve(node) {
                self.refs.push(MemberRef {
                    node,
                    name: r.canonical,
                    v1: r.v1,
                });
            }
        }
        self.collect_module_imports(import_statements);
    }

    /// Receivers, method-call index and stack classes, once every call is known.
    fn link(&mut self) {
        for id in 0..self.calls.len() {
            if self.calls[id].kind != CallKind::Method {
                continue;
            }
            let Some(receiver) = self.calls[id].receiver else {
                continue;
            };
            if let Some(key) = binding_key(receiver, self.src()) {
                self.calls_on.entry(key).or_default().push(id);
            }
            let target = self.ctx.follow(receiver);
            if target != receiver {
                self.calls[id].receiver_call = self.call_at.get(&target.id()).copied();
            }
        }
        for id in 0..self.calls.len() {
            if let Some(name) = &self.calls[id].name {
                self.by_name.entry(name.clone()).or_default().push(id);
            }
            if let Some(class) = self.calls[id]
                .receiver_call
                .and_then(|r| self.calls[r].name.clone())
            {
                self.methods_by_class.entry(class).or_default().push(id);
            }
        }
        // A class extending a stack class of this file is a stack too (a few rounds suffice).
        for _ in 0..4 {
            let stacks: rustc_hash::FxHashSet<&str> = self
                .classes
                .iter()
                .filter(|c| c.is_stack)
                .map(|c| c.name)
                .collect();
            let mut changed = false;
            let src = self.ctx.src;
            for class in &mut self.classes {
                if !class.is_stack && class.base.is_some_and(|b| stacks.contains(&text(b, src))) {
                    class.is_stack = true;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
    }

    fn class_info(&self, node: Node<'t>) -> Option<ClassInfo<'t>> {
        let name = node.field(Field::Name).map(|n| self.text(n))?;
        let base = if node.kind_str() == "class_definition" {
            node.child_by_field_name("superclasses").and_then(|s| {
                named_children(s)
                    .into_iter()
                    .find(|n| n.kind_str() != "keyword_argument" && n.kind_str() != "comment")
            })
        } else {
            named_children(node)
                .into_iter()
                .find(|n| n.kind_str() == "class_heritage")
                .and_then(|h| {
                    named_children(h)
                        .into_iter()
                        .find(|n| n.kind_str() == "extends_clause")
                })
                .and_then(|e| e.field(Field::Value).or_else(|| e.named_child(0)))
        };
        let is_stack = base.and_then(|b| self.ctx.resolve(b)).is_some_and(|r| {
            matches!(
                r.canonical.as_str(),
                "cdk.stack" | "cdk.nestedstack" | "cdk.stage"
            )
        });
        Some(ClassInfo {
            node,
            name,
            base,
            is_stack,
        })
    }

    fn call_info(
        &self,
        node: Node<'t>,
        class: Option<usize>,
        binding: Option<String>,
    ) -> Option<Call<'t>> {
        // `new X(…)` names its callee `constructor`, calls `function`.
        let callee = match node.kind_str() {
            "new_expression" => node.field(Field::Constructor)?,
            _ => node.field(Field::Function)?,
        };
        // Tagged templates and `new X` without arguments have no argument list to read.
        let arg_list = node.field(Field::Arguments)?;
        if !matches!(arg_list.kind_str(), "arguments" | "argument_list") {
            return None;
        }
        let resolved = self.ctx.resolve(callee);
        let member_name = match callee.kind_str() {
            "member_expression" => callee.field(Field::Property),
            "attribute" => callee.field(Field::Attribute),
            _ => None,
        };
        let (kind, name, method, receiver) = match (&resolved, node.kind_str()) {
            (_, "new_expression") => (CallKind::New, resolved.map(|r| r.canonical), None, None),
            (Some(r), _) => {
                let segments = r.canonical.matches('.').count();
                let last = member_name
                    .map(|m| self.text(m))
                    .unwrap_or_else(|| self.text(callee));
                let class_like = last.starts_with(|c: char| c.is_ascii_uppercase());
                if segments == 1 && class_like {
                    (CallKind::New, Some(r.canonical.clone()), None, None)
                } else {
                    let method = r.canonical.rsplit('.').next().map(str::to_string);
                    (CallKind::Static, Some(r.canonical.clone()), method, None)
                }
            }
            (None, _) => match member_name {
                Some(m) => (
                    CallKind::Method,
                    None,
                    Some(normalize_name(self.text(m))),
                    callee.field(Field::Object),
                ),
                None => (CallKind::Other, None, None, None),
            },
        };
        let mut args = Vec::new();
        let python = arg_list.kind_str() == "argument_list";
        let mut cursor = arg_list.walk();
        for arg in arg_list.named_children(&mut cursor) {
            match arg.kind_str() {
                "comment" => {}
                "keyword_argument" | "dictionary_splat" | "list_splat" if python => {}
                _ => args.push(arg),
            }
        }
        let props = if python {
            self.container_props(arg_list).into_owned()
        } else {
            self.ts_props(kind, &args)
        };
        Some(Call {
            node,
            kind,
            callee,
            name,
            method,
            receiver,
            arg_list,
            args,
            props,
            binding,
            class,
            receiver_call: None,
        })
    }

    /// The props of a TypeScript call: its last argument when that is an object literal (or a
    /// name bound to one). A props variable, parameter or spread in the props position hides
    /// them (`new X(this, 'Id', props)`).
    fn ts_props(&self, kind: CallKind, args: &[Node<'t>]) -> Props<'t> {
        let Some(&last) = args.last() else {
            return Props::default();
        };
        let target = self.unwrap(last);
        match target.kind_str() {
            "object" => self.container_props(target).into_owned(),
            "spread_element" => Props {
                open: true,
                ..Props::default()
            },
            "identifier" | "member_expression" | "call_expression" | "subscript_expression" => {
                let named_like_props = {
                    let t = self.text(last).to_ascii_lowercase();
                    t.ends_with("props") || t.ends_with("options") || t.ends_with("config")
                };
                let position = args.len() - 1;
                let hides = position >= 2
                    || named_like_props
                    || (kind == CallKind::New
                        && args.len() == 1
                        && matches!(self.value(last), Value::Unknown | Value::This));
                Props {
                    open: hides,
                    ..Props::default()
                }
            }
            _ => Props::default(),
        }
    }
}

/// Whether a string or template literal may have expressions inside: a TypeScript template
/// with `${`, or a Python f-string (its prefix holds `f`; only f-strings have interpolations).
/// Read from the text rather than the children, as [`crate::value::has_interpolation`] does,
/// because the walk asks it of every literal to avoid stepping through their children; it may
/// say yes where there is no hole (an escaped `\${`), which only costs that walk.
fn has_holes(node: Node, src: &str) -> bool {
    let text = &src.as_bytes()[node.start_byte()..node.end_byte()];
    match text.first() {
        Some(b'`') => memchr::memmem::find(text, b"${").is_some(),
        Some(b'"' | b'\'') => false,
        // A Python prefix: `f"…"`, `rb'…'`, `Fr"""…"""`.
        _ => text
            .iter()
            .take_while(|&&b| b != b'"' && b != b'\'')
            .any(|&b| b == b'f' || b == b'F'),
    }
}

/// A member expression that is not the callee of a call and not the object of a longer one,
/// given its parent and the field it fills there.
fn is_outermost_reference(parent: Option<Node>, field: Option<&str>) -> bool {
    let Some(parent) = parent else {
        return true;
    };
    !matches!(
        (parent.kind_str(), field),
        ("member_expression" | "attribute", Some("object"))
            | ("new_expression", Some("constructor"))
            | ("call_expression" | "call", Some("function"))
    )
}

fn named_children(node: Node) -> Vec<Node> {
    let mut cursor = node.walk();
    node.named_children(&mut cursor).collect()
}

/// `x` / `this.x` / `self.x` as a binding key.
pub(crate) fn binding_key(node: Node, src: &str) -> Option<String> {
    match node.kind_str() {
        "identifier" => Some(text(node, src).to_string()),
        "member_expression" | "attribute" => crate::resolve::self_member_key(node, src),
        _ => None,
    }
}

/// The name an expression's value is bound to: `const x = <node>`, `this.x = <node>`, a class
/// field `x = <node>`. `parents` are the node's ancestors, innermost last.
fn bound_key(node: Node, parents: &[Node], src: &str) -> Option<String> {
    let mut child = node;
    let mut up = parents.iter().rev().copied();
    let mut parent = up.next()?;
    while matches!(
        parent.kind_str(),
        "parenthesized_expression" | "as_expression" | "non_null_expression" | "await_expression"
    ) {
        child = parent;
        parent = up.next()?;
    }
    match parent.kind_str() {
        "variable_declarator" if parent.field(Field::Value) == Some(child) => {
            binding_key(parent.field(Field::Name)?, src)
        }
        "assignment_expression" | "assignment" if parent.field(Field::Right) == Some(child) => {
            binding_key(parent.field(Field::Left)?, src)
        }
        "public_field_definition" if parent.field(Field::Value) == Some(child) => {
            Some(format!("this.{}", text(parent.field(Field::Name)?, src)))
        }
        _ => None,
    }
}

/// `22`, `0x16`, `1_000`, `7.5`.
fn parse_number(text: &str) -> Option<f64> {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    if let Some(hex) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        return i64::from_str_radix(hex, 16).ok().map(|n| n as f64);
    }
    t.trim_end_matches(['n', 'j', 'J', 'l', 'L']).parse().ok()
}

/// The spans of classes given in file order, each with the innermost class around it.
fn class_spans(classes: &[ClassInfo]) -> Vec<ClassSpan> {
    let mut spans: Vec<ClassSpan> = Vec::with_capacity(classes.len());
    // The classes around the current one, innermost last.
    let mut open: Vec<usize> = Vec::new();
    for (i, class) in classes.iter().enumerate() {
        let (start, end) = (class.node.start_byte(), class.node.end_byte());
        while open.last().is_some_and(|&o| spans[o].end <= start) {
            open.pop();
        }
        spans.push(ClassSpan {
            start,
            end,
            outer: open.last().copied(),
        });
        open.push(i);
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    fn keys(grammar: Grammar, src: &str) -> Vec<String> {
        let tree = parse(grammar, src, None).unwrap();
        let model = Model::build(&tree, src, grammar, "lib/stack.ts");
        model
            .entries
            .iter()
            .map(|p| format!("{}={}", normalize_name(p.key), model.text(p.value)))
            .collect()
    }

    #[test]
    fn entries_are_every_key_of_the_file() {
        let ts = "import * as cdk from 'aws-cdk-lib';\n\
                  const arn = 'x';\n\
                  export const viewer = { arn, /* TODO */ 'certificateArn': arn, [k]: 1 };\n\
                  f({ nested: { acmCertificateArn: arn } });\n\
                  if (props.certificateArn === 'y') {}\n\
                  const { domainName } = props;\n";
        assert_eq!(
            keys(Grammar::TypeScript, ts),
            [
                "arn=arn",
                "certificatearn=arn",
                "nested={ acmCertificateArn: arn }",
                "acmcertificatearn=arn"
            ]
        );
        let py = "import aws_cdk as cdk\n\
                  boto3.client('acm').get(CertificateArn=arn)  # TODO\n\
                  d = {'certificate_arn': arn, **rest}\n\
                  if cert_arn == 'y':\n    pass\n";
        assert_eq!(
            keys(Grammar::Python, py),
            ["certificatearn=arn", "certificatearn=arn"]
        );
    }

    #[test]
    fn files_without_cdk_imports_have_no_entries() {
        assert!(
            keys(
                Grammar::TypeScript,
                "export const x = { certificateArn: 'a' };"
            )
            .is_empty()
        );
    }

    /// The value of the first argument of the first call named `name`.
    fn first_arg_value(src: &str, grammar: Grammar, name: &str) -> String {
        let tree = parse(grammar, src, None).expect("parses");
        let model = Model::build(&tree, src, grammar, "lib/app");
        let call = model
            .calls
            .iter()
            .find(|c| c.name.as_deref() == Some(name))
            .expect("call");
        match model.value(call.args[0]) {
            Value::Member { object, name } => {
                format!("member {name} of {}", model.value(object).kind_name())
            }
            v => v.kind_name().to_string(),
        }
    }

    #[test]
    fn this_and_self_are_their_own_kind() {
        let ts = "import * as iam from 'aws-cdk-lib/aws-iam';\nnew iam.AccountPrincipal(this.account);\nnew iam.ArnPrincipal(this);";
        assert_eq!(
            first_arg_value(ts, Grammar::TypeScript, "aws_iam.accountprincipal"),
            "member account of this"
        );
        assert_eq!(
            first_arg_value(ts, Grammar::TypeScript, "aws_iam.arnprincipal"),
            "this"
        );
        let py = "from aws_cdk import aws_iam as iam\niam.AccountPrincipal(self.account)\niam.ArnPrincipal(props.account)";
        assert_eq!(
            first_arg_value(py, Grammar::Python, "aws_iam.accountprincipal"),
            "member account of this"
        );
        assert_eq!(
            first_arg_value(py, Grammar::Python, "aws_iam.arnprincipal"),
            "member account of unknown"
        );
    }
}
