//! Immutable views of a document that request handlers and lint jobs work on.

use std::path::PathBuf;
use std::sync::Arc;

use cdklint_linter::{Diagnostic, Grammar};
use cdklint_text::{Encoding, LineIndex};
use tower_lsp_server::ls_types::Uri;

use crate::position::PositionMap;

/// One document version as a request sees it.
#[derive(Clone)]
pub struct Snapshot {
    pub uri: Uri,
    pub text: Arc<String>,
    pub index: Arc<LineIndex>,
    pub encoding: Encoding,
    pub grammar: Option<Grammar>,
    pub lint_path: PathBuf,
    pub file_path: Option<PathBuf>,
    /// The lint result of exactly this version and configuration, when there is one.
    pub lint: Option<Arc<Linted>>,
}

impl Snapshot {
    pub fn map(&self) -> PositionMap<'_> {
        PositionMap::new(&self.text, &self.index, self.encoding)
    }
}

/// The lint result of one document version under one configuration generation.
#[derive(Debug)]
pub struct Linted {
    pub version: i32,
    /// The document revision linted (see `Document::revision`).
    pub revision: u64,
    pub generation: u64,
    pub diagnostics: Vec<Diagnostic>,
}

impl Linted {
    /// The `resultId` of pull diagnostics.
    pub fn result_id(&self) -> String {
        format!("{}:{}", self.revision, self.generation)
    }
}
