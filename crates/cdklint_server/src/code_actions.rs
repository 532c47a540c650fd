//! Code actions: the rule's fix as a quick fix, "Disable CODE for this line", and
//! `source.fixAll.cdklint` (every safe fix in one edit — what fix-on-save runs).
//!
//! Quick fixes come from the fix carried in each diagnostic's `data`; nothing is re-linted.

use std::collections::HashMap;

use cdklint_diagnostics::Applicability;
use cdklint_linter::{FixMode, LintSettings, Registry};
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, Diagnostic, Position, Range, TextEdit, Uri, WorkspaceEdit,
};

use crate::diagnostics::{DiagnosticData, data_of};
use crate::position::PositionMap;
use crate::snapshot::Snapshot;

pub const FIX_ALL_KIND: &str = "source.fixAll.cdklint";
pub const FIX_ALL_TITLE: &str = "cdklint: Fix all safely fixable problems";

pub fn fix_all_kind() -> CodeActionKind {
    CodeActionKind::new(FIX_ALL_KIND)
}

/// Does the client's `only` filter admit `kind`? Kinds are hierarchical: `source` admits
/// `source.fixAll.cdklint`. No filter admits everything.
pub fn wanted(only: Option<&[CodeActionKind]>, kind: &CodeActionKind) -> bool {
    let Some(only) = only.filter(|o| !o.is_empty()) else {
        return true;
    };
    let k = kind.as_str();
    only.iter().any(|o| {
        let o = o.as_str();
        k == o || (k.starts_with(o) && k.as_bytes().get(o.len()) == Some(&b'.'))
    })
}

fn workspace_edit(uri: &Uri, edits: Vec<TextEdit>) -> WorkspaceEdit {
    WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), edits)])),
        ..Default::default()
    }
}

/// The rule's fix for one of our diagnostics, if it has one and it still applies to the
/// current text (each edit's range still holds the text it replaced).
pub fn quick_fix(snap: &Snapshot, diag: &Diagnostic, data: &DiagnosticData) -> Option<CodeAction> {
    let fix = data.fix.as_ref()?;
    if fix.applicability == Applicability::DisplayOnly || fix.edits.is_empty() {
        return None;
    }
    let map = snap.map();
    let ending = cdklint_diagnostics::line_ending(&snap.text);
    let mut edits = Vec::with_capacity(fix.edits.len());
    for e in &fix.edits {
        // Edits computed for another text must still find the text they replace. Checked
        // whatever the versions say: a client may send changes without a newer version.
        if snap.text.get(map.byte_range(e.range))? != e.old_text {
            return None;
        }
        let new_text = cdklint_diagnostics::with_line_ending(&e.new_text, ending);
        edits.push(TextEdit::new(e.range, new_text.into_owned()));
    }
    let safe = fix.applicability == Applicability::Safe;
    let title = if safe {
        fix.title.clone()
    } else {
        format!("{} (unsafe fix: review it)", fix.title)
    };
    Some(CodeAction {
        title,
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![diag.clone()]),
        edit: Some(workspace_edit(&snap.uri, edits)),
        is_preferred: Some(safe),
        ..Default::default()
    })
}

/// "Disable CODE for this line": a suppression comment on its own line above the diagnostic's
/// first line, with the same indentation, or the code added to such a comment already there.
pub fn disable_for_line(snap: &Snapshot, diag: &Diagnostic, code: &str) -> Option<CodeAction> {
    // Suppression diagnostics are about comments themselves; suppressing them makes no sense.
    if code.starts_with("SUP") {
        return None;
    }
    let python = snap.grammar?.is_python();
    let map = snap.map();
    let line = diag.range.start.line as usize;
    if line >= snap.index.line_count() {
        return None;
    }
    let line_range = snap.index.line_range(&snap.text, line);
    let line_text = &snap.text[line_range.clone()];
    let indent: String = line_text
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();

    // Extend an existing comment on the previous line.
    if line > 0 {
        let prev_range = snap.index.line_range(&snap.text, line - 1);
        let prev = &snap.text[prev_range.clone()];
        let trimmed = prev.trim_end();
        let body_start = prev.len() - prev.trim_start().len();
        let body = trimmed.trim_start();
        let extend_at = if python {
            (body.starts_with("# cdklint: ignore[") && body.ends_with(']'))
                .then(|| prev_range.start + body_start + body.len() - 1)
        } else {
            (body.starts_with("// cdklint-disable-next-line ") && !body.contains(" -- "))
                .then(|| prev_range.start + body_start + body.len())
        };
        if let Some(at) = extend_at {
            let already = body
                .split(|c: char| c == '[' || c == ']' || c == ',' || c.is_whitespace())
                .any(|w| w == code);
            if already {
                return None;
            }
            let pos = map.position(at);
            return Some(disable_action(
                snap,
                diag,
                code,
                TextEdit::new(Range::new(pos, pos), format!(", {code}")),
            ));
        }
    }

    let comment = if python {
        format!("# cdklint: ignore[{code}]")
    } else {
        format!("// cdklint-disable-next-line {code}")
    };
    let newline = if snap.text[line_range.end..].starts_with("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    let pos = Position::new(diag.range.start.line, 0);
    Some(disable_action(
        snap,
        diag,
        code,
        TextEdit::new(Range::new(pos, pos), format!("{indent}{comment}{newline}")),
    ))
}

fn disable_action(snap: &Snapshot, diag: &Diagnostic, code: &str, edit: TextEdit) -> CodeAction {
    CodeAction {
        title: format!("Disable {code} for this line"),
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![diag.clone()]),
        edit: Some(workspace_edit(&snap.uri, vec![edit])),
        is_preferred: Some(false),
        ..Default::default()
    }
}

/// Quick fixes and suppressions for the diagnostics the client sent.
pub fn for_diagnostics(snap: &Snapshot, diagnostics: &[Diagnostic]) -> Vec<CodeAction> {
    let mut fixes = Vec::new();
    let mut disables = Vec::new();
    for diag in diagnostics {
        let Some(data) = data_of(diag) else { continue };
        fixes.extend(quick_fix(snap, diag, &data));
        if let Some(action) = disable_for_line(snap, diag, &data.code) {
            // One suppression per code and line.
            let key = (diag.range.start.line, data.code.clone());
            if !disables.iter().any(|(k, _)| *k == key) {
                disables.push((key, action));
            }
        }
    }
    fixes.extend(disables.into_iter().map(|(_, a)| a));
    fixes
}

/// The single edit that applies every safe fix (to a fixed point, refusing fixes that break
/// the syntax), or `None` when nothing changes. The edit is the smallest one that covers the
/// difference between the current and the fixed text.
pub fn fix_all_edit(
    snap: &Snapshot,
    registry: &Registry,
    settings: &LintSettings,
) -> Option<TextEdit> {
    snap.grammar?;
    let path = snap.lint_path.to_string_lossy();
    let outcome = cdklint_linter::fix(registry, &path, &snap.text, settings, FixMode::Safe);
    if outcome.text == *snap.text {
        return None;
    }
    Some(minimal_edit(&snap.map(), &outcome.text))
}

/// One edit turning `map.text` into `new`: the changed middle between a common prefix and
/// suffix (both on character boundaries).
pub fn minimal_edit(map: &PositionMap, new: &str) -> TextEdit {
    let old = map.text;
    let (a, b) = (old.as_bytes(), new.as_bytes());
    let mut prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    while !old.is_char_boundary(prefix) || !new.is_char_boundary(prefix) {
        prefix -= 1;
    }
    let max_suffix = (a.len() - prefix).min(b.len() - prefix);
    let mut suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take(max_suffix)
        .take_while(|(x, y)| x == y)
        .count();
    while !old.is_char_boundary(a.len() - suffix) || !new.is_char_boundary(b.len() - suffix) {
        suffix -= 1;
    }
    TextEdit::new(
        map.range(prefix..a.len() - suffix),
        new[prefix..b.len() - suffix].to_string(),
    )
}

pub fn fix_all_action(
    snap: &Snapshot,
    edit: Option<TextEdit>,
    data: Option<serde_json::Value>,
) -> CodeAction {
    CodeAction {
        title: FIX_ALL_TITLE.to_string(),
        kind: Some(fix_all_kind()),
        edit: edit.map(|e| workspace_edit(&snap.uri, vec![e])),
        data,
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cdklint_text::{Encoding, LineIndex};

    #[test]
    fn kind_filter_is_hierarchical() {
        let k = fix_all_kind();
        let only = |v: &[&str]| {
            v.iter()
                .map(|s| CodeActionKind::from(s.to_string()))
                .collect::<Vec<_>>()
        };
        assert!(wanted(None, &k));
        assert!(wanted(Some(&only(&["source"])), &k));
        assert!(wanted(Some(&only(&["source.fixAll"])), &k));
        assert!(wanted(Some(&only(&["source.fixAll.cdklint"])), &k));
        assert!(!wanted(Some(&only(&["quickfix"])), &k));
        assert!(!wanted(Some(&only(&["source.fix"])), &k));
        assert!(wanted(
            Some(&only(&["quickfix"])),
            &CodeActionKind::QUICKFIX
        ));
    }

    #[test]
    fn minimal_edit_covers_only_the_difference() {
        let old = "a 🪣 PRIVATE_WITH_NAT; b";
        let new = "a 🪣 PRIVATE_WITH_EGRESS; b";
        let index = LineIndex::new(old);
        let map = PositionMap::new(old, &index, Encoding::Utf16);
        let e = minimal_edit(&map, new);
        let start = map.offset(e.range.start);
        let end = map.offset(e.range.end);
        let mut fixed = old.to_string();
        fixed.replace_range(start..end, &e.new_text);
        assert_eq!(fixed, new);
        assert_eq!(e.new_text, "EGRESS");
    }
}
