//! The set of rules, and their queries compiled into one query per grammar.
//!
//! All rules of a language run in one pass over each tree: the cost of a query cursor is the
//! tree walk, nearly independent of the number of patterns, so one combined query per grammar
//! is ~as cheap as one rule. Each grammar's query is compiled on first use (a CLI run over only
//! Python files never pays for the TypeScript grammars) and validated as it is compiled.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::sync::{LazyLock, OnceLock};

use tree_sitter::{Query, QueryPredicateArg};

use crate::deprecated::{self, DeprecatedApi, DeprecatedIndex};
use crate::matcher::Target;
use crate::predicates::{self, PredicateKind, ResolvedPredicate};
use crate::raw::RawRule;
use crate::rule::{self, Rule};
use crate::{Grammar, LoadError, QueryLanguage, normalize_canonical, normalize_name};

/// A rule directory baked into the binary by `build.rs`: its path under `queries/` and files.
#[derive(Debug, Clone, Copy)]
pub struct EmbeddedRule {
    pub dir: &'static str,
    /// `rule.toml` converted to JSON by `build.rs` (`None` when it is not valid TOML): read
    /// instead of the TOML, which costs several times more to parse, at every start.
    pub rule_json: Option<&'static str>,
    pub files: &'static [(&'static str, &'static str)],
}

/// One rule directory to load, its files borrowed: the embedded rules are loaded straight from
/// the binary's static text, without copying it.
struct RuleSource<'a> {
    dir: &'a str,
    files: BTreeMap<&'a str, &'a str>,
    /// `rule.toml` as JSON, for a built-in rule.
    rule_json: Option<&'a str>,
    /// Check the syntax of the rule's regexes now (not for a built-in rule: the test-suite
    /// compiles every one of those).
    check_regex: bool,
    /// A built-in rule's files, whose generated data is parsed on first use.
    static_files: Option<&'static [(&'static str, &'static str)]>,
}

const EMBEDDED: &[EmbeddedRule] = include!(concat!(env!("OUT_DIR"), "/embedded_rules.rs"));

/// Capture names with a meaning to the engine.
pub const REPORT_CAPTURE: &str = "report";
pub const CONSTRUCT_CAPTURE: &str = "construct";

/// Text predicates that tree-sitter 0.27 accepts but that never reject on quantified captures.
const UNRELIABLE_PREDICATES: &[&str] =
    &["#any-eq?", "#any-not-eq?", "#any-match?", "#any-not-match?"];

#[derive(Debug)]
pub struct Registry {
    rules: Vec<Rule>,
    dispatch: Dispatch,
    compiled: [OnceLock<Result<CompiledQuery, Vec<LoadError>>>; 3],
    /// The rule whose matches come from generated deprecation data (API001), with its index.
    pub(crate) deprecated: Option<(usize, std::sync::Arc<LazyIndex>)>,
}

/// API001's data, indexed on first use: reading and indexing the data file cost more than
/// loading every other rule, and a process that lints no file (or only files API001 skips)
/// never needs it. `None` if the data does not parse, which only a built-in rule's data can
/// fail to do here (a project's data is parsed when it loads, and the test-suite parses the
/// built-in file).
pub(crate) type LazyIndex =
    LazyLock<Option<DeprecatedIndex>, Box<dyn FnOnce() -> Option<DeprecatedIndex> + Send>>;

/// Generated data of a rule as loaded: the built-in text, parsed on first use, or a project's
/// data, parsed at load.
enum Generated {
    Static(&'static str),
    Parsed(DeprecatedApi),
}

/// Matchers by the canonical name, method name or member they start from: `(rule, matcher)`
/// indices. A file's model is looked up here once per call and reference, so only the rules
/// whose names occur in the file run.
#[derive(Debug, Default)]
pub struct Dispatch {
    pub calls: HashMap<String, Vec<(usize, usize)>>,
    pub methods: HashMap<String, Vec<(usize, usize)>>,
    pub refs: HashMap<String, Vec<(usize, usize)>>,
    /// `key` matchers by normalised key.
    pub keys: HashMap<String, Vec<(usize, usize)>>,
    /// `key-regex` matchers: every prop entry's key is tried against each.
    pub key_patterns: Vec<(crate::pattern::Pattern, usize, usize)>,
    /// `user-data` matchers: `(finder, rule, matcher)`.
    pub user_data: Vec<(String, usize, usize)>,
    /// `scope` matchers by the canonical class of the scope.
    pub scopes: HashMap<String, Vec<(usize, usize)>>,
    /// `cast` matchers by the type as written (whitespace removed).
    pub casts: HashMap<String, Vec<(usize, usize)>>,
    /// `cast-regex` matchers: every cast's type is tried against each.
    pub cast_patterns: Vec<(crate::pattern::Pattern, usize, usize)>,
    /// `import` matchers.
    pub imports: Vec<(usize, usize)>,
}

impl Dispatch {
    fn new(rules: &[Rule]) -> Dispatch {
        let mut d = Dispatch::default();
        for (r, rule) in rules.iter().enumerate() {
            for (m, matcher) in rule.matchers.iter().enumerate() {
                let (map, names) = match &matcher.target {
                    Target::Call(names) => (&mut d.calls, names),
                    Target::Method { names, .. } => (&mut d.methods, names),
                    Target::Ref(names) => (&mut d.refs, names),
                    Target::Key { names, pattern, .. } => {
                        if let Some(p) = pattern {
                            d.key_patterns.push((p.0.clone(), r, m));
                        }
                        (&mut d.keys, names)
                    }
                    Target::UserData(finder) => {
                        d.user_data.push((finder.clone(), r, m));
                        continue;
                    }
                    Target::Scope(names) => (&mut d.scopes, names),
                    Target::Cast { types, pattern } => {
                        if let Some(p) = pattern {
                            d.cast_patterns.push((p.0.clone(), r, m));
                        }
                        (&mut d.casts, types)
                    }
                    Target::Import => {
                        d.imports.push((r, m));
                        continue;
                    }
                };
                for name in names {
                    map.entry(name.clone()).or_default().push((r, m));
                }
            }
        }
        d
    }
}

/// One grammar's combined query and what each of its patterns belongs to.
#[derive(Debug)]
pub struct CompiledQuery {
    pub query: Query,
    pub patterns: Vec<PatternInfo>,
    /// Capture index of `@report` and `@construct`, if any pattern uses them.
    pub report_capture: u32,
    pub construct_capture: Option<u32>,
}

#[derive(Debug)]
pub struct PatternInfo {
    /// Index into [`Registry::rules`].
    pub rule: usize,
    pub variant: Option<String>,
    pub predicates: Vec<ResolvedPredicate>,
}

impl Registry {
    /// The rules embedded in this binary. Their validity is checked by the test-suite, but a
    /// failure here is still an error for the caller to report, never a panic.
    pub fn embedded() -> Result<&'static Registry, &'static [LoadError]> {
        static REGISTRY: OnceLock<Result<Registry, Vec<LoadError>>> = OnceLock::new();
        REGISTRY
            .get_or_init(|| Registry::from_embedded(EMBEDDED))
            .as_ref()
            .map_err(|e| e.as_slice())
    }

    /// The rules built into the binary: each `rule.toml` read from its JSON form and its regexes
    /// left to the test-suite, which keeps the start of every process cheap. A rule that fails
    /// to load is still reported with file, line and key (from its TOML text).
    pub fn from_embedded(embedded: &[EmbeddedRule]) -> Result<Registry, Vec<LoadError>> {
        Registry::load(embedded.iter().map(|e| RuleSource {
            dir: e.dir,
            files: e.files.iter().copied().collect(),
            rule_json: e.rule_json,
            check_regex: false,
            static_files: Some(e.files),
        }))
    }

    /// The rules built into the binary, loaded the way a project's rules are: from the TOML
    /// text, every regex checked. The test-suite compares this with [`Registry::embedded`].
    pub fn embedded_from_toml() -> Result<Registry, Vec<LoadError>> {
        Registry::load(EMBEDDED.iter().map(|e| RuleSource {
            dir: e.dir,
            files: e.files.iter().copied().collect(),
            rule_json: None,
            check_regex: true,
            static_files: None,
        }))
    }

    /// The directories embedded in this binary, as `build.rs` generated them.
    pub fn embedded_sources() -> &'static [EmbeddedRule] {
        EMBEDDED
    }

    /// Load every rule directory (one holding `rule.toml`) below `root`.
    pub fn from_dir(root: &Path) -> Result<Registry, Vec<LoadError>> {
        let mut dirs = Vec::new();
        let mut stack = vec![root.to_path_buf()];
        while let Some(dir) = stack.pop() {
            let entries = std::fs::read_dir(&dir)
                .map_err(|e| vec![LoadError::new(dir.display().to_string(), e.to_string())])?;
            let mut files = BTreeMap::new();
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if let Some(name) = path.file_name().and_then(|n| n.to_str()) {
                    let text = std::fs::read_to_string(&path).map_err(|e| {
                        vec![LoadError::new(path.display().to_string(), e.to_string())]
                    })?;
                    files.insert(name.to_string(), text);
                }
            }
            if files.contains_key("rule.toml") {
                let rel = dir
                    .strip_prefix(root)
                    .unwrap_or(&dir)
                    .to_string_lossy()
                    .replace('\\', "/");
                dirs.push((rel, files));
            }
        }
        dirs.sort_by(|a, b| a.0.cmp(&b.0));
        Registry::from_memory(dirs)
    }

    /// Load rules from in-memory directories: `(dir under queries/, file name -> content)`.
    pub fn from_memory(
        dirs: impl IntoIterator<Item = (String, BTreeMap<String, String>)>,
    ) -> Result<Registry, Vec<LoadError>> {
        let dirs: Vec<_> = dirs.into_iter().collect();
        Registry::load(dirs.iter().map(|(dir, files)| RuleSource {
            dir,
            files: borrowed(files),
            rule_json: None,
            check_regex: true,
            static_files: None,
        }))
    }

    fn load<'a>(
        dirs: impl IntoIterator<Item = RuleSource<'a>>,
    ) -> Result<Registry, Vec<LoadError>> {
        let mut rules = Vec::new();
        let mut errors = Vec::new();
        let mut generated = Vec::new();
        for source in dirs {
            let (dir, files) = (source.dir, &source.files);
            match load_rule_from(dir, files, source.rule_json, source.check_regex) {
                Ok(rule) => {
                    if let Some(data) = &rule.generated {
                        let text = source
                            .static_files
                            .and_then(|f| f.iter().find(|(name, _)| name == data));
                        match text {
                            Some((_, text)) => {
                                generated.push((rule.code.clone(), Generated::Static(text)))
                            }
                            None => match load_generated(dir, data, files) {
                                Ok(api) => {
                                    generated.push((rule.code.clone(), Generated::Parsed(api)))
                                }
                                Err(e) => errors.push(e),
                            },
                        }
                    }
                    rules.push(rule)
                }
                Err(e) => errors.push(e),
            }
        }
        if generated.len() > 1 {
            errors.push(LoadError::new(
                deprecated::DATA_FILE,
                "only one rule may use generated deprecation data",
            ));
        }
        let mut seen = BTreeMap::new();
        for rule in &rules {
            for key in [&rule.code, &rule.name] {
                if let Some(other) = seen.insert(key.clone(), rule.dir.clone()) {
                    errors.push(LoadError::new(
                        format!("{}/rule.toml", rule.dir),
                        format!("{key:?} is already used by {other}"),
                    ));
                }
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        rules.sort_by(|a, b| a.code.cmp(&b.code));
        let deprecated = generated.pop().and_then(|(code, data)| {
            let i = rules.iter().position(|r| r.code == code)?;
            let covered = rules[i].lists.get("covered").cloned().unwrap_or_default();
            let build: Box<dyn FnOnce() -> Option<DeprecatedIndex> + Send> = match data {
                Generated::Static(text) => Box::new(move || {
                    let api = DeprecatedApi::parse(text).ok()?;
                    Some(DeprecatedIndex::new(api, &covered))
                }),
                Generated::Parsed(api) => {
                    Box::new(move || Some(DeprecatedIndex::new(api, &covered)))
                }
            };
            Some((i, std::sync::Arc::new(LazyLock::new(build))))
        });
        let mut registry = Registry::from_rules(rules);
        registry.deprecated = deprecated;
        Ok(registry)
    }

    /// A registry of validated rules, sorted by code.
    pub(crate) fn from_rules(rules: Vec<Rule>) -> Registry {
        Registry {
            dispatch: Dispatch::new(&rules),
            rules,
            compiled: Default::default(),
            deprecated: None,
        }
    }

    /// The matchers of every rule, indexed by the names they start from.
    pub fn dispatch(&self) -> &Dispatch {
        &self.dispatch
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// The rule matched from generated deprecation data (API001), by index into
    /// [`Registry::rules`], with the data indexed by name.
    pub fn deprecated(&self) -> Option<(usize, &DeprecatedIndex)> {
        let (i, index) = self.deprecated.as_ref()?;
        Some((*i, LazyLock::force(index).as_ref()?))
    }

    pub fn rule(&self, code: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.code == code)
    }

    /// Whether `grammar`'s combined query has been compiled in this process (an ordinary lint
    /// run of the built-in rules compiles none: a test keeps it so).
    pub fn query_compiled(&self, grammar: Grammar) -> bool {
        self.compiled[grammar as usize].get().is_some()
    }

    /// The combined query of every rule for `grammar`, compiled and validated on first use.
    pub fn query(&self, grammar: Grammar) -> Result<&CompiledQuery, &[LoadError]> {
        let slot = &self.compiled[grammar as usize];
        slot.get_or_init(|| compile(&self.rules, grammar))
            .as_ref()
            .map_err(|e| e.as_slice())
    }

    /// Compile the queries of these grammars now, in parallel. Compiling a grammar's combined
    /// query costs far more than linting one file (tree-sitter analyses every pattern against
    /// the grammar), so callers that know which grammars they need warm them up together.
    pub fn prepare(&self, grammars: &[Grammar]) {
        std::thread::scope(|scope| {
            for grammar in grammars {
                scope.spawn(|| {
                    let _ = self.query(*grammar);
                });
            }
        });
    }

    /// Compile and validate every grammar's query now (tests, `cdklint rules --check`).
    pub fn validate_all(&self) -> Vec<LoadError> {
        self.prepare(&Grammar::ALL);
        Grammar::ALL
            .iter()
            .flat_map(|g| self.query(*g).err().unwrap_or_default().to_vec())
            .collect()
    }
}

fn borrowed(files: &BTreeMap<String, String>) -> BTreeMap<&str, &str> {
    files
        .iter()
        .map(|(n, c)| (n.as_str(), c.as_str()))
        .collect()
}

/// One rule from its files, regexes checked (project rules).
pub(crate) fn load_rule(dir: &str, files: &BTreeMap<String, String>) -> Result<Rule, LoadError> {
    load_rule_from(dir, &borrowed(files), None, true)
}

fn load_rule_from(
    dir: &str,
    files: &BTreeMap<&str, &str>,
    rule_json: Option<&str>,
    check_regex: bool,
) -> Result<Rule, LoadError> {
    let toml_file = format!("{dir}/rule.toml");
    let text = *files
        .get("rule.toml")
        .ok_or_else(|| LoadError::new(&toml_file, "missing"))?;
    // The JSON form holds the same values; should it not deserialise, the TOML words the error.
    let from_json = rule_json.and_then(|json| serde_json::from_str::<RawRule>(json).ok());
    let raw: RawRule = match from_json {
        Some(raw) => raw,
        None => toml::from_str(text).map_err(|e| {
            let mut err = LoadError::new(&toml_file, e.message().trim().to_string());
            if let Some(span) = e.span() {
                let (line, column) = crate::locate::line_column(text, span.start);
                err = err.at(line, Some(column));
                err.key = crate::locate::key_at(text, span.start);
            }
            err
        })?,
    };
    let mut queries = BTreeMap::new();
    for lang in QueryLanguage::ALL {
        if let Some(src) = files.get(lang.file_name()) {
            queries.insert(lang, src.to_string());
        }
    }
    let mut lists = BTreeMap::new();
    for (name, text) in files {
        if let Some(stem) = name.strip_suffix(".txt") {
            let items = text
                .lines()
                .map(|l| l.split('#').next().unwrap_or_default().trim())
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect();
            lists.insert(stem.to_string(), items);
        }
    }
    for &name in files.keys() {
        let known = name == "rule.toml"
            || name == deprecated::DATA_FILE
            || name.ends_with(".scm")
            || name.ends_with(".txt")
            || name.ends_with(".md");
        if !known
            || (name.ends_with(".scm") && !QueryLanguage::ALL.iter().any(|l| l.file_name() == name))
        {
            return Err(LoadError::new(
                format!("{dir}/{name}"),
                "unexpected file in a rule directory (expected rule.toml, typescript.scm, python.scm, <list>.txt)",
            ));
        }
    }
    rule::validate(dir, raw, queries, lists, check_regex).map_err(|e| {
        if e.file == toml_file {
            crate::locate::locate(text, e)
        } else {
            e
        }
    })
}

/// A rule's generated data file, parsed.
fn load_generated(
    dir: &str,
    data: &str,
    files: &BTreeMap<&str, &str>,
) -> Result<DeprecatedApi, LoadError> {
    let file = format!("{dir}/{data}");
    let text = files
        .get(data)
        .ok_or_else(|| LoadError::new(&file, "missing (named by `generated` in rule.toml)"))?;
    DeprecatedApi::parse(text).map_err(|e| LoadError::new(format!("{file}: {e}"), "malformed"))
}

pub(crate) fn compile(rules: &[Rule], grammar: Grammar) -> Result<CompiledQuery, Vec<LoadError>> {
    let lang = grammar.query_language();
    let language = grammar.language();
    let mut source = String::new();
    let mut owners: Vec<(usize, usize)> = Vec::new(); // (start byte, rule index)
    for (i, rule) in rules.iter().enumerate() {
        if let Some(src) = rule.queries.get(&lang) {
            owners.push((source.len(), i));
            source.push_str(src);
            source.push('\n');
        }
    }
    let query = match Query::new(&language, &source) {
        Ok(q) => q,
        Err(_) => return Err(individual_errors(rules, grammar)),
    };

    let names = query.capture_names();
    let report_capture = names
        .iter()
        .position(|n| *n == REPORT_CAPTURE)
        .map(|i| i as u32);
    let construct_capture = names
        .iter()
        .position(|n| *n == CONSTRUCT_CAPTURE)
        .map(|i| i as u32);
    let mut errors = Vec::new();
    let mut patterns = Vec::new();
    for p in 0..query.pattern_count() {
        let start = query.start_byte_for_pattern(p);
        let end = query.end_byte_for_pattern(p);
        let idx = owners.partition_point(|(s, _)| *s <= start) - 1;
        let (rule_start, rule_index) = owners[idx];
        let rule = &rules[rule_index];
        let file = format!("{}/{}", rule.dir, lang.file_name());
        let pattern_src = &source[start..end];
        let line = source[rule_start..start].matches('\n').count() + 1;
        match pattern_info(rule, rule_index, &query, p, pattern_src) {
            Ok(info) => patterns.push(info),
            Err(message) => errors.push(LoadError::new(file, message).at(line, None)),
        }
    }
    for (rule_start, rule_index) in &owners {
        if let Err(e) = check_rule_captures(&rules[*rule_index], lang, *rule_start, &source) {
            errors.push(e);
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let Some(report_capture) = report_capture else {
        if patterns.is_empty() {
            // No rule covers this language: an empty query that never matches.
            return Ok(CompiledQuery {
                query,
                patterns,
                report_capture: u32::MAX,
                construct_capture,
            });
        }
        errors.push(LoadError::new(
            format!("queries ({})", grammar.name()),
            "no pattern captures @report",
        ));
        return Err(errors);
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(CompiledQuery {
        query,
        patterns,
        report_capture,
        construct_capture,
    })
}

/// The combined query failed: compile each rule alone to name the file and position.
fn individual_errors(rules: &[Rule], grammar: Grammar) -> Vec<LoadError> {
    let lang = grammar.query_language();
    let language = grammar.language();
    let mut errors = Vec::new();
    for rule in rules {
        let Some(src) = rule.queries.get(&lang) else {
            continue;
        };
        if let Err(e) = Query::new(&language, src) {
            errors.push(
                LoadError::new(
                    format!("{}/{}", rule.dir, lang.file_name()),
                    format!(
                        "does not compile against the {} grammar: {:?} error: {}",
                        grammar.name(),
                        e.kind,
                        e.message
                    ),
                )
                .at(e.row + 1, Some(e.column + 1)),
            );
        }
    }
    if errors.is_empty() {
        errors.push(LoadError::new(
            format!("queries ({})", grammar.name()),
            "the rules' queries compile one by one but not together (a pattern must be closed in its own file)",
        ));
    }
    errors
}

fn pattern_info(
    rule: &Rule,
    rule_index: usize,
    query: &Query,
    p: usize,
    src: &str,
) -> Result<PatternInfo, String> {
    for bad in UNRELIABLE_PREDICATES {
        if src.contains(bad) {
            return Err(format!(
                "`{bad}` never rejects on quantified captures in tree-sitter 0.27; check each node with a custom predicate instead"
            ));
        }
    }
    if !src.contains("@report") {
        return Err("every pattern must capture the range to report as @report".into());
    }
    if !query.property_predicates(p).is_empty() {
        return Err("`#is?` / `#is-not?` are not supported".into());
    }
    let mut variant = None;
    for setting in query.property_settings(p) {
        match (&*setting.key, &setting.value) {
            ("variant", Some(v)) if rule.variants.contains_key(&**v) => {
                variant = Some(v.to_string())
            }
            ("variant", Some(v)) => {
                return Err(format!(
                    "variant {v:?} is not declared in rule.toml [variants]"
                ));
            }
            (key, _) => {
                return Err(format!(
                    "unknown `#set!` key {key:?}; only `variant` is used"
                ));
            }
        }
    }
    let names = query.capture_names();
    let mut predicates = Vec::new();
    for pred in query.general_predicates(p) {
        let op = &*pred.operator;
        let spec = predicates::spec(op).ok_or_else(|| {
            let known: Vec<&str> = predicates::PREDICATES.iter().map(|s| s.name).collect();
            format!(
                "unknown predicate `#{op}`; the engine implements {}",
                known.join(", ")
            )
        })?;
        let (capture, strings) = match pred.args.split_first() {
            Some((QueryPredicateArg::Capture(c), rest)) => (*c, rest),
            _ => return Err(format!("`#{op}` takes a capture first")),
        };
        let mut args = Vec::new();
        for a in strings {
            match a {
                QueryPredicateArg::String(s) => match s.strip_prefix('$') {
                    Some(list) => {
                        let items = rule.lists.get(list).ok_or_else(|| {
                            format!("`#{op}` refers to list `${list}`, which rule.toml [lists] / {list}.txt does not define")
                        })?;
                        args.extend(items.iter().cloned());
                    }
                    None => args.push(s.to_string()),
                },
                QueryPredicateArg::Capture(c) => {
                    return Err(format!(
                        "`#{op}` takes strings after its capture, got @{}",
                        names[*c as usize]
                    ));
                }
            }
        }
        let (min, max) = spec.strings;
        if args.len() < min || args.len() > max {
            return Err(format!(
                "`#{op}` takes {min}..{} string argument(s), got {}",
                if max == usize::MAX {
                    "".into()
                } else {
                    max.to_string()
                },
                args.len()
            ));
        }
        let mut regex = None;
        match spec.kind {
            PredicateKind::ValueString => {
                regex = Some(
                    regex::Regex::new(&args[0]).map_err(|e| format!("`#{op}`: bad regex: {e}"))?,
                );
            }
            PredicateKind::CdkVersion => {
                if args[0] != "1" && args[0] != "2" {
                    return Err(format!("`#{op}` takes \"1\" or \"2\""));
                }
            }
            PredicateKind::CdkRef
            | PredicateKind::NotCdkRef
            | PredicateKind::ValueNew
            | PredicateKind::SoleInstance => {
                for a in &mut args {
                    if !a.contains('.') {
                        return Err(format!(
                            "`#{op}`: {a:?} is not a canonical name like `aws_s3.Bucket`"
                        ));
                    }
                    *a = normalize_canonical(a);
                }
            }
            PredicateKind::ValueMember
            | PredicateKind::Key
            | PredicateKind::HasProp
            | PredicateKind::LacksProp => {
                for a in &mut args {
                    *a = normalize_name(a);
                }
            }
            PredicateKind::AllStringsMatchList => {
                // One anchored, case-insensitive alternation of the globs (`*` = any run).
                let globs: Vec<String> = args
                    .iter()
                    .map(|g| {
                        g.split('*')
                            .map(regex::escape)
                            .collect::<Vec<_>>()
                            .join(".*")
                    })
                    .collect();
                regex = Some(
                    regex::Regex::new(&format!("(?is)^(?:{})$", globs.join("|")))
                        .map_err(|e| format!("`#{op}`: bad glob list: {e}"))?,
                );
            }
            PredicateKind::CalledWith | PredicateKind::NotCalledWith => {
                args[0] = normalize_name(&args[0]);
                regex = Some(
                    regex::Regex::new(&args[1]).map_err(|e| format!("`#{op}`: bad regex: {e}"))?,
                );
            }
            PredicateKind::NumberRangeCovers => {
                if let Some(bad) = args.iter().find(|a| a.parse::<i64>().is_err()) {
                    return Err(format!("`#{op}`: {bad:?} is not an integer"));
                }
            }
            PredicateKind::PropNumber => {
                args[0] = normalize_name(&args[0]);
                if let Some(bad) = args[1..]
                    .iter()
                    .find(|a| predicates::parse_range(a).is_none())
                {
                    return Err(format!(
                        "`#{op}`: {bad:?} is not a range (`a..b`, `a..`, `..b` or `n`)"
                    ));
                }
            }
            PredicateKind::PropString => {
                args[0] = normalize_name(&args[0]);
                regex = Some(
                    regex::Regex::new(&args[1]).map_err(|e| format!("`#{op}`: bad regex: {e}"))?,
                );
            }
            PredicateKind::PassedTo => {
                for a in &mut args {
                    if !a.contains('.') {
                        return Err(format!(
                            "`#{op}`: {a:?} is not a canonical name like `aws_s3.Bucket`"
                        ));
                    }
                    *a = normalize_canonical(a);
                }
            }
            PredicateKind::PathMatch => {
                regex = Some(
                    regex::Regex::new(&args[0]).map_err(|e| format!("`#{op}`: bad regex: {e}"))?,
                );
            }
            PredicateKind::ValueConstruct => {}
            PredicateKind::CdkV1Import => {}
        }
        predicates.push(ResolvedPredicate {
            kind: spec.kind,
            capture,
            args,
            regex,
        });
    }
    Ok(PatternInfo {
        rule: rule_index,
        variant,
        predicates,
    })
}

/// Captures must be meaningful: `@report`/`@construct`, `@_x` for predicates, or used by a
/// template; and every capture a template uses must exist in the query.
fn check_rule_captures(
    rule: &Rule,
    lang: QueryLanguage,
    start: usize,
    source: &str,
) -> Result<(), LoadError> {
    let src = &rule.queries[&lang];
    let file = format!("{}/{}", rule.dir, lang.file_name());
    let _ = (start, source);
    let mut in_query = HashSet::new();
    let mut in_string = false;
    let mut in_comment = false;
    let bytes = src.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if in_comment {
            in_comment = c != b'\n';
        } else if in_string {
            if c == b'\\' {
                i += 1;
            } else if c == b'"' {
                in_string = false;
            }
        } else if c == b'"' {
            in_string = true;
        } else if c == b';' {
            in_comment = true;
        } else if c == b'@' {
            let name: String = src[i + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '.' || *c == '-')
                .collect();
            i += name.len();
            in_query.insert(name);
        }
        i += 1;
    }
    let used = rule.template_captures();
    for name in &in_query {
        let special = name == REPORT_CAPTURE || name == CONSTRUCT_CAPTURE || name.starts_with('_');
        if !special && !used.contains(name.as_str()) {
            return Err(LoadError::new(
                &file,
                format!(
                    "capture @{name} is not used by any template; rename it @_{name} if only predicates use it"
                ),
            ));
        }
    }
    for name in used {
        if !in_query.contains(name) {
            return Err(LoadError::new(
                &file,
                format!("rule.toml uses capture `{name}`, which this query does not capture"),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A built-in rule whose JSON does not deserialise still loads, from its TOML, so nothing
    /// else would notice a serde shape (an untagged enum, say) the JSON path reads differently.
    #[test]
    fn every_embedded_rule_deserialises_from_its_json() {
        for rule in EMBEDDED {
            let Some(json) = rule.rule_json else { continue };
            if let Err(e) = serde_json::from_str::<RawRule>(json) {
                panic!("{}/rule.toml as JSON: {e}", rule.dir);
            }
        }
    }
}
