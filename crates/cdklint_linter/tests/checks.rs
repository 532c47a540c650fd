//! The named checks the rule loader accepts are exactly the ones the engine implements.

use std::collections::BTreeSet;

#[test]
fn loader_and_engine_agree_on_named_checks() {
    let declared: BTreeSet<&str> = cdklint_rules::CHECKS.iter().map(|(n, _)| *n).collect();
    let implemented: BTreeSet<&str> = cdklint_linter::implemented_checks().into_iter().collect();
    assert_eq!(
        declared, implemented,
        "cdklint_rules::CHECKS and cdklint_linter's checks/<group>.rs must list the same names"
    );
}
