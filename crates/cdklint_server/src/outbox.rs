//! Everything the server sends to the client on its own initiative goes through one task, so
//! the document task never waits on the client and diagnostics are published in order.

use std::sync::Arc;

use tokio::sync::mpsc::UnboundedReceiver;
use tower_lsp_server::Client;
use tower_lsp_server::ls_types::{self as lsp, ConfigurationItem, MessageType, Uri};

use crate::actor::Cmd;
use crate::shared::Shared;

pub enum Out {
    Publish(Uri, Vec<lsp::Diagnostic>, Option<i32>),
    Log(MessageType, String),
    Show(MessageType, String),
    /// Ask a pull client to pull diagnostics again (`workspace/diagnostic/refresh`).
    Refresh,
    /// Ask the client for the `cdklint` settings (`workspace/configuration`).
    PullConfiguration,
}

pub async fn run(mut rx: UnboundedReceiver<Out>, client: Client, shared: Arc<Shared>) {
    while let Some(out) = rx.recv().await {
        match out {
            Out::Publish(uri, diags, version) => {
                client.publish_diagnostics(uri, diags, version).await;
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
