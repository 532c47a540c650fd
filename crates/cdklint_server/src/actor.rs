//! The document task: one tokio task that owns every open document and applies document and
//! configuration notifications strictly in the order the client sent them.
//!
//! Notifications are enqueued at `Service::call` time (see `ingress`), so their order here is
//! the wire order. Requests send a query through the same channel, so they observe every edit
//! the client sent before them. Linting is debounced per document and runs on the blocking pool
//! with a snapshot; a result for a version (or configuration generation) that moved on is
//! dropped, so no stale diagnostics are ever published.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use cdklint_linter::incremental::Memo;
use cdklint_linter::{Grammar, LintResult};
use cdklint_text::{Encoding, LineIndex};
use serde_json::Value;
use tokio::sync::mpsc::UnboundedReceiver;
use tokio::sync::oneshot;
use tokio::time::Instant;
use tower_lsp_server::ls_types::{
    DidChangeTextDocumentParams, DidChangeWatchedFilesParams, DidChangeWorkspaceFoldersParams,
    DidCloseTextDocumentParams, DidOpenTextDocumentParams, MessageType, Uri,
};
use tree_sitter::Tree;

use crate::diagnostics;
use crate::document::Document;
use crate::outbox::Out;
use crate::position::PositionMap;
use crate::settings::{self, EditorSettings};
use crate::shared::Shared;
use crate::snapshot::{Linted, Snapshot};

/// Quiet time after an edit before linting, while the user is typing. The first edit after a
/// quiet period is linted at once (leading edge), so a single keystroke gets immediate feedback.
/// The wait adapts to what a lint of the document costs — twice its recent lint time, within
/// these bounds — so a small file is re-linted almost at once and a huge one is not re-linted
/// on every keystroke.
pub const DEBOUNCE: Duration = Duration::from_millis(75);
const MIN_DEBOUNCE: Duration = Duration::from_millis(2);

fn debounce_for(lint_cost: Duration) -> Duration {
    (lint_cost * 2).clamp(MIN_DEBOUNCE, DEBOUNCE)
}

/// Syntax trees are kept (for incremental reparsing) for this many of the most recently edited
/// documents. A tree takes about 40 times the memory of its text; any other document is parsed
/// from scratch on its next edit, which costs a few milliseconds.
pub const MAX_TREES: usize = 16;

pub enum Cmd {
    Open(DidOpenTextDocumentParams),
    Change(DidChangeTextDocumentParams),
    Close(DidCloseTextDocumentParams),
    Saved(Uri),
    WatchedFiles(DidChangeWatchedFilesParams),
    /// `workspace/didChangeConfiguration` settings (may be null: then pull them).
    Configuration(Value),
    /// Settings from `initializationOptions` or a `workspace/configuration` pull.
    EditorSettings(Value),
    WorkspaceFolders(DidChangeWorkspaceFoldersParams),
    /// The document as it is now.
    Snapshot(Uri, oneshot::Sender<Option<Snapshot>>),
    /// The document with the lint result of its current version (waits for the lint).
    Linted(Uri, oneshot::Sender<Option<Snapshot>>),
    LintDone(Box<LintDone>),
    /// Load the project's rules again (after `initialized`).
    ReloadRules,
    /// The workspace index changed (a file's stacks, envs or recorders): lint the open
    /// documents again, except the one whose own edit changed it (its lint already saw its
    /// new facts).
    WorkspaceChanged(Option<PathBuf>),
}

pub struct LintDone {
    uri: Uri,
    version: i32,
    revision: u64,
    generation: u64,
    tree: Option<Tree>,
    memo: Option<Memo>,
    outcome: Result<LintOutput, String>,
}

struct LintOutput {
    linted: Linted,
    /// This version's `publishDiagnostics`, framed (for a client that does not pull them).
    frame: Option<Vec<u8>>,
    rule_errors: Vec<String>,
    config_error: Option<String>,
    /// Why the document was not linted (larger than `max-file-size`).
    skipped: Option<String>,
}

struct DocState {
    doc: Document,
    /// When to lint next (None: nothing to do).
    due: Option<Instant>,
    in_flight: bool,
    last_change: Instant,
    /// When the running lint job started, and what lints of this document recently cost.
    started: Option<Instant>,
    lint_cost: Duration,
    lint: Option<Arc<Linted>>,
    waiters: Vec<oneshot::Sender<Option<Snapshot>>>,
    rule_errors: Vec<String>,
    /// What the last lint leaves for the next (see `cdklint_linter::incremental`): an edit
    /// re-reads the statements it changed. Held by the running lint job while there is one.
    memo: Option<Memo>,
}

impl DocState {
    fn is_current(&self, generation: u64) -> bool {
        self.lint
            .as_ref()
            .is_some_and(|l| l.revision == self.doc.revision && l.generation == generation)
    }

    fn snapshot(&self, encoding: Encoding, generation: u64) -> Snapshot {
        Snapshot {
            uri: self.doc.uri.clone(),
            text: self.doc.text.clone(),
            index: self.doc.index.clone(),
            encoding,
            grammar: self.doc.grammar,
            lint_path: self.doc.lint_path.clone(),
            file_path: self.doc.file_path.clone(),
            lint: self.lint.clone().filter(|_| self.is_current(generation)),
        }
    }
}

pub struct Actor {
    shared: Arc<Shared>,
    docs: HashMap<Uri, DocState>,
    /// Lint jobs running on the blocking pool, at most `max_jobs` (one per core): more would
    /// not finish sooner, and each extra thread keeps its own parsers and allocator arena.
    jobs: usize,
    max_jobs: usize,
    /// The editor's settings for us as last received (`null` before any): a change lints the
    /// files that are not open again too.
    editor_json: Value,
}

pub async fn run(rx: UnboundedReceiver<Cmd>, shared: Arc<Shared>) {
    Actor {
        shared,
        docs: HashMap::new(),
        jobs: 0,
        max_jobs: std::thread::available_parallelism().map_or(2, |n| n.get()),
        editor_json: Value::Null,
    }
    .run(rx)
    .await;
}

impl Actor {
    async fn run(mut self, mut rx: UnboundedReceiver<Cmd>) {
        loop {
            let next_due = self
                .docs
                .values()
                .filter(|d| !d.in_flight && self.jobs < self.max_jobs)
                .filter_map(|d| d.due)
                .min();
            let cmd = match next_due {
                Some(due) => tokio::select! {
                    biased;
                    cmd = rx.recv() => cmd,
                    () = tokio::time::sleep_until(due) => {
                        self.start_due_lints();
                        continue;
                    }
                },
                None => rx.recv().await,
            };
            let Some(cmd) = cmd else { break };
            // A bug in handling one command must not take the document task down.
            if catch_unwind(AssertUnwindSafe(|| self.handle(cmd))).is_err() {
                self.shared.log(
                    MessageType::ERROR,
                    "cdklint: internal error while handling a document notification",
                );
            }
            self.start_due_lints();
        }
    }

    fn encoding(&self) -> Encoding {
        self.shared.session().encoding
    }

    fn handle(&mut self, cmd: Cmd) {
        match cmd {
            Cmd::Open(p) => {
                let doc = p.text_document;
                let now = Instant::now();
                let document =
                    Document::new(doc.uri.clone(), &doc.language_id, doc.version, doc.text);
                self.shared.workspace.opened(document.file_path.as_deref());
                if let Some(old) = self.docs.remove(&doc.uri) {
                    answer(old.waiters, None);
                }
                self.docs.insert(
                    doc.uri,
                    DocState {
                        doc: document,
                        due: Some(now),
                        in_flight: false,
                        last_change: now,
                        started: None,
                        lint_cost: Duration::ZERO,
                        lint: None,
                        waiters: Vec::new(),
                        rule_errors: Vec::new(),
                        memo: None,
                    },
                );
            }
            Cmd::Change(p) => {
                let encoding = self.encoding();
                let uri = p.text_document.uri;
                let Some(state) = self.docs.get_mut(&uri) else {
                    tracing::warn!(
                        "didChange for a document that is not open: {}",
                        uri.as_str()
                    );
                    return;
                };
                let version = p.text_document.version;
                // The version is the client's business: a change that does not raise it is
                // still a change the client made, and dropping it would put the server's text
                // out of step with the editor's.
                if version <= state.doc.version {
                    tracing::debug!(
                        "didChange for {} with version {version} (had {}): applied",
                        uri.as_str(),
                        state.doc.version
                    );
                }
                state.doc.apply_changes(p.content_changes, encoding);
                state.doc.version = version;
                let now = Instant::now();
                // Leading edge: lint at once after a quiet period; trailing while typing.
                let debounce = debounce_for(state.lint_cost);
                let quiet = now.duration_since(state.last_change) >= debounce;
                state.due = Some(if quiet && !state.in_flight {
                    now
                } else {
                    now + debounce
                });
                if !state.waiters.is_empty() {
                    state.due = Some(now);
                }
                state.last_change = now;
            }
            Cmd::Close(p) => {
                if let Some(old) = self.docs.remove(&p.text_document.uri) {
                    answer(old.waiters, None);
                    self.shared.workspace.closed(old.doc.file_path.as_deref());
                    if !self.shared.session().pull {
                        let _ = self.shared.outbox.send(Out::Publish(
                            p.text_document.uri,
                            Vec::new(),
                            None,
                        ));
                    }
                }
            }
            Cmd::Saved(uri) => {
                if is_config_uri(&uri) || self.is_rule_file(&uri) {
                    self.config_changed();
                }
            }
            Cmd::WatchedFiles(p) => {
                self.shared.workspace.watched(&p.changes);
                if p.changes
                    .iter()
                    .any(|c| is_config_uri(&c.uri) || self.is_rule_file(&c.uri))
                    || p.changes.is_empty()
                {
                    self.config_changed();
                }
            }
            Cmd::Configuration(value) => {
                // Settings pushed under our key apply at once; a notification without them
                // (VS Code sends `null` in the pull model) means: ask for them.
                let settings = value.get("settings").cloned().unwrap_or(Value::Null);
                if settings.get("cdklint").is_some_and(|v| !v.is_null()) {
                    self.set_editor_settings(&settings);
                } else if self.shared.session().configuration_pull {
                    let _ = self.shared.outbox.send(Out::PullConfiguration);
                }
            }
            // A client without settings for us answers the pull with null: keep what we have.
            Cmd::EditorSettings(Value::Null) => {}
            Cmd::EditorSettings(value) => self.set_editor_settings(&value),
            Cmd::WorkspaceFolders(p) => {
                {
                    let mut folders = self
                        .shared
                        .folders
                        .write()
                        .unwrap_or_else(|e| e.into_inner());
                    for removed in &p.event.removed {
                        if let Some(path) = folder_path(&removed.uri) {
                            folders.retain(|f| *f != path);
                        }
                    }
                    for added in &p.event.added {
                        folders.extend(folder_path(&added.uri));
                    }
                }
                self.config_changed();
            }
            Cmd::Snapshot(uri, reply) => {
                let (encoding, generation) = (self.encoding(), self.shared.generation());
                let _ = reply.send(
                    self.docs
                        .get(&uri)
                        .map(|d| d.snapshot(encoding, generation)),
                );
            }
            Cmd::Linted(uri, reply) => {
                let (encoding, generation) = (self.encoding(), self.shared.generation());
                match self.docs.get_mut(&uri) {
                    None => {
                        let _ = reply.send(None);
                    }
                    Some(state) if state.is_current(generation) => {
                        let _ = reply.send(Some(state.snapshot(encoding, generation)));
                    }
                    Some(state) => {
                        state.waiters.push(reply);
                        state.due = Some(Instant::now());
                    }
                }
            }
            Cmd::LintDone(done) => self.lint_done(*done),
            // The first load after `initialized`: nothing on disk changed, so what was already
            // shown about the configuration is not shown again.
            Cmd::ReloadRules => {
                self.reload_project_rules();
                self.relint_all();
            }
            Cmd::WorkspaceChanged(except) => self.relint_others(except.as_deref()),
        }
    }

    /// Keep at most [`MAX_TREES`] trees: drop those of the least recently edited documents.
    fn evict_trees(&mut self, keep: &Uri) {
        let mut with_trees: Vec<(Instant, Uri)> = self
            .docs
            .iter()
            .filter(|(uri, s)| s.doc.tree.is_some() && !s.in_flight && *uri != keep)
            .map(|(uri, s)| (s.last_change, uri.clone()))
            .collect();
        let excess = (with_trees.len() + 1).saturating_sub(MAX_TREES);
        if excess == 0 {
            return;
        }
        with_trees.sort();
        for (_, uri) in with_trees.into_iter().take(excess) {
            if let Some(state) = self.docs.get_mut(&uri) {
                state.doc.tree = None;
                state.doc.tree_dirty = true;
                // The memo holds a tree too.
                state.memo = None;
            }
        }
    }

    fn set_editor_settings(&mut self, value: &Value) {
        let (settings, warnings) = settings::from_json(value, &self.shared.rules());
        self.shared.workspace.set_enabled_from(value);
        // Clients send the same settings again (on start, on focus): only a real change costs
        // a lint of every file that is not open. (Before the workspace worker starts, from
        // `initializationOptions`, there is nothing to lint again: its scan reads them.)
        let ours = value.get("cdklint").unwrap_or(value);
        if *ours != self.editor_json {
            self.shared.workspace.relint_unopened();
            self.editor_json = ours.clone();
        }
        for w in warnings {
            self.shared
                .show_once(MessageType::WARNING, format!("cdklint: {w}"));
        }
        self.shared.set_editor(settings);
        self.relint_all();
    }

    /// A configuration file changed: forget what was discovered and lint everything again.
    fn config_changed(&mut self) {
        self.shared.configs.clear();
        self.shared.shown.clear();
        self.reload_project_rules();
        self.relint_all();
        self.shared.workspace.relint_unopened();
    }

    /// Load the project's rules again; show what does not load on the rule file itself.
    fn reload_project_rules(&mut self) {
        let folders = self
            .shared
            .folders
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        let (mut rules, config_errors, errors) =
            crate::project_rules::load(self.shared.registry, &folders);
        // Worded as the lint's own report of the same file, so it is shown once.
        for e in config_errors {
            self.shared.show_once(
                MessageType::ERROR,
                format!("cdklint: bad configuration: {e}"),
            );
        }
        let old = self.shared.project_rules();
        let diagnostics = crate::project_rules::error_diagnostics(&errors);
        for (uri, diags) in diagnostics.into_values() {
            rules.error_files.push(uri.clone());
            let _ = self.shared.outbox.send(Out::Publish(uri, diags, None));
        }
        for uri in &old.error_files {
            if !rules.error_files.contains(uri) {
                let _ = self
                    .shared
                    .outbox
                    .send(Out::Publish(uri.clone(), Vec::new(), None));
            }
        }
        for e in &errors {
            self.shared
                .log(MessageType::WARNING, format!("cdklint: rule error: {e}"));
        }
        *self
            .shared
            .project
            .write()
            .unwrap_or_else(|e| e.into_inner()) = Arc::new(rules);
    }

    /// Whether a changed file is one of the project's rule files.
    fn is_rule_file(&self, uri: &Uri) -> bool {
        folder_path(uri).is_some_and(|p| self.shared.project_rules().contains(&p))
    }

    fn relint_all(&mut self) {
        self.shared.generation.fetch_add(1, Ordering::SeqCst);
        self.shared.workspace.forget_dependencies();
        let now = Instant::now();
        for state in self.docs.values_mut() {
            state.due = Some(now);
        }
        let session = self.shared.session();
        if session.pull && session.refresh_support {
            let _ = self.shared.outbox.send(Out::Refresh);
        }
    }

    /// The index changed: lint the other open documents again with it. Their configuration did
    /// not change, so results in flight stay valid (no new generation); the new lint follows.
    fn relint_others(&mut self, except: Option<&std::path::Path>) {
        let now = Instant::now();
        let mut any = false;
        for state in self.docs.values_mut() {
            if except.is_none() || state.doc.file_path.as_deref() != except {
                state.due = Some(now);
                any = true;
            }
        }
        let session = self.shared.session();
        if any && session.pull && session.refresh_support {
            let _ = self.shared.outbox.send(Out::Refresh);
        }
    }

    fn start_due_lints(&mut self) {
        let now = Instant::now();
        let encoding = self.encoding();
        let generation = self.shared.generation();
        let editor = self.shared.editor();
        let fallback_dir = self.shared.first_folder();
        // Waiting requests first, then the longest-due documents.
        let mut due: Vec<(bool, Instant, Uri)> = self
            .docs
            .iter()
            .filter(|(_, s)| !s.in_flight)
            .filter_map(|(uri, s)| {
                let at = s.due.filter(|d| *d <= now)?;
                Some((s.waiters.is_empty(), at, uri.clone()))
            })
            .collect();
        due.sort_by_key(|(no_waiters, at, _)| (*no_waiters, *at));
        for (_, _, uri) in due {
            if self.jobs >= self.max_jobs {
                break;
            }
            let Some(state) = self.docs.get_mut(&uri) else {
                continue;
            };
            self.jobs += 1;
            state.due = None;
            state.in_flight = true;
            state.started = Some(Instant::now());
            let job = LintJob {
                uri: uri.clone(),
                version: state.doc.version,
                revision: state.doc.revision,
                generation,
                grammar: state.doc.grammar,
                text: state.doc.text.clone(),
                index: state.doc.index.clone(),
                tree: state.doc.tree.clone(),
                tree_dirty: state.doc.tree_dirty,
                memo: state.memo.take(),
                lint_path: state.doc.lint_path.clone(),
                file_path: state.doc.file_path.clone(),
                fallback_dir: fallback_dir.clone(),
                encoding,
                editor: editor.clone(),
                push: !self.shared.session().pull,
            };
            let shared = self.shared.clone();
            tokio::spawn(async move {
                let (uri, version, revision) = (job.uri.clone(), job.version, job.revision);
                let worker = shared.clone();
                let done = match tokio::task::spawn_blocking(move || job.run(&worker)).await {
                    Ok(done) => done,
                    Err(e) => LintDone {
                        uri,
                        version,
                        revision,
                        generation,
                        tree: None,
                        memo: None,
                        outcome: Err(format!("the lint job failed: {e}")),
                    },
                };
                shared.send(Cmd::LintDone(Box::new(done)));
            });
        }
    }

    fn lint_done(&mut self, done: LintDone) {
        self.jobs = self.jobs.saturating_sub(1);
        let generation = self.shared.generation();
        let encoding = self.encoding();
        let pull = self.shared.session().pull;
        let Some(state) = self.docs.get_mut(&done.uri) else {
            return;
        };
        state.in_flight = false;
        // Whatever version it was built from, the next lint compares texts with it.
        state.memo = done.memo;
        if let Some(started) = state.started.take() {
            // A moving average, so one slow lint (a cold cache) does not set the pace.
            state.lint_cost = (state.lint_cost * 3 + started.elapsed()) / 4;
        }
        if done.revision != state.doc.revision {
            // Stale: the document moved on; make sure its latest version gets linted.
            state.due.get_or_insert(Instant::now());
            return;
        }
        if let Some(tree) = done.tree {
            state.doc.tree = Some(tree);
            state.doc.tree_dirty = false;
        }
        self.evict_trees(&done.uri);
        let Some(state) = self.docs.get_mut(&done.uri) else {
            return;
        };
        let output = match done.outcome {
            Ok(output) => output,
            Err(e) => {
                self.shared.log(
                    MessageType::ERROR,
                    format!("cdklint: {}: {e}", done.uri.as_str()),
                );
                LintOutput {
                    linted: Linted {
                        version: done.version,
                        revision: done.revision,
                        generation: done.generation,
                        diagnostics: Vec::new(),
                    },
                    rule_errors: Vec::new(),
                    config_error: None,
                    skipped: None,
                    frame: None,
                }
            }
        };
        if let Some(e) = output.config_error {
            self.shared.show_once(
                MessageType::ERROR,
                format!("cdklint: bad configuration: {e}"),
            );
        }
        if let Some(why) = &output.skipped {
            self.shared
                .show_once(MessageType::WARNING, format!("cdklint: {why}"));
        }
        if output.rule_errors != state.rule_errors {
            for e in &output.rule_errors {
                self.shared.log(
                    MessageType::ERROR,
                    format!("cdklint: rule error in {}: {e}", done.uri.as_str()),
                );
            }
            state.rule_errors = output.rule_errors;
        }
        if done.generation != generation {
            state.due.get_or_insert(Instant::now());
            return;
        }
        let linted = Arc::new(output.linted);
        if !pull {
            // Framed by the job (a lint that failed has no frame: it publishes nothing found).
            let out = match output.frame {
                Some(frame) => Out::Frame(frame),
                None => Out::Publish(done.uri.clone(), Vec::new(), Some(linted.version)),
            };
            let _ = self.shared.outbox.send(out);
        }
        state.lint = Some(linted);
        let snapshot = state.snapshot(encoding, generation);
        answer(std::mem::take(&mut state.waiters), Some(snapshot));
    }
}

fn answer(waiters: Vec<oneshot::Sender<Option<Snapshot>>>, snapshot: Option<Snapshot>) {
    for w in waiters {
        let _ = w.send(snapshot.clone());
    }
}

fn is_config_uri(uri: &Uri) -> bool {
    let path = uri.path().as_str();
    path.ends_with("/cdklint.toml") || path.ends_with("/pyproject.toml")
}

pub fn folder_path(uri: &Uri) -> Option<PathBuf> {
    uri.to_file_path().map(|p| p.into_owned())
}

struct LintJob {
    uri: Uri,
    version: i32,
    revision: u64,
    generation: u64,
    grammar: Option<Grammar>,
    text: Arc<String>,
    index: Arc<LineIndex>,
    tree: Option<Tree>,
    tree_dirty: bool,
    memo: Option<Memo>,
    lint_path: PathBuf,
    file_path: Option<PathBuf>,
    fallback_dir: Option<PathBuf>,
    encoding: Encoding,
    editor: Arc<EditorSettings>,
    /// The client takes pushed diagnostics (it does not pull them).
    push: bool,
}

impl LintJob {
    /// Parse (incrementally) and lint one document version. Runs on the blocking pool.
    fn run(mut self, shared: &Shared) -> LintDone {
        let mut done = LintDone {
            uri: self.uri.clone(),
            version: self.version,
            revision: self.revision,
            generation: self.generation,
            tree: None,
            memo: None,
            outcome: Err(String::new()),
        };
        let memo = self.memo.take();
        let Some(grammar) = self.grammar else {
            done.outcome = Ok(self.output(LintResult::default(), None, None));
            return done;
        };
        let result = catch_unwind(AssertUnwindSafe(|| {
            let (resolved, config_error) = settings::resolve(
                &shared.configs,
                self.file_path.as_deref(),
                self.fallback_dir.as_deref(),
                &self.editor,
            );
            let config_error = config_error.map(|e| e.to_string());
            // Checked before parsing: a huge document must cost neither the parse nor the rules.
            if let Some(why) = resolved.too_large(self.text.len() as u64) {
                let name = self.lint_path.display();
                return (
                    None,
                    LintResult::default(),
                    config_error,
                    Some(format!("{name}: {why}")),
                    None,
                );
            }
            let mut settings = resolved.settings;
            // The workspace as indexed, and the project's facts (aws-cdk-lib version).
            settings.workspace = Some(shared.workspace.index());
            settings.project = self
                .file_path
                .as_deref()
                .map(|p| shared.workspace.projects.facts(p));
            let tree = if self.tree_dirty || self.tree.is_none() {
                cdklint_linter::parse(grammar, &self.text, self.tree.as_ref())
            } else {
                self.tree.clone()
            };
            let rules = shared.rules();
            let lint_path = self.lint_path.to_string_lossy();
            // Everything else a lint reads: another configuration, rule set, workspace index
            // or project makes the next lint read the whole file. (The index by revision: the
            // facts of this document's own last lint, whose instantiations moved, do not.)
            let inputs = {
                let mut h = std::hash::DefaultHasher::new();
                (
                    self.generation,
                    &*rules as *const cdklint_linter::Registry as usize,
                    settings.workspace.as_ref().map(|w| w.revision()),
                    settings.project.as_ref().map(|p| Arc::as_ptr(p) as usize),
                    Arc::as_ptr(&self.editor) as usize,
                )
                    .hash(&mut h);
                h.finish()
            };
            let (result, memo) = match &tree {
                Some(tree) => {
                    // One lint per version: the rules and the workspace facts read the same
                    // model (of the changed statements, when the rest cannot have changed).
                    let done = cdklint_linter::incremental::check_incremental(
                        &rules, &lint_path, grammar, &self.text, tree, &settings, inputs, memo,
                    );
                    // The facts of this version go to the workspace index (a region edited in
                    // `bin/app.ts` changes findings in the files of its stacks).
                    if let Some(path) = self.file_path.as_deref() {
                        let mut facts = done.facts;
                        let root = crate::workspace::project_root(shared, path);
                        if facts.project_root != root {
                            Arc::make_mut(&mut facts).project_root = root;
                        }
                        shared.workspace.editor_facts(facts);
                    }
                    (done.result, done.memo)
                }
                None => (LintResult::default(), None),
            };
            (tree, result, config_error, None, memo)
        }));
        match result {
            Ok((tree, result, config_error, skipped, memo)) => {
                done.tree = tree;
                done.memo = memo;
                done.outcome = Ok(self.output(result, config_error, skipped));
            }
            Err(_) => {
                done.outcome = Err("linting panicked; no diagnostics for this version".into());
            }
        }
        done
    }

    fn output(
        &self,
        result: LintResult,
        config_error: Option<String>,
        skipped: Option<String>,
    ) -> LintOutput {
        // Serialized here, on the blocking pool, not on the document task or the outbox.
        let frame = self.push.then(|| {
            let wire = diagnostics::Wire {
                diagnostics: &result.diagnostics,
                map: PositionMap::new(&self.text, &self.index, self.encoding),
                version: self.version,
            };
            crate::outbox::publish_frame(&self.uri, &wire, Some(self.version))
        });
        LintOutput {
            frame: frame.flatten(),
            linted: Linted {
                version: self.version,
                revision: self.revision,
                generation: self.generation,
                diagnostics: result.diagnostics,
            },
            rule_errors: result.rule_errors,
            config_error,
            skipped,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cdklint_linter::Registry;
    use std::str::FromStr;
    use tokio::sync::mpsc;
    use tower_lsp_server::ls_types::TextDocumentItem;

    /// A rule that fails on a file is logged (window/logMessage, once while it keeps failing)
    /// and the diagnostics of the other rules are still published.
    #[tokio::test]
    async fn rule_errors_are_logged_and_other_rules_still_report() {
        let registry = Registry::embedded().unwrap();
        let (actor_tx, _actor_rx) = mpsc::unbounded_channel();
        let (out_tx, mut out_rx) = mpsc::unbounded_channel();
        let shared = Arc::new(Shared::new(registry, actor_tx, out_tx));
        let mut actor = Actor {
            shared: shared.clone(),
            docs: HashMap::new(),
            jobs: 0,
            max_jobs: 1,
            editor_json: Value::Null,
        };
        let uri = Uri::from_str("file:///w/app.ts").unwrap();
        let text = "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nconst s = ec2.SubnetType.PRIVATE_WITH_NAT;\n";
        actor.handle(Cmd::Open(DidOpenTextDocumentParams {
            text_document: TextDocumentItem {
                uri: uri.clone(),
                language_id: "typescript".into(),
                version: 1,
                text: text.into(),
            },
        }));
        let state = &actor.docs[&uri];
        let job = LintJob {
            uri: uri.clone(),
            version: 1,
            revision: 0,
            generation: 0,
            grammar: state.doc.grammar,
            text: state.doc.text.clone(),
            index: state.doc.index.clone(),
            tree: None,
            tree_dirty: true,
            memo: None,
            lint_path: state.doc.lint_path.clone(),
            file_path: None,
            fallback_dir: None,
            encoding: Encoding::Utf16,
            editor: Arc::default(),
            push: true,
        };
        let mut done = job.run(&shared);
        if let Ok(output) = &mut done.outcome {
            output.rule_errors = vec!["DNS001: a predicate failed on app.ts".into()];
        }
        actor.jobs = 1;
        actor.docs.get_mut(&uri).unwrap().in_flight = true;
        actor.lint_done(done);

        let mut logged = Vec::new();
        let mut published = Vec::new();
        while let Ok(out) = out_rx.try_recv() {
            match out {
                Out::Log(typ, message) => logged.push((typ, message)),
                Out::Frame(frame) => {
                    let at = frame.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
                    let msg: Value = serde_json::from_slice(&frame[at + 4..]).unwrap();
                    let params = &msg["params"];
                    let diags: Vec<tower_lsp_server::ls_types::Diagnostic> =
                        serde_json::from_value(params["diagnostics"].clone()).unwrap();
                    published.push((diags, params["version"].as_i64().map(|v| v as i32)));
                }
                _ => {}
            }
        }
        assert_eq!(logged.len(), 1, "{logged:?}");
        assert_eq!(logged[0].0, MessageType::ERROR);
        assert!(logged[0].1.contains("DNS001: a predicate failed"));
        assert_eq!(published.len(), 1);
        assert_eq!(published[0].1, Some(1));
        let codes: Vec<_> = published[0].0.iter().map(|d| d.code.clone()).collect();
        assert_eq!(
            codes,
            vec![Some(tower_lsp_server::ls_types::NumberOrString::String(
                "NET001".into()
            ))]
        );
    }

    #[test]
    fn the_debounce_follows_what_a_lint_costs() {
        use std::time::Duration;
        assert_eq!(debounce_for(Duration::ZERO), MIN_DEBOUNCE);
        assert_eq!(
            debounce_for(Duration::from_millis(4)),
            Duration::from_millis(8)
        );
        assert_eq!(debounce_for(Duration::from_secs(2)), DEBOUNCE);
    }
}
