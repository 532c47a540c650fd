//! User data as shell text: for every EC2 user data of a file, the commands it runs, where each
//! is written, the shebang, and which parts the file does not show.
//!
//! User data is assembled in many ways: `ec2.UserData.forLinux()` bound to a name and then
//! `addCommands(…)` on it (`add_commands` in Python), `UserData.custom(script)`,
//! `UserData.forLinux({ shebang })`, `instance.userData.addCommands(…)` and
//! `instance.addUserData(…)` on the default user data of an `Instance` or `AutoScalingGroup`,
//! `userData:` props of launch templates, groups and instances, and the L1 `userData` strings
//! (`Fn.base64(…)`). The text itself may be a string with escapes, a template literal, an
//! f-string, a concatenation (`+`, Python implicit concatenation), a list joined with `'\n'`,
//! or a list spread into `addCommands(...cmds)` / `add_commands(*cmds)`. Names bound in the file
//! are followed.
//!
//! Everything is collected once per file ([`crate::Model::user_data`]). The result is a list
//! of [`Script`]s; each holds its [`Line`]s in the order the instance runs them, with heredoc
//! bodies, comments and `\` continuations already told apart, and with the source range of
//! each line so that a finding can point at one command of a long script. Text the file does
//! not show — a parameter, a function's result, a file read with `fs.readFileSync(…)` or
//! `open(…).read()` — is a line of kind [`LineKind::Unknown`] or [`LineKind::FromFile`], in
//! its place: a rule can then tell "no `set -e` anywhere" from "no `set -e` that we can see".

use std::collections::HashMap;
use std::ops::Range;

use tree_sitter::Node;

use crate::model::{CallKind, Model};
use crate::names::normalize_name;
use crate::value::Value;

/// Every user data of one file.
#[derive(Debug, Default)]
pub struct UserData<'t> {
    pub scripts: Vec<Script<'t>>,
}

/// How a user data came to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// `UserData.forLinux(…)` (or `forOperatingSystem(LINUX)`): CDK writes the shebang first.
    ForLinux,
    /// `UserData.custom(text)`: the text is the script, shebang included.
    Custom,
    /// The user data an `Instance` / `AutoScalingGroup` creates for itself when given none.
    ConstructDefault,
    /// The text of an L1 `userData` (`CfnInstance`, `CfnLaunchTemplate`).
    Cfn,
    /// Created outside the file (a parameter, `props.userData`), or a multipart user data:
    /// only the commands added here are known.
    Received,
    /// `UserData.forWindows()`, or a default user data of a Windows image: PowerShell.
    Windows,
}

/// The shebang the instance runs the script with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shebang {
    Known(String),
    /// A script without one (a custom text that starts with a command).
    None,
    /// Not visible in the file.
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// A command line (continuations joined).
    Command,
    /// A line inside a heredoc: data written somewhere, not run.
    HeredocBody,
    /// A comment, including a `#!…` passed as a command (CDK writes its own shebang first).
    Comment,
    /// Text the file does not show (a parameter, a call's result).
    Unknown,
    /// Text read from a file or asset (`fs.readFileSync`, `open(…).read()`): not judged.
    FromFile,
}

/// One line of a script.
#[derive(Debug, Clone)]
pub struct Line<'t> {
    /// The line as the shell reads it (escapes decoded, continuations joined); a template or
    /// f-string substitution reads `${…}`.
    pub text: String,
    /// The expression it comes from: the string literal (or list item, or concatenation) as
    /// written, for reporting.
    pub node: Node<'t>,
    /// Its bytes in the source: the line itself inside a literal written in the file.
    pub range: Range<usize>,
    pub kind: LineKind,
    /// Part of the line is a substitution whose value the file does not show.
    pub holes: bool,
}

/// One user data.
#[derive(Debug, Clone)]
pub struct Script<'t> {
    /// What creates it: the `UserData.*` call, the construct whose default user data it is, the
    /// L1 `userData` value, or (for a received one) the receiver of the first command added.
    pub node: Node<'t>,
    pub origin: Origin,
    pub shebang: Shebang,
    /// In the order the instance runs them; blank lines dropped.
    pub lines: Vec<Line<'t>>,
    /// The constructs given this user data (`userData: ud`), in file order.
    pub users: Vec<Node<'t>>,
}

impl<'t> Script<'t> {
    /// Some part is not visible: an unknown or file-loaded piece, or a shebang not shown.
    pub fn opaque(&self) -> bool {
        self.shebang == Shebang::Unknown
            || self
                .lines
                .iter()
                .any(|l| matches!(l.kind, LineKind::Unknown | LineKind::FromFile))
    }

    /// Some part is loaded from a file or asset.
    pub fn from_file(&self) -> bool {
        self.lines.iter().any(|l| l.kind == LineKind::FromFile)
    }

    /// Shell (not PowerShell) user data.
    pub fn is_shell(&self) -> bool {
        self.origin != Origin::Windows
    }

    /// The command lines, in order.
    pub fn commands(&self) -> impl Iterator<Item = &Line<'t>> {
        self.lines.iter().filter(|l| l.kind == LineKind::Command)
    }
}

impl<'t> UserData<'t> {
    /// The scripts of a file whose lines come from inside `node` (a string literal, a call's
    /// argument), with the indices of those lines.
    pub fn lines_in(&self, node: Node) -> Vec<(&Script<'t>, usize)> {
        let range = node.byte_range();
        let mut out = Vec::new();
        for s in &self.scripts {
            for (i, l) in s.lines.iter().enumerate() {
                if range.start <= l.range.start && l.range.end <= range.end {
                    out.push((s, i));
                }
            }
        }
        out
    }
}

// ---------------------------------------------------------------------------------------------
// Building

/// Calls that create a user data object.
const FOR_LINUX: &str = "aws_ec2.userdata.forlinux";
const CUSTOM: &str = "aws_ec2.userdata.custom";
const FOR_WINDOWS: &str = "aws_ec2.userdata.forwindows";
const FOR_OS: &str = "aws_ec2.userdata.foroperatingsystem";
const MULTIPART: &str = "aws_ec2.multipartuserdata";

/// L2 constructs taking a `userData` object; the first two create one when given none.
const L2_USERS: &[&str] = &[
    "aws_ec2.instance",
    "aws_autoscaling.autoscalinggroup",
    "aws_ec2.launchtemplate",
];

/// L1 constructs whose `userData` (at this prop path) is the base64 text of the script.
const L1_USERS: &[(&str, &str)] = &[
    ("aws_ec2.cfninstance", "userData"),
    ("aws_ec2.cfnlaunchtemplate", "launchTemplateData.userData"),
    ("aws_autoscaling.cfnlaunchconfiguration", "userData"),
];

/// Methods of `UserData` that add commands, and of `Instance` / `AutoScalingGroup`.
const ADD_COMMANDS: &[&str] = &["addcommands", "addoncommands", "addonexitcommands"];
const ADD_OPAQUE: &[&str] = &[
    "adds3downloadcommand",
    "addexecutefilecommand",
    "addsignalonexitcommand",
];
const ADD_USER_DATA: &str = "adduserdata";

/// The placeholder a substitution reads as in [`Line::text`].
pub const HOLE: &str = "${…}";

/// One character of gathered text and where it is written.
#[derive(Clone, Copy)]
struct Ch<'t> {
    c: char,
    range: (usize, usize),
    node: Node<'t>,
    hole: bool,
    /// The expression the text was gathered for (an `addCommands` argument, a `custom` text):
    /// a line is reported inside it, not at a constant the text was followed to.
    site: (usize, usize),
}

/// Gathered text: characters, and pieces the file does not show.
enum Item<'t> {
    Ch(Ch<'t>),
    Opaque(Node<'t>, LineKind),
}

/// A line before heredocs and continuations are looked at.
struct RawLine<'t> {
    chars: Vec<Ch<'t>>,
    opaque: Option<(Node<'t>, LineKind)>,
}

struct Builder<'m, 't> {
    model: &'m Model<'t>,
    scripts: Vec<(Script<'t>, Vec<RawLine<'t>>)>,
    /// Script by the node id of what creates it (a `UserData.*` call, an L1 value).
    by_creator: HashMap<usize, usize>,
    /// Script of an L2 construct (its `userData` prop, or its default), by the call's node id.
    by_construct: HashMap<usize, usize>,
    /// Scripts received from outside, by the receiver's text (`props.userData`).
    by_receiver: HashMap<String, usize>,
}

pub(crate) fn build<'t>(model: &Model<'t>) -> UserData<'t> {
    let mut b = Builder {
        model,
        scripts: Vec::new(),
        by_creator: HashMap::new(),
        by_construct: HashMap::new(),
        by_receiver: HashMap::new(),
    };
    b.creators();
    b.constructs();
    b.additions();
    UserData {
        scripts: b
            .scripts
            .into_iter()
            .map(|(mut s, raw)| {
                s.lines = finish(raw, s.origin, &mut s.shebang);
                s
            })
            .collect(),
    }
}

impl<'t> Builder<'_, 't> {
    fn new_script(&mut self, node: Node<'t>, origin: Origin, shebang: Shebang) -> usize {
        self.scripts.push((
            Script {
                node,
                origin,
                shebang,
                lines: Vec::new(),
                users: Vec::new(),
            },
            Vec::new(),
        ));
        self.scripts.len() - 1
    }

    /// `UserData.forLinux(…)`, `custom(…)`, `forWindows()`, `forOperatingSystem(…)`,
    /// `new MultipartUserData()`.
    fn creators(&mut self) {
        let model = self.model;
        for call in &model.calls {
            let Some(name) = call.name.as_deref() else {
                continue;
            };
            let id = match name {
                FOR_LINUX => {
                    let shebang = match call.props.get("shebang") {
                        Some(p) => match model.value(p.value) {
                            Value::Str(s) => Shebang::Known(s),
                            _ => Shebang::Unknown,
                        },
                        None if call.props.open => Shebang::Unknown,
                        None => Shebang::Known("#!/bin/bash".into()),
                    };
                    self.new_script(call.node, Origin::ForLinux, shebang)
                }
                CUSTOM => {
                    // The shebang is the text's first line, read when the script is finished.
                    let id = self.new_script(call.node, Origin::Custom, Shebang::None);
                    match call.args.first() {
                        Some(arg) => self.add_text(id, *arg),
                        None => self.add_opaque(id, call.node, LineKind::Unknown),
                    }
                    id
                }
                FOR_WINDOWS => self.new_script(call.node, Origin::Windows, Shebang::Unknown),
                FOR_OS => {
                    let os = call.args.first().map(|a| model.value(*a));
                    match os {
                        Some(Value::Ref(r)) if r.ends_with(".linux") => self.new_script(
                            call.node,
                            Origin::ForLinux,
                            Shebang::Known("#!/bin/bash".into()),
                        ),
                        Some(Value::Ref(r)) if r.ends_with(".windows") => {
                            self.new_script(call.node, Origin::Windows, Shebang::Unknown)
                        }
                        _ => self.new_script(call.node, Origin::Received, Shebang::Unknown),
                    }
                }
                MULTIPART => self.new_script(call.node, Origin::Received, Shebang::Unknown),
                _ => continue,
            };
            self.by_creator.insert(call.node.id(), id);
        }
    }

    /// `userData` props of L2 and L1 constructs.
    fn constructs(&mut self) {
        let model = self.model;
        for call in &model.calls {
            let Some(name) = call.name.as_deref() else {
                continue;
            };
            if call.kind != CallKind::New {
                continue;
            }
            if L2_USERS.contains(&name) {
                let id = match call.props.get("userData") {
                    Some(p) => {
                        let target = model.unwrap(p.value);
                        match self.by_creator.get(&target.id()) {
                            Some(&id) => id,
                            None => {
                                let id =
                                    self.new_script(p.value, Origin::Received, Shebang::Unknown);
                                self.by_creator.insert(target.id(), id);
                                id
                            }
                        }
                    }
                    // A launch template without user data has none; a group or instance makes
                    // its own for the image's operating system.
                    None if name == "aws_ec2.launchtemplate" => continue,
                    // A group launched from a template runs the template's user data, which
                    // this call does not show.
                    None if call.props.open
                        || call.props.get("launchTemplate").is_some()
                        || call.props.get("mixedInstancesPolicy").is_some() =>
                    {
                        self.new_script(call.node, Origin::Received, Shebang::Unknown)
                    }
                    None => {
                        let windows = call.props.get("machineImage").is_some_and(|p| {
                            model
                                .text(model.unwrap(p.value))
                                .to_ascii_lowercase()
                                .contains("windows")
                        });
                        if windows {
                            self.new_script(call.node, Origin::Windows, Shebang::Unknown)
                        } else {
                            self.new_script(
                                call.node,
                                Origin::ConstructDefault,
                                Shebang::Known("#!/bin/bash".into()),
                            )
                        }
                    }
                };
                self.scripts[id].0.users.push(call.node);
                self.by_construct.insert(call.node.id(), id);
                continue;
            }
            let Some((_, path)) = L1_USERS.iter().find(|(n, _)| *n == name) else {
                continue;
            };
            let Some(value) = prop_at(model, call.node, path) else {
                continue;
            };
            // `Fn.base64(ud.render())`: the text of a user data object of this file.
            let text = self.look_through(value);
            if let Some(id) = self.rendered(text) {
                self.scripts[id].0.users.push(call.node);
                continue;
            }
            let id = self.new_script(text, Origin::Cfn, Shebang::None);
            self.add_text(id, text);
            self.scripts[id].0.users.push(call.node);
        }
    }

    /// `Fn.base64(x)`, `Fn.sub(x, …)`: the text inside.
    fn look_through(&self, node: Node<'t>) -> Node<'t> {
        let model = self.model;
        let mut node = model.unwrap(node);
        for _ in 0..4 {
            let Some(call) = model.call_at(node) else {
                break;
            };
            match call.name.as_deref() {
                Some("cdk.fn.base64" | "cdk.fn.sub") if !call.args.is_empty() => {
                    node = model.unwrap(call.args[0])
                }
                _ => break,
            }
        }
        node
    }

    /// `ud.render()` of a user data object created in the file.
    fn rendered(&self, node: Node<'t>) -> Option<usize> {
        let call = self.model.call_at(node)?;
        if call.method.as_deref() != Some("render") {
            return None;
        }
        self.script_of_receiver(call.receiver?)
    }

    /// The script a receiver (`ud`, `this.userData`, `instance.userData`) holds, when the file
    /// creates it.
    fn script_of_receiver(&self, receiver: Node<'t>) -> Option<usize> {
        let model = self.model;
        let target = model.unwrap(receiver);
        if let Some(&id) = self.by_creator.get(&target.id()) {
            return Some(id);
        }
        // `instance.userData` / `instance.user_data`: the user data of a construct of this file.
        if let Value::Member { object, name } = model.value(receiver)
            && name == "userdata"
            && let Some(&id) = self.by_construct.get(&model.unwrap(object).id())
        {
            return Some(id);
        }
        None
    }

    /// Commands added by method calls, in file order.
    fn additions(&mut self) {
        let model = self.model;
        for call in &model.calls {
            if call.kind != CallKind::Method {
                continue;
            }
            let (Some(method), Some(receiver)) = (call.method.as_deref(), call.receiver) else {
                continue;
            };
            let adds = ADD_COMMANDS.contains(&method);
            let opaque = ADD_OPAQUE.contains(&method);
            let id = if adds || opaque {
                match self.script_of_receiver(receiver) {
                    Some(id) => id,
                    // A receiver created elsewhere counts when its name says it is user data
                    // (`props.userData`, `user_data`): `addCommands` of a class of the file's
                    // own is not.
                    None if normalize_name(model.text(receiver)).contains("userdata")
                        && !matches!(
                            model.unwrap(receiver).kind(),
                            "new_expression" | "call_expression" | "call"
                        ) =>
                    {
                        self.received(receiver, model.text(receiver).to_string())
                    }
                    None => continue,
                }
            } else if method == ADD_USER_DATA {
                let target = model.unwrap(receiver);
                match self.by_construct.get(&target.id()) {
                    Some(&id) => id,
                    None => self.received(receiver, format!("{}.userdata", model.text(receiver))),
                }
            } else {
                continue;
            };
            if opaque {
                self.add_opaque(id, call.node, LineKind::Unknown);
                continue;
            }
            for arg in arguments(call.arg_list) {
                self.add_argument(id, arg);
            }
        }
    }

    fn received(&mut self, receiver: Node<'t>, key: String) -> usize {
        // Keys here and in `receiver_keys` are spelled alike.
        if let Some(&id) = self.by_receiver.get(&key) {
            return id;
        }
        let id = self.new_script(receiver, Origin::Received, Shebang::Unknown);
        self.by_receiver.insert(key, id);
        id
    }

    /// One argument of `addCommands`: a command (or several lines of them), or a spread list.
    fn add_argument(&mut self, id: usize, arg: Node<'t>) {
        let model = self.model;
        if matches!(arg.kind(), "spread_element" | "list_splat") {
            // A list the file adds to later (`cmds.push(…)`, `cmds.append(…)`) holds more
            // than its literal shows.
            let grows = arg
                .named_child(0)
                .and_then(|n| crate::model::binding_key(n, model.src()))
                .is_some_and(|key| {
                    model.calls_on(&key).any(|c| {
                        matches!(
                            c.method.as_deref(),
                            Some("push" | "append" | "extend" | "unshift" | "insert" | "splice")
                        )
                    })
                });
            if grows {
                self.add_opaque(id, arg, LineKind::Unknown);
                return;
            }
            let inner = arg.named_child(0).map(|n| model.unwrap(n));
            match inner.map(|n| (n, model.value(n))) {
                Some((_, Value::List(items))) => {
                    for item in items {
                        self.add_argument(id, item);
                    }
                }
                _ => self.add_opaque(id, arg, LineKind::Unknown),
            }
            return;
        }
        self.add_text(id, arg);
        // CDK joins the commands with newlines.
        self.push_item(id, Item::Ch(synthetic('\n', arg)));
    }

    fn add_opaque(&mut self, id: usize, node: Node<'t>, kind: LineKind) {
        self.push_item(id, Item::Opaque(node, kind));
    }

    fn add_text(&mut self, id: usize, node: Node<'t>) {
        let mut items = Vec::new();
        gather(self.model, node, &mut items, 0);
        for mut item in items {
            if let Item::Ch(ch) = &mut item {
                ch.site = (node.start_byte(), node.end_byte());
            }
            self.push_item(id, item);
        }
    }

    fn push_item(&mut self, id: usize, item: Item<'t>) {
        let raw = &mut self.scripts[id].1;
        match item {
            Item::Opaque(node, kind) => {
                raw.push(RawLine {
                    chars: Vec::new(),
                    opaque: Some((node, kind)),
                });
                raw.push(RawLine {
                    chars: Vec::new(),
                    opaque: None,
                });
            }
            Item::Ch(ch) => {
                if raw.last().is_none_or(|l| l.opaque.is_some()) {
                    raw.push(RawLine {
                        chars: Vec::new(),
                        opaque: None,
                    });
                }
                if ch.c == '\n' {
                    raw.push(RawLine {
                        chars: Vec::new(),
                        opaque: None,
                    });
                } else if let Some(last) = raw.last_mut() {
                    last.chars.push(ch);
                }
            }
        }
    }
}

/// A character the file does not write (a separator CDK or `join` adds), placed at the end of
/// `node`.
fn synthetic(c: char, node: Node) -> Ch {
    Ch {
        c,
        range: (node.end_byte(), node.end_byte()),
        node,
        hole: false,
        site: (node.start_byte(), node.end_byte()),
    }
}

/// The arguments of a call as written, spreads included (the model's `args` leave out Python
/// `*cmds`).
fn arguments(arg_list: Node) -> Vec<Node> {
    let mut cursor = arg_list.walk();
    arg_list
        .named_children(&mut cursor)
        .filter(|n| {
            !matches!(
                n.kind(),
                "comment" | "keyword_argument" | "dictionary_splat"
            )
        })
        .collect()
}

/// The value at a dotted prop path of a call's props.
fn prop_at<'t>(model: &Model<'t>, call: Node<'t>, path: &str) -> Option<Node<'t>> {
    let mut current = call;
    for key in path.split('.') {
        let props = model.props_of(current)?;
        current = props.get(key)?.value;
    }
    Some(current)
}

/// How deep `gather` follows nested expressions.
const MAX_DEPTH: usize = 12;

/// The text of an expression, as characters with their source positions.
fn gather<'t>(model: &Model<'t>, node: Node<'t>, out: &mut Vec<Item<'t>>, depth: usize) {
    if depth > MAX_DEPTH {
        out.push(Item::Opaque(node, LineKind::Unknown));
        return;
    }
    let node = model.unwrap(node);
    let src = model.src();
    match node.kind() {
        "string" | "template_string" => decode_string(node, src, out),
        "concatenated_string" => {
            let mut cursor = node.walk();
            for part in node.named_children(&mut cursor) {
                if part.kind() != "comment" {
                    gather(model, part, out, depth + 1);
                }
            }
        }
        "binary_expression" | "binary_operator" => {
            let op = node
                .child_by_field_name("operator")
                .map(|o| model.text(o))
                .unwrap_or_default();
            let (Some(left), Some(right)) = (
                node.child_by_field_name("left"),
                node.child_by_field_name("right"),
            ) else {
                out.push(Item::Opaque(node, LineKind::Unknown));
                return;
            };
            match op {
                "+" => {
                    gather_inline(model, left, out, depth);
                    gather_inline(model, right, out, depth);
                }
                // `"… %s …" % x`: the format string, its holes as written.
                "%" => gather(model, left, out, depth + 1),
                _ => out.push(Item::Opaque(node, LineKind::Unknown)),
            }
        }
        "call_expression" | "call" => gather_call(model, node, out, depth),
        _ => out.push(Item::Opaque(node, LineKind::Unknown)),
    }
}

/// An operand of a concatenation: text, or a value the file does not show, which stands
/// inside the line as a substitution would (`'mount ' + fsId + ':/ /mnt'`).
fn gather_inline<'t>(model: &Model<'t>, node: Node<'t>, out: &mut Vec<Item<'t>>, depth: usize) {
    let mut inner = Vec::new();
    gather(model, node, &mut inner, depth + 1);
    for item in inner {
        match item {
            Item::Opaque(n, LineKind::Unknown) => out.extend(hole(n)),
            other => out.push(other),
        }
    }
}

fn hole<'t>(node: Node<'t>) -> impl Iterator<Item = Item<'t>> {
    HOLE.chars().map(move |c| {
        Item::Ch(Ch {
            c,
            range: (node.start_byte(), node.end_byte()),
            node,
            hole: true,
            site: (node.start_byte(), node.end_byte()),
        })
    })
}

fn gather_call<'t>(model: &Model<'t>, node: Node<'t>, out: &mut Vec<Item<'t>>, depth: usize) {
    let src = model.src();
    let callee = node
        .child_by_field_name("function")
        .or_else(|| node.child_by_field_name("constructor"));
    let args: Vec<Node<'t>> = node
        .child_by_field_name("arguments")
        .map(arguments)
        .unwrap_or_default();
    let Some(callee) = callee else {
        out.push(Item::Opaque(node, LineKind::Unknown));
        return;
    };
    let callee_text = crate::parse::text(callee, src);
    let (object, method) = match callee.kind() {
        "member_expression" | "attribute" => (
            callee.child_by_field_name("object"),
            crate::kinds::member_name(callee)
                .map(|m| crate::parse::text(m, src))
                .unwrap_or_default(),
        ),
        _ => (None, callee_text),
    };
    let method_n = normalize_name(method);
    // Reading a file: `fs.readFileSync(…)`, `readFileSync(…)`, `open(…).read()`,
    // `Path(…).read_text()`.
    if matches!(
        method_n.as_str(),
        "readfilesync" | "read" | "readtext" | "readbytes" | "readfile" | "open"
    ) {
        out.push(Item::Opaque(node, LineKind::FromFile));
        return;
    }
    if let Some(name) = model.call_at(node).and_then(|c| c.name.as_deref())
        && matches!(name, "cdk.fn.base64" | "cdk.fn.sub")
        && let Some(first) = args.first()
    {
        gather(model, *first, out, depth + 1);
        return;
    }
    match (method_n.as_str(), object) {
        // `[…].join('\n')` (TypeScript) and `'\n'.join([…])` (Python).
        ("join", Some(object)) => {
            let (list, sep) = if model.is_python() {
                (args.first().copied(), Some(object))
            } else {
                (Some(object), args.first().copied())
            };
            let sep = match sep.map(|s| model.value(s)) {
                Some(Value::Str(s)) => decode_escapes(&s),
                None => ",".to_string(),
                _ => {
                    out.push(Item::Opaque(node, LineKind::Unknown));
                    return;
                }
            };
            match list.map(|l| model.value(l)) {
                Some(Value::List(items)) => {
                    for (i, item) in items.iter().enumerate() {
                        if i > 0 {
                            for c in sep.chars() {
                                out.push(Item::Ch(synthetic(c, items[i - 1])));
                            }
                        }
                        gather(model, *item, out, depth + 1);
                    }
                }
                _ => out.push(Item::Opaque(node, LineKind::Unknown)),
            }
        }
        // Text methods that keep the lines: `.trim()`, `.format(…)`, `dedent(…)`, `str(x, …)`.
        (
            "trim" | "strip" | "trimstart" | "trimend" | "lstrip" | "rstrip" | "format"
            | "tostring" | "encode" | "decode",
            Some(object),
        ) => gather(model, object, out, depth + 1),
        ("dedent" | "str", _) if !args.is_empty() => gather(model, args[0], out, depth + 1),
        _ => out.push(Item::Opaque(node, LineKind::Unknown)),
    }
}

/// The characters of a string literal, escapes decoded, substitutions as holes.
fn decode_string<'t>(node: Node<'t>, src: &str, out: &mut Vec<Item<'t>>) {
    let (start, end, raw, python) = match (node.child(0), node.kind()) {
        (Some(first), "string") if first.kind() == "string_start" => {
            let last = node.child(node.child_count().saturating_sub(1));
            let prefix = crate::parse::text(first, src).to_ascii_lowercase();
            let end = last
                .filter(|l| l.kind() == "string_end")
                .map_or(node.end_byte(), |l| l.start_byte());
            (first.end_byte(), end, prefix.contains('r'), true)
        }
        _ => {
            let (s, e) = (node.start_byte(), node.end_byte());
            if e < s + 2 {
                return;
            }
            (s + 1, e - 1, false, false)
        }
    };
    let mut holes: Vec<Node<'t>> = Vec::new();
    let mut cursor = node.walk();
    for child in node.named_children(&mut cursor) {
        if matches!(child.kind(), "template_substitution" | "interpolation") {
            holes.push(child);
        }
    }
    let mut i = start;
    while i < end {
        if let Some(h) = holes.iter().find(|h| h.start_byte() == i) {
            out.extend(hole(*h));
            i = h.end_byte().max(i + 1);
            continue;
        }
        let Some(c) = src.get(i..).and_then(|s| s.chars().next()) else {
            break;
        };
        let width = c.len_utf8();
        if c == '\\' && !raw && i + 1 < end {
            let next = src[i + 1..].chars().next().unwrap_or('\\');
            let consumed = 1 + next.len_utf8();
            let decoded = match next {
                'n' => Some('\n'),
                't' => Some('\t'),
                'r' => None,
                '\n' => None,
                '\\' | '\'' | '"' | '`' | '$' => Some(next),
                _ if python => {
                    // Python keeps unknown escapes as written.
                    out.push(Item::Ch(Ch {
                        c: '\\',
                        range: (i, i + 1),
                        node,
                        hole: false,
                        site: (0, 0),
                    }));
                    Some(next)
                }
                _ => Some(next),
            };
            if let Some(d) = decoded {
                out.push(Item::Ch(Ch {
                    c: d,
                    range: (i, i + consumed),
                    node,
                    hole: false,
                    site: (0, 0),
                }));
            }
            i += consumed;
            continue;
        }
        out.push(Item::Ch(Ch {
            c,
            range: (i, i + width),
            node,
            hole: false,
            site: (0, 0),
        }));
        i += width;
    }
}

/// `\n` and `\t` of a separator string as the program sees them.
fn decode_escapes(s: &str) -> String {
    s.replace("\\n", "\n").replace("\\t", "\t")
}

/// Lines from raw lines: `\` continuations joined, heredoc bodies and comments told apart,
/// the shebang of a custom or L1 text read from its first line.
fn finish<'t>(raw: Vec<RawLine<'t>>, origin: Origin, shebang: &mut Shebang) -> Vec<Line<'t>> {
    let mut out: Vec<Line<'t>> = Vec::new();
    let mut heredocs: Vec<String> = Vec::new();
    let mut pending: Option<Vec<Ch<'t>>> = None;
    let mut first = true;
    for line in raw {
        if let Some((node, kind)) = line.opaque {
            if first && matches!(origin, Origin::Custom | Origin::Cfn) {
                *shebang = Shebang::Unknown;
            }
            first = false;
            out.push(Line {
                text: String::new(),
                node,
                range: node.byte_range(),
                kind,
                holes: false,
            });
            continue;
        }
        let mut chars = line.chars;
        if let Some(mut before) = pending.take() {
            before.extend(chars);
            chars = before;
        }
        let text: String = chars.iter().map(|c| c.c).collect();
        if text.trim().is_empty() {
            continue;
        }
        if heredocs.is_empty()
            && text.trim_end().ends_with('\\')
            && !text.trim_start().starts_with('#')
        {
            // A continuation: the command goes on on the next line.
            let keep = text.trim_end().len() - 1;
            let mut kept = Vec::new();
            let mut len = 0;
            for c in chars {
                if len >= keep {
                    break;
                }
                len += c.c.len_utf8();
                kept.push(c);
            }
            if let Some(&last) = kept.last() {
                kept.push(Ch { c: ' ', ..last });
            }
            pending = Some(kept);
            continue;
        }
        let kind = if let Some(term) = heredocs.first() {
            if text.trim() == term {
                heredocs.remove(0);
            }
            LineKind::HeredocBody
        } else if text.trim_start().starts_with('#') {
            if first
                && text.trim_start().starts_with("#!")
                && matches!(origin, Origin::Custom | Origin::Cfn)
            {
                *shebang = Shebang::Known(text.trim().to_string());
            }
            LineKind::Comment
        } else {
            heredocs.extend(crate::shell::heredoc_terminators(&text));
            LineKind::Command
        };
        first = false;
        let only_holes = text.replace(HOLE, "").trim().is_empty();
        let kind = if only_holes && kind == LineKind::Command {
            LineKind::Unknown
        } else {
            kind
        };
        // Report the line where its text is gathered (`'sed … ' + NAME + '…'`), not where a
        // constant it reads is defined; text reached only through a name is reported there.
        let in_site: Vec<Ch<'t>> = chars
            .iter()
            .filter(|c| c.site.0 <= c.range.0 && c.range.1 <= c.site.1)
            .copied()
            .collect();
        let placed = if in_site.is_empty() { &chars } else { &in_site };
        let node = common_node(placed);
        // The range covers the command, not the indentation around it.
        let written = || placed.iter().filter(|c| !c.c.is_whitespace());
        let start = written()
            .map(|c| c.range.0)
            .min()
            .unwrap_or(node.start_byte());
        let end = written()
            .map(|c| c.range.1)
            .max()
            .unwrap_or(node.end_byte());
        out.push(Line {
            text,
            node,
            range: start..end,
            kind,
            holes: chars.iter().any(|c| c.hole),
        });
    }
    out
}

/// The smallest node holding every character of a line.
fn common_node<'t>(chars: &[Ch<'t>]) -> Node<'t> {
    let first = chars[0].node;
    let (start, end) = chars.iter().fold((usize::MAX, 0), |(s, e), c| {
        (s.min(c.node.start_byte()), e.max(c.node.end_byte()))
    });
    let mut node = first;
    while node.start_byte() > start || node.end_byte() < end {
        match node.parent() {
            Some(p) => node = p,
            None => break,
        }
    }
    node
}

/// The texts by which user data methods name their receiver (`props.userData.addCommands(…)`,
/// `instance.addUserData(…)`), as keys no binding spells (they hold a space): additions
/// through one receiver text join one script wherever they are in the file.
pub(crate) fn receiver_keys<'m>(model: &'m Model<'_>) -> impl Iterator<Item = String> + 'm {
    model.calls.iter().filter_map(|call| {
        let method = call.method.as_deref()?;
        let receiver = call.receiver?;
        let user_data = ADD_COMMANDS.contains(&method)
            || ADD_OPAQUE.contains(&method)
            || method == ADD_USER_DATA;
        (call.kind == CallKind::Method && user_data)
            .then(|| format!("user data {}", model.text(receiver)))
    })
}
