//! Ordered ingress: a thin tower layer around `LspService`.
//!
//! tower-lsp-server runs handler futures concurrently (`buffer_unordered`), so two `didChange`
//! handlers can interleave at any `.await`. But the transport calls `Service::call` synchronously
//! and in wire order. This wrapper takes the document and configuration notifications at `call`
//! time and enqueues them into the document task with a non-blocking send, which makes their
//! order the wire order, whatever the scheduler does later.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::task::{Context, Poll};

use serde::de::DeserializeOwned;
use serde_json::Value;
use tower::Service;
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Request, Response};
use tower_lsp_server::ls_types::{
    DidChangeTextDocumentParams, DidChangeWatchedFilesParams, DidChangeWorkspaceFoldersParams,
    DidCloseTextDocumentParams, DidOpenTextDocumentParams, DidSaveTextDocumentParams,
};

use crate::actor::Cmd;
use crate::framing::INVALID_METHOD;
use crate::shared::Shared;

pub struct Ordered<S> {
    inner: S,
    shared: Arc<Shared>,
}

impl<S> Ordered<S> {
    pub fn new(inner: S, shared: Arc<Shared>) -> Self {
        Ordered { inner, shared }
    }
}

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

/// The notifications the document task takes, in wire order.
const ORDERED: &[&str] = &[
    "textDocument/didOpen",
    "textDocument/didChange",
    "textDocument/didClose",
    "textDocument/didSave",
    "workspace/didChangeWatchedFiles",
    "workspace/didChangeConfiguration",
    "workspace/didChangeWorkspaceFolders",
];

impl<S> Service<Request> for Ordered<S>
where
    S: Service<Request, Response = Option<Response>>,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
{
    type Response = Option<Response>;
    type Error = S::Error;
    type Future = BoxFuture<Result<Option<Response>, S::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: Request) -> Self::Future {
        if req.method() == INVALID_METHOD {
            return Box::pin(std::future::ready(Ok(invalid_message_response(req))));
        }
        // Only notifications (no id) are taken; a request with one of these names falls through
        // to the router, which answers it with an error.
        if req.id().is_none() && ORDERED.contains(&req.method()) {
            let (method, _, params) = req.into_parts();
            if self.shared.initialized.load(Ordering::SeqCst)
                && !self.shared.shutdown.load(Ordering::SeqCst)
            {
                match to_cmd(&method, params.unwrap_or(Value::Null)) {
                    Ok(cmd) => self.shared.send(cmd),
                    Err(e) => tracing::warn!("ignoring {method}: bad params: {e}"),
                }
            } else {
                tracing::warn!("ignoring {method}: the server is not initialized");
            }
            return Box::pin(std::future::ready(Ok(None)));
        }
        let id = req.id().cloned();
        let method = req.method().to_string();
        Box::pin(CatchPanic {
            inner: Box::pin(self.inner.call(req)),
            id,
            method,
        })
    }
}

/// A handler that panics answers with an internal error instead of taking the server down
/// (handler futures run on the server's main task).
struct CatchPanic<E> {
    inner: BoxFuture<Result<Option<Response>, E>>,
    id: Option<tower_lsp_server::jsonrpc::Id>,
    method: String,
}

impl<E> Future for CatchPanic<E> {
    type Output = Result<Option<Response>, E>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        let inner = &mut this.inner;
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| inner.as_mut().poll(cx))) {
            Ok(poll) => poll,
            Err(_) => {
                tracing::error!("internal error: the {} handler panicked", this.method);
                let error = Error {
                    code: ErrorCode::InternalError,
                    message: format!("cdklint: internal error in {}", this.method).into(),
                    data: None,
                };
                Poll::Ready(Ok(this.id.take().map(|id| Response::from_error(id, error))))
            }
        }
    }
}

fn parse<T: DeserializeOwned>(params: Value) -> Result<T, serde_json::Error> {
    serde_json::from_value(params)
}

fn to_cmd(method: &str, params: Value) -> Result<Cmd, serde_json::Error> {
    Ok(match method {
        "textDocument/didOpen" => Cmd::Open(parse::<DidOpenTextDocumentParams>(params)?),
        "textDocument/didChange" => Cmd::Change(parse::<DidChangeTextDocumentParams>(params)?),
        "textDocument/didClose" => Cmd::Close(parse::<DidCloseTextDocumentParams>(params)?),
        "textDocument/didSave" => Cmd::Saved(
            parse::<DidSaveTextDocumentParams>(params)?
                .text_document
                .uri,
        ),
        "workspace/didChangeWatchedFiles" => {
            Cmd::WatchedFiles(parse::<DidChangeWatchedFilesParams>(params)?)
        }
        "workspace/didChangeWorkspaceFolders" => {
            Cmd::WorkspaceFolders(parse::<DidChangeWorkspaceFoldersParams>(params)?)
        }
        _ => Cmd::Configuration(params),
    })
}

/// The error response for a message the input sanitiser could not pass on (see `framing`).
fn invalid_message_response(req: Request) -> Option<Response> {
    let (_, id, params) = req.into_parts();
    let params = params.unwrap_or(Value::Null);
    let code = params.get("code").and_then(Value::as_i64).unwrap_or(-32700);
    let message = params
        .get("message")
        .and_then(Value::as_str)
        .unwrap_or("invalid message")
        .to_string();
    let error = Error {
        code: ErrorCode::from(code),
        message: message.into(),
        data: None,
    };
    id.map(|id| Response::from_error(id, error))
}
