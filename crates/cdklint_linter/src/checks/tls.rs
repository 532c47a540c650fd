//! Named checks of the TLS rules.

use super::CheckFn;

pub(super) const CHECKS: &[(&str, CheckFn)] = &[];
