//! cdklint's rules: one directory per rule under `queries/<group>/<rule-name>/`.
//!
//! A rule is data: `rule.toml` (code, name, severity, message, docs, fixes, lists) plus one
//! tree-sitter query per language (`typescript.scm`, `python.scm`). This crate turns the raw
//! serde form into a validated [`Rule`] and compiles each language's queries into one combined
//! [`CompiledQuery`] — the only fallible step, done once. After loading, a `Rule` is valid.

pub mod deprecated;
mod matcher;
mod predicates;
mod raw;
mod registry;
mod rule;
mod template;

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

/// A problem found while loading rules; always names the file and what to fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {message}")]
pub struct LoadError {
    /// Path of the offending file relative to `queries/`, e.g. `net/deprecated-subnet-type/rule.toml`.
    pub file: String,
    pub message: String,
}

impl LoadError {
    pub(crate) fn new(file: impl Into<String>, message: impl Into<String>) -> Self {
        LoadError {
            file: file.into(),
            message: message.into(),
        }
    }
}
