//! Named checks of the S3 rules.

use super::CheckFn;

pub(super) const CHECKS: &[(&str, CheckFn)] = &[];
