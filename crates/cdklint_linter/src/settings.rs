use std::collections::BTreeMap;

use cdklint_diagnostics::Severity;

/// Which rules run: codes or code prefixes (`DNS`, `NET001`, `ALL`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleSelector {
    /// `None` runs every rule.
    pub select: Option<Vec<String>>,
    pub ignore: Vec<String>,
}

impl RuleSelector {
    pub fn is_enabled(&self, code: &str) -> bool {
        let hit = |pat: &String| pat == "ALL" || code.starts_with(pat.as_str());
        let selected = self.select.as_ref().is_none_or(|s| s.iter().any(hit));
        selected && !self.ignore.iter().any(hit)
    }
}

/// Everything the engine needs to know about the project for one file. The CLI and the server
/// build it from configuration (`cdklint_config`); the engine never reads files.
#[derive(Debug, Clone, Default)]
pub struct LintSettings {
    pub rules: RuleSelector,
    /// Per-rule severity overrides.
    pub severity: BTreeMap<String, Severity>,
    /// Configured production patterns (path globs or stack-name globs). `None`: decide from
    /// the file path, stack class or stack id naming `prod`/`production`.
    pub production: Option<globset::GlobSet>,
    /// Report suppression comments that suppress nothing.
    pub report_unused_suppressions: bool,
}

impl LintSettings {
    pub fn all_rules() -> Self {
        LintSettings {
            report_unused_suppressions: true,
            ..Default::default()
        }
    }
}
