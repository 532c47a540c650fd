use std::collections::BTreeMap;
use std::sync::Arc;

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
    /// `allowed-regions` of the configuration: a region literal outside it is an error
    /// (STR004). Empty: no list.
    pub allowed_regions: Vec<String>,
    /// The workspace index the file belongs to (the CLI: the files it checks; the server: the
    /// workspace folders). `None`: the file is linted alone, and rules that look across files
    /// see this file only.
    pub workspace: Option<Arc<cdklint_workspace::WorkspaceIndex>>,
    /// The workspace seen holds only some files of this file's project: the CLI given single
    /// files (a pre-commit hook) or stdin. Rules that would conclude from an absence across
    /// files (OPS001: no Config recorder in any file) stay silent; what other files do say
    /// still counts.
    pub partial_workspace: bool,
    /// The file's project facts (its aws-cdk-lib version), read by the caller. `None`: unknown,
    /// and rules that depend on the version stay silent.
    pub project: Option<Arc<cdklint_project::ProjectFacts>>,
}

impl LintSettings {
    pub fn all_rules() -> Self {
        LintSettings {
            report_unused_suppressions: true,
            ..Default::default()
        }
    }
}
