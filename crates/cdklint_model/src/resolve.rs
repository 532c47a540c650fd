//! Resolving expressions to canonical CDK names, and following same-file bindings.
//!
//! `ec2.SubnetType.PRIVATE_WITH_NAT`, `cdk.aws_ec2.SubnetType.PRIVATE_WITH_NAT`,
//! `SubnetType.PRIVATE_WITH_NAT` (named import) and the Python spellings all resolve to
//! `aws_ec2.subnettype.privatewithnat` (segments after the module normalised, see
//! `cdklint_rules::normalize_name`). A name that is not bound by a CDK import — a local class
//! called `SubnetType`, boto3's `s3.Bucket` — resolves to nothing.

use std::cell::OnceCell;
use std::collections::HashMap;

use crate::normalize_name;
use tree_sitter::{Node, Tree};

use crate::fasthash::FastMap;
use crate::imports::{Binding, Imports};
use crate::kinds::{Field, Fields, KindStr};
use crate::parse::text;

/// How many segments a name chain may have before it is not a CDK name.
const MAX_SEGMENTS: usize = 16;

/// One step of reading a name chain from its end (see `FileContext::name_step`).
enum NameStep<'t> {
    Root(&'t str),
    Segment(&'t str, Node<'t>),
    Through(Node<'t>),
}

/// How many same-file bindings a lookup follows before giving up (cycles, long chains).
const MAX_FOLLOW: usize = 4;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// `module.normalised.segments`.
    pub canonical: String,
    pub v1: bool,
}

/// The one name bound to a value created by a symbol of a list, and where that value starts.
pub type SoleBinding = Option<(String, usize)>;

/// Per-file state shared by every predicate of one lint run.
pub struct FileContext<'t> {
    pub src: &'t str,
    pub tree: &'t Tree,
    pub imports: Imports,
    /// The path the file is linted as (`/` separators; empty when unknown).
    pub path: String,
    bindings: OnceCell<FastMap<String, Option<Node<'t>>>>,
    /// Per-file answers that fix templates ask for every finding (the one binding created by a
    /// symbol of a list), computed once: asking the tree again per finding is quadratic.
    pub sole_bindings: std::cell::RefCell<HashMap<Vec<String>, SoleBinding>>,
    /// The model was built for some top-level statements only ([`crate::part`]): its binding
    /// table does not list the others', so questions about the whole file read the tree.
    pub(crate) partial: bool,
}

impl<'t> FileContext<'t> {
    pub fn new(tree: &'t Tree, src: &'t str, imports: Imports) -> Self {
        FileContext {
            src,
            tree,
            imports,
            path: String::new(),
            bindings: OnceCell::new(),
            sole_bindings: Default::default(),
            partial: false,
        }
    }

    /// Hand over the bindings the model's walk collected, so they are not collected twice.
    pub(crate) fn set_bindings(&self, table: FastMap<String, Option<Node<'t>>>) {
        let _ = self.bindings.set(table);
    }

    /// The same context, knowing the path the file is linted as (for `#path-match?`).
    pub fn with_path(mut self, path: &str) -> Self {
        self.path = path.replace('\\', "/");
        self
    }

    pub fn text(&self, node: Node) -> &'t str {
        text(node, self.src)
    }

    /// The canonical CDK name an expression refers to, if any.
    pub fn resolve(&self, node: Node<'t>) -> Option<Resolved> {
        self.resolve_depth(node, 0)
    }

    fn resolve_depth(&self, node: Node<'t>, depth: usize) -> Option<Resolved> {
        // Most expressions of a file (`props.x`, `this.node`, `bucket.bucketArn`) start with a
        // name no import binds: answer those before building anything.
        let mut buf = [""; MAX_SEGMENTS + 1];
        let segs = self.segments(node, &mut buf)?;
        let (root, rest) = segs.split_first()?;
        if self.imports.get(root).is_none() && (depth >= MAX_FOLLOW || self.binding(root).is_none())
        {
            return None;
        }
        let (mut module, mut path, v1) = match self.imports.get(root) {
            Some(Binding::Module { module, v1 }) => (module.clone(), Vec::new(), *v1),
            Some(Binding::Symbol { module, name, v1 }) => {
                (module.clone(), vec![normalize_name(name)], *v1)
            }
            None => {
                // `const RP = cdk.RemovalPolicy;` … `RP.DESTROY`
                if depth >= MAX_FOLLOW {
                    return None;
                }
                let value = self.binding(root)?;
                let base = self.resolve_depth(value, depth + 1)?;
                let mut canonical = base.canonical;
                for seg in rest {
                    canonical.push('.');
                    canonical.push_str(&normalize_name(seg));
                }
                return Some(Resolved {
                    canonical,
                    v1: base.v1,
                });
            }
        };
        for seg in rest {
            let lower = seg.chars().next().is_some_and(|c| c.is_ascii_lowercase());
            if path.is_empty() && module == "cdk" && lower {
                // `cdk.aws_ec2` → module aws_ec2; Python v1 `aws_cdk.core` stays the root.
                if *seg != "core" {
                    module = seg.to_string();
                }
                continue;
            }
            path.push(normalize_name(seg));
        }
        if path.is_empty() {
            return None;
        }
        Some(Resolved {
            canonical: format!("{module}.{}", path.join(".")),
            v1,
        })
    }

    /// One step from the end of `a.b.c` towards its root: the name at the root, a segment and
    /// the rest, or a wrapper to look through: how [`Self::segments`] reads name chains.
    fn name_step(&self, cur: Node<'t>) -> Option<NameStep<'t>> {
        Some(match cur.kind_str() {
            // Types name CDK classes too: `x as s3.CfnBucket`, `<CfnBucket>x`.
            "identifier" | "this" | "type_identifier" => NameStep::Root(self.text(cur)),
            "member_expression" | "attribute" => {
                let prop = crate::kinds::member_name(cur)?;
                NameStep::Segment(self.text(prop), cur.field(Field::Object)?)
            }
            "nested_type_identifier" => NameStep::Segment(
                self.text(cur.child_by_field_name("name")?),
                cur.child_by_field_name("module")?,
            ),
            "nested_identifier" => NameStep::Segment(
                self.text(cur.field(Field::Property)?),
                cur.field(Field::Object)?,
            ),
            "non_null_expression" | "parenthesized_expression" => {
                NameStep::Through(cur.named_child(0)?)
            }
            _ => return None,
        })
    }

    /// `a.b.c` → `["a", "b", "c"]` in `buf` (no allocation: most names of a file are not CDK
    /// names and are dropped at once); `this`/`self` are ordinary first segments.
    fn segments<'b>(
        &self,
        node: Node<'t>,
        buf: &'b mut [&'t str; MAX_SEGMENTS + 1],
    ) -> Option<&'b [&'t str]> {
        // Filled from the end: the chain is read from its last segment.
        let mut start = buf.len();
        let mut cur = node;
        loop {
            match self.name_step(cur)? {
                NameStep::Root(name) => {
                    start -= 1;
                    buf[start] = name;
                    break;
                }
                NameStep::Segment(name, rest) => {
                    if start == 1 {
                        // More than MAX_SEGMENTS segments before the root.
                        return None;
                    }
                    start -= 1;
                    buf[start] = name;
                    cur = rest;
                }
                NameStep::Through(inner) => cur = inner,
            }
        }
        Some(&buf[start..])
    }

    /// The value a name is bound to in this file: `const x = …`, `x = …`, `this.x = …`,
    /// `self.x = …`. Names bound more than once have no single value.
    pub fn binding(&self, name: &str) -> Option<Node<'t>> {
        let table = self
            .bindings
            .get_or_init(|| collect_bindings(self.tree, self.src));
        table.get(name).copied().flatten()
    }

    /// Follow identifiers (and `this.x` / `self.x`) to the value bound to them in this file.
    pub fn follow(&self, mut node: Node<'t>) -> Node<'t> {
        for _ in 0..MAX_FOLLOW {
            let key = match node.kind_str() {
                // `{ domainName }` is shorthand for `{ domainName: domainName }`.
                "identifier" | "shorthand_property_identifier" => self.text(node).to_string(),
                "member_expression" | "attribute" => match self_member_key(node, self.src) {
                    Some(k) => k,
                    None => return node,
                },
                "parenthesized_expression"
                | "non_null_expression"
                | "as_expression"
                | "satisfies_expression" => match node.named_child(0) {
                    Some(inner) => {
                        node = inner;
                        continue;
                    }
                    None => return node,
                },
                _ => return node,
            };
            if self.imports.get(&key).is_some() {
                return node;
            }
            match self.binding(&key) {
                Some(value) => node = value,
                None => return node,
            }
        }
        node
    }

    /// The class a `new X(…)` / `X(…)` call constructs, resolved.
    pub fn constructed_class(&self, node: Node<'t>) -> Option<Resolved> {
        let callee = match node.kind_str() {
            "new_expression" => node.field(Field::Constructor)?,
            "call" => node.field(Field::Function)?,
            _ => return None,
        };
        self.resolve(callee)
    }

    /// What a `new X(…)` / `X(…)` / `X.method(…)` expression is created by, resolved: the class,
    /// or the static method with its class (`aws_route53.hostedzone.fromlookup`).
    pub fn created_by(&self, node: Node<'t>) -> Option<Resolved> {
        match node.kind_str() {
            "call_expression" => self.resolve(node.field(Field::Function)?),
            _ => self.constructed_class(node),
        }
    }

    /// Names bound once in this file (`x = …`, `this.x = …`) to a value `pred` accepts, with the
    /// byte offset of that value, sorted by name.
    pub fn bound_names_where(&self, pred: impl Fn(Node<'t>) -> bool) -> Vec<(String, usize)> {
        let whole;
        let table = if self.partial {
            whole = collect_bindings(self.tree, self.src);
            &whole
        } else {
            self.bindings
                .get_or_init(|| collect_bindings(self.tree, self.src))
        };
        let mut out: Vec<(String, usize)> = table
            .iter()
            .filter_map(|(name, value)| {
                value
                    .filter(|v| pred(*v))
                    .map(|v| (name.clone(), v.start_byte()))
            })
            .collect();
        out.sort();
        out
    }

    /// How many nodes of the file satisfy `pred`, counting no further than `limit`.
    pub fn count_nodes(&self, mut pred: impl FnMut(Node<'t>) -> bool, limit: usize) -> usize {
        let mut count = 0;
        let mut cursor = self.tree.root_node().walk();
        loop {
            if pred(cursor.node()) {
                count += 1;
                if count >= limit {
                    return count;
                }
            }
            if cursor.goto_first_child() {
                continue;
            }
            loop {
                if cursor.goto_next_sibling() {
                    break;
                }
                if !cursor.goto_parent() {
                    return count;
                }
            }
        }
    }
}

/// `this.bucket` / `self.bucket` → `"this.bucket"`.
pub(crate) fn self_member_key(node: Node, src: &str) -> Option<String> {
    let object = node.field(Field::Object)?;
    let prop = crate::kinds::member_name(node)?;
    let obj = text(object, src);
    (obj == "this" || obj == "self").then(|| format!("{obj}.{}", text(prop, src)))
}

/// The binding a declaration or assignment makes, if any: `const x = v`, `x = v`,
/// `this.x = v` / `self.x = v` → (key, v).
pub(crate) fn binding_entry<'t>(node: Node<'t>, src: &str) -> Option<(String, Node<'t>)> {
    match node.kind_str() {
        "variable_declarator" => {
            let name = node.field(Field::Name)?;
            let value = node.field(Field::Value)?;
            (name.kind_str() == "identifier").then(|| (text(name, src).to_string(), value))
        }
        "assignment_expression" | "assignment" => {
            let left = node.field(Field::Left)?;
            let right = node.field(Field::Right)?;
            match left.kind_str() {
                "identifier" => Some((text(left, src).to_string(), right)),
                "member_expression" | "attribute" => Some((self_member_key(left, src)?, right)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Add one binding to a file's table: a name bound twice has no single value.
pub(crate) fn record_binding<'t>(
    table: &mut FastMap<String, Option<Node<'t>>>,
    key: String,
    value: Node<'t>,
) {
    table
        .entry(key)
        .and_modify(|v| *v = None)
        .or_insert(Some(value));
}

/// The bindings of a file whose model was not built (the model's walk collects them itself).
fn collect_bindings<'t>(tree: &'t Tree, src: &str) -> FastMap<String, Option<Node<'t>>> {
    let mut table: FastMap<String, Option<Node<'t>>> = FastMap::default();
    let mut cursor = tree.root_node().walk();
    loop {
        let node = cursor.node();
        if let Some((key, value)) = binding_entry(node, src) {
            record_binding(&mut table, key, value);
        }
        if cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return table;
            }
        }
    }
}
