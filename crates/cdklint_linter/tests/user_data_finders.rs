//! The user-data finders the rule loader accepts are exactly the ones the engine implements.

use std::collections::BTreeSet;

#[test]
fn loader_and_engine_agree_on_user_data_finders() {
    let declared: BTreeSet<&str> = cdklint_rules::USER_DATA_FINDERS
        .iter()
        .map(|(n, ..)| *n)
        .collect();
    let implemented: BTreeSet<&str> = cdklint_linter::implemented_user_data_finders()
        .into_iter()
        .collect();
    assert_eq!(
        declared, implemented,
        "cdklint_rules::USER_DATA_FINDERS and cdklint_linter's checks/cmp.rs FINDERS must list the same names"
    );
}
