//! Named checks of the IAM rules.

use super::CheckFn;

pub(super) const CHECKS: &[(&str, CheckFn)] = &[];
