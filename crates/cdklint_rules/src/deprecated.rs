//! The deprecated aws-cdk-lib APIs of API001: a data file generated from the library's jsii
//! assembly (`cargo run -p cdklint_dev -- deprecated-api`), never written by hand.
//!
//! The file is tab-separated text, one record per line, sorted, so a regeneration reviews as a
//! plain diff. [`DeprecatedApi::parse`] and [`DeprecatedApi::render`] are exact inverses on a
//! file the generator wrote (a test holds the checked-in file to that), and the generator
//! writes through `render`, so the format has one definition.
//!
//! ```text
//! # comment lines
//! version  2.276.0                          the aws-cdk-lib release the texts come from
//! scanned  2.0.0 2.10.0 … 2.276.0           the releases compared to find each `since`
//! <kind>   <symbol> <since> <python> <replacement or -> <deprecation text>
//! inherits <class> <module>:<Sub> <Sub> …   subclasses that inherit a deprecated method
//! takes    <struct> <callee> <callee> …     calls whose props (kwargs) are this struct
//! ```
//!
//! Symbols are canonical names as the model spells them before normalisation: the module as
//! Python names it (`cdk` for the aws-cdk-lib root), then the type and member as declared
//! (`aws_ec2.SubnetType.PRIVATE_WITH_NAT`, `cdk.SecretValue.plainText`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::{self, Write as _};
use std::sync::Arc;

use cdklint_model::{normalize_canonical, normalize_name};
use rustc_hash::{FxHashMap, FxHashSet};

/// The file name a rule's `generated` key names.
pub const DATA_FILE: &str = "deprecated-api.tsv";

/// An aws-cdk-lib release number: `2.276.0`. Pre-release suffixes are not kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Version {
    pub major: u32,
    pub minor: u32,
    pub patch: u32,
}

impl Version {
    /// `2.276.0`, `v2.276.0`, `2.276.0-rc.1` (suffix ignored); `None` for anything else.
    pub fn parse(s: &str) -> Option<Version> {
        let s = s.trim().trim_start_matches('v');
        let core = s.split(['-', '+']).next()?;
        let mut parts = core.split('.');
        let major = parts.next()?.parse().ok()?;
        let minor = parts.next()?.parse().ok()?;
        let patch = parts.next()?.parse().ok()?;
        if parts.next().is_some() {
            return None;
        }
        Some(Version {
            major,
            minor,
            patch,
        })
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

/// What a deprecated symbol is, which decides where the rule looks for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SymbolKind {
    /// A class: its instantiations, static calls and static members.
    Class,
    /// A data type (props interface): a Python call of its struct class.
    Struct,
    /// Another interface: a type only, never seen at run time (kept for completeness).
    Interface,
    /// An enum type: any of its members.
    Enum,
    EnumMember,
    StaticMethod,
    StaticProperty,
    /// An instance method: calls on a receiver bound in the file to a construct of the class
    /// or of a subclass that inherits it (`inherits` records).
    Method,
    /// An instance property: reads on a receiver (kept for completeness; not matched).
    Property,
    /// A property of a data type: the prop in the props / keyword arguments of the calls that
    /// take the struct (`takes` records).
    Prop,
}

impl SymbolKind {
    pub const ALL: [SymbolKind; 10] = [
        SymbolKind::Class,
        SymbolKind::Struct,
        SymbolKind::Interface,
        SymbolKind::Enum,
        SymbolKind::EnumMember,
        SymbolKind::StaticMethod,
        SymbolKind::StaticProperty,
        SymbolKind::Method,
        SymbolKind::Property,
        SymbolKind::Prop,
    ];

    pub fn key(self) -> &'static str {
        match self {
            SymbolKind::Class => "class",
            SymbolKind::Struct => "struct",
            SymbolKind::Interface => "interface",
            SymbolKind::Enum => "enum",
            SymbolKind::EnumMember => "enum-member",
            SymbolKind::StaticMethod => "static-method",
            SymbolKind::StaticProperty => "static-property",
            SymbolKind::Method => "method",
            SymbolKind::Property => "property",
            SymbolKind::Prop => "prop",
        }
    }

    fn from_key(key: &str) -> Option<SymbolKind> {
        SymbolKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Whether the rule can see a use of this kind of symbol in TypeScript / Python source.
    pub fn reachable(self, python: bool) -> bool {
        match self {
            SymbolKind::Interface | SymbolKind::Property => false,
            // A struct is only a type in TypeScript; Python instantiates its class.
            SymbolKind::Struct => python,
            _ => true,
        }
    }
}

/// One deprecated symbol.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Symbol {
    pub kind: SymbolKind,
    /// `aws_ec2.SubnetType.PRIVATE_WITH_NAT`.
    pub name: String,
    /// The first scanned release that marks it deprecated.
    pub since: Version,
    /// The last segment as Python spells it (`plain_text`; class and enum names unchanged).
    pub python: String,
    /// A member of the same type with the same signature that the deprecation text names as
    /// the replacement (`unsafePlainText`): a rename the rule can fix safely.
    pub replacement: Option<String>,
    /// The library's deprecation text, first paragraph, whitespace collapsed.
    pub text: String,
}

impl Symbol {
    /// `SecretValue.plainText` (TypeScript) / `SecretValue.plain_text` (Python): the symbol
    /// without its module.
    pub fn spelled(&self, python: bool) -> String {
        let local = self.name.split_once('.').map_or(&*self.name, |(_, s)| s);
        if !python {
            return local.to_string();
        }
        match local.rsplit_once('.') {
            Some((owner, _)) => format!("{owner}.{}", self.python),
            None => self.python.clone(),
        }
    }

    /// The last segment as declared: `plainText`.
    pub fn member(&self) -> &str {
        self.name.rsplit('.').next().unwrap_or(&self.name)
    }

    /// The type the member belongs to, with module (`cdk.SecretValue`); the symbol itself for
    /// types.
    pub fn owner(&self) -> &str {
        match self.kind {
            SymbolKind::Class | SymbolKind::Struct | SymbolKind::Interface | SymbolKind::Enum => {
                &self.name
            }
            _ => self.name.rsplit_once('.').map_or(&*self.name, |(o, _)| o),
        }
    }
}

/// The whole data file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeprecatedApi {
    /// The release the symbols and texts come from (the newest scanned).
    pub version: Option<Version>,
    /// Every release compared, oldest first.
    pub scanned: Vec<Version>,
    /// Sorted by name, then kind.
    pub symbols: Vec<Symbol>,
    /// Class with deprecated instance methods → the classes inheriting them.
    pub inherits: BTreeMap<String, BTreeSet<String>>,
    /// Struct with deprecated props → the calls (class instantiations, static methods, the
    /// struct itself and structs extending it) whose props are of that struct.
    pub takes: BTreeMap<String, BTreeSet<String>>,
}

const HEADER: &str = "\
# Deprecated aws-cdk-lib APIs (API001). Generated from the jsii assemblies of the releases listed
# under `scanned` by `cargo run -p cdklint_dev -- deprecated-api`; do not edit by hand.
# Records, tab-separated:
#   <kind> <symbol> <since> <python name> <safe rename or -> <deprecation text>
#   inherits <class> <module>:<subclass> ...   (classes inheriting a deprecated method)
#   takes <struct> <call> ...                   (calls whose props are of this struct)
";

impl DeprecatedApi {
    /// Parse the data file; errors name the line.
    pub fn parse(text: &str) -> Result<DeprecatedApi, String> {
        // Every process reads the whole file at start-up: fields are taken from the line as
        // they are split (no vector per line), and strings made only for what is kept.
        // Lines and fields are found with memchr: `str::lines` and `str::split` search for a
        // char generically, which cost more than all the rest of the parse.
        let mut api = DeprecatedApi::default();
        for (i, line) in lines(text).enumerate() {
            let at = |msg: String| format!("line {}: {msg}", i + 1);
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            // Up to six fields, and how many the line has.
            let mut fields = [""; 6];
            let mut count = 0;
            let mut from = 0;
            for end in memchr::memchr_iter(b'\t', line.as_bytes()).chain([line.len()]) {
                if let Some(slot) = fields.get_mut(count) {
                    *slot = &line[from..end];
                }
                count += 1;
                from = end + 1;
            }
            let key = fields[0];
            let version = |s: &str| {
                Version::parse(s).ok_or_else(|| at(format!("{s:?} is not a version like 2.276.0")))
            };
            match key {
                "version" if count == 2 => api.version = Some(version(fields[1])?),
                "scanned" if count == 2 => {
                    api.scanned = fields[1]
                        .split(' ')
                        .map(version)
                        .collect::<Result<_, _>>()?;
                }
                "inherits" | "takes" if count == 3 => {
                    let map = if key == "inherits" {
                        &mut api.inherits
                    } else {
                        &mut api.takes
                    };
                    // Several records (one per module) share an owner.
                    let members = match map.get_mut(fields[1]) {
                        Some(members) => members,
                        None => map.entry(fields[1].to_string()).or_default(),
                    };
                    if !expand_grouped(fields[2], members) {
                        return Err(at("an empty list".into()));
                    }
                }
                key => {
                    let kind = SymbolKind::from_key(key)
                        .ok_or_else(|| at(format!("unknown record {key:?}")))?;
                    if count != 6 {
                        return Err(at(format!(
                            "a `{key}` record has 6 tab-separated fields, not {count}"
                        )));
                    }
                    let [_, name, since, python, replacement, text] = fields;
                    if !name.contains('.') || name.split('.').any(str::is_empty) {
                        return Err(at(format!("{name:?} is not a canonical name")));
                    }
                    api.symbols.push(Symbol {
                        kind,
                        name: name.to_string(),
                        since: version(since)?,
                        python: python.to_string(),
                        replacement: (replacement != "-").then(|| replacement.to_string()),
                        text: text.to_string(),
                    });
                }
            }
        }
        if api.version.is_none() {
            return Err("no `version` record".into());
        }
        Ok(api)
    }

    /// Sort the symbols the way the file lists them.
    pub fn sort(&mut self) {
        self.symbols
            .sort_by(|a, b| (&a.name, a.kind).cmp(&(&b.name, b.kind)));
        self.scanned.sort();
        self.scanned.dedup();
    }

    /// Whether the symbols are in file order (a test holds the checked-in file to it).
    pub fn is_sorted(&self) -> bool {
        self.symbols
            .windows(2)
            .all(|w| (&w[0].name, w[0].kind) < (&w[1].name, w[1].kind))
            && self.scanned.windows(2).all(|w| w[0] < w[1])
    }

    /// The file text. Deprecation texts are flattened to one line (tabs and newlines become
    /// spaces), so every record stays one line.
    pub fn render(&self) -> String {
        let mut out = String::from(HEADER);
        if let Some(v) = self.version {
            let _ = writeln!(out, "version\t{v}");
        }
        let scanned: Vec<String> = self.scanned.iter().map(Version::to_string).collect();
        let _ = writeln!(out, "scanned\t{}", scanned.join(" "));
        for s in &self.symbols {
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}",
                s.kind.key(),
                s.name,
                s.since,
                s.python,
                s.replacement.as_deref().unwrap_or("-"),
                one_line(&s.text)
            );
        }
        for (key, map) in [("inherits", &self.inherits), ("takes", &self.takes)] {
            for (owner, members) in map {
                for group in grouped(members) {
                    let _ = writeln!(out, "{key}\t{owner}\t{group}");
                }
            }
        }
        out
    }
}

/// Whitespace runs (newlines and tabs included) collapsed to one space.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Names grouped by module, one group per record: `aws_s3:CfnBucket CfnAccessPoint`. Long
/// lists (every L1 class inherits `CfnResource`) stay readable and diff per module.
fn grouped(names: &BTreeSet<String>) -> Vec<String> {
    let mut by_module: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for name in names {
        let (module, rest) = name.split_once('.').unwrap_or(("", name));
        by_module.entry(module).or_default().push(rest);
    }
    by_module
        .into_iter()
        .map(|(module, rest)| format!("{module}:{}", rest.join(" ")))
        .collect()
}

/// The lines of `text` as `str::lines` gives them (without `\n` or `\r\n`).
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut from = 0;
    let newlines = memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| (i, true));
    let last = (!text.is_empty() && !text.ends_with('\n')).then_some((text.len(), false));
    newlines.chain(last).map(move |(end, newline)| {
        let line = &text[from..end];
        from = end + 1;
        if newline {
            line.strip_suffix('\r').unwrap_or(line)
        } else {
            line
        }
    })
}

/// Add the names of `module:A B …` to `out`; false when there are none.
fn expand_grouped(field: &str, out: &mut BTreeSet<String>) -> bool {
    let Some((module, rest)) = field.split_once(':') else {
        return false;
    };
    let mut any = false;
    for s in rest.split(' ').filter(|s| !s.is_empty()) {
        let mut name = String::with_capacity(module.len() + 1 + s.len());
        name.push_str(module);
        name.push('.');
        name.push_str(s);
        out.insert(name);
        any = true;
    }
    any
}

/// Python keywords jsii escapes with a trailing underscore (`import` → `import_`).
const PYTHON_KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// The Python name jsii gives a member or prop: snake_case, keywords escaped (`import_`).
pub fn python_name(name: &str) -> String {
    let snake = cdklint_model::snake_case(name);
    if PYTHON_KEYWORDS.contains(&snake.as_str()) {
        format!("{snake}_")
    } else {
        snake
    }
}

/// The data indexed by the normalised names the model gives calls and references, built once
/// per registry, when the first file needs it: a file pays one hash lookup per call and
/// reference. The maps hash
/// with Fx rather than SipHash: the keys are the data's own names, the index is built at every
/// start (some five thousand insertions) and looked up for every call of every file.
#[derive(Debug, Default)]
pub struct DeprecatedIndex {
    pub api: DeprecatedApi,
    /// Types, enum members, static methods and static properties by normalised canonical name
    /// (`cdk.secretvalue.plaintext`).
    pub by_name: FxHashMap<String, usize>,
    /// Instance methods by normalised method name: the receiver classes (normalised) on which
    /// the method is the deprecated one, and the symbol.
    pub methods: FxHashMap<String, Vec<(ClassSet, usize)>>,
    /// Deprecated props by the normalised callee that takes them: (normalised key, symbol).
    pub props: FxHashMap<String, Vec<(String, usize)>>,
}

/// Normalised canonical class names, shared by the methods of one owner.
pub type ClassSet = Arc<FxHashSet<String>>;

impl DeprecatedIndex {
    /// Index `api`, leaving out the symbols listed in `covered` (canonical names that a
    /// dedicated rule reports instead).
    pub fn new(api: DeprecatedApi, covered: &[String]) -> DeprecatedIndex {
        let covered: FxHashSet<String> = covered.iter().map(|c| normalize_canonical(c)).collect();
        let mut index = DeprecatedIndex::default();
        // The classes a method can be called on: its owner and every class inheriting it,
        // shared by the owner's deprecated methods (a base class has hundreds of heirs).
        let mut classes_of: FxHashMap<&str, ClassSet> = FxHashMap::default();
        for (i, s) in api.symbols.iter().enumerate() {
            let name = normalize_canonical(&s.name);
            if covered.contains(&name) {
                continue;
            }
            match s.kind {
                SymbolKind::Class
                | SymbolKind::Struct
                | SymbolKind::Enum
                | SymbolKind::EnumMember
                | SymbolKind::StaticMethod
                | SymbolKind::StaticProperty => {
                    index.by_name.insert(name, i);
                }
                SymbolKind::Method => {
                    let owner = s.owner();
                    let classes = classes_of
                        .entry(owner)
                        .or_insert_with(|| {
                            let mut classes: FxHashSet<String> = api
                                .inherits
                                .get(owner)
                                .into_iter()
                                .flatten()
                                .map(|c| normalize_canonical(c))
                                .collect();
                            classes.insert(normalize_canonical(owner));
                            Arc::new(classes)
                        })
                        .clone();
                    index
                        .methods
                        .entry(normalize_name(s.member()))
                        .or_default()
                        .push((classes, i));
                }
                SymbolKind::Prop => {
                    let key = normalize_name(s.member());
                    for callee in api.takes.get(s.owner()).into_iter().flatten() {
                        index
                            .props
                            .entry(normalize_canonical(callee))
                            .or_default()
                            .push((key.clone(), i));
                    }
                }
                SymbolKind::Interface | SymbolKind::Property => {}
            }
        }
        index.api = api;
        index
    }

    pub fn symbol(&self, i: usize) -> &Symbol {
        &self.api.symbols[i]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> DeprecatedApi {
        let mut api = DeprecatedApi {
            version: Version::parse("2.276.0"),
            scanned: vec![
                Version::parse("2.0.0").unwrap(),
                Version::parse("2.276.0").unwrap(),
            ],
            ..Default::default()
        };
        api.symbols.push(Symbol {
            kind: SymbolKind::StaticMethod,
            name: "cdk.SecretValue.plainText".into(),
            since: Version::parse("2.21.0").unwrap(),
            python: "plain_text".into(),
            replacement: Some("unsafePlainText".into()),
            text: "Use `unsafePlainText()` instead.".into(),
        });
        api.symbols.push(Symbol {
            kind: SymbolKind::Method,
            name: "cdk.CfnResource.addDependsOn".into(),
            since: Version::parse("2.0.0").unwrap(),
            python: "add_depends_on".into(),
            replacement: None,
            text: "Use `addResourceDependency`\n\tinstead.".into(),
        });
        api.inherits.insert(
            "cdk.CfnResource".into(),
            [
                "aws_s3.CfnBucket",
                "aws_s3.CfnAccessPoint",
                "aws_sqs.CfnQueue",
            ]
            .map(String::from)
            .into(),
        );
        api.sort();
        api
    }

    #[test]
    fn render_and_parse_are_inverse() {
        let api = sample();
        let text = api.render();
        assert!(text.contains("inherits\tcdk.CfnResource\taws_s3:CfnAccessPoint CfnBucket\n"));
        assert!(text.contains("\tUse `addResourceDependency` instead.\n"));
        let parsed = DeprecatedApi::parse(&text).unwrap();
        assert_eq!(parsed.render(), text);
        assert_eq!(parsed.inherits, api.inherits);
        assert!(parsed.is_sorted());
    }

    #[test]
    fn bad_records_name_their_line() {
        let err = DeprecatedApi::parse("version\t2.1.0\nmethod\tcdk.X.y\t2.1.0\n").unwrap_err();
        assert!(err.starts_with("line 2:"), "{err}");
        let err = DeprecatedApi::parse("version\t2.1.0\nfrob\tcdk.X\n").unwrap_err();
        assert!(err.contains("unknown record"), "{err}");
        assert!(DeprecatedApi::parse("# nothing\n").is_err());
        let err = DeprecatedApi::parse("version\t2.1.0\nclass\tcdk.X\t2.1.0\tX\t-\tt\textra\n")
            .unwrap_err();
        assert_eq!(
            err,
            "line 2: a `class` record has 6 tab-separated fields, not 7"
        );
        let err = DeprecatedApi::parse("version\t2.1.0\ntakes\tcdk.XProps\tcdk:\n").unwrap_err();
        assert_eq!(err, "line 2: an empty list");
        let err = DeprecatedApi::parse("version\t2.1.0\t2.2.0\n").unwrap_err();
        assert_eq!(err, "line 1: unknown record \"version\"");
    }

    #[test]
    fn lines_are_those_of_str_lines() {
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "a\nb",
            "a\r\nb\r\n",
            "a\r",
            "a\r\n\r\n",
            "\n\nx\r",
        ] {
            assert_eq!(
                lines(text).collect::<Vec<_>>(),
                text.lines().collect::<Vec<_>>(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn records_of_one_owner_are_merged() {
        let api = DeprecatedApi::parse(
            "version\t2.1.0\ninherits\tcdk.R\taws_s3:B A\ninherits\tcdk.R\taws_sqs:Q\n",
        )
        .unwrap();
        let heirs: Vec<&str> = api.inherits["cdk.R"].iter().map(String::as_str).collect();
        assert_eq!(heirs, ["aws_s3.A", "aws_s3.B", "aws_sqs.Q"]);
    }

    #[test]
    fn versions_compare_numerically() {
        let v = |s| Version::parse(s).unwrap();
        assert!(v("2.100.0") > v("2.99.1"));
        assert_eq!(v("v2.5.0-rc.1"), v("2.5.0"));
        assert_eq!(Version::parse("2.5"), None);
        assert_eq!(v("2.5.3").to_string(), "2.5.3");
    }

    #[test]
    fn spelled_in_each_language() {
        let api = sample();
        let s = api
            .symbols
            .iter()
            .find(|s| s.kind == SymbolKind::StaticMethod)
            .unwrap();
        assert_eq!(s.spelled(false), "SecretValue.plainText");
        assert_eq!(s.spelled(true), "SecretValue.plain_text");
        assert_eq!(s.owner(), "cdk.SecretValue");
        assert_eq!(python_name("import"), "import_");
        assert_eq!(python_name("logRetention"), "log_retention");
    }
}
