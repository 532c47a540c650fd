//! Named checks of the CDN rules.

use super::CheckFn;

pub(super) const CHECKS: &[(&str, CheckFn)] = &[];
