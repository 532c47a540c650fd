//! Rule matchers: language-neutral conditions over the construct model, written in `rule.toml`
//! under `[[match]]` and compiled here into validated [`Matcher`]s.
//!
//! A matcher names what it starts from — a construct or static call (`call`), a method call
//! (`method`, optionally `on` a receiver created by one of some classes) or a reference to a
//! CDK member (`ref`) — and a list of conditions (`where`) that must all hold. Each condition
//! optionally selects a value (`prop`, `arg`, `receiver`), then tests it. Names are canonical
//! (`aws_s3.Bucket`, `aws_route53.RecordTarget.fromIpAddresses`) and compared after
//! normalisation, so one matcher serves `enforceSSL` and `enforce_ssl` alike.
//! `docs/writing-rules.md` documents every key with an example.

use serde::Deserialize;

use crate::pattern::Pattern;
use crate::{LoadError, normalize_canonical, normalize_name};

/// Named conditions implemented in Rust (`check = "name"`), for the few facts that are not a
/// value comparison: (name, what it checks). The engine implements each in
/// `cdklint_linter/src/checks/<group>.rs`; a test checks the two lists agree.
#[rustfmt::skip]
pub const CHECKS: &[(&str, &str)] = &[
    // cdn
    ("names-config-object", "the expression's last name (`props`, `this.config`) is one props or configuration objects go by"),

    // cmp
    ("fixed-size-group", "a construct whose `minCapacity` and `maxCapacity` are the same number literal (a group of fixed size)"),
    ("health-path-not-served", "a literal health-check path no user-data command of the file serves, while that user data starts a stock web server (httpd, nginx) and deploys no content of its own; silent when user data is not visible"),

    // dat
    ("prop-key", "the node is the value of an object/dict entry or keyword argument whose key matches the regex `check-args[0]`"),
    ("literal-under-key", "the value is an object, dict or list (also serialised with JSON.stringify / json.dumps) holding, at any depth, a plain string literal under a key matching the regex `check-args[0]`"),
    ("mentions-member", "the expression reads a member or calls a method named one of `check-args` anywhere in it (member chains, arguments, template holes, concatenations, conditionals)"),

    // dns
    ("alias-target-ignores-health", "an alias target construct whose options leave `evaluateTargetHealth` unset (options shown in full) or `false`"),

    // iam
    ("permissions-boundary", "the value is a construct's `permissionsBoundary` (directly or through a name) or the argument of `PermissionsBoundary.of(…).apply(…)`"),
    ("arn-wildcard-resource", "an ARN string with `*` in its resource part, except object keys under one named bucket and a trailing `:*` / `/*` under one named resource"),
    ("arn-secret-name-prefix", "a Secrets Manager ARN naming secrets by prefix (`…:secret:name-*`)"),

    // net
    ("port-admits", "an ec2.Port admitting TCP to one of the check-args ports (tcp, tcpRange, SSH/RDP…, allTcp, allTraffic)"),
    ("cidr-prefix-at-most", "a literal IPv4/IPv6 CIDR whose prefix length is at most check-args[0]"),
    ("passed-to", "the construct is an argument or prop value of a call to one of check-args, or of a method on one"),

    // ops
    ("empty-list", "is an empty list literal (or a name bound to one): no item, no spread"),

    // s3
    ("concatenated-string", "a `+` (Python also `%`) concatenation whose leftmost operand is a string literal or template; `check-args = [regex]`: that literal matches it"),

    // str
    ("path-in-dir", "the file lies under a directory with one of these names (`check-args`), at any depth"),
    ("python-file", "the file is Python (for messages that depend on the language's project layout)"),

    // tls
    ("bound-name", "is written as a name (`DOMAIN`, `this.x`, `self.x`, a shorthand prop) bound in the file to a value"),

    // tags
    ("tagged", "the construct is tagged with the key check-args[0] by `Tags.of(x).add(key, …)`, x being it or one of its scopes"),

    // str (casts)
    ("construct-call", "the value (a name followed to its binding, casts looked through) is a construct instantiation by its shape: `new X(scope, 'id', …)` / `X(self, \"id\", …)`, whatever X is"),

    // workspace: checks that ask the workspace index, the project facts or the configuration
    ("lookup-in-env-agnostic-stack", "the node lies in a Stack class every instantiation of which in the workspace leaves the account or region unset (no env, no stage env); silent when none is found; note `stack`"),
    ("stack-region-not", "the stack holding the node is instantiated (anywhere in the workspace) with a region literal other than check-args[0]; note `region`"),
    ("receives-other-region-value", "the node is the env of a stack instantiation with a region literal, without crossRegionReferences, whose props read a name bound to a stack instantiated with another region literal; note `source`"),
    ("region-not-allowed", "a region literal not listed in the configuration's allowed-regions (never when none are listed)"),
    ("region-for-cloudfront-stack", "`us-east-1` in the env of a stack whose class holds a certificate for CloudFront or a CLOUDFRONT web ACL"),
    ("no-config-recorder", "the workspace defines no AWS Config recorder or delivery channel"),
    ("aws-cdk-lib-before", "the project's aws-cdk-lib version is known and older than check-args[0]; note `version` (version and file)"),


];

/// Finders over the file's user data as shell text (`user-data = "name"`): each yields the
/// commands of one kind, with the line's source range and text captures for templates. The
/// engine implements them in `cdklint_linter/src/checks/cmp.rs`; a test checks the lists agree.
/// (name, what it finds, the text captures it sets).
#[rustfmt::skip]
pub const USER_DATA_FINDERS: &[(&str, &str, &[&str])] = &[
    ("unchecked-mount", "a mount command (`mount`, `mount-s3`, `mount -t efs`) run without `set -e`, a `-e` shebang or `|| exit`", &["command"]),
    ("swallowed-mount", "a mount command whose failure `|| true` / `|| echo …` explicitly ignores", &["command"]),
    ("conflicting-install", "a package installed through `yum`/`dnf` and also through `amazon-linux-extras` in one user data", &["package", "installer", "other", "earlier"]),
];

// ---------------------------------------------------------------------------------------------
// Raw serde shape

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

/// The names a `call`, `on`, `ref` or `method` key matches: written in place, one or several,
/// or `{ list = "name" }`, a list of the rule (`[lists]` or `<name>.txt`), so that names
/// several matchers share are written once.
#[derive(Debug, Clone, PartialEq)]
pub enum Names {
    One(String),
    Many(Vec<String>),
    List(ListName),
}

/// By hand rather than `untagged`, so that a mistake says which forms the key takes (serde's
/// untagged error names none) and `{ lists = … }` is an unknown key of its own.
impl<'de> Deserialize<'de> for Names {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Forms;
        impl<'de> serde::de::Visitor<'de> for Forms {
            type Value = Names;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(
                    "a name, a list of names, or `{ list = \"name\" }` naming a list of the rule",
                )
            }
            fn visit_str<E: serde::de::Error>(self, name: &str) -> Result<Names, E> {
                Ok(Names::One(name.to_string()))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Names, A::Error> {
                let mut names = Vec::new();
                while let Some(name) = seq.next_element()? {
                    names.push(name);
                }
                Ok(Names::Many(names))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Names, A::Error> {
                ListName::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(Names::List)
            }
        }
        d.deserialize_any(Forms)
    }
}

/// `{ list = "stateful" }`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListName {
    pub list: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawMatch {
    /// Instantiations and static calls whose callee resolves to one of these names.
    pub call: Option<Names>,
    /// Method calls by name (`addIngressRule`).
    pub method: Option<Names>,
    /// With `method`: only on receivers created in the file by one of these classes.
    pub on: Option<Names>,
    /// References to CDK members that are not called (`aws_ec2.SubnetType.PRIVATE_WITH_NAT`).
    #[serde(rename = "ref")]
    pub reference: Option<Names>,
    /// Prop entries anywhere in the file (object literals, dicts, keyword arguments) whose key
    /// is one of these names.
    pub key: Option<OneOrMany>,
    /// Prop entries whose normalised key (lower case, no `_`) matches this regex: for families
    /// of names such as `adminPassword`, `dbPassword`.
    pub key_regex: Option<String>,
    /// With `key`: match each item of a list value instead of the value (one finding each).
    pub each_item: Option<bool>,
    pub variant: Option<String>,
    /// Variants chosen by conditions: each entry is this matcher again with the entry's `where`
    /// after its own (and the named conditions it `replace`s swapped), the entry's `variant`
    /// and `report`, tried in order before the matcher itself — unless an entry takes the
    /// matcher's own variant, or the last entry has no conditions.
    #[serde(default)]
    pub variant_when: Vec<RawVariantWhen>,
    /// The capture whose range is reported; `callee` for calls and `node` for refs by default.
    pub report: Option<String>,
    /// Evaluate the conditions on each item of the list at this prop path instead of on the
    /// call itself, one finding per item (`securityGroupIngress` entries of one construct).
    pub for_each: Option<String>,
    /// One finding per reported node instead of one per construct.
    pub per_report: Option<bool>,
    /// Report every distinct node the conditions can capture, not only the first.
    #[serde(default)]
    pub each: bool,
    #[serde(default, rename = "where")]
    pub conditions: Vec<RawCond>,
    /// The commands of the file's user data a finder names (`unchecked-mount`), one finding
    /// each, reported at the command's line.
    pub user_data: Option<String>,
    /// Constructs created directly in a scope of one of these classes: `scope = "cdk.App"` is
    /// every stack and stage of an app (`new ApiStack(app, 'Api')`), whatever its class.
    pub scope: Option<OneOrMany>,
    /// TypeScript casts (`x as T`, `<T>x`) whose type, as written, is one of these (`any`).
    pub cast: Option<OneOrMany>,
    /// TypeScript casts whose type as written matches this regex (`Stack$`).
    pub cast_regex: Option<String>,
    /// `import = true`: every import, re-export and `require(…)` of a module in the file.
    pub import: Option<bool>,
}

/// `{ variant = "wildcard-only", where = [ … ] }`, an entry of `variant-when`. Without
/// `variant`, the entry's matches take the matcher's own variant (the rule's message, severity
/// and fix when the matcher names none); without `where` and `replace` (the last entry only),
/// it holds wherever the matcher does.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawVariantWhen {
    pub variant: Option<String>,
    #[serde(default, rename = "where")]
    pub conditions: Vec<RawCond>,
    /// `replace = { wildcard-arn = "secret-arn" }`: in this entry's copy, the named condition
    /// `secret-arn` stands wherever the matcher uses `wildcard-arn` (inside other named
    /// conditions too), for a variant that tests the same places differently.
    #[serde(default)]
    pub replace: std::collections::BTreeMap<String, String>,
    /// The capture this entry's matches report, when it is not the matcher's `report`.
    pub report: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawCond {
    /// `use = "name"`: the rule's `[conditions.name]`, written once and used where it holds.
    #[serde(rename = "use")]
    pub use_: Option<String>,
    pub prop: Option<String>,
    pub arg: Option<usize>,
    pub receiver: Option<bool>,
    /// Last: the name at the end of a member written in place (`DESTROY` of
    /// `cdk.RemovalPolicy.DESTROY`), for edits that swap one member for another.
    pub member_name: Option<bool>,
    /// Last: the object of a member written in place (`alb` of `alb.loadBalancerDnsName`).
    pub object: Option<bool>,
    pub capture: Option<String>,
    /// With `prop`: names the whole entry (`key: value`, `key=value`, a shorthand `{ key }`).
    pub capture_entry: Option<String>,

    pub present: Option<bool>,
    pub absent: Option<Vec<String>>,
    pub equals: Option<toml::Value>,
    #[serde(rename = "ref")]
    pub reference: Option<Names>,
    pub call: Option<Names>,
    pub method: Option<Names>,
    pub member: Option<OneOrMany>,
    pub string: Option<String>,
    pub text: Option<String>,
    pub in_list: Option<String>,
    pub kind: Option<OneOrMany>,
    pub number: Option<RawNumber>,
    pub any_item: Option<Box<RawCond>>,
    pub every_item: Option<Box<RawCond>>,
    pub any_arg: Option<Box<RawCond>>,
    pub contains: Option<String>,
    pub called: Option<RawCalled>,
    pub in_stack: Option<bool>,
    pub bound: Option<bool>,
    pub cdk_version: Option<u8>,
    pub check: Option<String>,
    pub check_args: Option<Vec<String>>,
    #[serde(rename = "where")]
    pub conditions: Option<Vec<RawCond>>,
    pub all: Option<Vec<RawCond>>,
    pub any: Option<Vec<RawCond>>,
    pub not: Option<Box<RawCond>>,

    /// Selector, last: the condition choosing the value (`c` of `c ? a : b`, of an `if` whose
    /// branches assign the name).
    pub condition: Option<bool>,
    /// Some use of the value (its binding's uses, or where it sits) matches the filter.
    pub used: Option<Box<RawUsed>>,
    /// Lies inside a loop or iteration callback.
    pub in_loop: Option<bool>,
    /// Lies inside a loop or iteration callback that iterates regions.
    pub in_region_loop: Option<bool>,
    /// Names a region anywhere inside (a name like `region`, `.region`, a region code).
    pub mentions_region: Option<bool>,
    /// Reads one of these members (of a construct of one of these classes) anywhere inside.
    pub reads: Option<RawReads>,
    /// Selector, first: the call whose arguments hold the value written in place.
    pub outer_call: Option<bool>,
}

/// `used = { as = "prop", key = "logBucket", of = "aws_cloudfront.Distribution" }`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawUsed {
    #[serde(rename = "as")]
    pub kind: Option<OneOrMany>,
    pub key: Option<OneOrMany>,
    pub index: Option<usize>,
    pub of: Option<OneOrMany>,
    pub method: Option<OneOrMany>,
    pub member: Option<String>,
    pub cast: Option<OneOrMany>,
    pub capture: Option<String>,
    #[serde(default, rename = "where")]
    pub conditions: Vec<RawCond>,
}

/// `reads = { member = ["dbInstanceEndpointAddress"], of = ["aws_rds.DatabaseInstance"] }`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReads {
    pub member: OneOrMany,
    pub of: Option<OneOrMany>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNumber {
    pub min: Option<f64>,
    pub max: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCalled {
    pub method: OneOrMany,
    #[serde(default, rename = "where")]
    pub conditions: Vec<RawCond>,
}

// ---------------------------------------------------------------------------------------------
// Validated form

/// Captures every matcher has: the matched expression, its callee, its argument list, (for
/// method calls) its receiver and (for method and static calls) the method name as written
/// (`fromIpAddresses` of `RecordTarget.fromIpAddresses(…)`); for a reference, `member` is its
/// last name (`PRIVATE_WITH_NAT` of `ec2.SubnetType.PRIVATE_WITH_NAT`), for edits that rename
/// just the member; `key` is the key of a `key` matcher's entry (its value is `node`).
/// `report` is whichever node the matcher reports (its `report` key).
/// A `cast` matcher's `cast_type` is the cast's type as written; an `import` matcher's `module` the
/// module as written (the specifier string, the Python module name).
pub const BUILTIN_CAPTURES: &[&str] = &[
    "node",
    "callee",
    "args",
    "receiver",
    "method",
    "member",
    "key",
    "report",
    "cast_type",
    "module",
];

#[derive(Debug, Clone)]
pub struct Matcher {
    pub target: Target,
    pub conditions: Vec<Cond>,
    pub variant: Option<String>,
    pub report: String,
    /// `for-each`: the prop path (normalised) of the list whose items are the subjects.
    pub for_each: Option<Vec<String>>,
    /// Capture names the conditions may set (besides [`BUILTIN_CAPTURES`]).
    pub captures: Vec<String>,
    /// `per-report = true`: findings are one per reported node rather than one per construct,
    /// so one construct can get several (a record's own zone id and its alias target's).
    pub per_report: bool,
    /// `each = true`: one finding per distinct reported node (every ARN of a `resources` list,
    /// every statement of a policy document), anchored at that node.
    pub each: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// Canonical, normalised names.
    Call(Vec<String>),
    Method {
        names: Vec<String>,
        on: Vec<String>,
    },
    Ref(Vec<String>),
    /// Prop entries by normalised key: exact names, and/or a regex over the normalised key.
    Key {
        names: Vec<String>,
        pattern: Option<KeyPattern>,
        /// Match each item of a list value (`domainNames: ['a', 'b']`) rather than the value.
        each_item: bool,
    },
    /// User-data commands a finder of [`USER_DATA_FINDERS`] yields.
    UserData(String),
    /// Instantiations whose scope (first argument) is a construct of one of these classes
    /// (canonical, normalised), written in place or bound to a name.
    Scope(Vec<String>),
    /// TypeScript casts by their type as written (whitespace removed), and/or a regex over it.
    Cast {
        types: Vec<String>,
        pattern: Option<KeyPattern>,
    },
    /// Every import of a module (`cdklint_model::ModuleImport`).
    Import,
}

/// A regex over normalised keys (compared by its source, so that targets stay comparable).
#[derive(Debug, Clone)]
pub struct KeyPattern(pub Pattern);

impl PartialEq for KeyPattern {
    fn eq(&self, other: &Self) -> bool {
        self.0.as_str() == other.0.as_str()
    }
}

#[derive(Debug, Clone)]
pub struct Cond {
    pub select: Select,
    pub capture: Option<String>,
    /// `capture-entry`: names the whole prop entry (`key: value`, `key=value`) the `prop`
    /// selector reached, for fixes that rewrite the key along with the value.
    pub capture_entry: Option<String>,
    pub tests: Vec<Test>,
}

/// The way from a condition's subject to the value it tests: empty for the subject itself;
/// else `receiver`, then `arg`, then the `prop` path, then `member-name` or `object`, in that
/// order (`{ arg = 0, prop = "effect" }` is the `effect` prop of the first argument).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Select {
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Receiver,
    Arg(usize),
    /// A prop by normalised name.
    Prop(String),
    /// The last name of a member expression as written (`DESTROY` of `RemovalPolicy.DESTROY`);
    /// nothing for a name bound elsewhere, whose text an edit must not rewrite.
    MemberName,
    /// The object of a member expression written in place (`alb` of `alb.loadBalancerDnsName`);
    /// a name bound to a member is not followed, since a fix can only reuse text at the use site.
    Object,
    /// The condition choosing a value: `c` of `c ? a : b` / `b if c else d`, `a ?? b` itself,
    /// the condition of an `if` whose branches assign the name read.
    Condition,
    /// The call whose arguments hold the value written in place (`Model::outer_call`).
    OuterCall,
}

impl Select {
    pub fn is_here(&self) -> bool {
        self.steps.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Lit {
    Bool(bool),
    Number(f64),
    Str(String),
}

#[derive(Debug, Clone)]
pub enum Test {
    /// `present = false`: the selected prop is absent and no spread hides it.
    Present(bool),
    /// None of these props (paths) is set, and nothing hides them.
    Absent(Vec<Vec<String>>),
    Equals(Lit),
    Ref(Vec<String>),
    Call(Vec<String>),
    Method(Vec<String>),
    Member(Vec<String>),
    /// A plain string literal matching the regex.
    Str(Pattern),
    /// A string literal or template's text (holes included as written) matching the regex.
    Text(Pattern),
    InList(String),
    Kind(Vec<String>),
    Number {
        min: Option<f64>,
        max: Option<f64>,
    },
    AnyItem(Box<Cond>),
    EveryItem(Box<Cond>),
    /// A call with a positional argument satisfying the condition.
    AnyArg(Box<Cond>),
    /// Some string or key inside the value matches.
    Contains(Pattern),
    /// The construct, bound to a name, gets one of these method calls satisfying the conditions.
    Called {
        methods: Vec<String>,
        conditions: Vec<Cond>,
    },
    InStack(bool),
    Bound(bool),
    /// Resolves (a call: its callee) through an import of this CDK major version (1 or 2).
    CdkVersion(u8),
    Check {
        name: String,
        args: Vec<String>,
    },
    All(Vec<Cond>),
    Any(Vec<Cond>),
    Not(Box<Cond>),
    /// Some use of the value matches (see `cdklint_model::uses`).
    Used(Box<UseFilter>),
    InLoop(bool),
    InRegionLoop(bool),
    MentionsRegion(bool),
    /// Reads one of these members (normalised), of a construct of one of these classes when
    /// `of` is not empty, anywhere inside the value.
    Reads {
        members: Vec<String>,
        of: Vec<String>,
    },
}

/// A filter over the uses of a value: every field given must hold of one use.
#[derive(Debug, Clone, Default)]
pub struct UseFilter {
    /// Use kind names (`cdklint_model::UseKind::NAMES`).
    pub kinds: Vec<String>,
    /// Prop key paths from the call's props, normalised (`loggingconfig.bucket`); one must
    /// be the use's.
    pub key: Vec<String>,
    /// The positional argument index.
    pub index: Option<usize>,
    /// The call's canonical name (instantiations, static calls) or, for a method call, the
    /// class of the construct it is called on.
    pub of: Vec<String>,
    /// The call's method name (the method called on the value, for a receiver).
    pub method: Vec<String>,
    /// The members read off the value start with this path (normalised).
    pub member: Option<Vec<String>>,
    /// The use is cast to one of these types (canonical).
    pub cast: Vec<String>,
    /// Names the use as written (`b.node.defaultChild`, the receiver of a method call).
    pub capture: Option<String>,
    /// Conditions on the call the use belongs to.
    pub conditions: Vec<Cond>,
}

/// Where a condition sits in `rule.toml`, for error messages: `match[2].where[0].any[1]`.
///
/// The path is rendered only for an error: every condition of every built-in rule gets an
/// `At` at each start, and formatting each one's path was a good part of loading them.
struct At<'a> {
    file: &'a str,
    parent: Option<&'a At<'a>>,
    place: Place<'a>,
    /// Whether to check each regex's syntax now. Off for the rules built into the binary:
    /// parsing their patterns was most of the matchers' share of every process's start-up,
    /// and the test-suite checks and compiles every one of them instead.
    check_regex: bool,
}

/// Where an [`At`] sits under its parent.
#[derive(Clone, Copy)]
enum Place<'a> {
    /// `[[match]] #2` (`usize` from 0).
    Match(usize),
    /// `[conditions.name]`
    Condition(&'a str),
    /// `.not`
    Key(&'a str),
    /// `.where[0]`
    Item(&'a str, usize),
}

impl<'a> At<'a> {
    fn path(&self) -> String {
        let mut out = self.parent.map(At::path).unwrap_or_default();
        match self.place {
            Place::Match(i) => out.push_str(&format!("[[match]] #{}", i + 1)),
            Place::Condition(name) => out.push_str(&format!("[conditions.{name}]")),
            Place::Key(key) => out.push_str(&format!(".{key}")),
            Place::Item(key, j) => out.push_str(&format!(".{key}[{j}]")),
        }
        out
    }
    fn err(&self, msg: impl std::fmt::Display) -> LoadError {
        LoadError::new(self.file, format!("{}: {msg}", self.path()))
    }
    fn child<'b>(&'b self, key: &'b str) -> At<'b> {
        self.under(Place::Key(key))
    }
    fn item<'b>(&'b self, key: &'b str, j: usize) -> At<'b> {
        self.under(Place::Item(key, j))
    }
    fn under<'b>(&'b self, place: Place<'b>) -> At<'b> {
        At {
            file: self.file,
            parent: Some(self),
            place,
            check_regex: self.check_regex,
        }
    }
}

/// What the matchers of a rule may refer to by name: its `[lists]` (for `in-list`), its
/// `[conditions]` (for `use`) and its `[variants]` (for `variant`), with the names in use while
/// they are compiled.
pub(crate) struct Defs<'a> {
    lists: &'a std::collections::BTreeMap<String, Vec<String>>,
    /// Whether the rule defines a variant of this name.
    variants: &'a dyn Fn(&str) -> bool,
    conditions: &'a std::collections::BTreeMap<String, RawCond>,
    /// The named conditions being expanded, outermost first: a name met again is a cycle.
    expanding: std::cell::RefCell<Vec<String>>,
    used: std::cell::RefCell<std::collections::BTreeSet<String>>,
    /// While a `variant-when` entry with `replace` is compiled: the named conditions it
    /// replaces, by name.
    replacing: std::cell::RefCell<std::collections::BTreeMap<String, Replacement>>,
}

/// A named condition a `variant-when` entry replaces (`replace = { name = "by" }`).
struct Replacement {
    by: String,
    /// Whether the matcher used the condition, so that the replacement changed something.
    hit: bool,
    /// While the replacement itself is expanded: there the name means the condition itself,
    /// so that a replacement can extend what it replaces.
    inside: bool,
}

/// Validate the `[[match]]` tables of one rule, with its named lists, conditions and
/// variants. A matcher with `variant-when` entries becomes one matcher per entry, then itself
/// (unless the entries place its own variant).
pub(crate) fn compile(
    file: &str,
    raw: Vec<RawMatch>,
    lists: &std::collections::BTreeMap<String, Vec<String>>,
    conditions: &std::collections::BTreeMap<String, RawCond>,
    variants: &dyn Fn(&str) -> bool,
    check_regex: bool,
) -> Result<Vec<Matcher>, LoadError> {
    let defs = &Defs {
        lists,
        variants,
        conditions,
        expanding: Default::default(),
        used: Default::default(),
        replacing: Default::default(),
    };
    let out = compile_matchers(file, raw, defs, check_regex)?;
    // A condition written once and never used is a mistake in the rule, not dead weight.
    if let Some(name) = conditions.keys().find(|n| !defs.used.borrow().contains(*n)) {
        return Err(At {
            file,
            parent: None,
            place: Place::Condition(name),
            check_regex,
        }
        .err(format!("is never used: no condition says `use = {name:?}`")));
    }
    Ok(out)
}

fn compile_matchers(
    file: &str,
    raw: Vec<RawMatch>,
    defs: &Defs,
    check_regex: bool,
) -> Result<Vec<Matcher>, LoadError> {
    let mut out = Vec::new();
    for (i, mut m) in raw.into_iter().enumerate() {
        let at = At {
            file,
            parent: None,
            place: Place::Match(i),
            check_regex,
        };
        // `variant-when`: the matcher with each entry's conditions, replacements, variant and
        // report, in order, then the matcher itself, exactly as if each were written out (the
        // first that holds wins). An entry that takes the matcher's own variant (one without
        // `variant` does) is where that variant is tried, and so is a last entry without
        // conditions: the matcher is then not tried again alone.
        let entries = std::mem::take(&mut m.variant_when);
        let (count, mut placed) = (entries.len(), false);
        for (k, entry) in entries.into_iter().enumerate() {
            let entry_at = at.item("variant-when", k);
            let variant = entry.variant.or_else(|| m.variant.clone());
            let own = variant == m.variant;
            // Neither `where` nor `replace`: the entry holds wherever the matcher does.
            if entry.conditions.is_empty() && entry.replace.is_empty() {
                if k + 1 < count {
                    return Err(entry_at.err(
                        "neither `where` nor `replace`: the entry holds wherever the matcher does, so the entries after it would never be tried; only the last entry may leave both out",
                    ));
                }
                if own && entry.report.is_none() {
                    return Err(entry_at.err(
                        "neither `where` nor `replace`, and the matcher's own variant and report: the entry is the matcher itself, which is tried last anyway; leave it out",
                    ));
                }
                placed = true;
            }
            placed |= own;
            let replace_at = entry_at.child("replace");
            *defs.replacing.borrow_mut() = replacements(&replace_at, entry.replace, defs)?;
            let mut copy = m.clone();
            let reports = entry.report.is_some();
            copy.report = entry.report.or(copy.report);
            let how = Copy::Entry {
                at: &entry_at,
                conditions: entry.conditions,
                reports,
            };
            let compiled = one_matcher(&at, copy, variant, how, defs);
            let replaced = std::mem::take(&mut *defs.replacing.borrow_mut());
            let compiled = compiled?;
            if let Some((name, _)) = replaced.iter().find(|(_, r)| !r.hit) {
                return Err(replace_at.child(name).err(format!(
                    "the matcher uses no [conditions.{name}] (in `where`, the entry's `where` or a named condition they use): replacing it changes nothing"
                )));
            }
            check_variant(&entry_at, &compiled, defs)?;
            out.push(compiled);
        }
        if placed {
            continue;
        }
        let variant = m.variant.take();
        let how = if count > 0 {
            Copy::AfterEntries
        } else {
            Copy::Written
        };
        let compiled = one_matcher(&at, m, variant, how, defs)?;
        check_variant(&at, &compiled, defs)?;
        out.push(compiled);
    }
    Ok(out)
}

/// A `variant-when` entry's `replace` table (at `at`), checked: both names of each pair are
/// named conditions of the rule, and differ.
fn replacements(
    at: &At,
    replace: std::collections::BTreeMap<String, String>,
    defs: &Defs,
) -> Result<std::collections::BTreeMap<String, Replacement>, LoadError> {
    let mut out = std::collections::BTreeMap::new();
    for (name, by) in replace {
        let here = at.child(&name);
        for n in [&name, &by] {
            if !defs.conditions.contains_key(n) {
                return Err(here.err(format!(
                    "`{name} = {by:?}`: the rule has no [conditions.{n}] (it has: {})",
                    known(defs.conditions.keys())
                )));
            }
        }
        if name == by {
            return Err(here.err(format!(
                "`{name} = {by:?}` replaces the condition by itself: name another one"
            )));
        }
        out.insert(
            name,
            Replacement {
                by,
                hit: false,
                inside: false,
            },
        );
    }
    Ok(out)
}

/// The names a rule defines, for an error about one it does not.
fn known<'k>(names: impl Iterator<Item = &'k String>) -> String {
    let known: Vec<&str> = names.map(String::as_str).collect();
    if known.is_empty() {
        "none".to_string()
    } else {
        known.join(", ")
    }
}

fn check_variant(at: &At, m: &Matcher, defs: &Defs) -> Result<(), LoadError> {
    match &m.variant {
        Some(v) if !(defs.variants)(v) => {
            Err(at.err(format!("variant {v:?} is not defined under [variants]")))
        }
        _ => Ok(()),
    }
}

/// Which matcher a `[[match]]` table is compiled into.
enum Copy<'a> {
    /// The table as written, without `variant-when` entries.
    Written,
    /// A `variant-when` entry's copy: the entry's conditions (at its own place) after the
    /// table's own; `reports`: the entry sets the copy's `report`.
    Entry {
        at: &'a At<'a>,
        conditions: Vec<RawCond>,
        reports: bool,
    },
    /// The table alone, tried after its `variant-when` entries.
    AfterEntries,
}

/// One `[[match]]` table (`at`), with `variant`, as `copy` says.
fn one_matcher(
    at: &At,
    m: RawMatch,
    variant: Option<String>,
    copy: Copy,
    defs: &Defs,
) -> Result<Matcher, LoadError> {
    let canon = |v: OneOrMany| -> Vec<String> {
        v.into_vec()
            .iter()
            .map(|s| normalize_canonical(s))
            .collect()
    };
    let [call, on, reference] = [("call", m.call), ("on", m.on), ("ref", m.reference)]
        .map(|(key, v)| v.map(|v| names(at, key, v, defs, normalize_canonical)));
    let (call, on, reference) = (call.transpose()?, on.transpose()?, reference.transpose()?);
    let method = m
        .method
        .map(|v| names(at, "method", v, defs, normalize_name))
        .transpose()?;
    let keyed = m.key.is_some() || m.key_regex.is_some();
    if m.each_item.is_some() && !keyed {
        return Err(at.err("`each-item` goes with `key` / `key-regex`"));
    }
    let scoped = m.scope.is_some();
    let casted = m.cast.is_some() || m.cast_regex.is_some();
    let imported = m.import.is_some();
    let others = call.is_some()
        || method.is_some()
        || reference.is_some()
        || on.is_some()
        || keyed
        || scoped
        || m.user_data.is_some();
    if (casted || imported) && (others || (casted && imported)) {
        return Err(at.err(
            "`cast` / `cast-regex` and `import` each start a matcher of their own: name no `call`, `method`, `on`, `ref`, `key`, `scope` or `user-data` with them",
        ));
    }
    if m.import == Some(false) {
        return Err(at.err("`import = false` matches nothing: leave `import` out"));
    }
    let target = match (call, method, reference) {
        _ if casted => Target::Cast {
            types: m
                .cast
                .map(|c| {
                    c.into_vec()
                        .iter()
                        .map(|t| t.chars().filter(|c| !c.is_whitespace()).collect())
                        .collect()
                })
                .unwrap_or_default(),
            pattern: m
                .cast_regex
                .map(|r| regex(at, "cast-regex", &r).map(KeyPattern))
                .transpose()?,
        },
        _ if imported => Target::Import,
        (None, None, None) if !keyed && on.is_none() && m.user_data.is_some() => {
            let finder = m.user_data.clone().unwrap_or_default();
            if !USER_DATA_FINDERS.iter().any(|(n, ..)| *n == finder) {
                return Err(at.err(format!(
                    "`user-data = {finder:?}` is not a finder; known: {}",
                    USER_DATA_FINDERS
                        .iter()
                        .map(|(n, ..)| *n)
                        .collect::<Vec<_>>()
                        .join(", ")
                )));
            }
            Target::UserData(finder)
        }
        _ if m.user_data.is_some() => {
            return Err(at.err("`user-data` starts a matcher of its own: name no `call`, `method`, `ref` or `key` with it"));
        }
        (None, None, None) if scoped && !keyed && on.is_none() => {
            Target::Scope(check_names(at, m.scope.map(canon).unwrap_or_default())?)
        }
        _ if scoped => {
            return Err(at.err(
                "`scope` names what a matcher starts from: use it without `call`, `method`, `on`, `ref` or `key`",
            ));
        }
        _ if keyed && on.is_some() => {
            return Err(at.err("`on` goes with `method`, not with `key`"));
        }
        (None, None, None) if keyed => Target::Key {
            names: m
                .key
                .map(|k| k.into_vec().iter().map(|s| normalize_name(s)).collect())
                .unwrap_or_default(),
            pattern: m
                .key_regex
                .map(|r| regex(at, "key-regex", &r).map(KeyPattern))
                .transpose()?,
            each_item: m.each_item == Some(true),
        },
        (Some(c), None, None) if on.is_none() && !keyed => Target::Call(check_names(at, c)?),
        (None, Some(names), None) if !keyed => Target::Method {
            names,
            on: on.unwrap_or_default(),
        },
        (None, None, Some(r)) if on.is_none() && !keyed => Target::Ref(check_names(at, r)?),
        _ => {
            return Err(at.err(
                "name exactly one of `call`, `method` (optionally with `on`), `ref`, `key` / `key-regex`, `scope`, `user-data`, `cast` / `cast-regex` or `import`",
            ));
        }
    };
    let mut captures = Vec::new();
    if let Target::UserData(finder) = &target {
        let sets = USER_DATA_FINDERS.iter().find(|(n, ..)| n == finder);
        captures.extend(
            sets.into_iter()
                .flat_map(|(_, _, c)| c.iter().map(|c| c.to_string())),
        );
    }
    let mut conditions = m
        .conditions
        .into_iter()
        .enumerate()
        .map(|(j, c)| cond(&at.item("where", j), c, defs, &mut captures))
        .collect::<Result<Vec<_>, _>>()?;
    let after_entries = matches!(copy, Copy::AfterEntries);
    // Where a mistake about `report` is: at the entry that sets it, else at the table.
    let mut report_at = at;
    if let Copy::Entry {
        at: entry_at,
        conditions: extra,
        reports,
    } = copy
    {
        for (j, c) in extra.into_iter().enumerate() {
            conditions.push(cond(&entry_at.item("where", j), c, defs, &mut captures)?);
        }
        if reports {
            report_at = entry_at;
        }
    }
    let for_each = match m.for_each {
        Some(p) if p.is_empty() || p.split('.').any(str::is_empty) => {
            return Err(at.err(format!("`for-each = {p:?}` must be a prop name or path")));
        }
        Some(p) if !matches!(target, Target::Call(_)) => {
            return Err(at.err(format!("`for-each = {p:?}` goes with `call`")));
        }
        Some(p) => Some(p.split('.').map(normalize_name).collect()),
        None => None,
    };
    let report = m.report.unwrap_or_else(|| match target {
        Target::Import => "module".into(),
        Target::Ref(_) | Target::Key { .. } | Target::UserData(_) | Target::Cast { .. } => {
            "node".into()
        }
        _ => "callee".into(),
    });
    let captured = captures.contains(&report) || report == "report";
    if after_entries && !captured && (m.each || !BUILTIN_CAPTURES.contains(&report.as_str())) {
        // Only the entries set it: the matcher alone was most likely not meant to be tried.
        let own = match &variant {
            Some(v) => format!("`variant = {v:?}`"),
            None => "no `variant`, for the rule's message".to_string(),
        };
        return Err(at.err(format!(
            "`report = {report:?}` names no capture of the matcher itself, which is tried alone after its `variant-when` entries: capture it in the matcher's `where`, or give the matcher's own variant ({own}) to an entry (an entry without `variant` takes it), so that the matcher is its entries only"
        )));
    }
    if m.each && !captures.contains(&report) {
        return Err(report_at.err(
            "`each = true` needs `report` to name a `capture` of a condition: the node reported each time",
        ));
    }
    if report == "report"
        || (!BUILTIN_CAPTURES.contains(&report.as_str()) && !captures.contains(&report))
    {
        return Err(report_at.err(format!(
            "`report = {report:?}` names no capture: use node, callee, args, receiver, key or a `capture` of a condition"
        )));
    }
    Ok(Matcher {
        target,
        conditions,
        variant,
        report,
        for_each,
        captures,
        per_report: m.per_report.unwrap_or(false),
        each: m.each,
    })
}

/// The names a `call`, `on`, `ref` or `method` key gives, normalised as the key's names are:
/// written in place, or the items of the rule's list it names.
fn names(
    at: &At,
    key: &str,
    names: Names,
    defs: &Defs,
    normalize: fn(&str) -> String,
) -> Result<Vec<String>, LoadError> {
    let items = match names {
        Names::One(name) => vec![name],
        Names::Many(names) => names,
        Names::List(ListName { list }) => match defs.lists.get(&list) {
            Some(items) => items.clone(),
            None => {
                return Err(at.child(key).err(format!(
                    "`{key} = {{ list = {list:?} }}`: the rule has no list {list:?} (it has: {}); define it under [lists] or as {list}.txt",
                    known(defs.lists.keys())
                )));
            }
        },
    };
    Ok(items.iter().map(|s| normalize(s)).collect())
}

fn check_names(at: &At, names: Vec<String>) -> Result<Vec<String>, LoadError> {
    for n in &names {
        if !n.contains('.') {
            return Err(at.err(format!(
                "{n:?} is not a canonical name: write module.Symbol, e.g. aws_s3.Bucket or cdk.RemovalPolicy.DESTROY"
            )));
        }
    }
    Ok(names)
}

fn regex(at: &At, key: &str, src: &str) -> Result<Pattern, LoadError> {
    if !at.check_regex {
        return Ok(Pattern::unchecked(src));
    }
    Pattern::new(src).map_err(|e| at.err(format!("`{key}` is not a valid regex: {e}")))
}

/// `{ use = "name" }`: the rule's `[conditions.name]`, compiled where it is used (its captures
/// are the matcher's) and checked at its own place in the file.
fn use_named(
    at: &At,
    name: &str,
    raw: &RawCond,
    defs: &Defs,
    captures: &mut Vec<String>,
) -> Result<Cond, LoadError> {
    let alone = RawCond {
        use_: None,
        ..raw.clone()
    } == RawCond::default();
    if !alone {
        return Err(at.err(format!(
            "`use = {name:?}` stands alone in its table: list the other tests beside it"
        )));
    }
    // In the copy of a `variant-when` entry that replaces it, its replacement stands instead
    // (but not inside the replacement itself, which may extend it).
    let replaced = match defs.replacing.borrow_mut().get_mut(name) {
        Some(r) if !r.inside => {
            r.hit = true;
            r.inside = true;
            Some(r.by.clone())
        }
        _ => None,
    };
    let asked = name;
    let name = replaced.as_deref().unwrap_or(name);
    if replaced.is_some() && defs.expanding.borrow().iter().any(|n| n == name) {
        return Err(at.err(format!(
            "`use = {asked:?}` stands for {name:?} in a `variant-when` entry's copy (its `replace`), and {name:?} contains this use: a named condition cannot contain itself"
        )));
    }
    let compiled = expand_named(at, name, defs, captures);
    if replaced.is_some()
        && let Some(r) = defs.replacing.borrow_mut().get_mut(asked)
    {
        r.inside = false;
    }
    compiled
}

/// The rule's `[conditions.name]`, compiled where it is used and checked at its own place.
fn expand_named(
    at: &At,
    name: &str,
    defs: &Defs,
    captures: &mut Vec<String>,
) -> Result<Cond, LoadError> {
    let Some(named) = defs.conditions.get(name) else {
        return Err(at.err(format!(
            "`use = {name:?}`: the rule has no [conditions.{name}] (it has: {})",
            known(defs.conditions.keys())
        )));
    };
    if defs.expanding.borrow().iter().any(|n| n == name) {
        return Err(at.err(format!(
            "`use = {name:?}` is used inside itself: a named condition cannot contain itself"
        )));
    }
    defs.used.borrow_mut().insert(name.to_string());
    defs.expanding.borrow_mut().push(name.to_string());
    let here = At {
        file: at.file,
        parent: None,
        place: Place::Condition(name),
        check_regex: at.check_regex,
    };
    let compiled = cond(&here, named.clone(), defs, captures);
    defs.expanding.borrow_mut().pop();
    compiled
}

fn cond(at: &At, raw: RawCond, defs: &Defs, captures: &mut Vec<String>) -> Result<Cond, LoadError> {
    if let Some(name) = &raw.use_ {
        return use_named(at, name, &raw, defs, captures);
    }
    let mut select = Select::default();
    if raw.outer_call == Some(true) {
        select.steps.push(Step::OuterCall);
    }
    if raw.receiver == Some(true) {
        select.steps.push(Step::Receiver);
    }
    if let Some(n) = raw.arg {
        select.steps.push(Step::Arg(n));
    }
    if let Some(p) = raw.prop {
        if p.is_empty() || p.split('.').any(str::is_empty) {
            return Err(at.err(format!("`prop = {p:?}` must be a name or a dotted path")));
        }
        select
            .steps
            .extend(p.split('.').map(|k| Step::Prop(normalize_name(k))));
    }
    if raw.member_name == Some(true) {
        select.steps.push(Step::MemberName);
    }
    if raw.object == Some(true) {
        select.steps.push(Step::Object);
    }
    if raw.condition == Some(true) {
        select.steps.push(Step::Condition);
    }
    if raw.capture_entry.is_some() && !matches!(select.steps.last(), Some(Step::Prop(_))) {
        return Err(at.err("`capture-entry` needs a `prop` selector (the entry is the prop's)"));
    }
    for (key, c) in [
        ("capture", &raw.capture),
        ("capture-entry", &raw.capture_entry),
    ] {
        let Some(c) = c else { continue };
        if BUILTIN_CAPTURES.contains(&c.as_str()) {
            return Err(at.err(format!("`{key} = {c:?}` shadows a built-in capture")));
        }
        if !c.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '_') || c.is_empty() {
            return Err(at.err(format!("`{key} = {c:?}` must be a plain name")));
        }
        if !captures.contains(c) {
            captures.push(c.clone());
        }
    }
    let mut tests = Vec::new();
    if let Some(p) = raw.present {
        tests.push(Test::Present(p));
    }
    if let Some(list) = raw.absent {
        if list.is_empty() {
            return Err(at.err("`absent` is empty"));
        }
        tests.push(Test::Absent(
            list.iter()
                .map(|p| p.split('.').map(normalize_name).collect())
                .collect(),
        ));
    }
    if let Some(v) = raw.equals {
        tests.push(Test::Equals(match v {
            toml::Value::Boolean(b) => Lit::Bool(b),
            toml::Value::Integer(i) => Lit::Number(i as f64),
            toml::Value::Float(f) => Lit::Number(f),
            toml::Value::String(s) => Lit::Str(s),
            other => {
                return Err(at.err(format!(
                    "`equals` takes a boolean, number or string, not {}",
                    other.type_str()
                )));
            }
        }));
    }
    if let Some(r) = raw.reference {
        let names = names(at, "ref", r, defs, normalize_canonical)?;
        tests.push(Test::Ref(check_names(at, names)?));
    }
    if let Some(c) = raw.call {
        let names = names(at, "call", c, defs, normalize_canonical)?;
        tests.push(Test::Call(check_names(at, names)?));
    }
    if let Some(m) = raw.method {
        tests.push(Test::Method(names(at, "method", m, defs, normalize_name)?));
    }
    if let Some(m) = raw.member {
        tests.push(Test::Member(
            m.into_vec().iter().map(|s| normalize_name(s)).collect(),
        ));
    }
    if let Some(s) = raw.string {
        tests.push(Test::Str(regex(at, "string", &s)?));
    }
    if let Some(s) = raw.text {
        tests.push(Test::Text(regex(at, "text", &s)?));
    }
    if let Some(l) = raw.in_list {
        if !defs.lists.contains_key(&l) {
            return Err(at.err(format!(
                "`in-list = {l:?}`: the rule has no list {l:?} ({l}.txt or [lists])"
            )));
        }
        tests.push(Test::InList(l));
    }
    if let Some(k) = raw.kind {
        let kinds = k.into_vec();
        for kind in &kinds {
            if !cdklint_model::Value::KINDS.contains(&kind.as_str()) {
                return Err(at.err(format!(
                    "`kind = {kind:?}` is not a value kind ({})",
                    cdklint_model::Value::KINDS.join(", ")
                )));
            }
        }
        tests.push(Test::Kind(kinds));
    }
    if let Some(n) = raw.number {
        if n.min.is_none() && n.max.is_none() {
            return Err(at.err("`number` needs `min`, `max` or both"));
        }
        tests.push(Test::Number {
            min: n.min,
            max: n.max,
        });
    }
    if let Some(c) = raw.any_item {
        tests.push(Test::AnyItem(Box::new(cond(
            &at.child("any-item"),
            *c,
            defs,
            captures,
        )?)));
    }
    if let Some(c) = raw.every_item {
        tests.push(Test::EveryItem(Box::new(cond(
            &at.child("every-item"),
            *c,
            defs,
            captures,
        )?)));
    }
    if let Some(c) = raw.any_arg {
        tests.push(Test::AnyArg(Box::new(cond(
            &at.child("any-arg"),
            *c,
            defs,
            captures,
        )?)));
    }
    if let Some(s) = raw.contains {
        tests.push(Test::Contains(regex(at, "contains", &s)?));
    }
    if let Some(c) = raw.called {
        let inner = at.child("called");
        let conditions = c
            .conditions
            .into_iter()
            .enumerate()
            .map(|(j, c)| cond(&inner.item("where", j), c, defs, captures))
            .collect::<Result<Vec<_>, _>>()?;
        tests.push(Test::Called {
            methods: c
                .method
                .into_vec()
                .iter()
                .map(|s| normalize_name(s))
                .collect(),
            conditions,
        });
    }
    if let Some(b) = raw.in_stack {
        tests.push(Test::InStack(b));
    }
    if let Some(b) = raw.bound {
        tests.push(Test::Bound(b));
    }
    if let Some(v) = raw.cdk_version {
        if v != 1 && v != 2 {
            return Err(at.err(format!("`cdk-version = {v}`: the CDK versions are 1 and 2")));
        }
        tests.push(Test::CdkVersion(v));
    }
    match (raw.check, raw.check_args) {
        (Some(name), args) => {
            if !CHECKS.iter().any(|(n, _)| *n == name) {
                return Err(at.err(format!(
                    "`check = {name:?}` is not a known check ({})",
                    CHECKS
                        .iter()
                        .map(|(n, _)| *n)
                        .collect::<Vec<_>>()
                        .join(", ")
                )));
            }
            tests.push(Test::Check {
                name,
                args: args.unwrap_or_default(),
            });
        }
        (None, Some(_)) => return Err(at.err("`check-args` without `check`")),
        (None, None) => {}
    }
    let many = |key: &str,
                list: Vec<RawCond>,
                captures: &mut Vec<String>|
     -> Result<Vec<Cond>, LoadError> {
        if list.is_empty() {
            return Err(at.err(format!("`{key}` is empty")));
        }
        list.into_iter()
            .enumerate()
            .map(|(j, c)| cond(&at.item(key, j), c, defs, captures))
            .collect()
    };
    if let Some(list) = raw.conditions {
        tests.push(Test::All(many("where", list, captures)?));
    }
    if let Some(list) = raw.all {
        tests.push(Test::All(many("all", list, captures)?));
    }
    if let Some(list) = raw.any {
        tests.push(Test::Any(many("any", list, captures)?));
    }
    if let Some(c) = raw.not {
        tests.push(Test::Not(Box::new(cond(
            &at.child("not"),
            *c,
            defs,
            captures,
        )?)));
    }
    if let Some(u) = raw.used {
        tests.push(Test::Used(Box::new(used(
            &at.child("used"),
            *u,
            defs,
            captures,
        )?)));
    }
    if let Some(b) = raw.in_loop {
        tests.push(Test::InLoop(b));
    }
    if let Some(b) = raw.in_region_loop {
        tests.push(Test::InRegionLoop(b));
    }
    if let Some(b) = raw.mentions_region {
        tests.push(Test::MentionsRegion(b));
    }
    if let Some(r) = raw.reads {
        let members: Vec<String> = r
            .member
            .into_vec()
            .iter()
            .map(|m| normalize_name(m))
            .collect();
        if members.is_empty() {
            return Err(at.err("`reads.member` is empty"));
        }
        let of = match r.of {
            Some(of) => check_names(
                at,
                of.into_vec()
                    .iter()
                    .map(|s| normalize_canonical(s))
                    .collect(),
            )?,
            None => Vec::new(),
        };
        tests.push(Test::Reads { members, of });
    }
    if tests.is_empty() && select.is_here() {
        return Err(
            at.err("an empty condition: select something (`prop`, `arg`, `receiver`, `member-name`) or test it")
        );
    }
    Ok(Cond {
        select,
        capture: raw.capture,
        capture_entry: raw.capture_entry,
        tests,
    })
}

/// Validate a `used = { … }` filter.
fn used(
    at: &At,
    raw: RawUsed,
    defs: &Defs,
    captures: &mut Vec<String>,
) -> Result<UseFilter, LoadError> {
    let kinds = raw.kind.map(OneOrMany::into_vec).unwrap_or_default();
    for k in &kinds {
        if !cdklint_model::UseKind::NAMES.contains(&k.as_str()) {
            return Err(at.err(format!(
                "`as = {k:?}` is not a use kind ({})",
                cdklint_model::UseKind::NAMES.join(", ")
            )));
        }
    }
    let path = |p: &str, key: &str| -> Result<Vec<String>, LoadError> {
        if p.is_empty() || p.split('.').any(str::is_empty) {
            return Err(at.err(format!("`{key} = {p:?}` must be a name or a dotted path")));
        }
        Ok(p.split('.').map(normalize_name).collect())
    };
    let key = raw
        .key
        .map(OneOrMany::into_vec)
        .unwrap_or_default()
        .iter()
        .map(|k| path(k, "key").map(|p| p.join(".")))
        .collect::<Result<Vec<_>, _>>()?;
    let member = raw.member.map(|m| path(&m, "member")).transpose()?;
    let canon = |v: Option<OneOrMany>| -> Result<Vec<String>, LoadError> {
        check_names(
            at,
            v.map(OneOrMany::into_vec)
                .unwrap_or_default()
                .iter()
                .map(|s| normalize_canonical(s))
                .collect(),
        )
    };
    if let Some(c) = &raw.capture {
        if BUILTIN_CAPTURES.contains(&c.as_str()) {
            return Err(at.err(format!("`capture = {c:?}` shadows a built-in capture")));
        }
        if c.is_empty() || !c.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '_') {
            return Err(at.err(format!("`capture = {c:?}` must be a plain name")));
        }
        if !captures.contains(c) {
            captures.push(c.clone());
        }
    }
    let conditions = raw
        .conditions
        .into_iter()
        .enumerate()
        .map(|(j, c)| cond(&at.item("where", j), c, defs, captures))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(UseFilter {
        kinds,
        key,
        index: raw.index,
        of: canon(raw.of)?,
        method: raw
            .method
            .map(OneOrMany::into_vec)
            .unwrap_or_default()
            .iter()
            .map(|m| normalize_name(m))
            .collect(),
        member,
        cast: canon(raw.cast)?,
        capture: raw.capture,
        conditions,
    })
}

#[cfg(test)]
mod documented {
    use super::{RawCond, RawMatch, RawUsed, RawVariantWhen};

    /// The keys a serde shape accepts, read from the error `deny_unknown_fields` gives for an
    /// unknown one ("expected one of `a`, `b`"), so the list cannot drift from the struct.
    fn keys_of<T: serde::de::DeserializeOwned + std::fmt::Debug>() -> Vec<String> {
        let err = toml::from_str::<T>("zzz-unknown = 1").expect_err("an unknown key is an error");
        let msg = err.to_string();
        let list = msg
            .split("expected one of")
            .nth(1)
            .unwrap_or_else(|| panic!("no key list in {msg:?}"));
        list.split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn every_matcher_key_is_documented_in_writing_rules() {
        let doc = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/writing-rules.md"),
        )
        .expect("docs/writing-rules.md");
        let mut missing = Vec::new();
        for (shape, keys) in [
            ("[[match]]", keys_of::<RawMatch>()),
            ("condition", keys_of::<RawCond>()),
            ("used", keys_of::<RawUsed>()),
            ("variant-when", keys_of::<RawVariantWhen>()),
        ] {
            assert!(keys.len() > 3, "{shape}: {keys:?}");
            for key in keys {
                // Documented as a table row or an inline example: `key = …` / `key` in a row.
                if !doc.contains(&format!("`{key} =")) && !doc.contains(&format!("| `{key}`")) {
                    missing.push(format!("{shape}.{key}"));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "undocumented matcher keys in docs/writing-rules.md: {missing:?}"
        );
    }
}

#[cfg(test)]
mod names {
    use super::{ListName, Names, RawMatch};

    fn call(value: &str) -> Result<Option<Names>, String> {
        toml::from_str::<RawMatch>(&format!("call = {value}"))
            .map(|m| m.call)
            .map_err(|e| e.message().to_string())
    }

    #[test]
    fn names_are_one_several_or_a_list_of_the_rule() {
        assert_eq!(call("\"a.B\""), Ok(Some(Names::One("a.B".into()))));
        assert_eq!(
            call("[\"a.B\", \"a.C\"]"),
            Ok(Some(Names::Many(vec!["a.B".into(), "a.C".into()])))
        );
        let list = Names::List(ListName {
            list: "stateful".into(),
        });
        assert_eq!(call("{ list = \"stateful\" }"), Ok(Some(list.clone())));
        // The form built-in rules are read in at start-up.
        let json: RawMatch = serde_json::from_str(r#"{"call":{"list":"stateful"}}"#).unwrap();
        assert_eq!(json.call, Some(list));
    }

    #[test]
    fn a_mistake_says_what_the_key_takes() {
        let err = call("3").unwrap_err();
        assert!(err.contains("a name, a list of names, or `{ list"), "{err}");
        let err = call("{ lists = \"stateful\" }").unwrap_err();
        assert!(
            err.contains("unknown field `lists`, expected `list`"),
            "{err}"
        );
    }
}
