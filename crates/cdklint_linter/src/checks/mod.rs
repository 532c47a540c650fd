//! Named checks: the few rule conditions that are computations rather than value comparisons
//! (`check = "…"` in a `[[match]]`). Each is listed in `cdklint_rules::CHECKS`, where rule
//! loading validates the name; a test keeps the two lists in step.

use cdklint_model::Model;
use tree_sitter::Node;

// One module per rule group, so that adding a check touches that group's file only.
mod cdn;
mod cmp;
mod dat;
mod dns;
mod iam;
mod net;
mod ops;
mod s3;
mod str;
mod tls;
mod workspace;

pub(crate) use workspace::{Context, project_root};

mod tags;

/// A check: its `check-args`, the model, and the node the condition selected.
type CheckFn = for<'t> fn(&[String], &Model<'t>, Node<'t>) -> bool;

/// Every check the engine implements, by group.
const IMPLEMENTED: &[&[(&str, CheckFn)]] = &[
    cdn::CHECKS,
    cmp::CHECKS,
    dat::CHECKS,
    dns::CHECKS,
    iam::CHECKS,
    net::CHECKS,
    ops::CHECKS,
    s3::CHECKS,
    str::CHECKS,
    tls::CHECKS,
    tags::CHECKS,
];

pub(crate) fn run<'t>(name: &str, args: &[String], model: &Model<'t>, node: Node<'t>) -> bool {
    IMPLEMENTED
        .iter()
        .flat_map(|g| g.iter())
        .find(|(n, _)| *n == name)
        .is_some_and(|(_, f)| f(args, model, node))
}

/// Run a check that may also ask about the workspace and the project (the checks of
/// `workspace.rs`), else a check of the file alone.
pub(crate) fn run_in<'t>(
    name: &str,
    args: &[String],
    model: &Model<'t>,
    node: Node<'t>,
    ctx: &Context,
) -> bool {
    match workspace::CHECKS.iter().find(|(n, _)| *n == name) {
        Some((_, f)) => f(args, model, node, ctx),
        None => run(name, args, model, node),
    }
}

/// The regex a check's `check-args` entry spells, compiled once per thread and pattern: checks
/// run per candidate node, so compiling on every call would repeat the same work per match.
/// `None` for a pattern that does not compile (the check then never holds).
pub(super) fn arg_regex(pattern: &str) -> Option<std::sync::Arc<regex::Regex>> {
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        static COMPILED: RefCell<HashMap<String, Option<std::sync::Arc<regex::Regex>>>> =
            RefCell::default();
    }
    COMPILED.with(|cache| {
        cache
            .borrow_mut()
            .entry(pattern.to_string())
            .or_insert_with(|| regex::Regex::new(pattern).ok().map(std::sync::Arc::new))
            .clone()
    })
}

/// The names the engine implements, for the test that compares them with the loader's list.
pub fn implemented_checks() -> Vec<&'static str> {
    IMPLEMENTED
        .iter()
        .flat_map(|g| g.iter())
        .map(|(n, _)| *n)
        .chain(workspace::CHECKS.iter().map(|(n, _)| *n))
        .collect()
}

/// User-data finders (`user-data = "name"` in a `[[match]]`), listed in
/// `cdklint_rules::USER_DATA_FINDERS`.
pub(crate) fn find_user_data<'t>(name: &str, model: &Model<'t>) -> Vec<cmp::Found<'t>> {
    cmp::FINDERS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| f(model))
        .unwrap_or_default()
}

/// The finder names the engine implements, for the test that compares them with the loader's.
pub fn implemented_user_data_finders() -> Vec<&'static str> {
    cmp::FINDERS.iter().map(|(n, _)| *n).collect()
}
