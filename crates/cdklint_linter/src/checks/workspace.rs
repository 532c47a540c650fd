//! Named checks that look beyond the file: at the workspace index (where a stack class is
//! instantiated, with which env; AWS Config recorders in other files), the project facts (the
//! aws-cdk-lib version) and the configuration (`allowed-regions`).
//!
//! A check may leave notes — short texts under the name of its condition's `capture` — that
//! the rule's message shows in place of that capture's source text (`{region}` renders
//! `eu-west-1 (bin/app.ts:12)`), so a finding can say what in another file decided it.

use std::cell::{Cell, OnceCell, RefCell};
use std::sync::Arc;

use cdklint_model::{Model, Value};
use cdklint_workspace::{Env, Field, FileFacts, Placement, View, WorkspaceIndex, env_of};
use tree_sitter::Node;

use crate::settings::LintSettings;

/// A check that may ask the workspace, the project and the settings.
type ContextCheckFn = for<'t> fn(&[String], &Model<'t>, Node<'t>, &Context) -> bool;

pub(super) const CHECKS: &[(&str, ContextCheckFn)] = &[
    ("lookup-in-env-agnostic-stack", lookup_in_env_agnostic_stack),
    ("stack-region-not", stack_region_not),
    ("receives-other-region-value", receives_other_region_value),
    ("region-not-allowed", region_not_allowed),
    ("region-for-cloudfront-stack", region_for_cloudfront_stack),
    ("no-config-recorder", no_config_recorder),
    ("aws-cdk-lib-before", aws_cdk_lib_before),
];

/// The project root of the file `path` for its facts: the one the caller indexed the file
/// with, else the root of the project the caller found for it.
pub(crate) fn project_root(settings: &LintSettings, path: &str) -> Option<String> {
    let index = settings.workspace.as_deref();
    index
        .and_then(|i| i.get(path))
        .and_then(|old| old.project_root.clone())
        .or_else(|| settings.project.as_ref().and_then(|p| p.root_key()))
}

/// What one lint run knows beyond the file.
pub(crate) struct Context<'a> {
    settings: &'a LintSettings,
    /// This file's facts as of the text being linted (the index may hold an older version).
    facts: OnceCell<Arc<FileFacts>>,
    /// The index when the caller has none: this file alone.
    alone: WorkspaceIndex,
    notes: RefCell<Vec<(String, String)>>,
    /// A check asked the workspace (see [`crate::LintResult::consulted_workspace`]).
    consulted: Cell<bool>,
}

impl<'a> Context<'a> {
    pub(crate) fn new(settings: &'a LintSettings) -> Self {
        Context {
            settings,
            facts: OnceCell::new(),
            alone: WorkspaceIndex::default(),
            notes: RefCell::default(),
            consulted: Cell::new(false),
        }
    }

    pub(crate) fn consulted_workspace(&self) -> bool {
        self.consulted.get()
    }

    /// This file's facts, when the model holds only part of it (the rest unchanged since
    /// they were read from a model of the whole file).
    pub(crate) fn preset_facts(&self, mut facts: Arc<FileFacts>) {
        let root = project_root(self.settings, &facts.path);
        if facts.project_root != root {
            Arc::make_mut(&mut facts).project_root = root;
        }
        let _ = self.facts.set(facts);
    }

    /// The workspace as of this file's text.
    fn view<'m>(&'m self, model: &Model) -> View<'m> {
        self.consulted.set(true);
        let facts = self.facts.get_or_init(|| {
            let mut f = FileFacts::from_model(model);
            f.project_root = project_root(self.settings, &f.path);
            Arc::new(f)
        });
        self.settings
            .workspace
            .as_deref()
            .unwrap_or(&self.alone)
            .view(facts)
    }

    fn note(&self, name: &str, text: String) {
        self.notes.borrow_mut().push((name.to_string(), text));
    }

    /// Forget the notes of a matcher that is about to be tried.
    pub(crate) fn clear_notes(&self) {
        self.notes.borrow_mut().clear();
    }

    /// The notes left by the checks of a matcher that held.
    pub(crate) fn notes(&self) -> Vec<(String, String)> {
        self.notes.borrow().clone()
    }
}

/// The stack class a node lies in (its name), if the workspace knows it as a stack.
fn stack_class<'t>(model: &Model<'t>, node: Node<'t>, view: &View) -> Option<String> {
    let class = model.enclosing_class(node)?;
    let kind = view.kind_of(&model.ctx.path, class.name)?;
    (kind == cdklint_workspace::StackKind::Stack).then(|| class.name.to_string())
}

/// Where the stack holding `node` deploys: the placements of its class, or, for a construct
/// created directly in a `new cdk.Stack(app, …, { env })` bound in the file, that env.
fn placements_of<'t>(model: &Model<'t>, node: Node<'t>, view: &View) -> Vec<Placement> {
    if let Some(class) = stack_class(model, node, view) {
        return view.placements(&model.ctx.path, &class);
    }
    if model.enclosing_class(node).is_some() {
        return Vec::new();
    }
    // `new acm.Certificate(stack, …)` where `stack = new cdk.Stack(app, 'S', { env })`.
    let Some(call) = model.call_at(model.unwrap(node)) else {
        return Vec::new();
    };
    let Some(&scope) = call.args.first() else {
        return Vec::new();
    };
    match model.value(scope) {
        Value::Call(c) => match model.call_at(c) {
            Some(s) if s.name.as_deref() == Some("cdk.stack") => {
                let instance = cdklint_workspace::Instance {
                    class: "Stack".into(),
                    module: None,
                    id: s.args.get(1).and_then(|a| match model.value(*a) {
                        Value::Str(v) => Some(v),
                        _ => None,
                    }),
                    env: env_of(model, &s.props),
                    scope: cdklint_workspace::Scope::Other,
                    cross_region_references: false,
                    offset: s.node.start_byte(),
                    line: s.node.start_position().row + 1,
                };
                vec![Placement {
                    path: model.ctx.path.clone(),
                    env: instance.env.clone(),
                    instance,
                }]
            }
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn at(p: &Placement) -> String {
    let file = p.path.rsplit('/').next().unwrap_or(&p.path);
    let dir = p
        .path
        .rsplit('/')
        .nth(1)
        .map(|d| format!("{d}/"))
        .unwrap_or_default();
    format!("{dir}{file}:{}", p.instance.line)
}

/// STR006: a lookup inside a Stack class every instantiation of which in the workspace leaves
/// the account or the region unset (no `env`, no stage giving one). Silent when no
/// instantiation is found, or one takes its env from a variable.
fn lookup_in_env_agnostic_stack<'t>(
    _args: &[String],
    model: &Model<'t>,
    node: Node<'t>,
    ctx: &Context,
) -> bool {
    let view = ctx.view(model);
    let placements = placements_of(model, node, &view);
    if placements.is_empty() {
        return false;
    }
    let agnostic =
        |e: &Env| matches!(e.account(), Field::Absent) || matches!(e.region(), Field::Absent);
    if !placements.iter().all(|p| agnostic(&p.env)) {
        return false;
    }
    let first = &placements[0];
    let more = match placements.len() {
        1 => String::new(),
        n => format!(" and {} more", n - 1),
    };
    ctx.note(
        "stack",
        format!(
            "{} ({}{more})",
            first
                .instance
                .id
                .as_deref()
                .unwrap_or(&first.instance.class),
            at(first)
        ),
    );
    true
}

/// CDN005: the stack holding the node is instantiated with a region literal other than
/// `check-args[0]` somewhere in the workspace. Silent for regions that are not literals.
fn stack_region_not<'t>(args: &[String], model: &Model<'t>, node: Node<'t>, ctx: &Context) -> bool {
    let Some(wanted) = args.first() else {
        return false;
    };
    let view = ctx.view(model);
    let placements = placements_of(model, node, &view);
    let elsewhere = placements.iter().find_map(|p| match p.env.region() {
        Field::Literal(r) if r != wanted => Some((r.clone(), p)),
        _ => None,
    });
    match elsewhere {
        Some((region, p)) => {
            ctx.note("region", format!("{region} ({})", at(p)));
            true
        }
        None => false,
    }
}

/// The call whose props hold the entry a value belongs to (`env` of `new X(app, 'Id', { env })`
/// or `X(app, "Id", env=…)`).
fn owning_call<'m, 't>(
    model: &'m Model<'t>,
    value: Node<'t>,
) -> Option<&'m cdklint_model::Call<'t>> {
    let mut n = value.parent()?;
    for _ in 0..4 {
        if let Some(c) = model.call_at(n) {
            return Some(c);
        }
        n = n.parent()?;
    }
    None
}

/// STR001: `node` is the `env` of a stack instantiation with region literal B, without
/// `crossRegionReferences: true`, whose props (other than `env`) take a value from a name bound
/// in the file to a stack instantiated with another region literal A.
fn receives_other_region_value<'t>(
    _args: &[String],
    model: &Model<'t>,
    node: Node<'t>,
    ctx: &Context,
) -> bool {
    let Some(call) = owning_call(model, node) else {
        return false;
    };
    if call.props.get("env").map(|p| p.value) != Some(node) {
        return false;
    }
    let Field::Literal(consumer) = env_of(model, &call.props).region().clone() else {
        return false;
    };
    if call
        .props
        .get("crossRegionReferences")
        .is_some_and(|p| !matches!(model.value(p.value), Value::Bool(false)))
    {
        return false;
    }
    let mut values: Vec<Node<'t>> = call
        .props
        .entries
        .iter()
        .filter(|p| cdklint_model::normalize_name(p.key) != "env")
        .map(|p| p.value)
        .collect();
    values.extend(call.args.iter().skip(2).copied());
    for value in values {
        for root in names_in(value) {
            let Some(bound) = model.ctx.binding(model.text(root)) else {
                continue;
            };
            let Some(producer) = model.call_at(model.unwrap(bound)) else {
                continue;
            };
            if producer.node == call.node || producer.args.len() < 2 {
                continue;
            }
            if let Field::Literal(region) = env_of(model, &producer.props).region()
                && *region != consumer
            {
                ctx.note("source", format!("{} in {region}", model.text(root)));
                return true;
            }
        }
    }
    false
}

/// The names a value reads: `a` of `a.bucket.bucketArn`, of `[a.x, b]`, of `{ cert: a.cert }`,
/// of `` `${a.x}` `` — the roots of member chains and bare identifiers, not property names.
fn names_in(value: Node) -> Vec<Node> {
    let mut out = Vec::new();
    let mut stack = vec![value];
    while let Some(n) = stack.pop() {
        match n.kind() {
            "identifier" | "shorthand_property_identifier" => out.push(n),
            "member_expression" | "attribute" => {
                if let Some(o) = n.child_by_field_name("object") {
                    stack.push(o);
                }
            }
            "pair" => {
                if let Some(v) = n.child_by_field_name("value") {
                    stack.push(v);
                }
            }
            "keyword_argument" => {
                if let Some(v) = n.child_by_field_name("value") {
                    stack.push(v);
                }
            }
            "arrow_function" | "function_expression" | "lambda" => {}
            _ => {
                let mut c = n.walk();
                stack.extend(n.named_children(&mut c));
            }
        }
    }
    out
}

/// STR004: configuration lists allowed regions and this region literal is not among them.
fn region_not_allowed<'t>(
    _args: &[String],
    model: &Model<'t>,
    node: Node<'t>,
    ctx: &Context,
) -> bool {
    let allowed = &ctx.settings.allowed_regions;
    if allowed.is_empty() {
        return false;
    }
    match model.value(node) {
        Value::Str(r) => !allowed.iter().any(|a| a.eq_ignore_ascii_case(&r)),
        _ => false,
    }
}

/// STR004's exception: `us-east-1` given to a stack (same file or any file of the workspace)
/// whose class holds a certificate for CloudFront or a CLOUDFRONT web ACL, which must live
/// there.
fn region_for_cloudfront_stack<'t>(
    _args: &[String],
    model: &Model<'t>,
    node: Node<'t>,
    ctx: &Context,
) -> bool {
    if !matches!(model.value(node), Value::Str(r) if r == "us-east-1") {
        return false;
    }
    let view = ctx.view(model);
    // The instantiation whose `env` holds this region: `new X(app, 'Id', { env: { region } })`,
    // with the env written in place or bound to a name.
    let in_file: Vec<&cdklint_workspace::Instance> = view.current().instances.iter().collect();
    let region_entry = |env_value: Node<'t>| -> bool {
        model
            .props_of(env_value)
            .and_then(|p| p.get("region").map(|r| model.unwrap(r.value)))
            .is_some_and(|r| r == model.unwrap(node) || r == node)
    };
    for inst in in_file {
        let Some(call) = model
            .calls
            .iter()
            .find(|c| c.node.start_byte() == inst.offset)
        else {
            continue;
        };
        let holds = call.props.get("env").is_some_and(|e| region_entry(e.value));
        if !holds {
            continue;
        }
        let class = view.class_of_instance(&model.ctx.path, inst);
        if let Some((path, name)) = class
            && view.holds_us_east_1_resources(&path, &name)
        {
            return true;
        }
    }
    false
}

/// OPS001: no AWS Config recorder or delivery channel anywhere in the workspace. An absence
/// is only known when the index holds the whole project.
fn no_config_recorder<'t>(
    _args: &[String],
    model: &Model<'t>,
    _node: Node<'t>,
    ctx: &Context,
) -> bool {
    !ctx.settings.partial_workspace && !ctx.view(model).has_config_recorder()
}

/// DNS005: the project's aws-cdk-lib version is known and older than `check-args[0]`. The note
/// `version` says which version was read from which file.
fn aws_cdk_lib_before<'t>(
    args: &[String],
    _model: &Model<'t>,
    _node: Node<'t>,
    ctx: &Context,
) -> bool {
    let Some(first) = args
        .first()
        .and_then(|a| cdklint_project::Version::parse(a))
    else {
        return false;
    };
    let Some(found) = ctx
        .settings
        .project
        .as_ref()
        .and_then(|p| p.aws_cdk_lib.as_ref())
    else {
        return false;
    };
    if found.version >= first {
        return false;
    }
    ctx.note("version", found.describe());
    true
}
