//! The project's own rules (`rules-dirs` in the workspace's configuration), combined with the
//! built-in rules into the registry documents are linted with. They are loaded when the client
//! is initialized and again whenever a configuration file or a file under a rules directory
//! changes, so editing a `rule.toml` changes the findings in open documents without a restart.
//! A project rule that does not load is shown as a diagnostic on its own file, at the line the
//! loader names; the other rules keep working.

use std::collections::BTreeMap;
use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use cdklint_linter::Registry;
use cdklint_rules::{CustomRules, LoadError};
use tower_lsp_server::ls_types::{
    self as lsp, DiagnosticSeverity, NumberOrString, Position, Range, Uri,
};

/// The rules one lint runs with: the built-in ones, or those plus the project's.
#[derive(Clone)]
pub enum Rules {
    Builtin(&'static Registry),
    Project(Arc<Registry>),
}

impl Deref for Rules {
    type Target = Registry;
    fn deref(&self) -> &Registry {
        match self {
            Rules::Builtin(r) => r,
            Rules::Project(r) => r,
        }
    }
}

/// The project rules as last loaded.
#[derive(Default)]
pub struct ProjectRules {
    /// `None`: the workspace names no project rules.
    pub registry: Option<Arc<Registry>>,
    /// The rules directories, to know which changed files are rule files.
    pub dirs: Vec<PathBuf>,
    /// Files that got load-error diagnostics (cleared on the next load when fixed).
    pub error_files: Vec<Uri>,
}

impl ProjectRules {
    /// Whether a file lies under one of the rules directories.
    pub fn contains(&self, path: &Path) -> bool {
        self.dirs.iter().any(|d| path.starts_with(d))
    }
}

/// Load the project rules named by the configuration of each workspace folder. Returns the
/// rules, and the configuration errors met on the way (shown to the user).
pub fn load(
    builtin: &'static Registry,
    folders: &[PathBuf],
) -> (ProjectRules, Vec<String>, Vec<LoadError>) {
    let mut custom = CustomRules::default();
    let mut config_errors = Vec::new();
    for folder in folders {
        match cdklint_config::discover_custom_rules(folder, None) {
            Ok(Some((_, c))) => {
                for dir in c.dirs {
                    if !custom.dirs.contains(&dir) {
                        custom.dirs.push(dir);
                    }
                }
                custom.prefix = custom.prefix.or(c.prefix);
            }
            Ok(None) => {}
            Err(e) => config_errors.push(e.to_string()),
        }
    }
    if custom.is_empty() {
        return (ProjectRules::default(), config_errors, Vec::new());
    }
    let (registry, errors) = builtin.with_custom(&custom);
    let rules = ProjectRules {
        registry: Some(Arc::new(registry)),
        dirs: custom.dirs,
        error_files: Vec::new(),
    };
    (rules, config_errors, errors)
}

/// The diagnostics of load errors, by the file they are in.
pub fn error_diagnostics(errors: &[LoadError]) -> BTreeMap<String, (Uri, Vec<lsp::Diagnostic>)> {
    let mut by_file: BTreeMap<String, (Uri, Vec<lsp::Diagnostic>)> = BTreeMap::new();
    for e in errors {
        let Some(uri) = Uri::from_file_path(Path::new(&e.file)) else {
            continue;
        };
        // Lines and columns are 1-based; a column counts characters, which is exact for the
        // ASCII of rule files and close enough otherwise.
        let line = e.line.unwrap_or(1).saturating_sub(1) as u32;
        let (start, end) = match e.column {
            Some(c) => (c.saturating_sub(1) as u32, c as u32),
            None => (0, u32::MAX),
        };
        let message = match &e.key {
            Some(key)
                if !e.message.starts_with(key.as_str())
                    && !e.message.starts_with(&format!("`{key}`")) =>
            {
                format!("`{key}`: {}", e.message)
            }
            _ => e.message.clone(),
        };
        let diagnostic = lsp::Diagnostic {
            range: Range::new(Position::new(line, start), Position::new(line, end)),
            severity: Some(DiagnosticSeverity::ERROR),
            code: Some(NumberOrString::String("rule-load-error".into())),
            source: Some("cdklint".into()),
            message: format!("{message} (this rule is not loaded; the other rules run)"),
            ..Default::default()
        };
        by_file
            .entry(e.file.clone())
            .or_insert_with(|| (uri, Vec::new()))
            .1
            .push(diagnostic);
    }
    by_file
}
