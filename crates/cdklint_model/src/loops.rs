//! Loops and iteration callbacks around a construct, and the conditions that choose a value.
//!
//! The model walk records every loop of the file — `for`, `for…of`, `for…in`, `while`,
//! `do…while`, Python `for` and comprehensions, and `forEach` / `map` / `flatMap` callbacks —
//! with what it iterates, the names it binds and its body. Loops are few, so asking which
//! loops lie around a node scans them; no tree walk is repeated.

use tree_sitter::Node;

use crate::model::Model;
use crate::parse::text;

/// Array methods whose callback runs once per item.
const ITERATING_METHODS: &[&str] = &["forEach", "map", "flatMap"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoopKind {
    /// `for (const x of xs)`, `for (const k in o)`, Python `for x in xs:`.
    ForEach,
    /// `for (let i = 0; i < n; i++)`.
    For,
    /// `while (…)`, `do … while (…)`, Python `while …:`.
    While,
    /// `xs.forEach((x) => …)`, `xs.map(function (x) { … })`, `xs.flatMap(…)`.
    Callback,
    /// Python `[f(x) for x in xs]` (and set, dict, generator comprehensions).
    Comprehension,
}

/// One loop of the file.
#[derive(Debug, Clone)]
pub struct Loop<'t> {
    /// The loop statement, the callback's method call, or the comprehension.
    pub node: Node<'t>,
    pub kind: LoopKind,
    /// What it iterates: the `of` / `in` expression, the receiver of `forEach`; for a counting
    /// `for` or a `while`, its condition (`i < regions.length`).
    pub iterable: Option<Node<'t>>,
    /// The identifiers the loop binds per iteration (destructuring included).
    pub vars: Vec<Node<'t>>,
    /// The code that runs per iteration.
    pub body: Node<'t>,
}

impl<'t> Loop<'t> {
    /// Read a loop off `node`, if it is one.
    pub(crate) fn at(node: Node<'t>, node_kind: &str, src: &'t str) -> Option<Loop<'t>> {
        let field = |name: &str| node.child_by_field_name(name);
        let (kind, iterable, vars_node, body) = match node_kind {
            // TypeScript `for…of` / `for…in`; Python `for x in xs:`.
            "for_in_statement" => (
                LoopKind::ForEach,
                field("right"),
                field("left"),
                field("body")?,
            ),
            "for_statement" if field("right").is_some() => (
                LoopKind::ForEach,
                field("right"),
                field("left"),
                field("body")?,
            ),
            "for_statement" => (
                LoopKind::For,
                field("condition"),
                field("initializer"),
                field("body")?,
            ),
            "while_statement" | "do_statement" => {
                (LoopKind::While, field("condition"), None, field("body")?)
            }
            "list_comprehension"
            | "set_comprehension"
            | "dictionary_comprehension"
            | "generator_expression" => {
                let clause = named(node)
                    .into_iter()
                    .find(|c| c.kind() == "for_in_clause")?;
                (
                    LoopKind::Comprehension,
                    clause.child_by_field_name("right"),
                    clause.child_by_field_name("left"),
                    node,
                )
            }
            "call_expression" => {
                let callee = field("function")?;
                if callee.kind() != "member_expression" {
                    return None;
                }
                let method = callee.child_by_field_name("property")?;
                if !ITERATING_METHODS.contains(&text(method, src)) {
                    return None;
                }
                let args = field("arguments")?;
                let callback = named(args).into_iter().find(|a| {
                    matches!(
                        a.kind(),
                        "arrow_function" | "function_expression" | "function"
                    )
                })?;
                let params = callback
                    .child_by_field_name("parameters")
                    .or_else(|| callback.child_by_field_name("parameter"));
                (
                    LoopKind::Callback,
                    callee.child_by_field_name("object"),
                    params,
                    callback.child_by_field_name("body")?,
                )
            }
            _ => return None,
        };
        let mut vars = Vec::new();
        if let Some(v) = vars_node {
            collect_identifiers(v, &mut vars);
        }
        Some(Loop {
            node,
            kind,
            iterable,
            vars,
            body,
        })
    }

    fn contains(&self, node: Node) -> bool {
        self.body.start_byte() <= node.start_byte() && node.end_byte() <= self.body.end_byte()
    }
}

/// Identifiers bound by a loop's left side or a callback's parameters (destructuring included,
/// type annotations and default values left out).
fn collect_identifiers<'t>(node: Node<'t>, out: &mut Vec<Node<'t>>) {
    match node.kind() {
        "identifier" | "shorthand_property_identifier_pattern" => out.push(node),
        // `{ a: b }` binds `b`; a default value binds nothing.
        "pair_pattern" => {
            if let Some(v) = node.child_by_field_name("value") {
                collect_identifiers(v, out);
            }
        }
        "type_annotation" | "number" | "string" => {}
        "variable_declarator" => {
            if let Some(name) = node.child_by_field_name("name") {
                collect_identifiers(name, out);
            }
        }
        "assignment_pattern" | "object_assignment_pattern" => {
            if let Some(left) = node
                .child_by_field_name("left")
                .or_else(|| node.named_child(0))
            {
                collect_identifiers(left, out);
            }
        }
        _ => {
            for child in named(node) {
                collect_identifiers(child, out);
            }
        }
    }
}

impl<'t> Model<'t> {
    /// The loops and iteration callbacks whose body holds `node`, innermost first.
    pub fn loops_around(&self, node: Node<'t>) -> Vec<&Loop<'t>> {
        let mut around: Vec<&Loop<'t>> = self.loops.iter().filter(|l| l.contains(node)).collect();
        around.sort_by_key(|l| l.body.end_byte() - l.body.start_byte());
        around
    }

    /// The loop iterates regions: its iterable names regions or holds region codes
    /// (`for (const region of ['us-east-1', 'eu-west-1'])`, `props.regions.forEach(…)`), a
    /// variable it binds is named like a region, or a variable it binds reaches a `region`
    /// prop in its body (`new cdk.Stack(app, id, { env: { region: r.code } })`).
    pub fn loop_iterates_regions(&self, l: &Loop<'t>) -> bool {
        if l.iterable
            .is_some_and(|i| self.mentions_region(i) || self.holds_region_codes(i))
        {
            return true;
        }
        if l.vars
            .iter()
            .any(|v| crate::regions::names_region(self.text(*v)))
        {
            return true;
        }
        let names: Vec<&str> = l.vars.iter().map(|v| self.text(*v)).collect();
        if names.is_empty() {
            return false;
        }
        self.entries.iter().any(|e| {
            crate::names::normalize_name(e.key) == "region"
                && l.contains(e.value)
                && mentions_any_name(e.value, self.src(), &names)
        })
    }

    /// `node` lies in a loop or callback that iterates regions ([`Model::loop_iterates_regions`])
    /// and runs there for more than one region: an `if` (or ternary) inside that loop whose
    /// condition names a region or the loop variable (`if (region === primaryRegion)`) picks
    /// one region, so what it guards is created once.
    pub fn in_region_loop(&self, node: Node<'t>) -> bool {
        self.loops_around(node)
            .into_iter()
            .any(|l| self.loop_iterates_regions(l) && !self.guarded_by_region_choice(node, l))
    }

    fn guarded_by_region_choice(&self, node: Node<'t>, l: &Loop<'t>) -> bool {
        let names: Vec<&str> = l.vars.iter().map(|v| self.text(*v)).collect();
        let mut current = node;
        for _ in 0..64 {
            let Some(parent) = current.parent() else {
                return false;
            };
            if parent == l.body || parent == l.node {
                return false;
            }
            let condition = match parent.kind() {
                "if_statement" | "ternary_expression" | "conditional_expression"
                    if parent.child_by_field_name("condition") != Some(current) =>
                {
                    parent.child_by_field_name("condition").or_else(|| {
                        // Python `a if c else b`: the condition is the middle child.
                        (parent.kind() == "conditional_expression")
                            .then(|| named(parent).get(1).copied())
                            .flatten()
                    })
                }
                "elif_clause" => parent.child_by_field_name("condition"),
                _ => None,
            };
            if let Some(c) = condition
                && (self.mentions_region(c) || mentions_any_name(c, self.src(), &names))
            {
                return true;
            }
            current = parent;
        }
        false
    }

    /// The condition that chooses the value of `node`: `c` of `c ? a : b` / `b if c else d`;
    /// for a name assigned in the branches of an `if` before its use (`if region ==
    /// 'us-east-1': cidr = … else: cidr = …`), that `if`'s condition. Bindings are followed
    /// first. `a ?? b` and `a or b` choose by the value itself and have no condition.
    pub fn condition_of(&self, node: Node<'t>) -> Option<Node<'t>> {
        let value = self.unwrap(node);
        match value.kind() {
            "ternary_expression" => value.child_by_field_name("condition"),
            "conditional_expression" => {
                // Python: body `if` condition `else` alternative.
                named(value).get(1).copied()
            }
            "identifier" | "shorthand_property_identifier" => self.if_assigning(value),
            _ => None,
        }
    }

    /// The `if` statement, before `use_site` in an enclosing block, whose branches assign the
    /// name `use_site` reads: its condition.
    fn if_assigning(&self, use_site: Node<'t>) -> Option<Node<'t>> {
        let name = self.text(use_site);
        let mut node = use_site;
        for _ in 0..64 {
            let parent = node.parent()?;
            if matches!(
                parent.kind(),
                "statement_block" | "block" | "program" | "module"
            ) {
                let mut sibling = node.prev_named_sibling();
                while let Some(s) = sibling {
                    if s.kind() == "if_statement" && assigns_in_branch(s, name, self.src()) {
                        return s.child_by_field_name("condition");
                    }
                    sibling = s.prev_named_sibling();
                }
            }
            if matches!(
                parent.kind(),
                "function_declaration"
                    | "function_definition"
                    | "method_definition"
                    | "arrow_function"
                    | "class_declaration"
                    | "class_definition"
            ) {
                return None;
            }
            node = parent;
        }
        None
    }
}

/// The `if` statement's consequence assigns `name` (`name = …`, `let name = …` is not an
/// assignment of an outer name).
fn assigns_in_branch(if_statement: Node, name: &str, src: &str) -> bool {
    let Some(consequence) = if_statement.child_by_field_name("consequence") else {
        return false;
    };
    let mut cursor = consequence.walk();
    loop {
        let node = cursor.node();
        if matches!(node.kind(), "assignment_expression" | "assignment")
            && node
                .child_by_field_name("left")
                .is_some_and(|l| l.kind() == "identifier" && text(l, src) == name)
        {
            return true;
        }
        if cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.node() == consequence {
                return false;
            }
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return false;
            }
        }
    }
}

/// Some identifier inside `node` is one of `names`.
fn mentions_any_name(node: Node, src: &str, names: &[&str]) -> bool {
    let mut cursor = node.walk();
    loop {
        let current = cursor.node();
        if matches!(
            current.kind(),
            "identifier" | "shorthand_property_identifier"
        ) && names.contains(&text(current, src))
        {
            // `x.region` reads `x`; Python's attribute names are identifiers too, so a name
            // in the attribute position is not the loop variable.
            let is_attribute_name = current.parent().is_some_and(|p| {
                p.kind() == "attribute" && p.child_by_field_name("attribute") == Some(current)
            });
            if !is_attribute_name {
                return true;
            }
        }
        if cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.node() == node {
                return false;
            }
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return false;
            }
        }
    }
}

fn named(node: Node) -> Vec<Node> {
    let mut cursor = node.walk();
    node.named_children(&mut cursor)
        .filter(|n| n.kind() != "comment")
        .collect()
}
