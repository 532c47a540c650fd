//! Whole-workspace diagnostics and the workspace index.
//!
//! A worker thread of its own (one core at most, off the tokio runtime, so requests never wait
//! for it) scans the workspace folders after `initialized`, indexes every source file
//! (`cdklint_workspace`: stack classes, instantiations with their env, Config recorders) and
//! lints every file that is not open in the editor, publishing the results (push clients) or
//! keeping them for `workspace/diagnostic` (pull clients). The document task keeps lint open
//! documents as before, with the index and the project facts in their settings, and hands the
//! facts of each linted version to the worker. When a file's facts change — an edit in the
//! editor, a change on disk — every file of the workspace is linted again, because a region in
//! `bin/app.ts` decides findings in `lib/web-stack.ts`; a change that leaves the facts as they
//! were re-lints that file only.
//!
//! `cdklint.workspaceDiagnostics: false` (initializationOptions or settings) stops linting and
//! reporting files that are not open; the index is still kept, so open files are judged with
//! the whole workspace in view.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, RwLock, mpsc};

use cdklint_linter::Grammar;
use cdklint_project::ProjectCache;
use cdklint_text::LineIndex;
use cdklint_workspace::{FileFacts, WorkspaceIndex};
use serde_json::Value;
use tower_lsp_server::ls_types::{self as lsp, FileChangeType, Uri};

use crate::actor::Cmd;
use crate::diagnostics;
use crate::outbox::Out;
use crate::position::PositionMap;
use crate::settings;
use crate::shared::Shared;

/// Directories that never hold the user's own CDK code (as the CLI's walk).
const SKIPPED_DIRS: &[&str] = &[
    "node_modules",
    "cdk.out",
    ".venv",
    "venv",
    "dist",
    "__pycache__",
    ".git",
];

/// Files larger than this are neither indexed nor linted in the background.
const MAX_BACKGROUND_FILE: u64 = 2 * 1024 * 1024;

enum Job {
    /// Walk the workspace folders, index everything, lint what is not open.
    Scan,
    /// A file changed on disk (created or changed) or was closed in the editor.
    Changed(PathBuf),
    Deleted(PathBuf),
    /// The facts of a version of an open document, as the document task linted it.
    Facts(Arc<FileFacts>),
    /// A manifest or lock file changed: project facts are read again.
    ProjectChanged,
    /// The setting was switched, or the rules or settings changed: lint (or clear) the files
    /// that are not open.
    Relint,
}

/// The workspace side of the server's state (a field of `Shared`).
pub struct WorkspaceState {
    index: RwLock<Arc<WorkspaceIndex>>,
    pub projects: ProjectCache,
    enabled: AtomicBool,
    /// Files open in the editor: the document task reports those.
    open: Mutex<HashSet<PathBuf>>,
    /// Source files of the workspace folders, from the scan and later changes.
    files: Mutex<HashSet<PathBuf>>,
    /// What was last reported for each file that is not open (for `workspace/diagnostic`, and
    /// to publish only what changed).
    results: Mutex<HashMap<PathBuf, Vec<lsp::Diagnostic>>>,
    /// Whether each file's last lint asked the workspace index (`LintResult::
    /// consulted_workspace`): when only the index changes, the others cannot change. A file
    /// not in the map has not been linted with the current rules and settings.
    consulted: Mutex<HashMap<PathBuf, bool>>,
    tx: Mutex<Option<mpsc::Sender<Job>>>,
}

impl Default for WorkspaceState {
    fn default() -> Self {
        WorkspaceState {
            index: RwLock::default(),
            projects: ProjectCache::new(),
            enabled: AtomicBool::new(true),
            open: Mutex::default(),
            files: Mutex::default(),
            results: Mutex::default(),
            consulted: Mutex::default(),
            tx: Mutex::default(),
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn key(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

impl WorkspaceState {
    /// The index as it is now (a cheap snapshot: entries are shared).
    pub fn index(&self) -> Arc<WorkspaceIndex> {
        self.index.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    fn send(&self, job: Job) {
        if let Some(tx) = lock(&self.tx).as_ref() {
            let _ = tx.send(job);
        }
    }

    pub fn enabled(&self) -> bool {
        self.enabled.load(Ordering::SeqCst)
    }

    /// The rules or settings changed: what each file's lint consulted is not known any more, so
    /// the next change of the index lints every file again.
    pub fn forget_dependencies(&self) {
        lock(&self.consulted).clear();
    }

    /// The rules or settings changed (a configuration or rule file, the editor's settings):
    /// every file that is not open is linted again, as the open ones are.
    pub fn relint_unopened(&self) {
        self.forget_dependencies();
        self.send(Job::Relint);
    }

    /// Read `workspaceDiagnostics` from editor settings (`{"cdklint": {...}}` or the inner
    /// object); a switch re-lints or clears the files that are not open.
    pub fn set_enabled_from(&self, value: &Value) {
        let obj = value.get("cdklint").unwrap_or(value);
        let Some(on) = obj.get("workspaceDiagnostics").and_then(Value::as_bool) else {
            return;
        };
        if self.enabled.swap(on, Ordering::SeqCst) != on {
            self.send(Job::Relint);
        }
    }

    pub fn opened(&self, path: Option<&Path>) {
        if let Some(p) = path {
            lock(&self.open).insert(p.to_path_buf());
            // The document task reports it from now on.
            lock(&self.results).remove(p);
        }
    }

    /// A closed file is judged from disk again (and its index entry read from disk).
    pub fn closed(&self, path: Option<&Path>) {
        if let Some(p) = path {
            lock(&self.open).remove(p);
            self.send(Job::Changed(p.to_path_buf()));
        }
    }

    /// The facts of an open document's linted version.
    pub fn editor_facts(&self, facts: Arc<FileFacts>) {
        self.send(Job::Facts(facts));
    }

    /// `workspace/didChangeWatchedFiles`.
    pub fn watched(&self, changes: &[lsp::FileEvent]) {
        for c in changes {
            let Some(path) = c.uri.to_file_path().map(|p| p.into_owned()) else {
                continue;
            };
            if cdklint_project::is_project_file(&path) {
                self.send(Job::ProjectChanged);
            }
            if Grammar::for_path(&path).is_none() {
                continue;
            }
            if c.typ == FileChangeType::DELETED {
                self.send(Job::Deleted(path));
            } else {
                self.send(Job::Changed(path));
            }
        }
    }

    /// Every report for files that are not open (for `workspace/diagnostic`).
    pub fn reports(&self) -> Vec<(Uri, Vec<lsp::Diagnostic>)> {
        lock(&self.results)
            .iter()
            .filter_map(|(p, d)| Some((uri_of(p)?, d.clone())))
            .collect()
    }
}

impl WorkspaceState {
    /// The report of one file that is not open.
    pub fn report_for(&self, uri: &Uri) -> Vec<lsp::Diagnostic> {
        let Some(path) = uri.to_file_path().map(|p| p.into_owned()) else {
            return Vec::new();
        };
        lock(&self.results).get(&path).cloned().unwrap_or_default()
    }
}

fn uri_of(path: &Path) -> Option<Uri> {
    Uri::from_file_path(path)
}

/// Start the worker and its first scan (at `initialized`).
pub fn start(shared: Arc<Shared>) {
    let (tx, rx) = mpsc::channel();
    *lock(&shared.workspace.tx) = Some(tx);
    shared.workspace.send(Job::Scan);
    let spawned = std::thread::Builder::new()
        .name("cdklint-workspace".into())
        .spawn(move || worker(shared, rx));
    if let Err(e) = spawned {
        tracing::warn!("the workspace worker could not start: {e}");
    }
}

fn worker(shared: Arc<Shared>, rx: mpsc::Receiver<Job>) {
    while let Ok(first) = rx.recv() {
        if shared.shutdown.load(Ordering::SeqCst) {
            return;
        }
        // Take everything queued meanwhile: one relint answers a burst of changes.
        let mut jobs = vec![first];
        jobs.extend(rx.try_iter());
        let ws = &shared.workspace;
        // `everything`: the rules, settings or project facts may have changed, every file is
        // linted again; `index_changed`: only what files tell each other changed, so only the
        // files whose findings depend on the index are.
        let mut everything = false;
        let mut index_changed = false;
        // When the only change is an open document's own edit, that document's lint already
        // saw its new facts: the others are linted again, not it.
        let mut changed_by: Option<Option<PathBuf>> = None;
        let mut blame = |by: Option<PathBuf>| {
            changed_by = Some(match changed_by.take() {
                None => by,
                Some(prev) if prev == by => prev,
                Some(_) => None,
            });
        };
        let mut these: Vec<PathBuf> = Vec::new();
        // Changed files already linted for good (their lint did not ask the index).
        let mut final_lints: Vec<(PathBuf, Vec<lsp::Diagnostic>)> = Vec::new();
        for job in jobs {
            match job {
                // The scan lints every file itself (with the rules and settings of now) and
                // records what each consulted: only those are linted again below.
                Job::Scan => {
                    if scan(&shared) {
                        index_changed = true;
                        blame(None);
                    }
                }
                Job::Relint => everything = true,
                Job::ProjectChanged => {
                    ws.projects.clear();
                    everything = true;
                    blame(None);
                }
                Job::Deleted(path) => {
                    lock(&ws.files).remove(&path);
                    let removed = {
                        let mut index = ws.index.write().unwrap_or_else(|e| e.into_inner());
                        let had = index.get(&key(&path)).is_some();
                        Arc::make_mut(&mut index).remove(&key(&path));
                        had
                    };
                    if lock(&ws.results).remove(&path).is_some()
                        && !shared.session().pull
                        && let Some(uri) = uri_of(&path)
                    {
                        let _ = shared.outbox.send(Out::Publish(uri, Vec::new(), None));
                    }
                    lock(&ws.consulted).remove(&path);
                    if removed {
                        index_changed = true;
                        blame(None);
                    }
                }
                Job::Changed(path) => {
                    lock(&ws.files).insert(path.clone());
                    let open = lock(&ws.open).contains(&path);
                    if !open {
                        // One parse for both the file's findings and its facts. A lint that
                        // did not ask the index is final; the others are linted again below,
                        // with the index that holds every change of this batch.
                        let linted = lint_from_disk(&shared, &path);
                        let facts = match &linted {
                            Some(l) => l.facts.clone(),
                            None => facts_from_disk(&shared, &path),
                        };
                        let facts = facts.map(Arc::new);
                        if update(ws, &path, facts) {
                            index_changed = true;
                            blame(None);
                        }
                        match linted {
                            Some(l) if !l.consulted => final_lints.push((path, l.diagnostics)),
                            _ => these.push(path),
                        }
                    }
                }
                Job::Facts(facts) => {
                    let path = PathBuf::from(&facts.path);
                    if update(ws, &path, Some(facts)) {
                        index_changed = true;
                        blame(Some(path));
                    }
                }
            }
        }
        if !everything {
            for (path, diagnostics) in final_lints {
                report(&shared, &path, Some((diagnostics, false)));
            }
        } else {
            these.extend(final_lints.into_iter().map(|(path, _)| path));
        }
        if everything || index_changed {
            if everything {
                lock(&ws.consulted).clear();
            }
            relint_all(&shared, &these);
            // Open documents see the new index too (unless only the setting changed).
            if let Some(by) = changed_by {
                shared.send(Cmd::WorkspaceChanged(by));
            }
        } else {
            for path in these {
                relint(&shared, &path);
            }
            refresh(&shared);
        }
    }
}

/// Put a file's facts into the index; whether they differ from what it held in a way another
/// file can see (see [`FileFacts::same_for_others`]).
fn update(ws: &WorkspaceState, path: &Path, facts: Option<Arc<FileFacts>>) -> bool {
    let mut index = ws.index.write().unwrap_or_else(|e| e.into_inner());
    let old = index.get(&key(path));
    match facts {
        Some(f) if old == Some(&*f) => false,
        Some(f) => Arc::make_mut(&mut index).update(f),
        None if old.is_some() => Arc::make_mut(&mut index).remove(&key(path)),
        None => false,
    }
}

fn read_source(path: &Path) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() || meta.len() > MAX_BACKGROUND_FILE {
        return None;
    }
    std::fs::read_to_string(path).ok()
}

fn facts_from_disk(shared: &Shared, path: &Path) -> Option<FileFacts> {
    Grammar::for_path(path)?;
    let text = read_source(path)?;
    let mut facts = cdklint_linter::file_facts(&key(path), &text)?;
    facts.project_root = project_root(shared, path);
    Some(facts)
}

pub fn project_root(shared: &Shared, path: &Path) -> Option<String> {
    shared.workspace.projects.facts(path).root_key()
}

/// Walk the folders and index every source file; whether any was found.
fn scan(shared: &Shared) -> bool {
    let folders = shared
        .folders
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .clone();
    let mut found = Vec::new();
    for folder in folders {
        let walk = ignore::WalkBuilder::new(&folder)
            .filter_entry(|e| {
                !(e.file_type().is_some_and(|t| t.is_dir())
                    && e.file_name()
                        .to_str()
                        .is_some_and(|n| SKIPPED_DIRS.contains(&n)))
            })
            .build();
        for entry in walk.flatten() {
            let path = entry.path();
            if entry.file_type().is_some_and(|t| t.is_file()) && Grammar::for_path(path).is_some() {
                found.push(path.to_path_buf());
            }
        }
    }
    // One parse per file: each is linted with the index as it was and its facts are read
    // from the same model. A file whose lint asked the index is linted again once the new
    // index is complete (by the caller); the others are reported now.
    let ws = &shared.workspace;
    let open = lock(&ws.open).clone();
    let mut index = WorkspaceIndex::new();
    let mut linted = Vec::new();
    for path in &found {
        if shared.shutdown.load(Ordering::SeqCst) {
            return false;
        }
        let from_disk = if open.contains(path) {
            None
        } else {
            lint_from_disk(shared, path)
        };
        match from_disk {
            Some(l) => {
                if let Some(f) = l.facts {
                    index.update(f);
                }
                linted.push((path.clone(), l.diagnostics, l.consulted));
            }
            None => {
                if let Some(f) = facts_from_disk(shared, path) {
                    index.update(f);
                }
            }
        }
    }
    // Open documents keep the facts of their editor text.
    {
        let current = ws.index();
        for p in &open {
            if let Some(f) = current.get(&key(p)) {
                index.update(f.clone());
            }
        }
    }
    *ws.index.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(index);
    lock(&ws.consulted).clear();
    for (path, diagnostics, consulted) in linted {
        if consulted {
            // Judged again with the complete index: what it found without it is not shown.
            lock(&ws.consulted).insert(path, true);
        } else {
            report(shared, &path, Some((diagnostics, false)));
        }
    }
    let any = !found.is_empty();
    *lock(&ws.files) = found.into_iter().collect();
    any
}

/// Lint again the files the index can change (and `changed`, whose text did): those whose last
/// lint consulted the index, and those not linted since the rules or settings changed.
fn relint_all(shared: &Shared, changed: &[PathBuf]) {
    let files: Vec<PathBuf> = lock(&shared.workspace.files).iter().cloned().collect();
    let files = depending_on_index(files, &lock(&shared.workspace.consulted), changed);
    for path in files {
        if shared.shutdown.load(Ordering::SeqCst) {
            return;
        }
        relint(shared, &path);
    }
    refresh(shared);
}

/// The files of `files` to lint again when the index changed, sorted.
fn depending_on_index(
    files: Vec<PathBuf>,
    consulted: &HashMap<PathBuf, bool>,
    changed: &[PathBuf],
) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = files
        .into_iter()
        .filter(|f| consulted.get(f).copied().unwrap_or(true) || changed.contains(f))
        .collect();
    files.sort();
    files
}

fn refresh(shared: &Shared) {
    let session = shared.session();
    if session.pull && session.refresh_support {
        let _ = shared.outbox.send(Out::Refresh);
    }
}

/// Lint one file that is not open and report it if its diagnostics changed.
fn relint(shared: &Shared, path: &Path) {
    let ws = &shared.workspace;
    if lock(&ws.open).contains(path) {
        return;
    }
    let linted = lint_from_disk(shared, path);
    report(shared, path, linted.map(|l| (l.diagnostics, l.consulted)));
}

/// Record (and publish, when it changed) what a file that is not open was found to hold;
/// `None`: nothing, and not linted (workspace diagnostics off, unreadable, too large).
fn report(shared: &Shared, path: &Path, linted: Option<(Vec<lsp::Diagnostic>, bool)>) {
    let ws = &shared.workspace;
    let diags = match linted {
        Some((diags, consulted)) => {
            lock(&ws.consulted).insert(path.to_path_buf(), consulted);
            diags
        }
        None => {
            lock(&ws.consulted).remove(path);
            Vec::new()
        }
    };
    let changed = {
        let mut results = lock(&ws.results);
        let before = results.get(path).map_or(&[][..], |d| d.as_slice());
        let changed = before != diags.as_slice();
        if diags.is_empty() {
            results.remove(path);
        } else {
            results.insert(path.to_path_buf(), diags.clone());
        }
        changed
    };
    // Opened meanwhile: the document task reports it now.
    if !changed || lock(&ws.open).contains(path) || shared.session().pull {
        return;
    }
    if let Some(uri) = uri_of(path) {
        let _ = shared.outbox.send(Out::Publish(uri, diags, None));
    }
}

/// A file as linted from disk.
struct FromDisk {
    diagnostics: Vec<lsp::Diagnostic>,
    /// The lint asked the workspace index.
    consulted: bool,
    /// The file's workspace facts, from the same parse and model.
    facts: Option<FileFacts>,
}

/// The diagnostics of a file as on disk, whether its lint consulted the workspace index, and
/// its facts; `None` when it is not linted (workspace diagnostics off, unreadable, too large).
fn lint_from_disk(shared: &Shared, path: &Path) -> Option<FromDisk> {
    if !shared.workspace.enabled() {
        return None;
    }
    Grammar::for_path(path)?;
    let text = read_source(path)?;
    let fallback = shared.first_folder();
    let (resolved, _) = settings::resolve(
        &shared.configs,
        Some(path),
        fallback.as_deref(),
        &shared.editor(),
    );
    if resolved.too_large(text.len() as u64).is_some() {
        return None;
    }
    let mut settings = resolved.settings;
    settings.workspace = Some(shared.workspace.index());
    settings.project = Some(shared.workspace.projects.facts(path));
    let rules = shared.rules();
    let checked = cdklint_linter::check_with_facts(&rules, &key(path), &text, &settings);
    let index = LineIndex::new(&text);
    let map = PositionMap::new(&text, &index, shared.session().encoding);
    Some(FromDisk {
        diagnostics: checked
            .result
            .diagnostics
            .iter()
            .map(|d| diagnostics::to_lsp(d, &map, 0))
            .collect(),
        consulted: checked.result.consulted_workspace,
        facts: checked.facts.map(|mut f| {
            f.project_root = project_root(shared, path);
            f
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn an_index_change_lints_again_only_the_files_that_consulted_it() {
        let files: Vec<PathBuf> = ["lib/web.ts", "lib/util.ts", "bin/app.ts", "lib/new.ts"]
            .iter()
            .map(PathBuf::from)
            .collect();
        let consulted: HashMap<PathBuf, bool> = [
            ("lib/web.ts", true),
            ("lib/util.ts", false),
            ("bin/app.ts", false),
        ]
        .into_iter()
        .map(|(p, c)| (PathBuf::from(p), c))
        .collect();
        // web.ts asked where its stack deploys; util.ts and app.ts did not; new.ts was never
        // linted; app.ts itself changed on disk.
        assert_eq!(
            depending_on_index(files, &consulted, &[PathBuf::from("bin/app.ts")]),
            ["bin/app.ts", "lib/new.ts", "lib/web.ts"]
                .iter()
                .map(PathBuf::from)
                .collect::<Vec<_>>()
        );
    }
}
