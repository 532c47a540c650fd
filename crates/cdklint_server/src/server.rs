//! The `LanguageServer` implementation: capabilities, and the requests (diagnostic pull, code
//! actions, hover). Document notifications never reach these handlers — the ordered ingress
//! hands them to the document task — so the `did*` methods here are no-ops.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use serde::{Deserialize, Serialize};
use tokio::sync::oneshot;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

use crate::actor::{self, Cmd};
use crate::code_actions::{self, FIX_ALL_KIND};
use crate::position;
use crate::settings;
use crate::shared::{Session, Shared};
use crate::snapshot::Snapshot;

pub struct Backend {
    client: Client,
    shared: Arc<Shared>,
}

impl Backend {
    pub fn new(client: Client, shared: Arc<Shared>) -> Self {
        Backend { client, shared }
    }

    async fn ask(
        &self,
        uri: &Uri,
        make: fn(Uri, oneshot::Sender<Option<Snapshot>>) -> Cmd,
    ) -> Option<Snapshot> {
        let (tx, rx) = oneshot::channel();
        self.shared.send(make(uri.clone(), tx));
        rx.await.ok().flatten()
    }

    /// The edit of `source.fixAll.cdklint` for a snapshot, computed on the blocking pool.
    async fn fix_all_edit(&self, snap: Snapshot) -> Result<Option<TextEdit>> {
        let shared = self.shared.clone();
        tokio::task::spawn_blocking(move || {
            let (resolved, _) = settings::resolve(
                &shared.configs,
                snap.file_path.as_deref(),
                shared.first_folder().as_deref(),
                &shared.editor(),
            );
            // A file too large to lint is too large to fix.
            if resolved.too_large(snap.text.len() as u64).is_some() {
                return None;
            }
            code_actions::fix_all_edit(&snap, &shared.rules(), &resolved.settings)
        })
        .await
        .map_err(|e| internal(format!("fix-all failed: {e}")))
    }
}

fn internal(message: String) -> Error {
    tracing::error!("{message}");
    Error {
        code: tower_lsp_server::jsonrpc::ErrorCode::InternalError,
        message: message.into(),
        data: None,
    }
}

/// `data` of a lazily resolved fix-all action.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct FixAllData {
    fix_all: Uri,
}

fn session_for(caps: &ClientCapabilities) -> Session {
    let text = caps.text_document.as_ref();
    let workspace = caps.workspace.as_ref();
    Session {
        encoding: position::negotiate(caps),
        pull: text.is_some_and(|t| t.diagnostic.is_some()),
        refresh_support: workspace
            .and_then(|w| w.diagnostics.as_ref())
            .and_then(|d| d.refresh_support)
            .unwrap_or(false),
        configuration_pull: workspace.and_then(|w| w.configuration).unwrap_or(false),
        resolve_edit: text
            .and_then(|t| t.code_action.as_ref())
            .and_then(|c| c.resolve_support.as_ref())
            .is_some_and(|r| r.properties.iter().any(|p| p == "edit")),
        dynamic_watch: workspace
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|d| d.dynamic_registration)
            .unwrap_or(false),
        dynamic_configuration: workspace
            .and_then(|w| w.did_change_configuration.as_ref())
            .and_then(|d| d.dynamic_registration)
            .unwrap_or(false),
    }
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let session = session_for(&params.capabilities);
        tracing::info!(
            "initialize: client {:?}, encoding {:?}, pull diagnostics {}",
            params.client_info.as_ref().map(|c| c.name.as_str()),
            session.encoding,
            session.pull
        );
        {
            let mut folders = self
                .shared
                .folders
                .write()
                .unwrap_or_else(|e| e.into_inner());
            for f in params.workspace_folders.iter().flatten() {
                folders.extend(actor::folder_path(&f.uri));
            }
            #[allow(deprecated)]
            if folders.is_empty()
                && let Some(root) = params.root_uri.as_ref().and_then(actor::folder_path)
            {
                folders.push(root);
            }
        }
        let encoding = session.encoding;
        let pull = session.pull;
        let _ = self.shared.session.set(session);
        if let Some(options) = params.initialization_options
            && !options.is_null()
        {
            self.shared.send(Cmd::EditorSettings(options));
        }
        // From here on the ingress hands document notifications to the document task. The
        // client sends none before it has our response, so none is lost.
        self.shared.initialized.store(true, Ordering::SeqCst);

        let capabilities = ServerCapabilities {
            position_encoding: Some(position::encoding_kind(encoding)),
            text_document_sync: Some(TextDocumentSyncCapability::Options(
                TextDocumentSyncOptions {
                    open_close: Some(true),
                    change: Some(TextDocumentSyncKind::INCREMENTAL),
                    save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                        include_text: Some(false),
                    })),
                    ..Default::default()
                },
            )),
            code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
                code_action_kinds: Some(vec![
                    CodeActionKind::QUICKFIX,
                    code_actions::fix_all_kind(),
                ]),
                resolve_provider: Some(true),
                work_done_progress_options: Default::default(),
            })),
            hover_provider: Some(HoverProviderCapability::Simple(true)),
            diagnostic_provider: pull.then(|| {
                DiagnosticServerCapabilities::Options(DiagnosticOptions {
                    identifier: Some("cdklint".to_string()),
                    // A region in `bin/app.ts` decides findings in the files of its stacks.
                    inter_file_dependencies: true,
                    workspace_diagnostics: true,
                    work_done_progress_options: Default::default(),
                })
            }),
            workspace: Some(WorkspaceServerCapabilities {
                workspace_folders: Some(WorkspaceFoldersServerCapabilities {
                    supported: Some(true),
                    change_notifications: Some(OneOf::Left(true)),
                }),
                file_operations: None,
            }),
            ..Default::default()
        };
        Ok(InitializeResult {
            capabilities,
            server_info: Some(ServerInfo {
                name: "cdklint".to_string(),
                version: Some(env!("CARGO_PKG_VERSION").to_string()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        let session = self.shared.session();
        let mut registrations = Vec::new();
        let watch = serde_json::to_value(DidChangeWatchedFilesRegistrationOptions {
            // Rule files too: the project's rules are reloaded when they change.
            watchers: [
                "**/cdklint.toml",
                "**/pyproject.toml",
                "**/rule.toml",
                "**/*.scm",
                "**/*.txt",
            ]
            .into_iter()
            .map(|glob| FileSystemWatcher {
                glob_pattern: GlobPattern::String(glob.to_string()),
                kind: None,
            })
            .collect(),
        })
        .ok();
        if session.dynamic_watch {
            registrations.push(Registration {
                id: "cdklint-config-files".to_string(),
                method: "workspace/didChangeWatchedFiles".to_string(),
                register_options: watch,
            });
            // Source files and project manifests: the workspace index follows them on disk.
            let sources = serde_json::to_value(DidChangeWatchedFilesRegistrationOptions {
                watchers: [
                    "**/*.{ts,tsx,mts,cts,js,mjs,cjs,py}",
                    "**/{package.json,package-lock.json,pnpm-lock.yaml,yarn.lock,poetry.lock,uv.lock,setup.py,requirements*.txt}",
                ]
                .into_iter()
                .map(|glob| FileSystemWatcher {
                    glob_pattern: GlobPattern::String(glob.to_string()),
                    kind: None,
                })
                .collect(),
            })
            .ok();
            registrations.push(Registration {
                id: "cdklint-workspace-files".to_string(),
                method: "workspace/didChangeWatchedFiles".to_string(),
                register_options: sources,
            });
        }
        if session.dynamic_configuration {
            registrations.push(Registration {
                id: "cdklint-configuration".to_string(),
                method: "workspace/didChangeConfiguration".to_string(),
                register_options: None,
            });
        }
        if !registrations.is_empty()
            && let Err(e) = self.client.register_capability(registrations).await
        {
            tracing::warn!("client/registerCapability failed: {e}");
        }
        if session.configuration_pull {
            let _ = self
                .shared
                .outbox
                .send(crate::outbox::Out::PullConfiguration);
        }
        // API001's data (every deprecated aws-cdk-lib symbol) is read on first use: read it now,
        // on the blocking pool, rather than in the lint of the first document opened.
        let registry = self.shared.registry;
        tokio::task::spawn_blocking(move || {
            let _ = registry.deprecated();
        });
        // Load the project's rules (and relint what is open), now that we may publish.
        self.shared.send(Cmd::ReloadRules);
        // Index the workspace and lint the files that are not open, in the background.
        crate::workspace::start(self.shared.clone());
    }

    async fn shutdown(&self) -> Result<()> {
        self.shared.shutdown.store(true, Ordering::SeqCst);
        Ok(())
    }

    // Handled by the ordered ingress (see `ingress`).
    async fn did_open(&self, _: DidOpenTextDocumentParams) {}
    async fn did_change(&self, _: DidChangeTextDocumentParams) {}
    async fn did_close(&self, _: DidCloseTextDocumentParams) {}
    async fn did_save(&self, _: DidSaveTextDocumentParams) {}
    async fn did_change_configuration(&self, _: DidChangeConfigurationParams) {}
    async fn did_change_watched_files(&self, _: DidChangeWatchedFilesParams) {}
    async fn did_change_workspace_folders(&self, _: DidChangeWorkspaceFoldersParams) {}

    async fn diagnostic(
        &self,
        params: DocumentDiagnosticParams,
    ) -> Result<DocumentDiagnosticReportResult> {
        let snap = self.ask(&params.text_document.uri, Cmd::Linted).await;
        let report = match snap.as_ref().and_then(|s| s.lint.as_ref()) {
            Some(lint) if params.previous_result_id.as_deref() == Some(&lint.result_id()) => {
                DocumentDiagnosticReport::Unchanged(RelatedUnchangedDocumentDiagnosticReport {
                    related_documents: None,
                    unchanged_document_diagnostic_report: UnchangedDocumentDiagnosticReport {
                        result_id: lint.result_id(),
                    },
                })
            }
            lint => DocumentDiagnosticReport::Full(RelatedFullDocumentDiagnosticReport {
                related_documents: None,
                full_document_diagnostic_report: FullDocumentDiagnosticReport {
                    result_id: lint.map(|l| l.result_id()),
                    // A file that is not open: what the workspace pass found in it.
                    items: match (lint, &snap) {
                        (Some(l), Some(snap)) => {
                            let map = snap.map();
                            l.diagnostics
                                .iter()
                                .map(|d| crate::diagnostics::to_lsp(d, &map, l.version))
                                .collect()
                        }
                        (None, None) => self.shared.workspace.report_for(&params.text_document.uri),
                        // (A lint comes with the snapshot it was read from.)
                        (None, Some(_)) | (Some(_), None) => Vec::new(),
                    },
                },
            }),
        };
        Ok(DocumentDiagnosticReportResult::Report(report))
    }

    /// `workspace/diagnostic`: the files of the workspace folders that are not open (open
    /// documents are pulled one by one, `textDocument/diagnostic`).
    async fn workspace_diagnostic(
        &self,
        _params: WorkspaceDiagnosticParams,
    ) -> Result<WorkspaceDiagnosticReportResult> {
        let items = self
            .shared
            .workspace
            .reports()
            .into_iter()
            .map(|(uri, items)| {
                WorkspaceDocumentDiagnosticReport::Full(WorkspaceFullDocumentDiagnosticReport {
                    uri,
                    version: None,
                    full_document_diagnostic_report: FullDocumentDiagnosticReport {
                        result_id: None,
                        items,
                    },
                })
            })
            .collect();
        Ok(WorkspaceDiagnosticReportResult::Report(
            WorkspaceDiagnosticReport { items },
        ))
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let Some(snap) = self.ask(&params.text_document.uri, Cmd::Snapshot).await else {
            return Ok(None);
        };
        let only = params.context.only.as_deref();
        let mut actions: Vec<CodeActionOrCommand> = Vec::new();
        if code_actions::wanted(only, &CodeActionKind::QUICKFIX) {
            actions.extend(
                code_actions::for_diagnostics(&snap, &params.context.diagnostics)
                    .into_iter()
                    .map(CodeActionOrCommand::CodeAction),
            );
        }
        let fix_all = code_actions::fix_all_kind();
        // Asked for explicitly (e.g. on save): always computed, and right away, even with no
        // diagnostics in the context. Otherwise offered only when there is a safe fix.
        let explicit = only.is_some_and(|o| !o.is_empty()) && code_actions::wanted(only, &fix_all);
        let has_safe_fix = match &snap.lint {
            Some(lint) => lint.diagnostics.iter().any(|d| {
                d.fix
                    .as_ref()
                    .is_some_and(|f| f.applicability == cdklint_linter::Applicability::Safe)
            }),
            None => true,
        };
        if explicit || (only.is_none_or(|o| o.is_empty()) && has_safe_fix && snap.grammar.is_some())
        {
            if !explicit && self.shared.session().resolve_edit {
                let data = serde_json::to_value(FixAllData {
                    fix_all: snap.uri.clone(),
                })
                .ok();
                actions.push(CodeActionOrCommand::CodeAction(
                    code_actions::fix_all_action(&snap, None, data),
                ));
            } else if let Some(edit) = self.fix_all_edit(snap.clone()).await? {
                actions.push(CodeActionOrCommand::CodeAction(
                    code_actions::fix_all_action(&snap, Some(edit), None),
                ));
            }
        }
        Ok(Some(actions))
    }

    async fn code_action_resolve(&self, mut action: CodeAction) -> Result<CodeAction> {
        if action.edit.is_some() || action.kind.as_ref().map(|k| k.as_str()) != Some(FIX_ALL_KIND) {
            return Ok(action);
        }
        let Some(data) = action
            .data
            .clone()
            .and_then(|d| serde_json::from_value::<FixAllData>(d).ok())
        else {
            return Err(Error::invalid_params("not a cdklint code action"));
        };
        let Some(snap) = self.ask(&data.fix_all, Cmd::Snapshot).await else {
            return Err(Error::invalid_params("the document is not open"));
        };
        let edit = self.fix_all_edit(snap.clone()).await?;
        action.edit = Some(WorkspaceEdit {
            changes: Some([(snap.uri.clone(), edit.into_iter().collect())].into()),
            ..Default::default()
        });
        Ok(action)
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let p = params.text_document_position_params;
        let Some(snap) = self.ask(&p.text_document.uri, Cmd::Linted).await else {
            return Ok(None);
        };
        let Some(lint) = &snap.lint else {
            return Ok(None);
        };
        let map = snap.map();
        let at = map.offset(p.position);
        let hits: Vec<_> = lint
            .diagnostics
            .iter()
            .filter(|d| d.range.start <= at && at <= d.range.end)
            .collect();
        let Some(first) = hits.first() else {
            return Ok(None);
        };
        let mut codes: Vec<&str> = hits.iter().map(|d| d.code.as_str()).collect();
        codes.dedup();
        let rules = self.shared.rules();
        let pages: Vec<String> = codes
            .iter()
            .filter_map(|c| rules.rule(c))
            .map(|r| r.doc_markdown())
            .collect();
        if pages.is_empty() {
            return Ok(None);
        }
        Ok(Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: pages.join("\n---\n\n"),
            }),
            range: Some(map.range(first.range.clone())),
        }))
    }
}
