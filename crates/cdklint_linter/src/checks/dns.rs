//! Named checks of the DNS rules.

use super::CheckFn;

pub(super) const CHECKS: &[(&str, CheckFn)] = &[];
