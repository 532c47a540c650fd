//! State shared by the request handlers, the document task and lint jobs. Read-mostly.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, OnceLock, RwLock};

use cdklint_linter::Registry;
use cdklint_text::Encoding;
use dashmap::DashSet;
use tokio::sync::mpsc::UnboundedSender;
use tower_lsp_server::ls_types::MessageType;

use crate::actor::Cmd;
use crate::outbox::Out;
use crate::project_rules::{ProjectRules, Rules};
use crate::settings::EditorSettings;
use cdklint_config::{Resolver, Source};

/// What was negotiated at `initialize`.
#[derive(Debug, Clone)]
pub struct Session {
    pub encoding: Encoding,
    /// The client pulls diagnostics (`textDocument/diagnostic`); then nothing is pushed.
    pub pull: bool,
    pub refresh_support: bool,
    pub configuration_pull: bool,
    /// The client can resolve a code action's `edit` lazily.
    pub resolve_edit: bool,
    pub dynamic_watch: bool,
    pub dynamic_configuration: bool,
}

pub struct Shared {
    pub registry: &'static Registry,
    /// The CLI's settings path; the editor's settings are its overlay.
    pub configs: Resolver,
    pub editor: RwLock<Arc<EditorSettings>>,
    pub folders: RwLock<Vec<PathBuf>>,
    pub session: OnceLock<Session>,
    pub initialized: AtomicBool,
    pub shutdown: AtomicBool,
    /// Bumped whenever configuration changes: lint results of older generations are stale.
    pub generation: AtomicU64,
    /// Configuration errors already shown to the user (each is shown once until config changes).
    pub shown: DashSet<String>,
    pub actor: UnboundedSender<Cmd>,
    pub outbox: UnboundedSender<Out>,
    /// The project's own rules (`rules-dirs`), reloaded when their files change.
    pub project: Arc<RwLock<Arc<ProjectRules>>>,
    /// The workspace index, project facts and whole-workspace diagnostics.
    pub workspace: crate::workspace::WorkspaceState,
}

impl Shared {
    pub fn new(
        registry: &'static Registry,
        actor: UnboundedSender<Cmd>,
        outbox: UnboundedSender<Out>,
    ) -> Shared {
        let project: Arc<RwLock<Arc<ProjectRules>>> = Arc::default();
        let known_project = project.clone();
        Shared {
            registry,
            // Codes of the project's rules are known to its configuration too.
            configs: Resolver::new(Source::Discover, move |c: &str| {
                let project = known_project
                    .read()
                    .unwrap_or_else(|e| e.into_inner())
                    .clone();
                let rules = project.registry.as_deref().unwrap_or(registry);
                rules.rules().iter().any(|r| r.code.starts_with(c))
            }),
            editor: RwLock::default(),
            folders: RwLock::default(),
            session: OnceLock::new(),
            initialized: AtomicBool::new(false),
            shutdown: AtomicBool::new(false),
            generation: AtomicU64::new(0),
            shown: DashSet::new(),
            actor,
            outbox,
            project,
            workspace: Default::default(),
        }
    }

    /// The rules to lint with: the built-in ones and the project's.
    pub fn rules(&self) -> Rules {
        let project = self.project.read().unwrap_or_else(|e| e.into_inner());
        match &project.registry {
            Some(r) => Rules::Project(r.clone()),
            None => Rules::Builtin(self.registry),
        }
    }

    /// The project rules as last loaded.
    pub fn project_rules(&self) -> Arc<ProjectRules> {
        self.project
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    pub fn session(&self) -> Session {
        self.session.get().cloned().unwrap_or(Session {
            encoding: Encoding::Utf16,
            pull: false,
            refresh_support: false,
            configuration_pull: false,
            resolve_edit: false,
            dynamic_watch: false,
            dynamic_configuration: false,
        })
    }

    pub fn editor(&self) -> Arc<EditorSettings> {
        self.editor
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    pub fn set_editor(&self, settings: EditorSettings) {
        *self.editor.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(settings);
    }

    pub fn first_folder(&self) -> Option<PathBuf> {
        self.folders
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .first()
            .cloned()
    }

    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    pub fn send(&self, cmd: Cmd) {
        // Fails only when the document task is gone, i.e. the server is going down.
        let _ = self.actor.send(cmd);
    }

    pub fn log(&self, typ: MessageType, message: impl Into<String>) {
        let message = message.into();
        match typ {
            MessageType::ERROR => tracing::error!("{message}"),
            MessageType::WARNING => tracing::warn!("{message}"),
            _ => tracing::info!("{message}"),
        }
        let _ = self.outbox.send(Out::Log(typ, message));
    }

    /// Show a message to the user once (until configuration changes), and log it.
    pub fn show_once(&self, typ: MessageType, message: String) {
        if self.shown.insert(message.clone()) {
            let _ = self.outbox.send(Out::Show(typ, message.clone()));
            self.log(typ, message);
        }
    }
}
