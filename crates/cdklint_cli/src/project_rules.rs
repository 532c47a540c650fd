//! The project's own rules (`rules-dirs` in the configuration), combined with the built-in
//! rules into the registry a command runs with.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use cdklint_config::discover_custom_rules;
use cdklint_linter::Registry;
use cdklint_rules::{CustomRules, LoadError};

use crate::files;

/// The registry of one run, and the project rules that failed to load (left out of it).
pub struct Loaded {
    pub registry: &'static Registry,
    pub errors: Vec<LoadError>,
    pub custom: CustomRules,
}

/// The built-in rules plus those of the configuration governing `start` (or `fixed`).
pub fn load(
    builtin: &'static Registry,
    start: &Path,
    fixed: Option<&Path>,
) -> anyhow::Result<Loaded> {
    let start = std::path::absolute(start).unwrap_or_else(|_| start.to_path_buf());
    let found = discover_custom_rules(&start, fixed).map_err(|e| {
        anyhow::anyhow!(cdklint_config::ConfigError {
            file: PathBuf::from(files::display(&e.file)),
            ..e
        })
    })?;
    let Some((_, custom)) = found else {
        return Ok(Loaded {
            registry: builtin,
            errors: Vec::new(),
            custom: CustomRules::default(),
        });
    };
    Ok(with_custom(builtin, custom))
}

/// The built-in rules plus the project rules of `custom`.
pub fn with_custom(builtin: &'static Registry, custom: CustomRules) -> Loaded {
    let (registry, errors) = builtin.with_custom(&custom);
    // One registry per process, used until it exits.
    let registry: &'static Registry = Box::leak(Box::new(registry));
    Loaded {
        registry,
        errors,
        custom,
    }
}

/// A load error with its file shown relative to the working directory.
pub fn show(e: &LoadError) -> String {
    LoadError {
        file: files::display(Path::new(&e.file)),
        ..e.clone()
    }
    .to_string()
}

/// Print the project rules that did not load; the others, and every built-in rule, still run.
pub fn report(errors: &[LoadError]) {
    let mut stderr = std::io::stderr().lock();
    for e in errors {
        let _ = writeln!(stderr, "cdklint: rule error: {} (rule skipped)", show(e));
    }
}
