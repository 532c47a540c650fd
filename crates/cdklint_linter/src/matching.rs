//! Evaluating rule matchers over the construct model.
//!
//! The registry indexes every matcher by the names it starts from (a class or static method, a
//! method name, a CDK member), so a file pays only for the rules whose names occur in it: the
//! model's calls and references are looked up once each, and only those matchers run.

use cdklint_model::{CallKind, Model, Value, normalize_name};
use cdklint_rules::{Cond, Lit, Matcher, Registry, Rule, Select, Step, Target, Test};
use tree_sitter::Node;

use crate::checks;

/// A matcher that held on a node.
pub(crate) struct ModelHit<'t> {
    pub rule: usize,
    pub matcher: usize,
    pub anchor: Node<'t>,
    pub captures: Vec<(String, Node<'t>)>,
}

/// Run every enabled matcher whose names occur in the model.
pub(crate) fn run<'t>(
    model: &Model<'t>,
    registry: &Registry,
    enabled: &dyn Fn(&Rule) -> bool,
    hits: &mut Vec<ModelHit<'t>>,
) {
    let rules = registry.rules();
    let dispatch = registry.dispatch();
    let mut try_matchers = |entries: &mut dyn Iterator<Item = (usize, usize)>,
                            node: Node<'t>,
                            key: Option<Node<'t>>| {
        for (r, m) in entries {
            let rule = &rules[r];
            if !enabled(rule) {
                continue;
            }
            let matcher = &rule.matchers[m];
            if let Some(mut captures) = eval_matcher(model, rule, matcher, node) {
                captures.extend(key.map(|k| ("key".to_string(), k)));
                hits.push(ModelHit {
                    rule: r,
                    matcher: m,
                    anchor: node,
                    captures,
                });
            }
        }
    };
    for call in &model.calls {
        match call.kind {
            CallKind::New | CallKind::Static => {
                if let Some(name) = &call.name {
                    try_matchers(&mut listed(dispatch.calls.get(name)), call.node, None);
                }
            }
            CallKind::Method => {
                if let Some(method) = &call.method {
                    try_matchers(&mut listed(dispatch.methods.get(method)), call.node, None);
                }
            }
            CallKind::Other => {}
        }
    }
    for r in &model.refs {
        try_matchers(&mut listed(dispatch.refs.get(&r.name)), r.node, None);
    }
    if dispatch.keys.is_empty() && dispatch.key_patterns.is_empty() {
        return;
    }
    for entry in &model.entries {
        let key = normalize_name(entry.key);
        let by_name = listed(dispatch.keys.get(&key));
        let by_pattern = dispatch
            .key_patterns
            .iter()
            .filter(|(re, ..)| re.is_match(&key))
            .map(|&(_, r, m)| (r, m));
        for (r, m) in by_name.chain(by_pattern) {
            let each_item = matches!(
                rules[r].matchers[m].target,
                Target::Key {
                    each_item: true,
                    ..
                }
            );
            if !each_item {
                try_matchers(
                    &mut std::iter::once((r, m)),
                    entry.value,
                    Some(entry.key_node),
                );
            } else if let Value::List(items) = model.value(entry.value) {
                for item in items {
                    try_matchers(&mut std::iter::once((r, m)), item, Some(entry.key_node));
                }
            }
        }
    }
}

fn listed(entries: Option<&Vec<(usize, usize)>>) -> impl Iterator<Item = (usize, usize)> + '_ {
    entries.into_iter().flatten().copied()
}

fn eval_matcher<'t>(
    model: &Model<'t>,
    rule: &Rule,
    matcher: &Matcher,
    node: Node<'t>,
) -> Option<Vec<(String, Node<'t>)>> {
    let mut caps: Vec<(String, Node<'t>)> = vec![("node".into(), node)];
    if let Some(call) = model.call_at(node) {
        if let Target::Method { on, .. } = &matcher.target
            && !on.is_empty()
        {
            let receiver_class = call
                .receiver_call
                .and_then(|id| model.calls[id].name.as_ref());
            if !receiver_class.is_some_and(|c| on.contains(c)) {
                return None;
            }
        }
        caps.push(("callee".into(), call.callee));
        caps.push(("args".into(), call.arg_list));
        if let Some(r) = call.receiver {
            caps.push(("receiver".into(), r));
        }
    }
    let ev = Eval { model, rule };
    matcher
        .conditions
        .iter()
        .all(|c| ev.cond(c, node, &mut caps))
        .then_some(caps)
}

struct Eval<'m, 't> {
    model: &'m Model<'t>,
    rule: &'m Rule,
}

/// What a selector found.
enum Selected<'t> {
    Node(Node<'t>),
    /// Not there; `closed` when nothing (a spread, `**kwargs`) could be hiding it.
    Absent {
        closed: bool,
    },
}

impl<'t> Eval<'_, 't> {
    fn cond(&self, cond: &Cond, subject: Node<'t>, caps: &mut Vec<(String, Node<'t>)>) -> bool {
        let mark = caps.len();
        let ok = match self.select(&cond.select, subject) {
            Selected::Node(n) => {
                let ok = cond.tests.iter().all(|t| self.test(t, n, caps));
                if ok && let Some(name) = &cond.capture {
                    caps.push((name.clone(), n));
                }
                ok
            }
            // Only "it is absent" can hold of nothing.
            Selected::Absent { closed } => {
                !cond.tests.is_empty()
                    && cond
                        .tests
                        .iter()
                        .all(|t| matches!(t, Test::Present(false)) && closed)
            }
        };
        if !ok {
            caps.truncate(mark);
        }
        ok
    }

    fn select(&self, select: &Select, subject: Node<'t>) -> Selected<'t> {
        let model = self.model;
        let mut current = subject;
        for step in &select.steps {
            match step {
                Step::Prop(key) => {
                    let Some(props) = model.props_of(current) else {
                        // A value the file does not show (a variable, a parameter).
                        return Selected::Absent { closed: false };
                    };
                    match props.get(key) {
                        Some(p) => current = p.value,
                        None => {
                            return Selected::Absent {
                                closed: !props.open,
                            };
                        }
                    }
                }
                Step::Arg(n) => {
                    let Some(call) = model.call_at(model.unwrap(current)) else {
                        return Selected::Absent { closed: false };
                    };
                    match call.args.get(*n) {
                        Some(a) => current = *a,
                        None => {
                            return Selected::Absent {
                                closed: !call.args.iter().any(|a| a.kind() == "spread_element"),
                            };
                        }
                    }
                }
                Step::Receiver => {
                    match model
                        .call_at(model.unwrap(current))
                        .and_then(|c| c.receiver)
                    {
                        Some(r) => current = r,
                        None => return Selected::Absent { closed: false },
                    }
                }
            }
        }
        Selected::Node(current)
    }

    fn test(&self, test: &Test, n: Node<'t>, caps: &mut Vec<(String, Node<'t>)>) -> bool {
        let model = self.model;
        match test {
            Test::Present(p) => *p,
            Test::Absent(paths) => paths.iter().all(|path| {
                matches!(
                    self.select(
                        &Select {
                            steps: path.iter().cloned().map(Step::Prop).collect()
                        },
                        n
                    ),
                    Selected::Absent { closed: true }
                )
            }),
            Test::Equals(lit) => match (model.value(n), lit) {
                (Value::Bool(a), Lit::Bool(b)) => a == *b,
                (Value::Number(a), Lit::Number(b)) => a == *b,
                (Value::Str(a), Lit::Str(b)) => a == *b,
                _ => false,
            },
            Test::Ref(names) => matches!(model.value(n), Value::Ref(r) if names.contains(&r)),
            Test::Call(names) => match model.value(n) {
                Value::Call(c) => model
                    .call_at(c)
                    .and_then(|c| c.name.as_ref())
                    .is_some_and(|name| names.contains(name)),
                _ => false,
            },
            Test::Method(names) => match model.value(n) {
                Value::Call(c) => model
                    .call_at(c)
                    .and_then(|c| c.method.as_ref())
                    .is_some_and(|m| names.contains(m)),
                _ => false,
            },
            Test::Member(names) => {
                matches!(model.value(n), Value::Member { name, .. } if names.contains(&name))
            }
            Test::Str(re) => matches!(model.value(n), Value::Str(s) if re.is_match(&s)),
            Test::Text(re) => match model.value(n) {
                Value::Str(s) => re.is_match(&s),
                Value::Template(t) => re.is_match(model.text(t)),
                _ => false,
            },
            Test::InList(list) => match model.value(n) {
                Value::Str(s) => self
                    .rule
                    .lists
                    .get(list)
                    .is_some_and(|items| items.contains(&s)),
                _ => false,
            },
            Test::Kind(kinds) => {
                let kind = model.value(n).kind_name();
                kinds.iter().any(|k| k == kind)
            }
            Test::Number { min, max } => match model.value(n) {
                Value::Number(v) => min.is_none_or(|m| v >= m) && max.is_none_or(|m| v <= m),
                _ => false,
            },
            Test::AnyItem(c) => match model.value(n) {
                Value::List(items) => items.into_iter().any(|i| self.cond(c, i, caps)),
                _ => false,
            },
            Test::EveryItem(c) => match model.value(n) {
                Value::List(items) => {
                    !items.is_empty()
                        && !items
                            .iter()
                            .any(|i| i.kind() == "spread_element" || i.kind() == "list_splat")
                        && items.into_iter().all(|i| self.cond(c, i, caps))
                }
                _ => false,
            },
            Test::Contains(re) => self.contains(model.unwrap(n), re),
            Test::Called {
                methods,
                conditions,
            } => {
                let Some(call) = model.call_at(model.unwrap(n)) else {
                    return false;
                };
                let Some(key) = &call.binding else {
                    return false;
                };
                model.calls_on(key).any(|later| {
                    later.method.as_ref().is_some_and(|m| methods.contains(m)) && {
                        let mark = caps.len();
                        let ok = conditions.iter().all(|c| self.cond(c, later.node, caps));
                        if !ok {
                            caps.truncate(mark);
                        }
                        ok
                    }
                })
            }
            Test::InStack(b) => model.enclosing_class(n).is_some_and(|c| c.is_stack) == *b,
            Test::Bound(b) => {
                model
                    .call_at(model.unwrap(n))
                    .is_some_and(|c| c.binding.is_some())
                    == *b
            }
            Test::Check { name, args } => checks::run(name, args, model, n),
            Test::All(cs) => cs.iter().all(|c| self.cond(c, n, caps)),
            Test::Any(cs) => cs.iter().any(|c| self.cond(c, n, caps)),
            Test::Not(c) => {
                let mut scratch = Vec::new();
                !self.cond(c, n, &mut scratch)
            }
        }
    }

    /// Some string literal, object key or keyword inside `node` matches.
    fn contains(&self, node: Node<'t>, re: &regex::Regex) -> bool {
        let model = self.model;
        let mut cursor = node.walk();
        loop {
            let current = cursor.node();
            let hit = match current.kind() {
                "string" | "template_string" => {
                    re.is_match(cdklint_model::imports::string_content(current, model.src()))
                }
                "property_identifier" | "keyword_argument" => {
                    let name = current.child_by_field_name("name").unwrap_or(current);
                    re.is_match(model.text(name))
                }
                _ => false,
            };
            if hit {
                return true;
            }
            // Strings are leaves for this purpose.
            if !matches!(current.kind(), "string" | "template_string") && cursor.goto_first_child()
            {
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
}
