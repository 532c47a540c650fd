//! The cdklint engine.
//!
//! [`check`] is the one funnel: the CLI, the language server and the tests all lint through it.
//! It parses the text (or takes a tree the caller keeps for incremental reparsing), resolves
//! CDK names through the file's imports, runs every enabled rule's patterns in one query pass,
//! applies suppression comments and builds fixes.
//!
//! Architecture Invariant: this crate does no I/O. Callers hand it text and [`LintSettings`].
//! Architecture Invariant: linting never fails on user code. Broken syntax yields the
//! diagnostics that can be found; a panicking rule is contained and reported in
//! [`LintResult::rule_errors`] while the other rules still report.

mod checks;
mod deprecated;
mod engine;
mod fix;
pub mod incremental;
mod matching;
mod predicates;
mod production;
mod settings;
mod suppress;

pub use cdklint_diagnostics::{Applicability, Diagnostic, Edit, Fix, Severity};
pub use cdklint_model::parse::{count_errors, parse};
pub use cdklint_rules::{Grammar, Registry, Rule};
pub use checks::implemented_checks;
pub use checks::implemented_user_data_finders;
pub use engine::{
    FileCheck, LintResult, check, check_model, check_tree, check_with_facts, file_facts,
};
pub use fix::{FixMode, FixOutcome, fix};
pub use settings::{LintSettings, RuleSelector};
/// The syntax tree the engine lints, for callers that keep one between lints.
pub use tree_sitter::Tree;
