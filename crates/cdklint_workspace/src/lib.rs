//! The workspace index: what rules that look across files need to know about the other files
//! of the workspace — the stack classes each file defines, where stacks and stages are
//! instantiated and with which `env`, and the AWS Config recorders and rules.
//!
//! Shared by the CLI (built over the files it checks, before linting) and the language server
//! (kept current as files change on disk or in the editor). One file's entry is replaced or
//! removed on its own ([`WorkspaceIndex::update`], [`WorkspaceIndex::remove`]); the entries are
//! shared (`Arc`), so a snapshot for a lint run is a cheap clone.

mod facts;

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

pub use facts::{
    CONFIG_RULE_CALLS, ClassFacts, Env, Field, FileFacts, Instance, RECORDER_CALLS, Scope,
    StackKind, env_of,
};

/// The facts of every indexed file, by path.
#[derive(Debug, Clone)]
pub struct WorkspaceIndex {
    files: HashMap<String, Arc<FileFacts>>,
    /// See [`WorkspaceIndex::revision`].
    revision: u64,
}

impl Default for WorkspaceIndex {
    fn default() -> Self {
        WorkspaceIndex {
            files: HashMap::new(),
            revision: next_revision(),
        }
    }
}

/// Revisions are unique in the process: two indexes built apart never share one.
fn next_revision() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Where a stack class is instantiated, and the env it gets there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    /// The file of the instantiation.
    pub path: String,
    pub instance: Instance,
    /// The env the stack deploys with: its own, else its stage's (`Env::Absent` when neither
    /// gives one).
    pub env: Env,
}

fn normalize(path: &str) -> String {
    path.replace('\\', "/")
}

impl WorkspaceIndex {
    pub fn new() -> Self {
        Self::default()
    }

    /// Put (or replace) one file's facts. Returns whether other files can see the change
    /// (see [`FileFacts::same_for_others`]).
    pub fn update(&mut self, facts: impl Into<Arc<FileFacts>>) -> bool {
        let facts = facts.into();
        let key = normalize(&facts.path);
        let seen = self
            .files
            .get(&key)
            .is_none_or(|old| !old.same_for_others(&facts));
        if seen {
            self.revision = next_revision();
        }
        self.files.insert(key, facts);
        seen
    }

    /// Drop one file (deleted, or no longer a source file). Returns whether it was indexed.
    pub fn remove(&mut self, path: &str) -> bool {
        let removed = self.files.remove(&normalize(path)).is_some();
        if removed {
            self.revision = next_revision();
        }
        removed
    }

    /// Changes whenever an update changes what a file reads of the OTHER files: two indexes
    /// of one revision differ at most in the byte offsets of instantiations (the server keys
    /// a document's incremental lint on it, so typing that only moves a file's own
    /// instantiations keeps it).
    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    pub fn get(&self, path: &str) -> Option<&FileFacts> {
        self.files.get(&normalize(path)).map(|f| &**f)
    }

    pub fn files(&self) -> impl Iterator<Item = &FileFacts> {
        self.files.values().map(|f| &**f)
    }

    /// The index as seen while linting `current`: its entry replaced by `current` (the text
    /// being linted may be newer than what was indexed).
    pub fn view<'a>(&'a self, current: &'a FileFacts) -> View<'a> {
        View {
            index: self,
            current,
        }
    }
}

/// The index with the linted file's facts as of the text being linted.
#[derive(Debug, Clone, Copy)]
pub struct View<'a> {
    index: &'a WorkspaceIndex,
    current: &'a FileFacts,
}

impl<'a> View<'a> {
    /// Every file: the current one first.
    pub fn files(&self) -> impl Iterator<Item = &'a FileFacts> {
        let skip = normalize(&self.current.path);
        std::iter::once(self.current).chain(
            self.index
                .files
                .iter()
                .filter(move |(k, _)| **k != skip)
                .map(|(_, f)| &**f),
        )
    }

    pub fn current(&self) -> &'a FileFacts {
        self.current
    }

    /// The class `name` defined in `path`.
    pub fn class(&self, path: &str, name: &str) -> Option<&'a ClassFacts> {
        let path = normalize(path);
        self.files()
            .find(|f| normalize(&f.path) == path)
            .and_then(|f| f.classes.iter().find(|c| c.name == name))
    }

    /// What kind of CDK class `name` (defined in `path`) is, following bases through the
    /// workspace by name.
    pub fn kind_of(&self, path: &str, name: &str) -> Option<StackKind> {
        let mut class = self.class(path, name)?;
        for _ in 0..6 {
            if let Some(k) = class.kind {
                return Some(k);
            }
            let base = class.base.as_deref()?;
            class = self
                .files()
                .flat_map(|f| f.classes.iter())
                .find(|c| c.name == base)?;
        }
        None
    }

    /// Workspace classes that extend `name`, directly or not (by name).
    fn subclasses(&self, name: &str) -> Vec<String> {
        let mut out = vec![name.to_string()];
        for _ in 0..4 {
            let more: Vec<String> = self
                .files()
                .flat_map(|f| f.classes.iter())
                .filter(|c| {
                    c.base.as_ref().is_some_and(|b| out.contains(b)) && !out.contains(&c.name)
                })
                .map(|c| c.name.clone())
                .collect();
            if more.is_empty() {
                break;
            }
            out.extend(more);
        }
        out
    }

    /// Every instantiation of the class `name` defined in `path` (or of a workspace class that
    /// extends it), with the env it deploys with. Instantiations that import the name from a
    /// module that is not `path` are someone else's class of the same name and are left out.
    pub fn placements(&self, path: &str, name: &str) -> Vec<Placement> {
        let names = self.subclasses(name);
        let project = self
            .files()
            .find(|f| normalize(&f.path) == normalize(path))
            .and_then(|f| f.project_root.clone());
        let mut out = Vec::new();
        for file in self.files() {
            if project.is_some() && file.project_root.is_some() && file.project_root != project {
                continue;
            }
            for inst in &file.instances {
                if !names.contains(&inst.class) {
                    continue;
                }
                if inst.class == name && !module_may_be(inst.module.as_deref(), &file.path, path) {
                    continue;
                }
                let env = self.effective_env(file, inst, 0);
                out.push(Placement {
                    path: file.path.clone(),
                    instance: inst.clone(),
                    env,
                });
            }
        }
        out.sort_by(|a, b| (&a.path, a.instance.offset).cmp(&(&b.path, b.instance.offset)));
        out
    }

    /// A stack's env: its own; else the env its class passes to `super`; else its stage's.
    fn effective_env(&self, file: &FileFacts, inst: &Instance, depth: usize) -> Env {
        let own = &inst.env;
        if !matches!(own, Env::Absent) {
            return own.clone();
        }
        // The class, or a class it extends, may pass its own env to `super` (by name, a few
        // levels: `class UrlStack extends CompanyStack`, whose constructor sets the env).
        let mut class = inst.class.clone();
        for _ in 0..4 {
            let Some(c) = self
                .files()
                .flat_map(|f| f.classes.iter())
                .find(|c| c.name == class)
            else {
                break;
            };
            if !matches!(c.super_env, Env::Absent) {
                return c.super_env.clone();
            }
            match &c.base {
                Some(b) => class = b.clone(),
                None => break,
            }
        }
        match &inst.scope {
            Scope::Stage(env) => env.clone(),
            Scope::Class(stage) if depth < 3 => {
                // `new WebStack(this, …)` inside a Stage subclass: the stage's instantiations
                // decide. One env if they agree; unknown if they differ or none is found.
                let kind = self.kind_of(&file.path, stage);
                if kind != Some(StackKind::Stage) {
                    // Inside a stack (a nested construct or stack): its env is the parent's.
                    return Env::Unknown;
                }
                let envs: Vec<Env> = self
                    .files()
                    .flat_map(|f| f.instances.iter().map(move |i| (f, i)))
                    .filter(|(_, i)| i.class == *stage)
                    .map(|(f, i)| self.effective_env(f, i, depth + 1))
                    .collect();
                match envs.split_first() {
                    Some((first, rest)) if rest.iter().all(|e| e == first) => first.clone(),
                    _ => Env::Unknown,
                }
            }
            Scope::Class(_) => Env::Unknown,
            Scope::Other => Env::Absent,
        }
    }

    /// AWS Config recorders or delivery channels anywhere in the workspace.
    pub fn has_config_recorder(&self) -> bool {
        self.files().any(|f| f.config_recorders > 0)
    }

    /// Whether the class `name` (in `path`) holds a resource CloudFront needs in us-east-1,
    /// itself or through a construct of the workspace it creates (`new StaticSite(this, …)`
    /// whose class holds the certificate).
    pub fn holds_us_east_1_resources(&self, path: &str, name: &str) -> bool {
        let path = normalize(path);
        let Some(file) = self.files().find(|f| normalize(&f.path) == path) else {
            return false;
        };
        if file.us_east_1_classes.iter().any(|c| c == name) {
            return true;
        }
        file.instances
            .iter()
            .filter(|i| i.scope == Scope::Class(name.to_string()))
            .filter_map(|i| self.class_of_instance(&file.path, i))
            .any(|(p, c)| {
                self.files()
                    .filter(|f| normalize(&f.path) == normalize(&p))
                    .any(|f| f.us_east_1_classes.contains(&c))
            })
    }

    /// The class an instantiation in `from_path` refers to: (file, class) in the workspace.
    pub fn class_of_instance(&self, from_path: &str, inst: &Instance) -> Option<(String, String)> {
        self.files()
            .filter(|f| f.classes.iter().any(|c| c.name == inst.class))
            .find(|f| module_may_be(inst.module.as_deref(), from_path, &f.path))
            .map(|f| (f.path.clone(), inst.class.clone()))
    }
}

/// Whether an import of `module` in the file `from` can be the file `target`. Relative
/// TypeScript specifiers are resolved against `from`; Python dotted modules must end with
/// `target`'s module path; package names and unknown modules are not ruled out.
fn module_may_be(module: Option<&str>, from: &str, target: &str) -> bool {
    let target = normalize(target);
    let Some(module) = module else {
        return true;
    };
    let target_stem = strip_ext(&target);
    if module.starts_with("./") || module.starts_with("../") {
        let from = normalize(from);
        let dir = from.rsplit_once('/').map_or("", |(d, _)| d);
        let joined = lexical_join(dir, module);
        let joined = strip_ext(&joined).to_string();
        return same_module(&joined, target_stem)
            || same_module(&format!("{joined}/index"), target_stem);
    }
    if module.starts_with('.') || module.contains('/') || module.starts_with('@') {
        // A Python relative import (`.stacks`) or a package path: not resolved, not excluded.
        return true;
    }
    // Python `stacks.web_stack`: the target's path ends with `stacks/web_stack`.
    let as_path = module.replace('.', "/");
    target_stem == as_path
        || target_stem.ends_with(&format!("/{as_path}"))
        || target_stem.ends_with(&format!("/{as_path}/__init__"))
        || !target.ends_with(".py")
}

fn strip_ext(path: &str) -> &str {
    for ext in [
        ".d.ts", ".ts", ".tsx", ".mts", ".cts", ".js", ".mjs", ".cjs", ".jsx", ".py",
    ] {
        if let Some(s) = path.strip_suffix(ext) {
            return s;
        }
    }
    path
}

/// Two paths name one module when one ends with the other (the index may hold absolute paths
/// while imports resolve relative ones).
fn same_module(a: &str, b: &str) -> bool {
    let a = a.trim_start_matches("./");
    let b = b.trim_start_matches("./");
    a == b || a.ends_with(&format!("/{b}")) || b.ends_with(&format!("/{a}"))
}

fn lexical_join(dir: &str, rel: &str) -> String {
    let mut parts: Vec<&str> = dir
        .split('/')
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    let absolute = dir.starts_with('/');
    for seg in rel.split('/') {
        match seg {
            "." | "" => {}
            ".." => {
                if parts.last().is_some_and(|p| *p != "..") {
                    parts.pop();
                } else {
                    parts.push("..");
                }
            }
            s => parts.push(s),
        }
    }
    let joined = parts.join("/");
    if absolute {
        format!("/{joined}")
    } else {
        joined
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_modules_resolve_against_the_importing_file() {
        assert!(module_may_be(
            Some("../lib/web-stack"),
            "bin/app.ts",
            "lib/web-stack.ts"
        ));
        assert!(module_may_be(
            Some("../lib/web-stack"),
            "/repo/bin/app.ts",
            "/repo/lib/web-stack.ts"
        ));
        assert!(!module_may_be(
            Some("../lib/web-stack"),
            "bin/app.ts",
            "lib/api-stack.ts"
        ));
        assert!(module_may_be(
            Some("./stacks"),
            "bin/app.ts",
            "bin/stacks/index.ts"
        ));
        assert!(module_may_be(
            Some("stacks.web_stack"),
            "app.py",
            "stacks/web_stack.py"
        ));
        assert!(!module_may_be(
            Some("stacks.web_stack"),
            "app.py",
            "stacks/api_stack.py"
        ));
        assert!(module_may_be(None, "app.py", "stacks/api_stack.py"));
    }
}
