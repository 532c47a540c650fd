//! Which files `cdklint check` lints: a .gitignore-aware walk that skips dependency and build
//! output directories. Files named explicitly are always linted.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use cdklint_rules::Grammar;
use ignore::WalkBuilder;
use ignore::overrides::OverrideBuilder;

/// Directories that never hold the user's own CDK code.
const SKIPPED_DIRS: &[&str] = &[
    "node_modules",
    "cdk.out",
    ".venv",
    "venv",
    "dist",
    "__pycache__",
    ".git",
];

/// The files to lint under `paths`, sorted, and warnings about what could not be walked
/// (an unreadable directory is reported and skipped, not fatal). A path that does not exist is
/// an error.
pub fn collect(paths: &[PathBuf]) -> anyhow::Result<(Vec<PathBuf>, Vec<String>)> {
    let mut out = Vec::new();
    let mut warnings = Vec::new();
    for path in paths {
        let path = &clean(path);
        if path.is_file() {
            out.push(path.clone());
            continue;
        }
        if !path.is_dir() {
            bail!("{}: no such file or directory", path.display());
        }
        let mut overrides = OverrideBuilder::new(path);
        for dir in SKIPPED_DIRS {
            overrides
                .add(&format!("!**/{dir}/"))
                .context("building the skip list")?;
        }
        let walker = WalkBuilder::new(path)
            .require_git(false)
            .overrides(overrides.build().context("building the skip list")?)
            .build();
        for entry in walker {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    warnings.push(format!("skipped while walking {}: {e}", display(path)));
                    continue;
                }
            };
            if entry.file_type().is_some_and(|t| t.is_file())
                && Grammar::for_path(entry.path()).is_some()
            {
                out.push(clean(entry.path()));
            }
        }
    }
    out.sort();
    out.dedup();
    Ok((out, warnings))
}

/// `path` without `.` components, so `./lib/a.ts` and `lib/a.ts` are one file.
fn clean(path: &Path) -> PathBuf {
    let cleaned: PathBuf = path
        .components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .collect();
    if cleaned.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        cleaned
    }
}

/// How a path is shown: relative to the working directory when below it, `/`-separated.
pub fn display(path: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    let rel = cwd
        .as_deref()
        .and_then(|c| path.strip_prefix(c).ok())
        .unwrap_or(path);
    let s = rel.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}
