//! The facts one file contributes to the workspace index, read from its construct model.

use std::collections::HashMap;

use cdklint_model::{Call, CallKind, Model, Value};
use tree_sitter::Node;

/// One field of an `env` (`account`, `region`) as the instantiation writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    /// A string literal (`'eu-west-1'`), also through a name bound to one in the file.
    Literal(String),
    /// Anything else: a variable, `process.env.X`, a conditional, a call — not guessed.
    Variable,
    /// Not given, and nothing (a spread, `**kwargs`, a props variable) could be giving it.
    Absent,
}

/// The `env` of a stack or stage instantiation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Env {
    /// No `env` prop, and the props are shown in full.
    Absent,
    /// The props are hidden (a props variable, a spread) or `env` is not an object the file
    /// shows: it may hold anything.
    Unknown,
    Given {
        account: Field,
        region: Field,
    },
}

impl Env {
    pub fn region(&self) -> &Field {
        match self {
            Env::Given { region, .. } => region,
            Env::Absent => &Field::Absent,
            Env::Unknown => &Field::Variable,
        }
    }

    pub fn account(&self) -> &Field {
        match self {
            Env::Given { account, .. } => account,
            Env::Absent => &Field::Absent,
            Env::Unknown => &Field::Variable,
        }
    }
}

/// What a class of the file extends, as far as the CDK is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StackKind {
    Stack,
    NestedStack,
    Stage,
}

/// A class defined in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassFacts {
    pub name: String,
    /// The last name of the class it extends as written (`Stack`, `BaseStack`).
    pub base: Option<String>,
    /// Resolved through the CDK imports or a class of the same file; `None` for a class whose
    /// base is a class of another file (the index follows it by name).
    pub kind: Option<StackKind>,
    /// The `env` its constructor passes to `super(…)` (or `super().__init__(…)`): a stack that
    /// sets its own env does not take one from its instantiations. `Env::Absent` when the
    /// class writes no env in its super call (forwarded props leave it to the instantiation).
    pub super_env: Env,
}

/// Where the instantiation's scope puts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// The app, a variable or anything not a stage.
    Other,
    /// `this` / `self` inside a class of this file: its name (a Stage subclass hands the stack
    /// its env).
    Class(String),
    /// A stage created in the file (`const prod = new cdk.Stage(app, 'Prod', { env })`).
    Stage(Env),
}

/// An instantiation of a class that is not a CDK name: a stack, stage or construct of the app
/// (`new WebStack(app, 'Web', { env })`, `WebStack(app, "Web", env=…)`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instance {
    /// The class's name: the exported name when the file imports it under another one.
    pub class: String,
    /// The module the file imports it from (`../lib/web-stack`, `stacks.web_stack`); `None`
    /// for a class of the same file or one the file does not import by name.
    pub module: Option<String>,
    /// The construct id, when a string literal.
    pub id: Option<String>,
    pub env: Env,
    pub scope: Scope,
    /// `crossRegionReferences: true`.
    pub cross_region_references: bool,
    /// Byte offset and 1-based line of the instantiation.
    pub offset: usize,
    pub line: usize,
}

/// Everything the workspace index keeps about one file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileFacts {
    /// The path as the caller lints it (`/` separators).
    pub path: String,
    /// The project root the caller found for the file (`cdklint_project`): files of different
    /// projects of one workspace never instantiate each other's classes. `None`: unknown.
    pub project_root: Option<String>,
    pub classes: Vec<ClassFacts>,
    pub instances: Vec<Instance>,
    /// `CfnConfigurationRecorder` / `CfnDeliveryChannel` instantiations.
    pub config_recorders: usize,
    /// AWS Config rules (`ManagedRule`, `CustomRule`, `CfnConfigRule`, managed-rule helpers).
    pub config_rules: usize,
    /// Classes holding resources that must live in us-east-1 (a certificate given to
    /// CloudFront, a `CLOUDFRONT`-scoped web ACL): for STR004's exception.
    pub us_east_1_classes: Vec<String>,
}

/// Calls that create an AWS Config recorder or delivery channel.
pub const RECORDER_CALLS: &[&str] = &[
    "aws_config.cfnconfigurationrecorder",
    "aws_config.cfndeliverychannel",
];

/// AWS Config rules: the L1, the L2 rules and the managed-rule helpers of `aws_config`.
pub const CONFIG_RULE_CALLS: &[&str] = &[
    "aws_config.cfnconfigrule",
    "aws_config.managedrule",
    "aws_config.customrule",
    "aws_config.custompolicy",
    "aws_config.accesskeysrotated",
    "aws_config.cloudformationstackdriftdetectioncheck",
    "aws_config.cloudformationstacknotificationcheck",
    "aws_config.cfnorganizationconfigrule",
];

impl Instance {
    /// The same instantiation, perhaps at another byte offset.
    pub fn same_but_offset(&self, other: &Instance) -> bool {
        // Destructured, so that a new field is compared (or knowingly left out) here.
        let Instance {
            class,
            module,
            id,
            env,
            scope,
            cross_region_references,
            offset: _,
            line,
        } = self;
        *class == other.class
            && *module == other.module
            && *id == other.id
            && *env == other.env
            && *scope == other.scope
            && *cross_region_references == other.cross_region_references
            && *line == other.line
    }
}

impl FileFacts {
    /// Whether two versions of a file's facts give every OTHER file the same findings: they
    /// may differ only in the byte offsets of the instantiations. Typing above
    /// `new AppStack(…)` moves its offset on every keystroke; other files read an
    /// instantiation's line (in messages) and the order of a file's instantiations, never its
    /// offset, so such an edit must not re-lint the workspace. A moved line does.
    pub fn same_for_others(&self, other: &FileFacts) -> bool {
        let FileFacts {
            path,
            project_root,
            classes,
            instances,
            config_recorders,
            config_rules,
            us_east_1_classes,
        } = self;
        *path == other.path
            && *project_root == other.project_root
            && *classes == other.classes
            && *config_recorders == other.config_recorders
            && *config_rules == other.config_rules
            && *us_east_1_classes == other.us_east_1_classes
            && instances.len() == other.instances.len()
            && instances
                .iter()
                .zip(&other.instances)
                .all(|(a, b)| a.same_but_offset(b))
    }

    /// The facts of a file that holds no constructs (what [`FileFacts::from_model`] gives for
    /// a model without CDK bindings), for callers that skip parsing such files.
    pub fn without_constructs(path: &str) -> FileFacts {
        FileFacts {
            path: path.replace('\\', "/"),
            ..FileFacts::default()
        }
    }

    /// Read a file's facts from its model (one pass over its calls and classes).
    pub fn from_model(model: &Model) -> FileFacts {
        let mut facts = FileFacts {
            path: model.ctx.path.clone(),
            ..FileFacts::default()
        };
        if model.calls.is_empty() && model.classes.is_empty() {
            return facts;
        }
        let imports = local_imports(model);
        facts.classes = class_facts(model);
        for call in &model.calls {
            match call.name.as_deref() {
                Some(n) if RECORDER_CALLS.contains(&n) => facts.config_recorders += 1,
                Some(n) if CONFIG_RULE_CALLS.contains(&n) => facts.config_rules += 1,
                _ => {}
            }
            if let Some(i) = instance(model, call, &imports) {
                facts.instances.push(i);
            }
        }
        facts.us_east_1_classes = us_east_1_classes(model);
        facts
    }
}

/// A `New` / plain call of a capitalised name the CDK imports do not bind, with a scope and an
/// id: how an app instantiates its own stacks.
fn instance<'t>(
    model: &Model<'t>,
    call: &cdklint_model::Call<'t>,
    imports: &HashMap<String, (String, String)>,
) -> Option<Instance> {
    if call.name.is_some() || !matches!(call.kind, CallKind::New | CallKind::Other) {
        return None;
    }
    if call.args.len() < 2 {
        return None;
    }
    let written = last_name(model.text(call.callee));
    if !written.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let (class, module) = match imports.get(written) {
        Some((module, original)) => (original.clone(), Some(module.clone())),
        None => match call.callee.kind() {
            // `stacks.web_stack.WebStack(…)` after `import stacks.web_stack`.
            "attribute" | "member_expression" => {
                let object = call
                    .callee
                    .child_by_field_name("object")
                    .map(|o| model.text(o).to_string());
                (written.to_string(), object)
            }
            _ => (written.to_string(), None),
        },
    };
    let id = match model.value(call.args[1]) {
        Value::Str(s) => Some(s),
        _ => None,
    };
    let scope = scope_of(model, call.args[0]);
    let cross_region_references = call
        .props
        .get("crossRegionReferences")
        .is_some_and(|p| matches!(model.value(p.value), Value::Bool(true)));
    Some(Instance {
        class,
        module,
        id,
        env: env_of(model, &call.props),
        scope,
        cross_region_references,
        offset: call.node.start_byte(),
        line: call.node.start_position().row + 1,
    })
}

fn last_name(callee: &str) -> &str {
    callee.rsplit('.').next().unwrap_or(callee).trim()
}

fn scope_of<'t>(model: &Model<'t>, scope: Node<'t>) -> Scope {
    match model.value(scope) {
        Value::This => match model.enclosing_class(scope) {
            Some(c) => Scope::Class(c.name.to_string()),
            None => Scope::Other,
        },
        Value::Call(node) => match model.call_at(node) {
            Some(c) if c.name.as_deref() == Some("cdk.stage") => {
                Scope::Stage(env_of(model, &c.props))
            }
            _ => Scope::Other,
        },
        _ => Scope::Other,
    }
}

/// The `env` of a call's props.
pub fn env_of<'t>(model: &Model<'t>, props: &cdklint_model::Props<'t>) -> Env {
    let Some(env) = props.get("env") else {
        return if props.open {
            Env::Unknown
        } else {
            Env::Absent
        };
    };
    let Some(fields) = model.props_of(env.value) else {
        return Env::Unknown;
    };
    let field = |name: &str| match fields.get(name) {
        Some(p) => match model.value(p.value) {
            Value::Str(s) => Field::Literal(s),
            _ => Field::Variable,
        },
        None if fields.open => Field::Variable,
        None => Field::Absent,
    };
    Env::Given {
        account: field("account"),
        region: field("region"),
    }
}

fn class_facts(model: &Model) -> Vec<ClassFacts> {
    let super_calls = super_calls(model);
    let mut out: Vec<ClassFacts> = model
        .classes
        .iter()
        .zip(super_calls)
        .map(|(c, super_call)| {
            let kind = c.base.and_then(|b| model.ctx.resolve(b)).and_then(|r| {
                match r.canonical.as_str() {
                    "cdk.stack" => Some(StackKind::Stack),
                    "cdk.nestedstack" => Some(StackKind::NestedStack),
                    "cdk.stage" => Some(StackKind::Stage),
                    _ => None,
                }
            });
            ClassFacts {
                name: c.name.to_string(),
                base: c.base.map(|b| last_name(model.text(b)).to_string()),
                kind,
                super_env: super_env(model, super_call),
            }
        })
        .collect();
    // A class extending a stack class of this file is that kind too.
    for _ in 0..4 {
        let known: HashMap<String, StackKind> = out
            .iter()
            .filter_map(|c| c.kind.map(|k| (c.name.clone(), k)))
            .collect();
        let mut changed = false;
        for c in &mut out {
            if c.kind.is_none()
                && let Some(k) = c.base.as_ref().and_then(|b| known.get(b))
            {
                c.kind = Some(*k);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    out
}

/// The `env` a class's constructor passes to its base: `super(scope, id, { …, env })`,
/// `super().__init__(scope, id, env=…)`.
fn super_env<'t>(model: &Model<'t>, super_call: Option<&Call<'t>>) -> Env {
    let Some(call) = super_call else {
        return Env::Absent;
    };
    let props = if model.is_python() {
        Some(call.props.clone())
    } else {
        call.args.get(2).and_then(|p| model.props_of(*p))
    };
    // Only an env the super call writes counts; forwarded props (`super(scope, id, props)`,
    // `{ ...props }`, `**kwargs`) leave the env to the instantiation.
    match props {
        Some(props) if props.get("env").is_some() => env_of(model, &props),
        _ => Env::Absent,
    }
}

/// The first `super(…)` / `super().__init__(…)` call of each class of [`Model::classes`] (of
/// that class itself, not of a class nested in it), found in one pass over the calls.
fn super_calls<'m, 't>(model: &'m Model<'t>) -> Vec<Option<&'m Call<'t>>> {
    let mut out = vec![None; model.classes.len()];
    for call in &model.calls {
        let Some(class) = call.class else {
            continue;
        };
        if out[class].is_none() && is_super(model.text(call.callee)) {
            out[class] = Some(call);
        }
    }
    out
}

/// `super`, or `super().__init__` however spaced.
fn is_super(callee: &str) -> bool {
    callee == "super"
        || callee
            .bytes()
            .filter(|b| *b != b' ')
            .eq("super().__init__".bytes())
}

/// Names imported from modules that are not the CDK: local name → (module, exported name).
fn local_imports(model: &Model) -> HashMap<String, (String, String)> {
    let mut out = HashMap::new();
    let root = model.ctx.tree.root_node();
    let mut cursor = root.walk();
    for stmt in root.named_children(&mut cursor) {
        match stmt.kind() {
            "import_statement" if !model.is_python() => ts_import(model, stmt, &mut out),
            "import_from_statement" => py_import(model, stmt, &mut out),
            _ => {}
        }
    }
    out
}

fn ts_import<'t>(model: &Model<'t>, stmt: Node<'t>, out: &mut HashMap<String, (String, String)>) {
    let Some(source) = stmt.child_by_field_name("source") else {
        return;
    };
    let module = cdklint_model::imports::string_content(source, model.src()).to_string();
    let mut stack = vec![stmt];
    while let Some(n) = stack.pop() {
        match n.kind() {
            "import_specifier" => {
                let name = n.child_by_field_name("name").map(|x| model.text(x));
                let alias = n.child_by_field_name("alias").map(|x| model.text(x));
                if let Some(name) = name {
                    let local = alias.unwrap_or(name);
                    out.insert(local.to_string(), (module.clone(), name.to_string()));
                }
            }
            "import_clause" => {
                let mut c = n.walk();
                for child in n.named_children(&mut c) {
                    if child.kind() == "identifier" {
                        // A default import: the class is whatever the module exports.
                        let local = model.text(child).to_string();
                        out.insert(local.clone(), (module.clone(), local));
                    } else {
                        stack.push(child);
                    }
                }
            }
            _ => {
                let mut c = n.walk();
                stack.extend(n.named_children(&mut c));
            }
        }
    }
}

fn py_import<'t>(model: &Model<'t>, stmt: Node<'t>, out: &mut HashMap<String, (String, String)>) {
    let Some(module) = stmt.child_by_field_name("module_name") else {
        return;
    };
    let module = model.text(module).to_string();
    let mut c = stmt.walk();
    for name in stmt.children_by_field_name("name", &mut c) {
        let (original, local) = match name.kind() {
            "aliased_import" => (
                name.child_by_field_name("name").map(|n| model.text(n)),
                name.child_by_field_name("alias").map(|n| model.text(n)),
            ),
            _ => (Some(model.text(name)), Some(model.text(name))),
        };
        if let (Some(o), Some(l)) = (original, local) {
            out.insert(l.to_string(), (module.clone(), o.to_string()));
        }
    }
}

/// Classes of the file that hold a resource CloudFront requires in us-east-1: a
/// `CLOUDFRONT`-scoped web ACL, or a certificate given to a distribution.
fn us_east_1_classes(model: &Model) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |node: Node| {
        if let Some(c) = model.enclosing_class(node)
            && !out.iter().any(|n| n == c.name)
        {
            out.push(c.name.to_string());
        }
    };
    for call in model.calls_named("aws_wafv2.cfnwebacl") {
        if call
            .props
            .get("scope")
            .is_some_and(|p| matches!(model.value(p.value), Value::Str(s) if s.eq_ignore_ascii_case("cloudfront")))
        {
            add(call.node);
        }
    }
    for call in model.calls_named("aws_cloudfront.distribution") {
        if call.props.get("certificate").is_some() {
            add(call.node);
        }
    }
    for call in model
        .calls_named("aws_cloudfront.viewercertificate.fromacmcertificate")
        .chain(model.calls_named("aws_certificatemanager.certificate"))
        .chain(model.calls_named("aws_certificatemanager.dnsvalidatedcertificate"))
    {
        add(call.node);
    }
    out
}
