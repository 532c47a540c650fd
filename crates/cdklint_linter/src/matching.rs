//! Evaluating rule matchers over the construct model.
//!
//! The registry indexes every matcher by the names it starts from (a class or static method, a
//! method name, a CDK member), so a file pays only for the rules whose names occur in it: the
//! model's calls and references are looked up once each, and only those matchers run.

use cdklint_model::{CallKind, Model, Value, member_name, normalize_name};
use cdklint_rules::{Cond, Lit, Matcher, Registry, Rule, Select, Step, Target, Test};
use tree_sitter::Node;

use crate::checks;

/// How many findings one `each` matcher reports on one node at most.
const MAX_EACH: usize = 64;

/// A matcher that held on a node.
pub(crate) struct ModelHit<'t> {
    pub rule: usize,
    pub matcher: usize,
    pub anchor: Node<'t>,
    pub captures: Vec<(String, Node<'t>)>,
    /// The bytes reported, when narrower than the reported node (one line of a user-data
    /// script); findings are then one per range.
    pub range: Option<std::ops::Range<usize>>,
    /// Text captures for templates (`{package}` of a user-data finder).
    pub texts: Vec<(String, String)>,
    /// Texts the workspace checks left for the message (see `checks::Context`).
    pub notes: Vec<(String, String)>,
}

/// Run every enabled matcher whose names occur in the model.
pub(crate) fn run<'t>(
    model: &Model<'t>,
    registry: &Registry,
    enabled: &dyn Fn(&Rule) -> bool,
    hits: &mut Vec<ModelHit<'t>>,
    ctx: &checks::Context,
) {
    let rules = registry.rules();
    let dispatch = registry.dispatch();
    // User-data finders: the file's user data is gathered only when such a rule is enabled.
    for (finder, r, m) in &dispatch.user_data {
        let rule = &rules[*r];
        if !enabled(rule) {
            continue;
        }
        let matcher = &rule.matchers[*m];
        for found in checks::find_user_data(finder, model) {
            let Some((_, captures)) = eval_matcher(model, rule, matcher, found.node, &[], ctx)
                .into_iter()
                .next()
            else {
                continue;
            };
            hits.push(ModelHit {
                rule: *r,
                matcher: *m,
                anchor: found.node,
                captures,
                range: Some(found.range),
                texts: found.texts,
                notes: Vec::new(),
            });
        }
    }
    let mut try_matchers = |entries: &mut dyn Iterator<Item = (usize, usize)>,
                            node: Node<'t>,
                            key: Option<Node<'t>>| {
        for (r, m) in entries {
            let rule = &rules[r];
            if !enabled(rule) {
                continue;
            }
            let matcher = &rule.matchers[m];
            let mut push = |anchor: Node<'t>, mut captures: Vec<(String, Node<'t>)>| {
                captures.extend(key.map(|k| ("key".to_string(), k)));
                hits.push(ModelHit {
                    rule: r,
                    matcher: m,
                    anchor,
                    captures,
                    range: None,
                    texts: Vec::new(),
                    notes: ctx.notes(),
                });
            };
            ctx.clear_notes();
            if !matcher.each {
                for (node_anchor, captures) in eval_matcher(model, rule, matcher, node, &[], ctx) {
                    // `per-report`: the reported node stands for the construct, so one
                    // construct can get a finding per distinct value.
                    let anchor = if matcher.per_report {
                        captures
                            .iter()
                            .find(|(name, _)| *name == matcher.report)
                            .map_or(node_anchor, |(_, n)| *n)
                    } else {
                        node_anchor
                    };
                    push(anchor, captures);
                }
                continue;
            }
            // `each`: match again, skipping what was reported, until nothing new turns up. Each
            // hit is anchored at its reported node, so the rule's matchers still agree on one
            // finding per node.
            let mut reported: Vec<Node<'t>> = Vec::new();
            while reported.len() < MAX_EACH {
                let Some((_, captures)) = eval_matcher(model, rule, matcher, node, &reported, ctx)
                    .into_iter()
                    .next()
                else {
                    break;
                };
                let Some(report) = captures
                    .iter()
                    .find(|(name, _)| *name == matcher.report)
                    .map(|(_, n)| *n)
                else {
                    break;
                };
                if reported.contains(&report) {
                    break;
                }
                reported.push(report);
                push(report, captures);
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
    if !dispatch.scopes.is_empty() {
        for call in &model.calls {
            if let Some(scope) = scope_class(model, call) {
                try_matchers(&mut listed(dispatch.scopes.get(scope)), call.node, None);
            }
        }
    }
    // Casts by their type as written, and the file's imports: short lists, walked only when a
    // rule starts from them.
    if !dispatch.casts.is_empty() || !dispatch.cast_patterns.is_empty() {
        for cast in &model.casts {
            let ty = cast.type_text(model.src());
            try_matchers(
                &mut named_or_matching(&dispatch.casts, &dispatch.cast_patterns, &ty),
                cast.node,
                None,
            );
        }
    }
    if !dispatch.imports.is_empty() {
        for import in &model.module_imports {
            try_matchers(&mut dispatch.imports.iter().copied(), import.node, None);
        }
    }
    if dispatch.keys.is_empty() && dispatch.key_patterns.is_empty() {
        return;
    }
    for entry in &model.entries {
        let key = normalize_name(entry.key);
        for (r, m) in named_or_matching(&dispatch.keys, &dispatch.key_patterns, &key) {
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

/// For an instantiation, the canonical class of its scope (first argument) when that is a
/// construct created in the file: `cdk.app` for `new ApiStack(app, 'Api')` after
/// `const app = new cdk.App()`. A Python call is an instantiation when its callee's last name
/// is a class name (capitalised); a TypeScript one when it is written with `new`.
fn scope_class<'m, 't>(model: &'m Model<'t>, call: &cdklint_model::Call<'t>) -> Option<&'m str> {
    let instantiation = match call.kind {
        CallKind::New => true,
        CallKind::Static => false,
        CallKind::Method | CallKind::Other => {
            model.is_python() && {
                let callee = member_name(call.callee).unwrap_or(call.callee);
                model
                    .text(callee)
                    .starts_with(|c: char| c.is_ascii_uppercase())
            }
        }
    };
    if !instantiation {
        return None;
    }
    let scope = *call.args.first()?;
    match model.value(scope) {
        Value::Call(node) => model.call_at(node)?.name.as_deref(),
        _ => None,
    }
}

fn listed(entries: Option<&Vec<(usize, usize)>>) -> impl Iterator<Item = (usize, usize)> + '_ {
    entries.into_iter().flatten().copied()
}

/// The matchers listed under `name`, then those whose pattern matches it (a cast's type, a
/// prop key).
fn named_or_matching<'a>(
    named: &'a std::collections::HashMap<String, Vec<(usize, usize)>>,
    patterns: &'a [(cdklint_rules::pattern::Pattern, usize, usize)],
    name: &'a str,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    listed(named.get(name)).chain(
        patterns
            .iter()
            .filter(move |(re, ..)| re.is_match(name))
            .map(|&(_, r, m)| (r, m)),
    )
}

/// The anchors (the node itself, or each `for-each` item) on which the matcher holds, with
/// their captures.
fn eval_matcher<'t>(
    model: &Model<'t>,
    rule: &Rule,
    matcher: &Matcher,
    node: Node<'t>,
    reported: &[Node<'t>],
    ctx: &checks::Context,
) -> Vec<(Node<'t>, Vec<(String, Node<'t>)>)> {
    let mut caps: Vec<(String, Node<'t>)> = vec![("node".into(), node)];
    if let Some(call) = model.call_at(node) {
        if let Target::Method { on, .. } = &matcher.target
            && !on.is_empty()
        {
            let receiver_class = call
                .receiver_call
                .and_then(|id| model.calls[id].name.as_ref());
            if !receiver_class.is_some_and(|c| on.contains(c)) {
                return Vec::new();
            }
        }
        caps.push(("callee".into(), call.callee));
        caps.push(("args".into(), call.arg_list));
        if let Some(r) = call.receiver {
            caps.push(("receiver".into(), r));
        }
        if matches!(call.kind, CallKind::Static | CallKind::Method)
            && let Some(name) = member_name(call.callee)
        {
            caps.push(("method".into(), name));
        }
    }
    if model.call_at(node).is_none()
        && let Some(member) = member_name(node)
    {
        caps.push(("member".into(), member));
    }
    match &matcher.target {
        Target::Cast { .. } => {
            if let Some(cast) = model.cast_at(node) {
                caps.push(("cast_type".into(), cast.ty));
            }
        }
        Target::Import => {
            if let Some(import) = model.module_import_at(node) {
                caps.push(("module".into(), import.module));
            }
        }
        _ => {}
    }
    let ev = Eval {
        model,
        rule,
        reported,
        ctx,
    };
    let Some(path) = &matcher.for_each else {
        let ok = matcher
            .conditions
            .iter()
            .all(|c| ev.cond(c, node, &mut caps));
        return if ok { vec![(node, caps)] } else { Vec::new() };
    };
    // One subject per item of the list: each item is its own finding (its own anchor).
    let select = Select {
        steps: path.iter().cloned().map(Step::Prop).collect(),
    };
    let Selected::Node(list, _) = ev.select(&select, node) else {
        return Vec::new();
    };
    let Value::List(items) = model.value(list) else {
        return Vec::new();
    };
    items
        .into_iter()
        .filter(|i| !matches!(i.kind(), "spread_element" | "list_splat"))
        .filter_map(|item| {
            let mut item_caps = caps.clone();
            matcher
                .conditions
                .iter()
                .all(|c| ev.cond(c, item, &mut item_caps))
                .then_some((item, item_caps))
        })
        .collect()
}

struct Eval<'m, 't> {
    model: &'m Model<'t>,
    rule: &'m Rule,
    /// For `each` matchers: nodes already reported; `any-item` and `any` pass over an item or
    /// alternative that would capture one of them again.
    reported: &'m [Node<'t>],
    /// The workspace and project the file belongs to, for checks that look beyond the file.
    ctx: &'m checks::Context<'m>,
}

/// What a selector found.
enum Selected<'t> {
    /// The value, and the prop entry it came from when the last step was a prop.
    Node(Node<'t>, Option<Node<'t>>),
    /// Not there; `closed` when nothing (a spread, `**kwargs`) could be hiding it.
    Absent { closed: bool },
}

impl<'t> Eval<'_, 't> {
    fn cond(&self, cond: &Cond, subject: Node<'t>, caps: &mut Vec<(String, Node<'t>)>) -> bool {
        let mark = caps.len();
        let ok = match self.select(&cond.select, subject) {
            Selected::Node(n, entry) => {
                let ok = cond.tests.iter().all(|t| self.test(t, n, caps));
                if ok && let Some(name) = &cond.capture {
                    caps.push((name.clone(), n));
                }
                if ok && let (Some(name), Some(entry)) = (&cond.capture_entry, entry) {
                    caps.push((name.clone(), entry));
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
        let mut entry = None;
        for step in &select.steps {
            entry = None;
            match step {
                Step::Prop(key) => {
                    let Some(props) = model.props_view(current) else {
                        // A value the file does not show (a variable, a parameter).
                        return Selected::Absent { closed: false };
                    };
                    match props.get(key) {
                        Some(p) => {
                            current = p.value;
                            entry = Some(p.entry);
                        }
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
                Step::MemberName => {
                    // `(cdk.RemovalPolicy.DESTROY)`: the name inside is still written in place.
                    while current.kind() == "parenthesized_expression" {
                        let mut cursor = current.walk();
                        let inner = current
                            .named_children(&mut cursor)
                            .find(|c| c.kind() != "comment");
                        match inner {
                            Some(i) => current = i,
                            None => break,
                        }
                    }
                    let name = match current.kind() {
                        "member_expression" | "attribute" => member_name(current),
                        _ => None,
                    };
                    match name {
                        Some(n) => current = n,
                        None => return Selected::Absent { closed: false },
                    }
                }
                Step::Receiver => {
                    let receiver = model
                        .call_at(model.unwrap(current))
                        .and_then(|c| c.receiver)
                        .or_else(|| match model.value(current) {
                            // `x.account`: the object the member is read from.
                            Value::Member { object, .. } => Some(object),
                            _ => None,
                        });
                    match receiver {
                        Some(r) => current = r,
                        None => return Selected::Absent { closed: false },
                    }
                }
                Step::Object => {
                    // As written: parentheses and `!` are looked through, bindings are not.
                    let mut n = current;
                    while matches!(
                        n.kind(),
                        "parenthesized_expression" | "non_null_expression" | "as_expression"
                    ) {
                        match n.named_child(0) {
                            Some(inner) => n = inner,
                            None => break,
                        }
                    }
                    // `this.dns` bound to `alb.loadBalancerDnsName` is a name, not the member.
                    let bound = model.ctx.follow(n) != n;
                    match (n.kind(), bound) {
                        ("member_expression" | "attribute", false) => {
                            match n.child_by_field_name("object") {
                                Some(o) => current = o,
                                None => return Selected::Absent { closed: false },
                            }
                        }
                        _ => return Selected::Absent { closed: false },
                    }
                }
                Step::Condition => match model.condition_of(current) {
                    Some(c) => current = c,
                    None => return Selected::Absent { closed: false },
                },
                Step::OuterCall => match model.outer_call(current) {
                    Some(c) => current = c,
                    None => return Selected::Absent { closed: false },
                },
            }
        }
        Selected::Node(current, entry)
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
                // The text between the delimiters, so that `^…$` anchors work on templates too.
                Value::Template(t) => {
                    re.is_match(cdklint_model::imports::string_content(t, model.src()))
                }
                _ => false,
            },
            Test::InList(list) => match model.value(n) {
                Value::Str(s) => self
                    .rule
                    .lists
                    .get(list)
                    .is_some_and(|items| items.iter().any(|item| list_item_matches(item, &s))),
                // A CDK member (`aws_lambda.Runtime.NODEJS_20_X`) listed by canonical name.
                Value::Ref(r) => self.rule.lists.get(list).is_some_and(|items| {
                    items
                        .iter()
                        .any(|item| cdklint_model::normalize_canonical(item) == r)
                }),
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
                Value::List(items) => items.into_iter().any(|i| self.fresh(c, i, caps)),
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
            Test::AnyArg(c) => model
                .call_at(model.unwrap(n))
                .is_some_and(|call| call.args.iter().any(|a| self.fresh(c, *a, caps))),
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
            // An import: the version of the module it loads.
            Test::CdkVersion(v) if model.module_import_at(n).is_some() => {
                model.module_import_at(n).and_then(|i| i.cdk_version) == Some(*v)
            }
            Test::CdkVersion(v) => {
                let target = model.unwrap(n);
                let target = model.call_at(target).map_or(target, |c| c.callee);
                model.ctx.resolve(target).is_some_and(|r| r.v1 == (*v == 1))
            }
            Test::Check { name, args } => checks::run_in(name, args, model, n, self.ctx),
            Test::All(cs) => cs.iter().all(|c| self.cond(c, n, caps)),
            Test::Any(cs) => cs.iter().any(|c| self.fresh(c, n, caps)),
            Test::Not(c) => {
                let mut scratch = Vec::new();
                !self.cond(c, n, &mut scratch)
            }
            Test::Used(filter) => self.used(filter, n, caps),
            Test::InLoop(b) => model.loops_around(n).is_empty() != *b,
            Test::InRegionLoop(b) => model.in_region_loop(n) == *b,
            Test::MentionsRegion(b) => model.mentions_region(n) == *b,
            Test::Reads { members, of } => self.reads(n, members, of),
        }
    }

    /// Some use of the value passes the filter; its captures (and the filter's own) are kept.
    fn used(
        &self,
        filter: &cdklint_rules::UseFilter,
        n: Node<'t>,
        caps: &mut Vec<(String, Node<'t>)>,
    ) -> bool {
        let model = self.model;
        model.uses_shared(n).iter().any(|u| {
            if !filter.kinds.is_empty() && !filter.kinds.iter().any(|k| k == u.kind.name()) {
                return false;
            }
            if let Some(path) = &filter.member
                && !u.members.starts_with(path)
            {
                return false;
            }
            if !filter.cast.is_empty()
                && !u
                    .cast
                    .and_then(|t| model.ctx.resolve(t))
                    .is_some_and(|r| filter.cast.contains(&r.canonical))
            {
                return false;
            }
            match &u.kind {
                _ if filter.key.is_empty() => {}
                cdklint_model::UseKind::Prop { key, .. } if filter.key.contains(key) => {}
                _ => return false,
            }
            match (filter.index, &u.kind) {
                (None, _) => {}
                (Some(i), cdklint_model::UseKind::Arg { index, .. }) if *index == i => {}
                _ => return false,
            }
            let call = u.kind.call().map(|id| &model.calls[id]);
            if !filter.of.is_empty() {
                let of = call.and_then(|c| {
                    c.name
                        .as_ref()
                        .or_else(|| c.receiver_call.and_then(|r| model.calls[r].name.as_ref()))
                });
                if !of.is_some_and(|name| filter.of.contains(name)) {
                    return false;
                }
            }
            if !filter.method.is_empty() {
                let method = match &u.kind {
                    cdklint_model::UseKind::Receiver { method, .. } => Some(method),
                    _ => call.and_then(|c| c.method.as_ref()),
                };
                if !method.is_some_and(|m| filter.method.contains(m)) {
                    return false;
                }
            }
            let mark = caps.len();
            if !filter.conditions.is_empty() {
                let ok = call.is_some_and(|c| {
                    filter
                        .conditions
                        .iter()
                        .all(|cond| self.cond(cond, c.node, caps))
                });
                if !ok {
                    caps.truncate(mark);
                    return false;
                }
            }
            if let Some(name) = &filter.capture {
                caps.push((name.clone(), u.expr));
            }
            true
        })
    }

    /// Some member read inside the value (a name the whole value is bound to followed) is
    /// one of `members`, read off a construct of one of the classes `of` when `of` is given.
    fn reads(&self, n: Node<'t>, members: &[String], of: &[String]) -> bool {
        let model = self.model;
        let root = model.unwrap(n);
        let mut cursor = root.walk();
        loop {
            let current = cursor.node();
            if matches!(current.kind(), "member_expression" | "attribute")
                && let Value::Member { object, name } = model.value(current)
                && members.contains(&name)
                && (of.is_empty()
                    || matches!(model.value(object), Value::Call(c)
                        if model.call_at(c).and_then(|c| c.name.as_ref()).is_some_and(|k| of.contains(k))))
            {
                return true;
            }
            if cursor.goto_first_child() {
                continue;
            }
            loop {
                if cursor.node() == root {
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

    /// `cond` holding without capturing a node an `each` matcher already reported.
    fn fresh(&self, cond: &Cond, subject: Node<'t>, caps: &mut Vec<(String, Node<'t>)>) -> bool {
        let mark = caps.len();
        if !self.cond(cond, subject, caps) {
            return false;
        }
        if caps[mark..].iter().any(|(_, n)| self.reported.contains(n)) {
            caps.truncate(mark);
            return false;
        }
        true
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

/// A list item matches a string: equal, or a glob whose `*` stands for any run of characters.
/// ASCII case is ignored: the lists hold names AWS compares case-insensitively (IAM actions).
fn list_item_matches(item: &str, s: &str) -> bool {
    let (item, s) = (item.to_ascii_lowercase(), s.to_ascii_lowercase());
    if !item.contains('*') {
        return item == s;
    }
    let parts: Vec<&str> = item.split('*').collect();
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if s.len() < first.len() + last.len() || !s.starts_with(first) || !s.ends_with(last) {
        return false;
    }
    let mut rest = &s[first.len()..s.len() - last.len()];
    for part in &parts[1..parts.len() - 1] {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::list_item_matches;

    #[test]
    fn list_items_are_exact_or_globs_ignoring_case() {
        assert!(list_item_matches(
            "sts:GetCallerIdentity",
            "sts:getcalleridentity"
        ));
        assert!(!list_item_matches(
            "sts:GetCallerIdentity",
            "sts:GetCallerIdentityX"
        ));
        assert!(list_item_matches("ec2:Describe*", "ec2:DescribeInstances"));
        assert!(list_item_matches("ec2:Describe*", "ec2:Describe"));
        assert!(!list_item_matches("ec2:Describe*", "ec2:CreateVpc"));
        assert!(list_item_matches("a*b*c", "aXbYc"));
        assert!(!list_item_matches("a*b*c", "aXc"));
        assert!(!list_item_matches("ab*ba", "aba"));
    }
}
