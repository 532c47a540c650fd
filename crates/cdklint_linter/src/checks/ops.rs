//! Named checks of the OPS rules.

use super::CheckFn;

pub(super) const CHECKS: &[(&str, CheckFn)] = &[];
