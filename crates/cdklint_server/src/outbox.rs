//! Everything the server sends to the client on its own initiative goes through one task, so
//! the document task never waits on the client and diagnostics are published in order.

use std::sync::Arc;

use serde::Serialize;
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};
use tower_lsp_server::Client;
use tower_lsp_server::ls_types::notification::{Notification, PublishDiagnostics};
use tower_lsp_server::ls_types::{self as lsp, ConfigurationItem, MessageType, Uri};

use crate::actor::Cmd;
use crate::shared::Shared;

pub enum Out {
    Publish(Uri, Vec<lsp::Diagnostic>, Option<i32>),
    /// A `publishDiagnostics` notification the lint job already framed (see
    /// [`publish_frame`]).
    Frame(Vec<u8>),
    Log(MessageType, String),
    Show(MessageType, String),
    /// Ask a pull client to pull diagnostics again (`workspace/diagnostic/refresh`).
    Refresh,
    /// Ask the client for the `cdklint` settings (`workspace/configuration`).
    PullConfiguration,
}

/// `frames` goes to the wire as it is (see `framing::merge`).
pub async fn run(
    mut rx: UnboundedReceiver<Out>,
    client: Client,
    frames: UnboundedSender<Vec<u8>>,
    shared: Arc<Shared>,
) {
    while let Some(out) = rx.recv().await {
        match out {
            Out::Publish(uri, diagnostics, version) => {
                if let Some(frame) = publish_frame(&uri, &diagnostics, version) {
                    let _ = frames.send(frame);
                }
            }
            Out::Frame(frame) => {
                let _ = frames.send(frame);
            }
            Out::Log(typ, message) => client.log_message(typ, message).await,
            Out::Show(typ, message) => client.show_message(typ, message).await,
            Out::Refresh => {
                let client = client.clone();
                tokio::spawn(async move {
                    if let Err(e) = client.workspace_diagnostic_refresh().await {
                        tracing::warn!("workspace/diagnostic/refresh failed: {e}");
                    }
                });
            }
            Out::PullConfiguration => {
                let client = client.clone();
                let shared = shared.clone();
                tokio::spawn(async move {
                    let item = ConfigurationItem {
                        scope_uri: None,
                        section: Some("cdklint".to_string()),
                    };
                    match client.configuration(vec![item]).await {
                        Ok(mut values) if !values.is_empty() => {
                            let value = values.swap_remove(0);
                            shared.send(Cmd::EditorSettings(value));
                        }
                        Ok(_) => {}
                        Err(e) => tracing::warn!("workspace/configuration failed: {e}"),
                    }
                });
            }
        }
    }
}

/// `textDocument/publishDiagnostics`, framed for the wire; `diagnostics` serializes as a list
/// of LSP diagnostics (`[lsp::Diagnostic]`, or the engine's through `diagnostics::Wire`).
pub fn publish_frame<D: Serialize + ?Sized>(
    uri: &Uri,
    diagnostics: &D,
    version: Option<i32>,
) -> Option<Vec<u8>> {
    let params = PublishParams {
        uri,
        diagnostics,
        version,
    };
    match crate::framing::notification(PublishDiagnostics::METHOD, &params) {
        Ok(frame) => Some(frame),
        Err(e) => {
            tracing::error!("cannot serialize diagnostics: {e}");
            None
        }
    }
}

/// Serializes as `PublishDiagnosticsParams`, from borrowed parts.
#[derive(Serialize)]
struct PublishParams<'a, D: ?Sized> {
    uri: &'a Uri,
    diagnostics: &'a D,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<i32>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn published_params_serialize_as_publish_diagnostics_params() {
        let uri = Uri::from_str("file:///w/app.ts").unwrap();
        let diagnostic = lsp::Diagnostic {
            message: "m".into(),
            data: Some(serde_json::json!({"code": "S3001"})),
            ..Default::default()
        };
        for version in [Some(3), None] {
            let diagnostics = vec![diagnostic.clone()];
            let ours = PublishParams {
                uri: &uri,
                diagnostics: diagnostics.as_slice(),
                version,
            };
            let plain =
                lsp::PublishDiagnosticsParams::new(uri.clone(), diagnostics.clone(), version);
            assert_eq!(
                serde_json::to_value(&ours).unwrap(),
                serde_json::to_value(&plain).unwrap()
            );
        }
    }
}
