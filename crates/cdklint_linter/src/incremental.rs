//! Linting a document again after an edit, re-reading only the top-level statements the edit
//! changed when nothing else can have changed with them.
//!
//! A lint leaves a [`Memo`]: the text and tree it read, its findings before suppression
//! comments, the file's workspace facts, and the names of the file with the roles they play
//! ([`cdklint_model::part::Names`]). The next lint compares the texts: the top-level
//! statements around the changed bytes are re-read, as a model of those statements alone
//! (`Model::build_part`), and the findings of every other statement are kept, moved by the
//! length the edit added. That is exact when the changed statements share nothing with the
//! others through which one statement's findings read another's: no name the model follows
//! across them (see [`affects_others`]), the same imports, the same workspace facts. When any
//! of that does not hold, the whole file is linted as [`crate::check_model`] does; a test
//! compares both on every fixture and sample file under many edits.

use std::ops::Range;
use std::sync::Arc;

use cdklint_diagnostics::Diagnostic;
use cdklint_model::imports::Imports;
use cdklint_model::part::{Names, Part, Roles};
use cdklint_model::{Grammar, Model};
use cdklint_rules::Registry;
use cdklint_workspace::FileFacts;
use tree_sitter::{Node, Tree};

use crate::engine::{LintResult, finish, lint_model};
use crate::settings::LintSettings;

/// What one lint of a document leaves for the next.
pub struct Memo {
    /// The caller's fingerprint of every input but the text (rules, settings, the workspace
    /// index): a lint with other inputs reads the whole file.
    inputs: u64,
    path: String,
    grammar: Grammar,
    text: Arc<String>,
    tree: Tree,
    imports: Imports,
    /// The file's names, over all its statements.
    names: Names,
    /// Findings before suppression comments, in the memo's text.
    diagnostics: Vec<Diagnostic>,
    facts: Arc<FileFacts>,
    consulted_workspace: bool,
}

/// The result of [`check_incremental`].
pub struct Incremental {
    /// What [`crate::check_model`] gives for the whole file, but that `consulted_workspace`
    /// may stay true from an earlier version whose lint asked the workspace (the caller then
    /// lints again when the index changes, which a whole-file lint might have spared).
    pub result: LintResult,
    /// The file's workspace facts as of this text (shared with the memo), with the project
    /// root the lint's checks gave them.
    pub facts: Arc<FileFacts>,
    /// For the next lint; `None` when this one cannot be built on (a rule failed).
    pub memo: Option<Memo>,
    /// Only the changed statements were read.
    pub reused: bool,
}

/// Lint `text` (parsed as `tree`), building on the lint of an earlier text of the same
/// document when that is exact, else reading the whole file. The result equals
/// [`crate::check_model`]'s on a model of the whole file.
#[allow(clippy::too_many_arguments)]
pub fn check_incremental(
    registry: &Registry,
    path: &str,
    grammar: Grammar,
    text: &Arc<String>,
    tree: &Tree,
    settings: &LintSettings,
    inputs: u64,
    previous: Option<Memo>,
) -> Incremental {
    if let Some(memo) = previous
        && memo.inputs == inputs
        && memo.path == path
        && memo.grammar == grammar
        && let Some(done) = relint_changed(registry, text, tree, settings, &memo)
    {
        return done;
    }
    let model = Model::build(tree, text, grammar, path);
    let mut facts = FileFacts::from_model(&model);
    // Rooted as the lint's own checks root them, so that they share one copy with the memo.
    facts.project_root = crate::checks::project_root(settings, &facts.path);
    let facts = Arc::new(facts);
    let mut result = lint_model(
        registry,
        path,
        grammar,
        text,
        tree,
        &model,
        settings,
        Some(facts.clone()),
    );
    let memo = result.rule_errors.is_empty().then(|| Memo {
        inputs,
        path: path.to_string(),
        grammar,
        text: text.clone(),
        tree: tree.clone(),
        imports: model.ctx.imports.clone(),
        names: model.names(),
        diagnostics: result.diagnostics.clone(),
        facts: facts.clone(),
        consulted_workspace: result.consulted_workspace,
    });
    finish(&mut result, &model.ctx, registry, settings);
    Incremental {
        result,
        facts,
        memo,
        reused: false,
    }
}

/// How the bytes of the memo's text map to the new text: a common prefix and suffix around
/// the changed bytes.
struct Change {
    /// Bytes before this offset are the same in both texts.
    start: usize,
    /// End of the changed bytes in the old text, and in the new one.
    old_end: usize,
    new_end: usize,
    /// The changed bytes hold a line break (old or new): line numbers after them may move.
    lines_moved: bool,
}

impl Change {
    fn between(old: &str, new: &str) -> Change {
        let (a, b) = (old.as_bytes(), new.as_bytes());
        let start = common_prefix(a, b);
        let room = a.len().min(b.len()) - start;
        let tail = common_suffix(&a[a.len() - room..], &b[b.len() - room..]);
        let (old_end, new_end) = (a.len() - tail, b.len() - tail);
        let breaks = |s: &[u8]| s.iter().any(|c| matches!(c, b'\n' | b'\r'));
        Change {
            start,
            old_end,
            new_end,
            lines_moved: breaks(&a[start..old_end]) || breaks(&b[start..new_end]),
        }
    }

    /// An offset of the old text in the new one; `None` inside the changed bytes.
    fn map(&self, offset: usize) -> Option<usize> {
        if offset <= self.start {
            Some(offset)
        } else if offset >= self.old_end {
            Some(offset - self.old_end + self.new_end)
        } else {
            None
        }
    }
}

/// Chunks compared at once: slice equality is a `memcmp`, a byte loop is not vectorised.
const CHUNK: usize = 256;

fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let mut i = 0;
    while i + CHUNK <= n && a[i..i + CHUNK] == b[i..i + CHUNK] {
        i += CHUNK;
    }
    i + a[i..n]
        .iter()
        .zip(&b[i..n])
        .take_while(|(x, y)| x == y)
        .count()
}

fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let (a, b) = (&a[a.len() - n..], &b[b.len() - n..]);
    let mut i = 0;
    while i + CHUNK <= n && a[n - i - CHUNK..n - i] == b[n - i - CHUNK..n - i] {
        i += CHUNK;
    }
    i + a[..n - i]
        .iter()
        .rev()
        .zip(b[..n - i].iter().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

/// The top-level statements of a tree (comments included).
fn statements(tree: &Tree) -> Vec<Node<'_>> {
    let root = tree.root_node();
    let mut cursor = root.walk();
    root.children(&mut cursor).collect()
}

/// The statements touching the bytes `start..end`, as a range of indexes.
fn touching(statements: &[Node], start: usize, end: usize) -> Range<usize> {
    let first = statements.partition_point(|s| s.end_byte() < start);
    let last = statements.partition_point(|s| s.start_byte() <= end);
    first..last.max(first)
}

/// A top-level import or re-export.
fn is_import(statement: Node) -> bool {
    match statement.kind() {
        "import_statement" | "import_from_statement" | "future_import_statement" => true,
        "export_statement" => statement.child_by_field_name("source").is_some(),
        _ => false,
    }
}

fn ranges(statements: &[Node]) -> Vec<Range<usize>> {
    statements.iter().map(|s| s.byte_range()).collect()
}

/// Whether statements playing `old` and then `new` roles for a name can change what other
/// statements, playing `others`, make of it (or the reverse): the ways one statement of the
/// model reads another are all through a name written in both.
fn affects_others(others: Roles, old: Roles, new: Roles) -> bool {
    if others.is_empty() {
        return false;
    }
    let mut here = old;
    here += new;
    // A class is found by its name (a base class, the id an app gives it).
    here.class > 0 || others.class > 0
        // A binding whose uses are looked for in the whole file is used wherever its name is.
        || here.bound_file_wide > 0 || others.bound_file_wide > 0
        // User data added through the same receiver text is one script.
        || (here.user_data > 0 && others.user_data > 0)
        // A name bound once in the file is followed to its value from anywhere.
        || others.bound + old.bound == 1 || others.bound + new.bound == 1
        // "Called on it later" asks for the method calls on a name, file-wide.
        || (here.call_bound > 0 && others.receiver > 0)
        || (others.call_bound > 0 && here.receiver > 0)
        // User data reads a spread list only when nothing adds to it.
        || (here.grown > 0 && others.mentioned > 0)
        || (others.grown > 0 && here.mentioned > 0)
}

/// The lint of the new text from the memo's, or `None` when the whole file must be read.
fn relint_changed(
    registry: &Registry,
    text: &Arc<String>,
    tree: &Tree,
    settings: &LintSettings,
    memo: &Memo,
) -> Option<Incremental> {
    let change = Change::between(&memo.text, text);
    let old_statements = statements(&memo.tree);
    let new_statements = statements(tree);
    let old_part = touching(&old_statements, change.start, change.old_end);
    let new_part = touching(&new_statements, change.start, change.new_end);
    // Every other statement is the same text at the same place (moved past the change).
    let kept_old = old_statements[..old_part.start]
        .iter()
        .chain(&old_statements[old_part.end..]);
    let kept_new = new_statements[..new_part.start]
        .iter()
        .chain(&new_statements[new_part.end..]);
    if old_statements.len() - old_part.len() != new_statements.len() - new_part.len() {
        return None;
    }
    for (o, n) in kept_old.zip(kept_new) {
        let same = o.kind_id() == n.kind_id()
            && change.map(o.start_byte()) == Some(n.start_byte())
            && change.map(o.end_byte()) == Some(n.end_byte());
        if !same {
            return None;
        }
    }
    // Import statements are read by the whole file (names, and the modules app classes come
    // from).
    let mut changed = old_statements[old_part.clone()]
        .iter()
        .chain(&new_statements[new_part.clone()]);
    if changed.any(|s| is_import(*s)) || memo.imports.bindings.is_empty() {
        return None;
    }

    let old_ranges = ranges(&old_statements[old_part.clone()]);
    let new_ranges = ranges(&new_statements[new_part.clone()]);
    // Reading the changed statements costs two models of them (old and new): when they are
    // most of the file (one long stack), one model of the whole file is cheaper.
    let changed_bytes = |r: &[Range<usize>]| span(r).map_or(0, |s| s.len());
    if changed_bytes(&old_ranges) * 2 > memo.text.len()
        || changed_bytes(&new_ranges) * 2 > text.len()
    {
        return None;
    }
    let names = &memo.names;
    let old_bound_elsewhere = |key: &str, here: u32| names.get(key).bound > here;
    let old_model = Model::build_part(
        &memo.tree,
        &memo.text,
        memo.grammar,
        &memo.path,
        &Part {
            statements: &old_ranges,
            bound_elsewhere: &old_bound_elsewhere,
            // The memo's text and tree: the imports its lint read.
            imports: Some(&memo.imports),
        },
    );
    let old_names = old_model.names();
    let mut others = names.clone();
    others.remove(&old_names);
    let new_bound_elsewhere = |key: &str, _: u32| others.get(key).bound > 0;
    let model = Model::build_part(
        tree,
        text,
        memo.grammar,
        &memo.path,
        &Part {
            statements: &new_ranges,
            bound_elsewhere: &new_bound_elsewhere,
            imports: None,
        },
    );
    // The same imports, too (the part's model reads them from the whole tree): every name
    // resolves as before, and fixes add imports where they did.
    let imports = &model.ctx.imports;
    let same_imports = imports.bindings == memo.imports.bindings
        && imports.v1 == memo.imports.v1
        && imports.style == memo.imports.style
        && change.map(memo.imports.insert_at) == Some(imports.insert_at);
    if !same_imports {
        return None;
    }
    let new_names = model.names();
    let shared = old_names.0.keys().chain(new_names.0.keys());
    for key in shared {
        if affects_others(others.get(key), old_names.get(key), new_names.get(key)) {
            return None;
        }
    }

    // A fix may name "the one hosted zone of the file" (`{sole:list}`): creating or binding
    // such a construct changes other statements' fixes.
    let sole = sole_classes(registry);
    if [&old_model, &model].iter().any(|m| {
        m.calls
            .iter()
            .any(|c| c.name.as_ref().is_some_and(|n| sole.contains(n)))
    }) {
        return None;
    }

    let facts = Arc::new(same_facts(
        &memo.facts,
        &FileFacts::from_model(&old_model),
        &FileFacts::from_model(&model),
        &change,
    )?);

    // The changed statements' findings, and every other one moved past the change.
    let old_span = span(&old_ranges);
    let new_span = span(&new_ranges);
    let mut diagnostics = Vec::with_capacity(memo.diagnostics.len());
    for d in &memo.diagnostics {
        if old_span
            .as_ref()
            .is_some_and(|s| s.contains(&d.range.start))
        {
            continue;
        }
        diagnostics.push(moved(d, &change)?);
    }
    let mut part = lint_model(
        registry,
        &memo.path,
        memo.grammar,
        text,
        tree,
        &model,
        settings,
        Some(facts.clone()),
    );
    if !part.rule_errors.is_empty() {
        return None;
    }
    diagnostics.extend(part.diagnostics.drain(..).filter(|d| {
        new_span
            .as_ref()
            .is_some_and(|s| s.contains(&d.range.start))
    }));

    let mut names = others;
    names.add(&new_names);
    let mut result = LintResult {
        diagnostics: diagnostics.clone(),
        rule_errors: Vec::new(),
        syntax_errors: part.syntax_errors,
        consulted_workspace: memo.consulted_workspace || part.consulted_workspace,
    };
    finish(&mut result, &model.ctx, registry, settings);
    Some(Incremental {
        memo: Some(Memo {
            inputs: memo.inputs,
            path: memo.path.clone(),
            grammar: memo.grammar,
            text: text.clone(),
            tree: tree.clone(),
            imports: model.ctx.imports.clone(),
            names,
            diagnostics,
            facts: facts.clone(),
            consulted_workspace: result.consulted_workspace,
        }),
        result,
        facts,
        reused: true,
    })
}

/// The classes fixes name as the one construct of its kind in the file (`{sole:list}`),
/// normalised.
fn sole_classes(registry: &Registry) -> Vec<String> {
    let mut out = Vec::new();
    for rule in registry.rules() {
        for fix in rule.fixes.values() {
            for edit in &fix.edits {
                for list in edit.typescript.sole_lists().chain(edit.python.sole_lists()) {
                    let names = rule.lists.get(list).into_iter().flatten();
                    out.extend(names.map(|n| cdklint_model::normalize_canonical(n)));
                }
            }
        }
    }
    out
}

/// From the first statement's start to the last one's end.
fn span(ranges: &[Range<usize>]) -> Option<Range<usize>> {
    Some(ranges.first()?.start..ranges.last()?.end)
}

/// A finding of the old text, in the new one.
fn moved(d: &Diagnostic, change: &Change) -> Option<Diagnostic> {
    let range = |r: &Range<usize>| Some(change.map(r.start)?..change.map(r.end)?);
    let mut d = d.clone();
    d.range = range(&d.range)?;
    if let Some(fix) = &mut d.fix {
        for edit in &mut fix.edits {
            edit.range = range(&edit.range)?;
        }
    }
    Some(d)
}

/// The file's facts after the change, when the changed statements contribute what they did
/// before (an instance may only have moved): then no other statement's findings depend on
/// the change through them. `None` otherwise.
fn same_facts(
    file: &FileFacts,
    old: &FileFacts,
    new: &FileFacts,
    change: &Change,
) -> Option<FileFacts> {
    let placed = |f: &FileFacts| -> Vec<cdklint_workspace::Instance> {
        f.instances
            .iter()
            .map(|i| cdklint_workspace::Instance {
                offset: 0,
                ..i.clone()
            })
            .collect()
    };
    let same = old.classes == new.classes
        && old.config_recorders == new.config_recorders
        && old.config_rules == new.config_rules
        && old.us_east_1_classes == new.us_east_1_classes
        && placed(old) == placed(new);
    if !same {
        return None;
    }
    // Messages name an instance by its line: one after a moved line would read stale.
    if change.lines_moved && file.instances.iter().any(|i| i.offset >= change.start) {
        return None;
    }
    let mut facts = file.clone();
    let mut fresh = new.instances.iter();
    for instance in &mut facts.instances {
        let in_old_part = old.instances.iter().any(|o| o.offset == instance.offset);
        if in_old_part {
            instance.offset = fresh.next()?.offset;
        } else {
            instance.offset = change.map(instance.offset)?;
        }
    }
    Some(facts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_is_the_bytes_between_the_common_prefix_and_suffix() {
        let long = "a".repeat(1000);
        for (old, new, start, old_end, new_end) in [
            ("abc", "abc", 3, 3, 3),
            ("abc", "abxc", 2, 2, 3),
            ("abc", "ac", 1, 2, 1),
            ("", "x", 0, 0, 1),
            // A repeated character: the suffix never overlaps the prefix.
            ("aaa", "aaaa", 3, 3, 4),
        ] {
            let c = Change::between(old, new);
            assert_eq!(
                (c.start, c.old_end, c.new_end),
                (start, old_end, new_end),
                "{old:?} -> {new:?}"
            );
        }
        let edited = format!("{}x{}", &long[..600], &long[600..]);
        let c = Change::between(&format!("{long}b{long}"), &format!("{edited}b{long}"));
        assert_eq!((c.start, c.old_end, c.new_end), (600, 600, 601));
        assert!(!c.lines_moved);
        let c = Change::between(&format!("{long}\n{long}"), &format!("{long}{long}"));
        assert_eq!((c.start, c.old_end, c.new_end), (1000, 1001, 1000));
        assert!(c.lines_moved);
        assert_eq!(c.map(999), Some(999));
        assert_eq!(c.map(1001), Some(1000));
        assert_eq!(c.map(2001), Some(2000));
    }
}
