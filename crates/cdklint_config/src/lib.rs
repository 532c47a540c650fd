//! Configuration: `cdklint.toml`, or `[tool.cdklint]` in `pyproject.toml`, discovered upward
//! from each linted file. The nearest file wins; globs are relative to its directory.
//!
//! ```toml
//! select = ["DNS", "NET001"]          # codes or prefixes; default: every rule
//! ignore = ["NET004"]
//! fail-level = "warning"              # error | warning | info
//! production = ["stacks/prod/**", "*ProdStack"]   # paths or stack names where DAT001 is an error
//! allowed-regions = ["eu-west-1"]
//! [severity]
//! NET005 = "warning"
//! max-file-size = "4MB"              # larger files are skipped (default 4 MiB)
//! [per-file-ignores]
//! "test/**" = ["DAT001"]
//! ```
//! A project's own rules (see `docs/writing-rules.md`):
//! ```toml
//! rules-dirs = ["cdklint-rules"]     # each holds <group>/<name>/rule.toml, relative to this file
//! rule-prefix = "ACME"               # the project rules' code prefix: ACME001, ACME002 …
//! ```
//! A bad configuration is an error that names the file, line and key.
//!
//! [`Resolver`] is the one settings path: the CLI (flags) and the language server (editor
//! settings) both resolve each file's settings through it, as an [`Overlay`] on the file's
//! configuration.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use cdklint_diagnostics::Severity;
use cdklint_linter::{LintSettings, RuleSelector};
use globset::{Glob, GlobSet, GlobSetBuilder};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

pub const CONFIG_FILE: &str = "cdklint.toml";
pub const PYPROJECT_FILE: &str = "pyproject.toml";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ConfigError {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub key: Option<String>,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        f.write_str(": ")?;
        if let Some(key) = &self.key {
            write!(f, "`{key}`: ")?;
        }
        f.write_str(&self.message)
    }
}

/// A loaded, validated configuration file.
#[derive(Debug, Clone)]
pub struct Config {
    pub file: PathBuf,
    /// Directory of the file: relative globs and paths are matched from here.
    pub root: PathBuf,
    pub select: Option<Vec<String>>,
    pub ignore: Vec<String>,
    pub fail_level: Option<Severity>,
    pub severity: BTreeMap<String, Severity>,
    pub production: Option<GlobSet>,
    pub allowed_regions: Vec<String>,
    pub config_recorder_external: bool,
    /// Files larger than this many bytes are skipped, not linted.
    pub max_file_size: Option<u64>,
    per_file_ignores: Vec<(GlobSet, Vec<String>)>,
    /// `rules-dirs`: directories of the project's own rules, resolved against [`Config::root`].
    pub rules_dirs: Vec<PathBuf>,
    /// `rule-prefix`: the code prefix every project rule must use.
    pub rule_prefix: Option<String>,
}

/// Is a code (or prefix) one that some rule has? Passed in so this crate stays independent of
/// the rule set.
pub type KnownCode<'a> = &'a dyn Fn(&str) -> bool;

impl Config {
    /// Read and validate a config file (`cdklint.toml` or a `pyproject.toml`). `Ok(None)` for a
    /// `pyproject.toml` without `[tool.cdklint]`.
    pub fn load(file: &Path, known: KnownCode) -> Result<Option<Config>, ConfigError> {
        let text = read_bounded(file).map_err(|message| ConfigError {
            file: file.to_path_buf(),
            line: None,
            key: None,
            message,
        })?;
        Config::parse(file, &text, known)
    }

    /// Parse and validate a configuration text. Every error names the line and the key, in
    /// the words of the file (the parsed TOML is walked with its spans rather than handed to
    /// serde, whose messages name Rust types).
    pub fn parse(file: &Path, text: &str, known: KnownCode) -> Result<Option<Config>, ConfigError> {
        let err = |span: Option<std::ops::Range<usize>>, key: Option<&str>, message: String| {
            ConfigError {
                file: file.to_path_buf(),
                line: span.map(|s| line_of(text, s.start)),
                key: key.map(str::to_string),
                message,
            }
        };
        let root = DeTable::parse(text).map_err(|e| {
            let key = e.span().and_then(|span| key_on_line(text, span.start));
            err(e.span(), key.as_deref(), e.message().trim().to_string())
        })?;
        let is_pyproject = file.file_name().is_some_and(|n| n == PYPROJECT_FILE);
        let table: &DeTable = if is_pyproject {
            let Some(tool) = entry(root.get_ref(), "tool") else {
                return Ok(None);
            };
            let Some(tool) = tool.get_ref().as_table() else {
                return Err(err(
                    Some(tool.span()),
                    Some("tool"),
                    "must be a table (`[tool.cdklint]`)".into(),
                ));
            };
            let Some(section) = entry(tool, "cdklint") else {
                return Ok(None);
            };
            match section.get_ref().as_table() {
                Some(t) => t,
                None => {
                    return Err(err(
                        Some(section.span()),
                        Some("tool.cdklint"),
                        format!(
                            "must be a table (`[tool.cdklint]`), not {}",
                            a_type(section.get_ref())
                        ),
                    ));
                }
            }
        } else {
            root.get_ref()
        };

        let mut cfg = Config {
            file: file.to_path_buf(),
            root: file.parent().map(Path::to_path_buf).unwrap_or_default(),
            select: None,
            ignore: Vec::new(),
            fail_level: None,
            severity: BTreeMap::new(),
            production: None,
            allowed_regions: Vec::new(),
            config_recorder_external: false,
            max_file_size: None,
            per_file_ignores: Vec::new(),
            rules_dirs: Vec::new(),
            rule_prefix: None,
        };
        let codes = |key: &str, value: &Spanned<DeValue>| -> Result<Vec<String>, ConfigError> {
            let list = strings(key, value, "rule codes, like [\"NET\", \"DAT001\"]", &err)?;
            for (code, span) in &list {
                if code != "ALL" && !known(code) {
                    return Err(err(
                        Some(span.clone()),
                        Some(key),
                        format!("{code:?} is not a rule code or code prefix"),
                    ));
                }
            }
            Ok(list.into_iter().map(|(c, _)| c).collect())
        };
        let severity_of = |key: &str, v: &Spanned<DeValue>| {
            v.get_ref()
                .as_str()
                .and_then(Severity::parse)
                .ok_or_else(|| {
                    err(
                        Some(v.span()),
                        Some(key),
                        format!(
                            "{} is not one of \"error\", \"warning\", \"info\"",
                            show(v.get_ref())
                        ),
                    )
                })
        };
        // In the order written, so the first mistake in the file is the one reported.
        let mut entries: Vec<_> = table.iter().collect();
        entries.sort_by_key(|(k, _)| k.span().start);
        for (k, v) in entries {
            let key: &str = k.get_ref();
            match key {
                "select" => cfg.select = Some(codes(key, v)?),
                "ignore" => cfg.ignore = codes(key, v)?,
                "fail-level" => cfg.fail_level = Some(severity_of(key, v)?),
                "production" => {
                    let list = strings(key, v, "globs, like [\"stacks/prod/**\"]", &err)?;
                    cfg.production = Some(globs(&list, key, &err)?);
                }
                "allowed-regions" => {
                    let list = strings(key, v, "region names, like [\"eu-west-1\"]", &err)?;
                    cfg.allowed_regions = list.into_iter().map(|(r, _)| r).collect();
                }
                "config-recorder" => {
                    cfg.config_recorder_external = match v.get_ref().as_str() {
                        Some("external") => true,
                        Some("workspace") => false,
                        _ => {
                            return Err(err(
                                Some(v.span()),
                                Some(key),
                                format!(
                                    "{} is not \"external\" or \"workspace\"",
                                    show(v.get_ref())
                                ),
                            ));
                        }
                    }
                }
                "max-file-size" => cfg.max_file_size = Some(file_size(key, v, &err)?),
                "severity" => {
                    let map = sub_table(
                        key,
                        v,
                        "[severity] with lines like NET001 = \"warning\"",
                        &err,
                    )?;
                    for (code, s) in map.iter() {
                        let code: &str = code.get_ref();
                        let key = format!("severity.{code}");
                        if !known(code) {
                            return Err(err(
                                Some(s.span()),
                                Some(&key),
                                format!("{code:?} is not a rule code"),
                            ));
                        }
                        cfg.severity.insert(code.to_string(), severity_of(&key, s)?);
                    }
                }
                "per-file-ignores" => {
                    let map = sub_table(
                        key,
                        v,
                        "[per-file-ignores] with lines like \"test/**\" = [\"DAT001\"]",
                        &err,
                    )?;
                    for (pattern, list) in map.iter() {
                        let pattern: &str = pattern.get_ref();
                        let key = format!("per-file-ignores.\"{pattern}\"");
                        let set = globs(&[(pattern.to_string(), list.span())], &key, &err)?;
                        cfg.per_file_ignores.push((set, codes(&key, list)?));
                    }
                }
                "rules-dirs" => {
                    let list = strings(key, v, "directories, like [\"cdklint-rules\"]", &err)?;
                    for (dir, span) in list {
                        let path = cfg.root.join(&dir);
                        if !path.is_dir() {
                            return Err(err(
                                Some(span),
                                Some(key),
                                format!("{dir:?} is not a directory (relative to this file)"),
                            ));
                        }
                        cfg.rules_dirs.push(path);
                    }
                }
                "rule-prefix" => {
                    let prefix = v.get_ref().as_str().filter(|p| {
                        (1..=10).contains(&p.len())
                            && p.starts_with(|c: char| c.is_ascii_uppercase())
                            && p.chars()
                                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                    });
                    match prefix {
                        Some(p) => cfg.rule_prefix = Some(p.to_string()),
                        None => {
                            return Err(err(
                                Some(v.span()),
                                Some(key),
                                format!(
                                    "{} is not a code prefix: upper-case letters (then digits), like \"ACME\"",
                                    show(v.get_ref())
                                ),
                            ));
                        }
                    }
                }
                _ => {
                    return Err(err(
                        Some(k.span()),
                        Some(key),
                        format!(
                            "{key:?} is not a setting; the settings are {}",
                            KEYS.join(", ")
                        ),
                    ));
                }
            }
        }
        Ok(Some(cfg))
    }

    /// The path of `file` relative to this config's directory, with `/` separators.
    pub fn relative(&self, file: &Path) -> String {
        let rel = file.strip_prefix(&self.root).unwrap_or(file);
        rel.to_string_lossy().replace('\\', "/")
    }

    /// Engine settings for one file under this config.
    pub fn settings_for(&self, file: &Path) -> LintSettings {
        let rel = self.relative(file);
        let mut ignore = self.ignore.clone();
        // `config-recorder = "external"`: the recorder lives outside the app (Control Tower,
        // StackSets), so OPS001 has nothing to say.
        if self.config_recorder_external {
            ignore.push("OPS001".to_string());
        }
        for (globs, codes) in &self.per_file_ignores {
            if globs.is_match(&rel) {
                ignore.extend(codes.iter().cloned());
            }
        }
        LintSettings {
            rules: RuleSelector {
                select: self.select.clone(),
                ignore,
            },
            severity: self.severity.clone(),
            production: self.production.clone(),
            report_unused_suppressions: true,
            allowed_regions: self.allowed_regions.clone(),
            ..Default::default()
        }
    }
}

impl Config {
    /// The project's own rules this configuration names (`rules-dirs`, `rule-prefix`).
    pub fn custom_rules(&self) -> cdklint_rules::CustomRules {
        cdklint_rules::CustomRules {
            dirs: self.rules_dirs.clone(),
            prefix: self.rule_prefix.clone(),
        }
    }
}

/// The project rules named by the configuration governing `dir` (`--config` if given), read
/// before the rules are known: codes in `select` and the like are checked later, by the full
/// load, against built-in and project rules together.
pub fn discover_custom_rules(
    dir: &Path,
    fixed: Option<&Path>,
) -> Result<Option<(PathBuf, cdklint_rules::CustomRules)>, ConfigError> {
    let any = |_: &str| true;
    let cfg = match fixed {
        Some(file) => Config::load(file, &any)?,
        None => discover(dir, &any)?,
    };
    Ok(cfg
        .filter(|c| !c.rules_dirs.is_empty())
        .map(|c| (c.file.clone(), c.custom_rules())))
}

/// Builds a [`ConfigError`] from a span in the file, the key, and the message.
type ErrorAt<'a> = dyn Fn(Option<std::ops::Range<usize>>, Option<&str>, String) -> ConfigError + 'a;

/// The outcome of discovering the configuration for one directory.
type Discovered = Result<Option<Arc<Config>>, ConfigError>;

/// The settings a configuration file may hold, for the message about an unknown one.
const KEYS: &[&str] = &[
    "select",
    "ignore",
    "fail-level",
    "severity",
    "production",
    "allowed-regions",
    "config-recorder",
    "per-file-ignores",
    "max-file-size",
    "rules-dirs",
    "rule-prefix",
];

/// Configuration files larger than this are not configuration (`--config /dev/zero` must not
/// read until memory runs out).
pub const MAX_CONFIG_SIZE: u64 = 1024 * 1024;

/// Read a configuration file, refusing anything larger than [`MAX_CONFIG_SIZE`] or not text.
fn read_bounded(file: &Path) -> Result<String, String> {
    use std::io::Read;
    let f = std::fs::File::open(file).map_err(|e| format!("cannot read: {e}"))?;
    let mut bytes = Vec::new();
    f.take(MAX_CONFIG_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read: {e}"))?;
    if bytes.len() as u64 > MAX_CONFIG_SIZE {
        return Err(format!(
            "larger than {} KiB: not a cdklint configuration",
            MAX_CONFIG_SIZE / 1024
        ));
    }
    String::from_utf8(bytes).map_err(|_| "not UTF-8 text: not a cdklint configuration".into())
}

/// The key written on the line holding `offset` (`name = …` or a `[table]` header): what a
/// TOML syntax error is about, in the words of the file.
fn key_on_line(text: &str, offset: usize) -> Option<String> {
    let start = text.get(..offset)?.rfind('\n').map_or(0, |i| i + 1);
    let line = text[start..].lines().next()?.trim();
    let key = match line.strip_prefix('[') {
        Some(header) => header.trim_start_matches('[').split(']').next()?,
        None => line.split('=').next()?,
    };
    let key = key.trim();
    (!key.is_empty() && line.len() > key.len()).then(|| key.to_string())
}

fn line_of(text: &str, offset: usize) -> usize {
    let before = text.get(..offset).unwrap_or(text);
    before.matches('\n').count() + 1
}

fn entry<'a, 'i>(table: &'a DeTable<'i>, key: &str) -> Option<&'a Spanned<DeValue<'i>>> {
    table
        .iter()
        .find(|(k, _)| k.get_ref().as_ref() == key)
        .map(|(_, v)| v)
}

/// "a string", "an integer" …: a TOML type as a user reads it.
fn a_type(v: &DeValue) -> &'static str {
    match v {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a number",
        DeValue::Boolean(_) => "true or false",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

/// A value as a user wrote it, for messages: strings quoted, other values by type.
fn show(v: &DeValue) -> String {
    match v {
        DeValue::String(s) => format!("{s:?}"),
        DeValue::Integer(i) => i.as_str().to_string(),
        DeValue::Boolean(b) => b.to_string(),
        other => a_type(other).to_string(),
    }
}

type Listed = Vec<(String, std::ops::Range<usize>)>;

/// A list of strings, each with its span.
fn strings(
    key: &str,
    v: &Spanned<DeValue>,
    what: &str,
    err: &ErrorAt,
) -> Result<Listed, ConfigError> {
    let Some(list) = v.get_ref().as_array() else {
        return Err(err(
            Some(v.span()),
            Some(key),
            format!("must be a list of {what}, not {}", a_type(v.get_ref())),
        ));
    };
    list.iter()
        .map(|item| match item.get_ref().as_str() {
            Some(s) => Ok((s.to_string(), item.span())),
            None => Err(err(
                Some(item.span()),
                Some(key),
                format!(
                    "every entry must be a string in quotes, not {}",
                    a_type(item.get_ref())
                ),
            )),
        })
        .collect()
}

fn sub_table<'a, 'i>(
    key: &str,
    v: &'a Spanned<DeValue<'i>>,
    what: &str,
    err: &ErrorAt,
) -> Result<&'a DeTable<'i>, ConfigError> {
    v.get_ref().as_table().ok_or_else(|| {
        err(
            Some(v.span()),
            Some(key),
            format!("must be a table ({what}), not {}", a_type(v.get_ref())),
        )
    })
}

/// A size in bytes: an integer, or a string such as "4MB", "512KiB", "2 MiB".
fn file_size(key: &str, v: &Spanned<DeValue>, err: &ErrorAt) -> Result<u64, ConfigError> {
    let bad = || {
        err(
            Some(v.span()),
            Some(key),
            format!(
                "{} is not a size: write a number of bytes or a string like \"4MB\" or \"512KiB\"",
                show(v.get_ref())
            ),
        )
    };
    match v.get_ref() {
        DeValue::Integer(i) => i
            .as_str()
            .replace('_', "")
            .parse::<u64>()
            .ok()
            .filter(|_| i.radix() == 10)
            .ok_or_else(bad),
        DeValue::String(s) => parse_size(s).ok_or_else(bad),
        _ => Err(bad()),
    }
}

/// Parse "4MB", "512 KiB", "1000" into bytes (KB/MB/GB are powers of 1000, KiB/MiB/GiB of 1024).
pub fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let digits = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let number: u64 = s[..digits].parse().ok()?;
    let unit: u64 = match s[digits..].trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "kb" | "k" => 1000,
        "kib" => 1024,
        "mb" | "m" => 1000 * 1000,
        "mib" => 1024 * 1024,
        "gb" | "g" => 1000 * 1000 * 1000,
        "gib" => 1024 * 1024 * 1024,
        _ => return None,
    };
    number.checked_mul(unit)
}

/// A glob set from patterns as the user writes them. `dir/**` also matches below any root:
/// each pattern not starting with `**/` or `/` is added a second time behind `**/`. The CLI
/// and the server (editor settings) build every glob through here.
pub fn glob_set<S: AsRef<str>>(patterns: &[S]) -> Result<GlobSet, (usize, String)> {
    let mut builder = GlobSetBuilder::new();
    for (i, p) in patterns.iter().enumerate() {
        let p = p.as_ref();
        let glob = Glob::new(p).map_err(|e| (i, format!("bad glob: {e}")))?;
        builder.add(glob);
        if !p.starts_with("**/")
            && !p.starts_with('/')
            && let Ok(g) = Glob::new(&format!("**/{p}"))
        {
            builder.add(g);
        }
    }
    builder.build().map_err(|e| (0, format!("bad glob: {e}")))
}

fn globs(
    list: &[(String, std::ops::Range<usize>)],
    key: &str,
    err: &ErrorAt,
) -> Result<GlobSet, ConfigError> {
    let patterns: Vec<&str> = list.iter().map(|(p, _)| p.as_str()).collect();
    glob_set(&patterns).map_err(|(i, message)| {
        err(
            list.get(i).map(|(_, span)| span.clone()),
            Some(key),
            message,
        )
    })
}

/// Find the configuration that governs files in `dir`: the nearest `cdklint.toml`, or
/// `pyproject.toml` with `[tool.cdklint]`, in `dir` or an ancestor.
pub fn discover(dir: &Path, known: KnownCode) -> Result<Option<Config>, ConfigError> {
    for ancestor in dir.ancestors() {
        let candidate = ancestor.join(CONFIG_FILE);
        if candidate.is_file() {
            return Config::load(&candidate, known);
        }
        let py = ancestor.join(PYPROJECT_FILE);
        if py.is_file()
            && let Some(cfg) = Config::load(&py, known)?
        {
            return Ok(Some(cfg));
        }
    }
    Ok(None)
}

/// The default of `max-file-size`: larger files are skipped. Hand-written CDK code is far
/// smaller; what is larger is generated or bundled, and would cost seconds and memory.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 4 * 1024 * 1024;

/// Settings laid over every file's configuration: the CLI's flags, or the editor's settings in
/// the server. `select` replaces the config's, `ignore` adds to it, `severity` overrides per
/// rule, `production` and the two limits replace the config's.
#[derive(Debug, Clone, Default)]
pub struct Overlay {
    pub select: Option<Vec<String>>,
    pub ignore: Vec<String>,
    pub severity: BTreeMap<String, Severity>,
    pub production: Option<GlobSet>,
    pub fail_level: Option<Severity>,
    pub max_file_size: Option<u64>,
}

/// Where configuration comes from.
#[derive(Debug, Clone, Default)]
pub enum Source {
    /// The nearest `cdklint.toml` / `[tool.cdklint]` above each file.
    #[default]
    Discover,
    /// One file for every file (`--config`).
    Fixed(Arc<Config>),
    /// None (`--no-config`).
    Disabled,
}

/// Everything decided for one file: engine settings and the file-level limits.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub settings: LintSettings,
    /// The lowest severity that fails a run (overlay, else the config, else info).
    pub fail_level: Severity,
    /// Files larger than this many bytes are skipped.
    pub max_file_size: u64,
    pub config: Option<Arc<Config>>,
}

impl Resolved {
    /// The settings of a file under `config` (if any) with `overlay` on top.
    pub fn new(config: Option<Arc<Config>>, file: &Path, overlay: &Overlay) -> Resolved {
        let mut settings = match &config {
            Some(cfg) => cfg.settings_for(file),
            None => LintSettings::all_rules(),
        };
        if let Some(select) = &overlay.select {
            settings.rules.select = Some(select.clone());
        }
        settings.rules.ignore.extend(overlay.ignore.iter().cloned());
        for (code, sev) in &overlay.severity {
            settings.severity.insert(code.clone(), *sev);
        }
        if let Some(production) = &overlay.production {
            settings.production = Some(production.clone());
        }
        let cfg = config.as_deref();
        Resolved {
            settings,
            fail_level: overlay
                .fail_level
                .or(cfg.and_then(|c| c.fail_level))
                .unwrap_or(Severity::Info),
            max_file_size: overlay
                .max_file_size
                .or(cfg.and_then(|c| c.max_file_size))
                .unwrap_or(DEFAULT_MAX_FILE_SIZE),
            config,
        }
    }

    /// Why a file of `len` bytes is not linted, if it is too large.
    pub fn too_large(&self, len: u64) -> Option<String> {
        (len > self.max_file_size).then(|| {
            format!(
                "skipped: {len} bytes is larger than max-file-size ({} bytes)",
                self.max_file_size
            )
        })
    }
}

/// Resolves the settings of each file: finds its configuration (cached per directory) and
/// lays the overlay over it. The one settings path of the CLI and the language server.
pub struct Resolver {
    source: Source,
    known: Box<dyn Fn(&str) -> bool + Send + Sync>,
    by_dir: Mutex<HashMap<PathBuf, Discovered>>,
}

impl Resolver {
    /// `known` says whether a code (or prefix) belongs to some rule.
    pub fn new(source: Source, known: impl Fn(&str) -> bool + Send + Sync + 'static) -> Self {
        Resolver {
            source,
            known: Box::new(known),
            by_dir: Mutex::default(),
        }
    }

    /// Forget discovered configurations (a configuration file changed).
    pub fn clear(&self) {
        self.by_dir
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
    }

    /// The configuration governing files in `dir` (file I/O on a cache miss).
    pub fn config_for_dir(&self, dir: &Path) -> Discovered {
        match &self.source {
            Source::Disabled => Ok(None),
            Source::Fixed(cfg) => Ok(Some(cfg.clone())),
            Source::Discover => {
                let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
                if let Some(hit) = self.lock().get(&dir) {
                    return hit.clone();
                }
                // Discovered outside the lock: other files' lookups need not wait for the disk.
                let found = discover(&dir, &*self.known).map(|c| c.map(Arc::new));
                self.lock().insert(dir, found.clone());
                found
            }
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<PathBuf, Discovered>> {
        self.by_dir.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The settings of `file` (the configuration of its directory) with `overlay` on top.
    pub fn resolve(&self, file: &Path, overlay: &Overlay) -> Result<Resolved, ConfigError> {
        let abs = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
        let dir = abs.parent().unwrap_or(Path::new(""));
        let config = self.config_for_dir(dir)?;
        Ok(Resolved::new(config, &abs, overlay))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(c: &str) -> bool {
        ["DNS001", "NET001", "DAT001"]
            .iter()
            .any(|k| k.starts_with(c))
    }

    #[test]
    fn parses_every_key() {
        let text = r#"
select = ["DNS", "NET001"]
ignore = ["DAT001"]
fail-level = "warning"
production = ["prod/**", "*ProdStack"]
allowed-regions = ["eu-west-1"]
[severity]
NET001 = "error"
[per-file-ignores]
"test/**" = ["DNS001"]
"#;
        let cfg = Config::parse(Path::new("/p/cdklint.toml"), text, &known)
            .unwrap()
            .unwrap();
        assert_eq!(
            cfg.select.as_deref(),
            Some(&["DNS".to_string(), "NET001".to_string()][..])
        );
        assert_eq!(cfg.fail_level, Some(Severity::Warning));
        assert_eq!(cfg.severity["NET001"], Severity::Error);
        let s = cfg.settings_for(Path::new("/p/test/a.ts"));
        assert!(!s.rules.is_enabled("DNS001"));
        assert!(
            cfg.settings_for(Path::new("/p/lib/a.ts"))
                .rules
                .is_enabled("DNS001")
        );
        let prod = cfg.production.as_ref().unwrap();
        assert!(
            prod.is_match("prod/db.ts")
                && prod.is_match("MyProdStack")
                && !prod.is_match("lib/db.ts")
        );
    }

    #[test]
    fn errors_name_file_line_and_key() {
        let text = "select = [\"DNS\"]\n\n[severity]\nNET001 = \"loud\"\n";
        let e = Config::parse(Path::new("cdklint.toml"), text, &known).unwrap_err();
        assert_eq!(
            (e.line, e.key.as_deref()),
            (Some(4), Some("severity.NET001"))
        );
        assert!(
            e.to_string()
                .starts_with("cdklint.toml:4: `severity.NET001`: \"loud\""),
            "{e}"
        );

        let e = Config::parse(Path::new("cdklint.toml"), "selct = []\n", &known).unwrap_err();
        assert_eq!(e.line, Some(1));
        assert!(e.message.contains("selct"), "{e}");

        let e = Config::parse(
            Path::new("cdklint.toml"),
            "x = 1\nignore = [\"NOPE9\"]\n",
            &known,
        )
        .unwrap_err();
        assert_eq!(e.line, Some(1), "unknown key reported first: {e}");
        let e = Config::parse(
            Path::new("cdklint.toml"),
            "\nignore = [\"NOPE9\"]\n",
            &known,
        )
        .unwrap_err();
        assert_eq!((e.line, e.key.as_deref()), (Some(2), Some("ignore")));
    }

    #[test]
    fn wrong_types_name_the_key_in_the_users_words() {
        let cases = [
            (
                "cdklint.toml",
                "\nselect = \"DNS\"\n",
                2,
                "select",
                "must be a list",
            ),
            (
                "cdklint.toml",
                "ignore = [\"DNS\", 3]\n",
                1,
                "ignore",
                "string in quotes",
            ),
            (
                "cdklint.toml",
                "fail-level = 1\n",
                1,
                "fail-level",
                "1 is not one of",
            ),
            (
                "cdklint.toml",
                "severity = [\"x\"]\n",
                1,
                "severity",
                "must be a table",
            ),
            (
                "cdklint.toml",
                "[per-file-ignores]\n\"t/**\" = \"DNS\"\n",
                2,
                "per-file-ignores.\"t/**\"",
                "must be a list",
            ),
            (
                "cdklint.toml",
                "max-file-size = \"big\"\n",
                1,
                "max-file-size",
                "not a size",
            ),
            (
                "pyproject.toml",
                "tool = 1\n[project]\nname = \"x\"\n",
                1,
                "tool",
                "must be a table",
            ),
            (
                "pyproject.toml",
                "[tool]\ncdklint = 3\n",
                2,
                "tool.cdklint",
                "must be a table",
            ),
            (
                "pyproject.toml",
                "[tool.cdklint]\nselect = {a = 1}\n",
                2,
                "select",
                "not a table",
            ),
        ];
        for (name, text, line, key, words) in cases {
            let e = Config::parse(Path::new(name), text, &known).unwrap_err();
            assert_eq!(
                (e.line, e.key.as_deref()),
                (Some(line), Some(key)),
                "{text}: {e}"
            );
            assert!(e.message.contains(words), "{text}: {e}");
            assert!(!e.message.contains("struct"), "{text}: {e}");
        }
    }

    #[test]
    fn syntax_errors_name_the_key_of_their_line() {
        let e = Config::parse(
            Path::new("cdklint.toml"),
            "ignore = []\nselect = [\"NET\"\n",
            &known,
        )
        .unwrap_err();
        assert_eq!(
            (e.line.is_some(), e.key.as_deref()),
            (true, Some("select")),
            "{e}"
        );
        let e = Config::parse(Path::new("cdklint.toml"), "[severity\n", &known).unwrap_err();
        assert_eq!(e.key.as_deref(), Some("severity"), "{e}");
    }

    #[test]
    fn max_file_size_takes_bytes_or_units() {
        for (text, bytes) in [
            ("1000", 1000),
            ("\"4MB\"", 4_000_000),
            ("\"2 MiB\"", 2 << 20),
        ] {
            let cfg = Config::parse(
                Path::new("cdklint.toml"),
                &format!("max-file-size = {text}\n"),
                &known,
            )
            .unwrap()
            .unwrap();
            assert_eq!(cfg.max_file_size, Some(bytes));
        }
    }

    #[cfg(unix)]
    #[test]
    fn config_reads_are_bounded() {
        let e = Config::load(Path::new("/dev/zero"), &known).unwrap_err();
        assert!(e.message.contains("larger than"), "{e}");
    }

    #[test]
    fn the_resolver_lays_the_overlay_over_each_files_config() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("a")).unwrap();
        std::fs::write(
            dir.path().join("cdklint.toml"),
            "ignore = [\"DAT001\"]\nfail-level = \"warning\"\nmax-file-size = 10\nproduction = [\"prod/**\"]\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("a/cdklint.toml"), "select = [\"NET\"]\n").unwrap();
        let resolver = Resolver::new(Source::Discover, known);
        let overlay = Overlay {
            ignore: vec!["DNS".into()],
            severity: BTreeMap::from([("NET001".to_string(), Severity::Error)]),
            ..Overlay::default()
        };
        let r = resolver
            .resolve(&dir.path().join("x.ts"), &overlay)
            .unwrap();
        assert!(!r.settings.rules.is_enabled("DAT001") && !r.settings.rules.is_enabled("DNS001"));
        assert!(r.settings.rules.is_enabled("NET001"));
        assert_eq!(r.settings.severity["NET001"], Severity::Error);
        assert!(
            r.settings
                .production
                .as_ref()
                .unwrap()
                .is_match("deep/prod/db.ts"),
            "`**/` widened"
        );
        assert_eq!((r.fail_level, r.max_file_size), (Severity::Warning, 10));
        assert!(r.too_large(11).unwrap().contains("max-file-size"));
        let r = resolver
            .resolve(&dir.path().join("a/y.ts"), &overlay)
            .unwrap();
        assert!(!r.settings.rules.is_enabled("DAT001") && r.settings.rules.is_enabled("NET001"));
        assert_eq!(r.max_file_size, DEFAULT_MAX_FILE_SIZE);
        let flags = Overlay {
            select: Some(vec!["DAT".into()]),
            fail_level: Some(Severity::Error),
            max_file_size: Some(5),
            ..Overlay::default()
        };
        let r = resolver.resolve(&dir.path().join("x.ts"), &flags).unwrap();
        assert!(
            !r.settings.rules.is_enabled("DAT001"),
            "ignore still applies"
        );
        assert_eq!((r.fail_level, r.max_file_size), (Severity::Error, 5));
        let none = Resolver::new(Source::Disabled, known);
        assert!(
            none.resolve(&dir.path().join("x.ts"), &flags)
                .unwrap()
                .config
                .is_none()
        );
    }

    #[test]
    fn pyproject_without_tool_section_is_no_config() {
        let py = Path::new("pyproject.toml");
        assert!(
            Config::parse(py, "[project]\nname = \"x\"\n", &known)
                .unwrap()
                .is_none()
        );
        let cfg = Config::parse(py, "[tool.cdklint]\nignore = [\"NET\"]\n", &known)
            .unwrap()
            .unwrap();
        assert_eq!(cfg.ignore, vec!["NET"]);
    }

    #[test]
    fn discovery_finds_the_nearest_config() {
        let dir = tempfile::tempdir().unwrap();
        let nested = dir.path().join("app/lib");
        std::fs::create_dir_all(&nested).unwrap();
        std::fs::write(dir.path().join("cdklint.toml"), "ignore = [\"DNS\"]\n").unwrap();
        std::fs::write(
            dir.path().join("app/pyproject.toml"),
            "[tool.cdklint]\nignore = [\"NET\"]\n",
        )
        .unwrap();
        let cfg = discover(&nested, &known).unwrap().unwrap();
        assert_eq!(cfg.ignore, vec!["NET"]);
        let cfg = discover(dir.path(), &known).unwrap().unwrap();
        assert_eq!(cfg.ignore, vec!["DNS"]);
    }
}
