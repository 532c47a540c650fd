//! Named checks of the CMP rules.

use super::CheckFn;

pub(super) const CHECKS: &[(&str, CheckFn)] = &[];
