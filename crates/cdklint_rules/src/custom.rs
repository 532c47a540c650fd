//! Project rules: rule directories a project keeps next to its code (`rules-dirs` in
//! `cdklint.toml`), loaded from disk at run time by the same loader as the built-in rules and
//! combined with them into one [`Registry`].
//!
//! Loading project rules never breaks the built-in ones: a broken project rule is reported (file,
//! line, key) and left out, and the others load.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::registry::{compile, load_rule};
use crate::{Grammar, LoadError, Registry, Rule};

/// The file that makes a directory a rule.
pub const RULE_FILE: &str = "rule.toml";

/// Where a project's own rules are, and the code prefix they use.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CustomRules {
    /// Directories holding rules as `<group>/<name>/rule.toml` (as `queries/` does).
    pub dirs: Vec<PathBuf>,
    /// The project's code prefix (`ACME` for `ACME001`): every project rule's code must use it.
    pub prefix: Option<String>,
}

impl CustomRules {
    pub fn is_empty(&self) -> bool {
        self.dirs.is_empty()
    }
}

/// The prefix of a code: what precedes its three digits (`S3` of `S3001`).
fn code_prefix(code: &str) -> &str {
    &code[..code.len().saturating_sub(3)]
}

/// The code prefixes of the built-in rules (`NET`, `S3`, …): project rules may not use them, so
/// that a future built-in rule can never collide with a project's.
pub fn reserved_prefixes(builtin: &Registry) -> BTreeSet<String> {
    builtin
        .rules()
        .iter()
        .filter(|r| r.origin.is_none())
        .map(|r| code_prefix(&r.code).to_string())
        .collect()
}

impl Registry {
    /// This registry's rules plus the project rules of `custom`. Rules that fail to load are
    /// left out and reported; the rest (built-in ones included) are in the registry.
    pub fn with_custom(&self, custom: &CustomRules) -> (Registry, Vec<LoadError>) {
        let mut errors = Vec::new();
        let reserved = reserved_prefixes(self);
        let mut rules: Vec<Rule> = self.rules().to_vec();
        let mut codes: BTreeMap<String, String> = BTreeMap::new();
        let mut names: BTreeMap<String, String> = BTreeMap::new();
        for r in &rules {
            let owner = match &r.origin {
                Some(dir) => dir.display().to_string(),
                None => format!("built-in rule {}", r.code),
            };
            codes.insert(r.code.clone(), owner.clone());
            names.insert(r.name.clone(), owner);
        }
        for root in &custom.dirs {
            let (found, read_errors) = read_rules_dir(root);
            errors.extend(read_errors);
            for (rel, dir, files) in found {
                match load_custom(&rel, &dir, &files) {
                    Ok(rule) => {
                        let text = &files[RULE_FILE];
                        let toml_file = dir.join(RULE_FILE).display().to_string();
                        let conflict = conflict(&rule, custom, &reserved, &codes, &names);
                        if let Some(message) = conflict {
                            errors.push(crate::locate::locate(
                                text,
                                LoadError::new(toml_file, message),
                            ));
                            continue;
                        }
                        let owner = dir.display().to_string();
                        codes.insert(rule.code.clone(), owner.clone());
                        names.insert(rule.name.clone(), owner);
                        rules.push(rule);
                    }
                    Err(e) => errors.push(e),
                }
            }
        }
        rules.sort_by(|a, b| a.code.cmp(&b.code));
        let mut registry = Registry::from_rules(rules);
        // The generated rule's data comes along; its place in the merged list may move.
        registry.deprecated = self.deprecated.as_ref().and_then(|(i, index)| {
            let code = &self.rules()[*i].code;
            let at = registry.rules().iter().position(|r| &r.code == code)?;
            Some((at, index.clone()))
        });
        (registry, errors)
    }
}

/// Why a project rule may not join the registry, if it may not.
fn conflict(
    rule: &Rule,
    custom: &CustomRules,
    reserved: &BTreeSet<String>,
    codes: &BTreeMap<String, String>,
    names: &BTreeMap<String, String>,
) -> Option<String> {
    let prefix = code_prefix(&rule.code);
    if let Some(project) = &custom.prefix
        && prefix != project
    {
        return Some(format!(
            "`code` {:?} must use the project prefix {project:?} (`rule-prefix` in the configuration), like {project}001",
            rule.code
        ));
    }
    if reserved.contains(prefix) {
        return Some(format!(
            "`code` {:?} uses {prefix:?}, a prefix of the built-in rules; give the project's rules a prefix of their own (`rule-prefix` in the configuration, like ACME001)",
            rule.code
        ));
    }
    if let Some(owner) = codes.get(&rule.code) {
        return Some(format!("`code` {:?} is already used by {owner}", rule.code));
    }
    if let Some(owner) = names.get(&rule.name) {
        return Some(format!("`name` {:?} is already used by {owner}", rule.name));
    }
    None
}

/// One rule from disk: validated by the built-in loader, its queries (if any) compiled alone so
/// that a broken one cannot break the combined query of every rule.
fn load_custom(rel: &str, dir: &Path, files: &BTreeMap<String, String>) -> Result<Rule, LoadError> {
    // Errors name the files as they are on disk.
    let shown = dir.display().to_string();
    let mut rule = load_rule(&shown, files)?;
    for grammar in Grammar::ALL {
        if rule.queries.contains_key(&grammar.query_language())
            && let Err(mut e) = compile(std::slice::from_ref(&rule), grammar)
        {
            return Err(e.remove(0));
        }
    }
    rule.dir = rel.to_string();
    rule.origin = Some(dir.to_path_buf());
    Ok(rule)
}

/// A rule found on disk: its `<group>/<name>`, its directory and its files.
type Found = (String, PathBuf, BTreeMap<String, String>);

/// The rule directories of one `rules-dirs` entry, in the built-in layout
/// `<group>/<name>/rule.toml`; fixtures under `tests/` are not rule files.
pub(crate) fn read_rules_dir(root: &Path) -> (Vec<Found>, Vec<LoadError>) {
    let mut found = Vec::new();
    let mut errors = Vec::new();
    let err = |path: &Path, message: String| LoadError::new(path.display().to_string(), message);
    let subdirs = |dir: &Path| -> Result<Vec<PathBuf>, LoadError> {
        let entries = std::fs::read_dir(dir).map_err(|e| err(dir, format!("cannot read: {e}")))?;
        let mut dirs: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        dirs.sort();
        Ok(dirs)
    };
    let groups = match subdirs(root) {
        Ok(g) => g,
        Err(e) => return (found, vec![e]),
    };
    for group in groups {
        if group.join(RULE_FILE).is_file() {
            errors.push(err(
                &group.join(RULE_FILE),
                "a rule directory goes inside a group: <group>/<name>/rule.toml".into(),
            ));
            continue;
        }
        let rule_dirs = match subdirs(&group) {
            Ok(d) => d,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        for dir in rule_dirs {
            if !dir.join(RULE_FILE).is_file() {
                continue;
            }
            let mut files = BTreeMap::new();
            let mut unreadable = None;
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if !path.is_file() {
                    continue;
                }
                let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                    continue;
                };
                match std::fs::read_to_string(&path) {
                    Ok(text) => {
                        files.insert(name.to_string(), text);
                    }
                    Err(e) => unreadable = Some(err(&path, format!("cannot read: {e}"))),
                }
            }
            if let Some(e) = unreadable {
                errors.push(e);
                continue;
            }
            let rel = format!(
                "{}/{}",
                group.file_name().unwrap_or_default().to_string_lossy(),
                dir.file_name().unwrap_or_default().to_string_lossy()
            );
            found.push((rel, dir, files));
        }
    }
    (found, errors)
}

impl Rule {
    /// Where the rule is documented: the built-in rules' pages, or a project rule's `rule.toml`
    /// (a `file://` URL, opened by editors from a diagnostic's code).
    pub fn url(&self) -> String {
        match &self.origin {
            None => cdklint_diagnostics::rule_url(&self.code),
            Some(dir) => file_url(&dir.join(RULE_FILE)),
        }
    }
}

/// A `file://` URL of an absolute path, with the characters a URL path cannot hold escaped.
pub fn file_url(path: &Path) -> String {
    let mut s = path.to_string_lossy().replace('\\', "/");
    if !s.starts_with('/') {
        // A Windows path: `C:/x` is `file:///C:/x`.
        s.insert(0, '/');
    }
    let mut out = String::from("file://");
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~:".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
