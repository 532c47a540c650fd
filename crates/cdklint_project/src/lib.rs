//! Project facts of a CDK app, read from the files around the source: the project root of a
//! file and the aws-cdk-lib version the project uses, with the file it was read from.
//!
//! This crate does the file reading the engine must not do (the engine does no I/O): the CLI
//! and the language server ask it for a file's [`ProjectFacts`] and hand them to the engine.
//! The parsers of each packaging format ([`formats`]) are pure functions over text.

pub mod formats;
mod version;

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

pub use version::{Version, requirement};

/// Files whose presence makes a directory a project root.
const ROOT_MARKERS: &[&str] = &[
    "package.json",
    "cdk.json",
    "pyproject.toml",
    "setup.py",
    "Pipfile",
    "package-lock.json",
    "pnpm-lock.yaml",
    "yarn.lock",
    "poetry.lock",
    "uv.lock",
];

/// The aws-cdk-lib version a project uses, and where it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CdkVersion {
    pub version: Version,
    /// A lock file or an exact pin; otherwise `version` is the lower bound of a range.
    pub exact: bool,
    /// The requirement as written (`^2.100.0`), or the locked version.
    pub spec: String,
    /// The file it was read from.
    pub source: PathBuf,
}

impl CdkVersion {
    /// `2.100.0 (package-lock.json)` / `^2.100.0, at least 2.100.0 (package.json)`, with the
    /// source's file name: for messages.
    pub fn describe(&self) -> String {
        let file = self
            .source
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        if self.exact {
            format!("{} ({file})", self.version)
        } else {
            format!("{}, at least {} ({file})", self.spec, self.version)
        }
    }
}

impl fmt::Display for CdkVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe())
    }
}

/// What the engine is told about the project of one file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProjectFacts {
    /// The nearest directory above the file holding a manifest or lock file.
    pub root: Option<PathBuf>,
    pub aws_cdk_lib: Option<CdkVersion>,
}

impl ProjectFacts {
    /// The root as the workspace index records it: forward slashes on every platform.
    pub fn root_key(&self) -> Option<String> {
        self.root
            .as_ref()
            .map(|r| r.to_string_lossy().replace('\\', "/"))
    }
}

/// The nearest directory at or above `file`'s directory that holds a manifest, `cdk.json`,
/// `requirements*.txt` or a lock file.
pub fn project_root(file: &Path) -> Option<PathBuf> {
    let start = if file.is_dir() { file } else { file.parent()? };
    start
        .ancestors()
        .find(|dir| is_root(dir))
        .map(Path::to_path_buf)
}

fn is_root(dir: &Path) -> bool {
    // One listing of the directory rather than a `stat` per marker: most directories of a
    // project hold none, and the CLI asks about every directory it lints.
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    entries.filter_map(Result::ok).any(|e| {
        let name = e.file_name();
        name.to_str()
            .is_some_and(|n| ROOT_MARKERS.contains(&n) || is_requirements_name(n))
            && e.path().is_file()
    })
}

/// `requirements.txt`, `requirements-dev.txt`, …: pip requirement files by their name.
fn is_requirements_name(name: &str) -> bool {
    name.starts_with("requirements") && name.ends_with(".txt")
}

/// `requirements.txt`, `requirements-dev.txt`, … in a directory, sorted (the plain one first).
fn requirements_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(is_requirements_name)
                && p.is_file()
        })
        .collect();
    files.sort_by_key(|p| {
        (
            p.file_name().is_none_or(|n| n != "requirements.txt"),
            p.clone(),
        )
    });
    files
}

type Parser = fn(&str) -> Option<formats::Found>;

/// Lock files, in order of preference: they pin the version actually installed.
const LOCKS: &[(&str, Parser)] = &[
    ("package-lock.json", formats::package_lock),
    ("npm-shrinkwrap.json", formats::package_lock),
    ("pnpm-lock.yaml", formats::pnpm_lock),
    ("yarn.lock", formats::yarn_lock),
    ("poetry.lock", formats::python_lock),
    ("uv.lock", formats::python_lock),
    ("pdm.lock", formats::python_lock),
];

/// Manifests: a pin or a range.
const MANIFESTS: &[(&str, Parser)] = &[
    ("package.json", formats::package_json),
    ("pyproject.toml", formats::pyproject_toml),
    ("setup.py", formats::setup_py),
];

/// The aws-cdk-lib version of the project rooted at `root`. A lock file's exact version wins
/// over a manifest; an exact pin in a manifest wins over a range. Lock files of enclosing
/// directories count too (npm, pnpm and yarn workspaces keep one lock at the top).
pub fn aws_cdk_lib_version_at(root: &Path) -> Option<CdkVersion> {
    let read = |file: PathBuf, parse: Parser| -> Option<CdkVersion> {
        let text = std::fs::read_to_string(&file).ok()?;
        let f = parse(&text)?;
        Some(CdkVersion {
            version: f.version,
            exact: f.exact,
            spec: f.spec,
            source: file,
        })
    };
    for dir in root.ancestors().take(4) {
        for (name, parse) in LOCKS {
            let file = dir.join(name);
            if file.is_file()
                && let Some(v) = read(file, *parse)
            {
                return Some(v);
            }
        }
    }
    let mut manifests: Vec<CdkVersion> = MANIFESTS
        .iter()
        .filter_map(|(name, parse)| read(root.join(name), *parse))
        .collect();
    manifests.extend(
        requirements_files(root)
            .into_iter()
            .filter_map(|f| read(f, formats::requirements_txt)),
    );
    // Exact pins first, then the file order above.
    manifests.sort_by_key(|v| !v.exact);
    manifests.into_iter().next()
}

/// The aws-cdk-lib version the project of `file` uses, and the file it was read from.
pub fn aws_cdk_lib_version(file: &Path) -> Option<CdkVersion> {
    aws_cdk_lib_version_at(&project_root(file)?)
}

/// The project facts of `file` (file I/O).
pub fn facts_for(file: &Path) -> ProjectFacts {
    let root = project_root(file);
    let aws_cdk_lib = root.as_deref().and_then(aws_cdk_lib_version_at);
    ProjectFacts { root, aws_cdk_lib }
}

/// Project facts cached per directory, for the CLI and the server, which ask for every file.
/// Each directory is looked at once (whether it is a root), and each root's manifests and
/// lock files are read once, however many directories and files lie below it.
#[derive(Debug, Default)]
pub struct ProjectCache {
    inner: Mutex<Cached>,
}

#[derive(Debug, Default)]
struct Cached {
    /// The project root of each directory asked about or passed on the way up.
    root_of: HashMap<PathBuf, Option<PathBuf>>,
    /// The facts of each project root (`None`: files outside any project).
    by_root: HashMap<Option<PathBuf>, Arc<ProjectFacts>>,
}

impl ProjectCache {
    pub fn new() -> Self {
        Self::default()
    }

    /// The facts of `file`.
    pub fn facts(&self, file: &Path) -> Arc<ProjectFacts> {
        let abs = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
        let dir = abs.parent().unwrap_or(Path::new(""));
        let root = self.root_of(dir);
        if let Some(hit) = self.lock().by_root.get(&root) {
            return hit.clone();
        }
        // Read outside the lock: other threads go on with other projects meanwhile.
        let aws_cdk_lib = root.as_deref().and_then(aws_cdk_lib_version_at);
        let facts = Arc::new(ProjectFacts {
            root: root.clone(),
            aws_cdk_lib,
        });
        self.lock().by_root.entry(root).or_insert(facts).clone()
    }

    /// The root of `dir`: the nearest ancestor (or itself) that is a project root.
    fn root_of(&self, dir: &Path) -> Option<PathBuf> {
        // The directories not yet known, from `dir` upwards, and the answer of the first known.
        let mut unknown = Vec::new();
        let mut found = None;
        {
            let cached = self.lock();
            for d in dir.ancestors() {
                if let Some(r) = cached.root_of.get(d) {
                    found = Some(r.clone());
                    break;
                }
                unknown.push(d.to_path_buf());
            }
        }
        // Look at the unknown ones from the top down: a root below a root wins.
        let mut root = found.flatten();
        let mut answers = Vec::with_capacity(unknown.len());
        for d in unknown.into_iter().rev() {
            if is_root(&d) {
                root = Some(d.clone());
            }
            answers.push((d, root.clone()));
        }
        let mut cached = self.lock();
        for (d, r) in answers {
            cached.root_of.insert(d, r);
        }
        cached.root_of.get(dir).cloned().flatten()
    }

    /// Forget everything (a manifest or lock file changed).
    pub fn clear(&self) {
        *self.lock() = Cached::default();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Cached> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Whether a changed file can change project facts (for watchers).
pub fn is_project_file(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    ROOT_MARKERS.contains(&name)
        || LOCKS.iter().any(|(n, _)| *n == name)
        || (name.starts_with("requirements") && name.ends_with(".txt"))
}
