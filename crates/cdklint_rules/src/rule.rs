//! The validated form of a rule.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use cdklint_diagnostics::{Applicability, Severity};

use crate::matcher::{self, BUILTIN_CAPTURES, Matcher};
use crate::raw::{RawDocs, RawEdit, RawFix, RawRule};
use crate::{LoadError, Piece, QueryLanguage, Template};

#[derive(Debug, Clone)]
pub struct Rule {
    /// Public code, e.g. `NET001`.
    pub code: String,
    /// Public name, e.g. `deprecated-subnet-type`.
    pub name: String,
    /// The directory under `queries/`, e.g. `net/deprecated-subnet-type`.
    pub dir: String,
    pub tier: String,
    pub severity: Severity,
    pub production_severity: Option<Severity>,
    pub message: Template,
    pub languages: Vec<QueryLanguage>,
    pub skip_tests: bool,
    /// Reported by the engine, not by queries (e.g. unused suppressions).
    pub engine: bool,
    pub variants: BTreeMap<String, Variant>,
    pub fixes: BTreeMap<String, FixSpec>,
    pub lists: BTreeMap<String, Vec<String>>,
    pub docs: Docs,
    /// Query source per language (the syntax escape hatch).
    pub queries: BTreeMap<QueryLanguage, String>,
    /// Matchers over the construct model, in order: the first that matches a node wins.
    pub matchers: Vec<Matcher>,
    /// The query runs only on files containing one of these strings (empty: every file).
    pub query_prefilter: Vec<String>,
    /// The generated data file the engine matches instead of `[[match]]` tables
    /// (`deprecated-api.tsv`; see [`crate::deprecated`]).
    pub generated: Option<String>,
    /// The rule's directory on disk for a project rule loaded at run time (`rules-dirs`);
    /// `None` for the rules built into the binary.
    pub origin: Option<std::path::PathBuf>,
}

impl Rule {
    /// Whether this rule's syntax query can match in `text` at all.
    pub fn query_may_match(&self, text: &str) -> bool {
        self.query_prefilter.is_empty()
            || self
                .query_prefilter
                .iter()
                .any(|p| text.contains(p.as_str()))
    }
}

/// Overrides for the matches of query patterns tagged `(#set! variant "name")`.
#[derive(Debug, Clone, Default)]
pub struct Variant {
    pub message: Option<Template>,
    pub severity: Option<Severity>,
    /// `Some(None)`: this variant offers no fix.
    pub fix: Option<Option<String>>,
}

#[derive(Debug, Clone)]
pub struct FixSpec {
    pub title: Template,
    pub applicability: Applicability,
    pub edits: Vec<EditSpec>,
    /// Offered only where the project's aws-cdk-lib is unknown, a range, or at least this
    /// release (`cdk-since`).
    pub cdk_since: Option<crate::deprecated::Version>,
}

impl FixSpec {
    /// Whether the fix applies to a project whose aws-cdk-lib is `project` (`Some` only when
    /// known exactly: a lock file or a pin).
    pub fn available_in(&self, project: Option<crate::deprecated::Version>) -> bool {
        match (self.cdk_since, project) {
            (Some(since), Some(version)) => version >= since,
            _ => true,
        }
    }
}

#[derive(Debug, Clone)]
pub struct EditSpec {
    pub op: EditOp,
    pub typescript: Template,
    pub python: Template,
}

impl EditSpec {
    pub fn template(&self, lang: QueryLanguage) -> &Template {
        match lang {
            QueryLanguage::TypeScript => &self.typescript,
            QueryLanguage::Python => &self.python,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditOp {
    /// Replace the captured node's text.
    Replace(String),
    /// Add a prop to the captured object literal / argument list.
    InsertProp(String),
    /// Remove the captured prop entry with its separator.
    RemoveProp(String),
}

impl EditOp {
    pub fn capture(&self) -> &str {
        match self {
            EditOp::Replace(c) | EditOp::InsertProp(c) | EditOp::RemoveProp(c) => c,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Docs {
    pub what_it_does: String,
    pub why_is_this_bad: String,
    pub example: BTreeMap<QueryLanguage, String>,
    pub use_instead: BTreeMap<QueryLanguage, String>,
    pub fix_safety: String,
    pub references: Vec<String>,
}

impl Rule {
    /// The group directory, e.g. `net`.
    pub fn group(&self) -> &str {
        self.dir.split('/').next().unwrap_or_default()
    }

    /// The most permissive applicability among the rule's fixes, if it has any.
    pub fn fixability(&self) -> Option<Applicability> {
        self.fixes.values().map(|f| f.applicability).max()
    }

    pub fn fix_for_variant(&self, variant: Option<&str>) -> Option<(&str, &FixSpec)> {
        let chosen = variant
            .and_then(|v| self.variants.get(v))
            .and_then(|v| v.fix.clone());
        let name = match chosen {
            Some(Some(name)) => name,
            Some(None) => return None,
            None if self.fixes.len() == 1 => self.fixes.keys().next()?.clone(),
            None => "default".to_string(),
        };
        self.fixes
            .get_key_value(name.as_str())
            .map(|(k, v)| (k.as_str(), v))
    }

    /// The rule's doc page as markdown, under the fixed headings.
    pub fn doc_markdown(&self) -> String {
        let mut md = String::new();
        let _ = writeln!(md, "# {} ({})\n", self.name, self.code);
        let fix = match self.fixability() {
            Some(Applicability::Safe) => "Fix is always available (safe).",
            Some(Applicability::Unsafe) => "Fix is sometimes available (unsafe: review it).",
            Some(Applicability::DisplayOnly) | None => "No automatic fix.",
        };
        let _ = writeln!(
            md,
            "Default severity: {}{}. Tier {}. {fix}\n",
            self.severity,
            self.production_severity
                .map(|s| format!(" ({s} in production)"))
                .unwrap_or_default(),
            self.tier
        );
        let sections: [(&str, &str); 2] = [
            ("What it does", &self.docs.what_it_does),
            ("Why is this bad?", &self.docs.why_is_this_bad),
        ];
        for (heading, body) in sections {
            let _ = writeln!(md, "## {heading}\n\n{}\n", body.trim());
        }
        for (heading, examples) in [
            ("Example", &self.docs.example),
            ("Use instead", &self.docs.use_instead),
        ] {
            let _ = writeln!(md, "## {heading}\n");
            for (lang, code) in examples {
                let _ = writeln!(md, "```{}\n{}\n```\n", lang.key(), code.trim_end());
            }
        }
        let _ = writeln!(md, "## Fix safety\n\n{}\n", self.docs.fix_safety.trim());
        let _ = writeln!(md, "## References\n");
        for r in &self.docs.references {
            let _ = writeln!(md, "- {r}");
        }
        md
    }

    /// Every capture name a template of this rule refers to.
    pub fn template_captures(&self) -> BTreeSet<&str> {
        let mut names: BTreeSet<&str> = self.message.captures().collect();
        for v in self.variants.values() {
            names.extend(v.message.iter().flat_map(|t| t.captures()));
        }
        for f in self.fixes.values() {
            names.extend(f.title.captures());
            for e in &f.edits {
                names.insert(e.op.capture());
                names.extend(e.typescript.captures());
                names.extend(e.python.captures());
            }
        }
        names
    }
}

fn severity(file: &str, key: &str, s: &str) -> Result<Severity, LoadError> {
    Severity::parse(s).ok_or_else(|| {
        LoadError::new(
            file,
            format!("`{key}` must be \"error\", \"warning\" or \"info\", not {s:?}"),
        )
    })
}

fn template(file: &str, key: &str, s: &str) -> Result<Template, LoadError> {
    Template::parse(s).map_err(|e| LoadError::new(file, format!("`{key}`: {e}")))
}

pub(crate) fn validate(
    dir: &str,
    raw: RawRule,
    queries: BTreeMap<QueryLanguage, String>,
    file_lists: BTreeMap<String, Vec<String>>,
    check_regex: bool,
) -> Result<Rule, LoadError> {
    let file = format!("{dir}/rule.toml");
    let f = file.as_str();
    // An upper-case prefix (which may hold digits, as in `S3001`) and a three-digit number.
    let code_ok = raw.code.len() >= 4
        && raw.code.starts_with(|c: char| c.is_ascii_uppercase())
        && raw
            .code
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && raw.code[raw.code.len() - 3..]
            .chars()
            .all(|c| c.is_ascii_digit());
    if !code_ok {
        return Err(LoadError::new(
            f,
            format!(
                "`code` {:?} must be an upper-case prefix then three digits, like NET001 or S3001",
                raw.code
            ),
        ));
    }
    let dir_name = dir.rsplit('/').next().unwrap_or_default();
    if raw.name != dir_name {
        return Err(LoadError::new(
            f,
            format!(
                "`name` {:?} must equal the rule's directory name {dir_name:?}",
                raw.name
            ),
        ));
    }
    if !["T1", "T2", "T3"].contains(&raw.tier.as_str()) {
        return Err(LoadError::new(
            f,
            format!("`tier` must be T1, T2 or T3, not {:?}", raw.tier),
        ));
    }
    let languages = match &raw.languages {
        None if raw.engine => Vec::new(),
        None => QueryLanguage::ALL.to_vec(),
        Some(list) => list
            .iter()
            .map(|l| {
                QueryLanguage::ALL
                    .into_iter()
                    .find(|q| q.key() == l)
                    .ok_or_else(|| {
                        LoadError::new(
                            f,
                            format!("`languages`: unknown language {l:?} (typescript, python)"),
                        )
                    })
            })
            .collect::<Result<Vec<_>, _>>()?,
    };
    if !queries.is_empty() && raw.syntax_query.is_none() {
        return Err(LoadError::new(
            f,
            "the rule has query files: say why it needs syntax the model does not show in `syntax-query`",
        ));
    }
    if queries.is_empty() && !raw.query_prefilter.is_empty() {
        return Err(LoadError::new(
            f,
            "`query-prefilter` is set but the rule has no query files",
        ));
    }
    if raw.query_prefilter.iter().any(String::is_empty) {
        return Err(LoadError::new(
            f,
            "`query-prefilter` holds an empty string, which every file contains",
        ));
    }
    if queries.is_empty() && raw.syntax_query.is_some() {
        return Err(LoadError::new(
            f,
            "`syntax-query` is set but the rule has no typescript.scm / python.scm",
        ));
    }
    if let Some(data) = &raw.generated
        && data != crate::deprecated::DATA_FILE
    {
        return Err(LoadError::new(
            f,
            format!(
                "`generated` names {data:?}; the engine knows only {:?}",
                crate::deprecated::DATA_FILE
            ),
        ));
    }
    for lang in &languages {
        if raw.matchers.is_empty() && raw.generated.is_none() && !queries.contains_key(lang) {
            return Err(LoadError::new(
                format!("{dir}/{}", lang.file_name()),
                "missing: the rule applies to this language, so it needs this query file",
            ));
        }
    }
    for lang in queries.keys() {
        if !languages.contains(lang) {
            return Err(LoadError::new(
                format!("{dir}/{}", lang.file_name()),
                "present but `languages` in rule.toml leaves this language out",
            ));
        }
    }

    let mut lists = file_lists;
    for (name, items) in raw.lists {
        if lists.insert(name.clone(), items).is_some() {
            return Err(LoadError::new(
                f,
                format!("list `{name}` is defined both in [lists] and in {name}.txt"),
            ));
        }
    }

    let mut fixes = BTreeMap::new();
    for (name, raw_fix) in raw.fix {
        fixes.insert(name.clone(), fix_spec(f, &name, raw_fix)?);
    }

    let mut variants = BTreeMap::new();
    for (name, v) in raw.variants {
        let fix = match v.fix.as_deref() {
            None => None,
            Some("none") => Some(None),
            Some(fix) if fixes.contains_key(fix) => Some(Some(fix.to_string())),
            Some(fix) => {
                return Err(LoadError::new(
                    f,
                    format!("variant `{name}` names fix `{fix}`, which is not defined"),
                ));
            }
        };
        let variant = Variant {
            message: v
                .message
                .as_deref()
                .map(|m| template(f, "message", m))
                .transpose()?,
            severity: v
                .severity
                .as_deref()
                .map(|s| severity(f, "severity", s))
                .transpose()?,
            fix,
        };
        variants.insert(name, variant);
    }
    if fixes.len() > 1 && !fixes.contains_key("default") {
        let all_choose = !variants.is_empty() && variants.values().all(|v| v.fix.is_some());
        if !all_choose {
            return Err(LoadError::new(
                f,
                "with several fixes, name one `default` or let every variant choose its `fix`",
            ));
        }
    }

    let doc_languages = if raw.engine {
        QueryLanguage::ALL.to_vec()
    } else {
        languages.clone()
    };
    for (name, fix) in &fixes {
        for edit in &fix.edits {
            for list in edit.typescript.sole_lists().chain(edit.python.sole_lists()) {
                if !lists.contains_key(list) {
                    return Err(LoadError::new(
                        f,
                        format!(
                            "fix `{name}` uses `{{sole:{list}}}`, but the rule has no list `{list}`"
                        ),
                    ));
                }
            }
        }
        if fix.title.sole_lists().next().is_some() {
            return Err(LoadError::new(
                f,
                format!("fix `{name}`: `title` may not use `{{sole:…}}`"),
            ));
        }
    }
    if raw.engine && (!raw.matchers.is_empty() || !queries.is_empty()) {
        return Err(LoadError::new(
            f,
            "an engine rule has no `[[match]]` and no queries",
        ));
    }
    let matchers = matcher::compile(
        f,
        raw.matchers,
        &lists,
        &raw.conditions,
        &|v| variants.contains_key(v),
        check_regex,
    )?;
    if !matchers.is_empty() {
        check_matcher_captures(f, &matchers, &raw_captures(&raw.message, &variants, &fixes))?;
    }
    let docs = docs(f, raw.docs, &doc_languages)?;
    let message = template(f, "message", &raw.message)?;
    if message.refs().next().is_some() {
        return Err(LoadError::new(
            f,
            "`message` may use `{capture}` holes but not `{ref:…}`",
        ));
    }

    Ok(Rule {
        code: raw.code,
        name: raw.name,
        dir: dir.to_string(),
        tier: raw.tier,
        severity: severity(f, "severity", &raw.severity)?,
        production_severity: raw
            .production_severity
            .as_deref()
            .map(|s| severity(f, "production-severity", s))
            .transpose()?,
        message,
        languages,
        skip_tests: raw.skip_tests,
        engine: raw.engine,
        variants,
        fixes,
        lists,
        docs,
        queries,
        matchers,
        query_prefilter: raw.query_prefilter,
        generated: raw.generated,
        origin: None,
    })
}

/// Every capture a template of the rule uses, with the variant it belongs to (`None`: all).
fn raw_captures(
    message: &str,
    variants: &BTreeMap<String, Variant>,
    fixes: &BTreeMap<String, FixSpec>,
) -> Vec<(Option<String>, String)> {
    let mut out: Vec<(Option<String>, String)> = Template::parse(message)
        .map(|t| t.captures().map(|c| (None, c.to_string())).collect())
        .unwrap_or_default();
    for (name, v) in variants {
        for c in v.message.iter().flat_map(|t| t.captures()) {
            out.push((Some(name.clone()), c.to_string()));
        }
    }
    for fix in fixes.values() {
        let mut caps: Vec<&str> = fix.title.captures().collect();
        for e in &fix.edits {
            caps.push(e.op.capture());
            caps.extend(e.typescript.captures());
            caps.extend(e.python.captures());
        }
        out.extend(caps.into_iter().map(|c| (None, c.to_string())));
    }
    out
}

/// A template may only use captures some matcher can set.
fn check_matcher_captures(
    file: &str,
    matchers: &[Matcher],
    used: &[(Option<String>, String)],
) -> Result<(), LoadError> {
    for (variant, capture) in used {
        if BUILTIN_CAPTURES.contains(&capture.as_str()) {
            continue;
        }
        let defined = matchers
            .iter()
            .any(|m| (variant.is_none() || m.variant == *variant) && m.captures.contains(capture));
        if !defined {
            return Err(LoadError::new(
                file,
                format!(
                    "templates use `{{{capture}}}`, but no [[match]]{} sets `capture = {capture:?}`",
                    variant
                        .as_ref()
                        .map(|v| format!(" of variant {v:?}"))
                        .unwrap_or_default()
                ),
            ));
        }
    }
    Ok(())
}

fn fix_spec(file: &str, name: &str, raw: RawFix) -> Result<FixSpec, LoadError> {
    let applicability = match raw.applicability.as_str() {
        "safe" => Applicability::Safe,
        "unsafe" => Applicability::Unsafe,
        "display-only" => Applicability::DisplayOnly,
        other => {
            return Err(LoadError::new(
                file,
                format!(
                    "fix `{name}`: `applicability` must be safe, unsafe or display-only, not {other:?}"
                ),
            ));
        }
    };
    if raw.edits.is_empty() {
        return Err(LoadError::new(file, format!("fix `{name}` has no `edits`")));
    }
    let edits = raw
        .edits
        .into_iter()
        .map(|e| edit_spec(file, name, e))
        .collect::<Result<_, _>>()?;
    let cdk_since = match &raw.cdk_since {
        None => None,
        Some(v) => Some(crate::deprecated::Version::parse(v).ok_or_else(|| {
            LoadError::new(
                file,
                format!("fix `{name}`: `cdk-since` must be an aws-cdk-lib release such as \"2.180.0\", not {v:?}"),
            )
        })?),
    };
    Ok(FixSpec {
        title: template(file, "title", &raw.title)?,
        applicability,
        edits,
        cdk_since,
    })
}

fn edit_spec(file: &str, fix: &str, raw: RawEdit) -> Result<EditSpec, LoadError> {
    let op = match (raw.replace, raw.insert_prop, raw.remove) {
        (Some(c), None, None) => EditOp::Replace(c),
        (None, Some(c), None) => EditOp::InsertProp(c),
        (None, None, Some(c)) => {
            if raw.with.is_some() || raw.typescript.is_some() || raw.python.is_some() {
                return Err(LoadError::new(
                    file,
                    format!("fix `{fix}`: `remove` takes no `with` / `typescript` / `python`"),
                ));
            }
            return Ok(EditSpec {
                op: EditOp::RemoveProp(c),
                typescript: Template::default(),
                python: Template::default(),
            });
        }
        _ => {
            return Err(LoadError::new(
                file,
                format!(
                    "fix `{fix}`: each edit needs exactly one of `replace`, `insert-prop` or `remove` (a capture name)"
                ),
            ));
        }
    };
    let pick = |specific: &Option<String>, lang: &str| -> Result<Template, LoadError> {
        match (specific, &raw.with) {
            (Some(t), _) | (None, Some(t)) => template(file, &format!("fix `{fix}` edit"), t),
            (None, None) => Err(LoadError::new(
                file,
                format!(
                    "fix `{fix}`: edit of `{}` needs `with` or `{lang}`",
                    op.capture()
                ),
            )),
        }
    };
    let (mut typescript, mut python) = (
        pick(&raw.typescript, "typescript")?,
        pick(&raw.python, "python")?,
    );
    if let Some(prop) = &raw.prop {
        if !matches!(op, EditOp::InsertProp(_)) {
            return Err(LoadError::new(
                file,
                format!("fix `{fix}`: `prop` goes with `insert-prop`"),
            ));
        }
        // One edit for both languages: `enforceSSL: true` / `enforce_ssl=True`.
        typescript
            .pieces
            .insert(0, Piece::Text(format!("{prop}: ")));
        python.pieces.insert(
            0,
            Piece::Text(format!("{}=", cdklint_model::snake_case(prop))),
        );
    }
    Ok(EditSpec {
        typescript,
        python,
        op,
    })
}

fn docs(file: &str, raw: RawDocs, languages: &[QueryLanguage]) -> Result<Docs, LoadError> {
    for (key, text) in [
        ("what-it-does", &raw.what_it_does),
        ("why-is-this-bad", &raw.why_is_this_bad),
        ("fix-safety", &raw.fix_safety),
    ] {
        if text.trim().is_empty() {
            return Err(LoadError::new(file, format!("[docs] `{key}` is empty")));
        }
    }
    if raw.references.is_empty() {
        return Err(LoadError::new(
            file,
            "[docs] `references` is empty: cite the seed the rule comes from",
        ));
    }
    let examples = |key: &str, map: std::collections::BTreeMap<String, String>| {
        let mut out = BTreeMap::new();
        for (lang, code) in map {
            let Some(q) = languages.iter().find(|l| l.key() == lang) else {
                return Err(LoadError::new(
                    file,
                    format!("[docs.{key}] has {lang:?}, which the rule does not cover"),
                ));
            };
            out.insert(*q, code);
        }
        for lang in languages {
            if !out.contains_key(lang) {
                return Err(LoadError::new(
                    file,
                    format!("[docs.{key}] needs a `{}` example", lang.key()),
                ));
            }
        }
        Ok(out)
    };
    Ok(Docs {
        what_it_does: raw.what_it_does,
        why_is_this_bad: raw.why_is_this_bad,
        example: examples("example", raw.example)?,
        use_instead: examples("use-instead", raw.use_instead)?,
        fix_safety: raw.fix_safety,
        references: raw.references,
    })
}
