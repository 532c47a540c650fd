//! Named checks of the NET rules.

use super::CheckFn;

pub(super) const CHECKS: &[(&str, CheckFn)] = &[];
