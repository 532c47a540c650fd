//! Named checks of the DAT rules.

use super::CheckFn;

pub(super) const CHECKS: &[(&str, CheckFn)] = &[];
