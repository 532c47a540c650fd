//! The cdklint language server (LSP over stdio). This is the only crate that knows LSP:
//! positions are converted to the negotiated encoding at the edge (`position`), everything
//! inside stays UTF-8 byte offsets.
//!
//! Shape (see design.md §5):
//! - `ingress`: a tower layer that enqueues document/config notifications at `Service::call`
//!   time, in wire order, into
//! - `actor`: the one document task; it owns the documents (`document`), applies edits in order,
//!   re-parses incrementally, lints debounced on the blocking pool, publishes (`outbox`).
//! - `server`: capabilities and requests (pull diagnostics, code actions, hover), which query
//!   the document task and so see every earlier edit.
//! - `diagnostics`, `code_actions`, `settings`: conversions, actions, configuration.

mod actor;
mod code_actions;
mod diagnostics;
mod document;
mod framing;
mod ingress;
mod outbox;
mod position;
mod project_rules;
mod server;
mod settings;
mod shared;
mod snapshot;
mod workspace;

use std::sync::Arc;
use std::sync::atomic::Ordering;

use cdklint_linter::Registry;
use tokio::io::{AsyncRead, AsyncWrite};
use tower_lsp_server::{LspService, Server};

use crate::shared::Shared;

/// Run the server over stdin/stdout until the client says `exit` (or closes stdin).
/// Returns the process exit code: 0 after a `shutdown` request, 1 otherwise (LSP spec).
pub fn run_stdio() -> std::io::Result<u8> {
    init_logging();
    let registry = Registry::embedded().map_err(|errors| {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        std::io::Error::other(format!("the rules failed to load: {}", list.join("; ")))
    })?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let code = runtime.block_on(serve(registry, tokio::io::stdin(), tokio::io::stdout()));
    // Lint jobs still running on the blocking pool must not keep the process alive.
    runtime.shutdown_background();
    Ok(code)
}

/// Logging goes to stderr (stdout is the protocol). Level from `CDKLINT_LOG` (default `info`),
/// e.g. `CDKLINT_LOG=debug` or `CDKLINT_LOG=cdklint_server=trace`.
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("CDKLINT_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .try_init();
}

/// Serve one client over any byte streams. Returns the exit code (see [`run_stdio`]).
pub async fn serve<I, O>(registry: &'static Registry, input: I, output: O) -> u8
where
    I: AsyncRead + Unpin + Send + 'static,
    O: AsyncWrite,
{
    let (actor_tx, actor_rx) = tokio::sync::mpsc::unbounded_channel();
    let (out_tx, out_rx) = tokio::sync::mpsc::unbounded_channel();
    // Frames the outbox serializes itself (see `framing`).
    let (frames_tx, frames_rx) = tokio::sync::mpsc::unbounded_channel();
    let shared = Arc::new(Shared::new(registry, actor_tx, out_tx));
    let actor = tokio::spawn(actor::run(actor_rx, shared.clone()));
    let for_backend = shared.clone();
    let (service, socket) = LspService::new(move |client| {
        let outbox = outbox::run(out_rx, client.clone(), frames_tx, for_backend.clone());
        tokio::spawn(outbox);
        server::Backend::new(client, for_backend)
    });
    let service = ingress::Ordered::new(service, shared.clone());
    // Malformed input must not end the server (see `framing`).
    let (sanitized, sanitizer_out) = tokio::io::duplex(256 * 1024);
    let sanitizer = tokio::spawn(framing::sanitize(input, sanitizer_out));
    let (server_out, merger_in) = tokio::io::duplex(256 * 1024);
    let output = std::pin::pin!(output);
    tokio::join!(
        // The server's end of the pipe closes when it stops; the merger then writes its last
        // frames and returns.
        Server::new(sanitized, server_out, socket).serve(service),
        framing::merge(merger_in, frames_rx, output),
    );
    sanitizer.abort();
    actor.abort();
    if shared.shutdown.load(Ordering::SeqCst) {
        0
    } else {
        1
    }
}
