//! The first pass of `cdklint check`: the workspace index over the files being checked, and
//! each file's project facts, so that rules about other files (where a stack is instantiated,
//! whether a Config recorder exists) and about the project (its aws-cdk-lib version) can judge.

use std::path::{Path, PathBuf};

use cdklint_linter::{Grammar, parse};
use cdklint_project::ProjectCache;
use cdklint_workspace::{FileFacts, WorkspaceIndex};
use rayon::prelude::*;

use crate::files;

/// Files larger than this are not indexed (they are still linted if the limit allows).
const MAX_INDEXED: u64 = 4 * 1024 * 1024;

/// One file's facts, keyed by the path it is linted as. `None` for a file that cannot be read
/// or parsed: the lint pass reports that.
pub fn facts_of(file: &Path, projects: &ProjectCache) -> Option<FileFacts> {
    let grammar = Grammar::for_path(file)?;
    let meta = std::fs::metadata(file).ok()?;
    if meta.len() > MAX_INDEXED {
        return None;
    }
    let text = std::fs::read_to_string(file).ok()?;
    let path = files::display(file);
    let mut facts = facts_of_text(&path, grammar, &text)?;
    facts.project_root = projects
        .facts(file)
        .root
        .as_ref()
        .map(|r| r.to_string_lossy().replace('\\', "/"));
    Some(facts)
}

/// The facts of a text linted as `path`.
pub fn facts_of_text(path: &str, grammar: Grammar, text: &str) -> Option<FileFacts> {
    let tree = parse(grammar, text, None)?;
    let model = cdklint_model::Model::build(&tree, text, grammar, path);
    Some(FileFacts::from_model(&model))
}

/// The index over `files`, built in parallel.
pub fn index(files: &[PathBuf], projects: &ProjectCache) -> WorkspaceIndex {
    let facts: Vec<FileFacts> = files
        .par_iter()
        .filter_map(|f| facts_of(f, projects))
        .collect();
    let mut index = WorkspaceIndex::new();
    for f in facts {
        index.update(f);
    }
    index
}
