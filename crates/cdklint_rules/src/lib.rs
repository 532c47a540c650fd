//! cdklint's rules: one directory per rule under `queries/<group>/<rule-name>/`.
//!
//! A rule is data: `rule.toml` (code, name, severity, message, docs, fixes, lists) plus one
//! tree-sitter query per language (`typescript.scm`, `python.scm`). This crate turns the raw
//! serde form into a validated [`Rule`] and compiles each language's queries into one combined
//! [`CompiledQuery`] — the only fallible step, done once. After loading, a `Rule` is valid.

pub mod deprecated;
mod matcher;
pub mod pattern;
mod predicates;
mod raw;
mod registry;
mod rule;
mod template;

mod custom;
mod locate;

pub use cdklint_model::{Grammar, QueryLanguage, normalize_canonical, normalize_name};
pub use matcher::UseFilter;
pub use matcher::{
    BUILTIN_CAPTURES, CHECKS, Cond, Lit, Matcher, Select, Step, Target, Test, USER_DATA_FINDERS,
};
pub use predicates::{
    PREDICATES, PredicateKind, PredicateSpec, ResolvedPredicate, in_range, parse_range,
};
pub use registry::{CompiledQuery, EmbeddedRule, PatternInfo, Registry};
pub use rule::{Docs, EditOp, EditSpec, FixSpec, Rule, Variant};
pub use template::{Piece, Template};

pub use custom::{CustomRules, RULE_FILE, reserved_prefixes};

/// A problem found while loading rules; always names the file and what to fix, and where it
/// can, the line (and column, inside a query file) and the key it is about.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct LoadError {
    /// Path of the offending file: relative to `queries/` for built-in rules
    /// (`net/deprecated-subnet-type/rule.toml`), as found on disk for project rules.
    pub file: String,
    pub message: String,
    /// 1-based line in `file`.
    pub line: Option<usize>,
    /// 1-based column (characters) in `file`, where known (query files, TOML syntax).
    pub column: Option<usize>,
    /// The key the error is about, as a path in `rule.toml` (`fix.retain`,
    /// `[[match]] #2.where[0]`).
    pub key: Option<String>,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        f.write_str(": ")?;
        // Matcher errors already start with their place (`[[match]] #2.where[0]: …`).
        if let Some(key) = &self.key
            && !self.message.starts_with(key.as_str())
            && !self.message.starts_with(&format!("`{key}`"))
        {
            write!(f, "`{key}`: ")?;
        }
        f.write_str(&self.message)
    }
}

impl LoadError {
    pub(crate) fn new(file: impl Into<String>, message: impl Into<String>) -> Self {
        LoadError {
            file: file.into(),
            message: message.into(),
            line: None,
            column: None,
            key: None,
        }
    }

    pub(crate) fn at(mut self, line: usize, column: Option<usize>) -> Self {
        self.line = Some(line);
        self.column = column;
        self
    }
}
