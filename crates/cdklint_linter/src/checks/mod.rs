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
];

pub(crate) fn run<'t>(name: &str, args: &[String], model: &Model<'t>, node: Node<'t>) -> bool {
    IMPLEMENTED
        .iter()
        .flat_map(|g| g.iter())
        .find(|(n, _)| *n == name)
        .is_some_and(|(_, f)| f(args, model, node))
}

/// The names the engine implements, for the test that compares them with the loader's list.
pub fn implemented_checks() -> Vec<&'static str> {
    IMPLEMENTED
        .iter()
        .flat_map(|g| g.iter())
        .map(|(n, _)| *n)
        .collect()
}
