//! Named checks of the STR rules.

use super::CheckFn;

pub(super) const CHECKS: &[(&str, CheckFn)] = &[];
