//! Which files `cdklint check` lints: a .gitignore-aware walk that skips dependency and build
//! output directories. Files named explicitly are always linted.

use std::path::{Path, PathBuf};

use anyhow::Context;
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

/// What the walk found.
#[derive(Default)]
pub struct Collected {
    /// The files to lint, sorted.
    pub files: Vec<PathBuf>,
    /// What could not be walked below a directory (reported, not fatal).
    pub warnings: Vec<String>,
    /// Paths given on the command line that cannot be linted, with the reason: each is an
    /// error of the run, reported after the findings of the others.
    pub errors: Vec<(PathBuf, String)>,
}

/// The files to lint under `paths`.
pub fn collect(paths: &[PathBuf]) -> anyhow::Result<Collected> {
    let mut found = Collected::default();
    let (out, warnings) = (&mut found.files, &mut found.warnings);
    for path in paths {
        let path = &clean(path);
        // `metadata` follows symlinks and says why it cannot (a loop, a permission, absence),
        // where `is_file` would only say no.
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_file() => {
                out.push(path.clone());
                continue;
            }
            Ok(meta) if meta.is_dir() => {}
            Ok(meta) => {
                found
                    .errors
                    .push((path.clone(), not_a_file(&meta.file_type())));
                continue;
            }
            Err(e) => {
                found.errors.push((path.clone(), io_reason(&e)));
                continue;
            }
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
    Ok(found)
}

/// Why a path that exists is not a file to lint.
pub fn not_a_file(t: &std::fs::FileType) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let what = if t.is_fifo() {
            "a FIFO"
        } else if t.is_socket() {
            "a socket"
        } else if t.is_char_device() || t.is_block_device() {
            "a device"
        } else {
            "not a regular file"
        };
        format!("{what}, not a source file")
    }
    #[cfg(not(unix))]
    {
        let _ = t;
        "not a regular file".to_string()
    }
}

/// An I/O error as the user should read it: the operating system's reason, without the
/// `(os error N)` suffix.
pub fn io_reason(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_lowercase(),
        None => s,
    }
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

/// The working directory, asked once: every file's path is shown and made absolute, and
/// cdklint never changes its directory.
pub fn working_dir() -> Option<&'static Path> {
    static CWD: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
    CWD.get_or_init(|| std::env::current_dir().ok()).as_deref()
}

/// How a path is shown: relative to the working directory when below it, `/`-separated.
pub fn display(path: &Path) -> String {
    let rel = working_dir()
        .and_then(|c| path.strip_prefix(c).ok())
        .unwrap_or(path);
    let s = rel.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}
