//! Suppression comments, with an optional reason after `--`:
//!
//! - `// cdklint-disable-next-line DAT001, NET001 -- kept for tests` (also `#` in Python)
//! - `// cdklint-disable-line DAT001` on the line itself
//! - `# cdklint: ignore[DAT001]` on the line itself, or alone on the line before
//! - `cdklint-disable-file DAT001` anywhere, for the whole file
//!
//! Unknown codes are reported (SUP002), and so are codes that suppress nothing (SUP001).

use std::sync::OnceLock;

use cdklint_diagnostics::{Diagnostic, rule_url};
use cdklint_rules::Registry;
use regex::Regex;
use tree_sitter::Node;

use crate::settings::LintSettings;
use cdklint_model::resolve::FileContext;

const UNUSED: &str = "SUP001";
const UNKNOWN: &str = "SUP002";

#[derive(Debug)]
enum Scope {
    Line(usize),
    File,
}

#[derive(Debug)]
struct Directive {
    scope: Scope,
    codes: Vec<(String, std::ops::Range<usize>, bool)>,
}

/// Whether `text` may hold a suppression comment: SUP001 and SUP002 are the findings a file
/// without the CDK can have, and every directive spells this word.
pub(crate) fn may_hold_directive(text: &str) -> bool {
    text.contains("cdklint")
}

fn directive_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"cdklint(?:-disable-(?P<kind>next-line|line|file)\s+(?P<list>[A-Za-z0-9_]+(?:\s*,\s*[A-Za-z0-9_]+)*)|:\s*ignore\[(?P<ignore>[^\]]*)\])",
        )
        .unwrap()
    })
}

fn comments<'t>(node: Node<'t>, out: &mut Vec<Node<'t>>) {
    let mut c = node.walk();
    for child in node.children(&mut c) {
        if child.kind() == "comment" {
            out.push(child);
        } else if child.child_count() > 0 {
            comments(child, out);
        }
    }
}

fn parse_directives(ctx: &FileContext, lines: &cdklint_text::LineIndex) -> Vec<Directive> {
    let src = ctx.src;
    if !src.contains("cdklint") {
        return Vec::new();
    }
    let mut nodes = Vec::new();
    comments(ctx.tree.root_node(), &mut nodes);
    let mut out = Vec::new();
    for comment in nodes {
        let text = ctx.text(comment);
        let body = text.split(" -- ").next().unwrap_or(text);
        let Some(caps) = directive_regex().captures(body) else {
            continue;
        };
        // Rows from the line index, not tree-sitter (which breaks lines at `\n` only), so a
        // file with `\r` line endings counts lines as the diagnostics do.
        let row = lines.line_of(comment.start_byte());
        let end_row = lines.line_of(comment.end_byte());
        let line_start = lines.line_start(row);
        let code_before = !src[line_start..comment.start_byte()].trim().is_empty();
        let (scope, list) = match (
            caps.name("kind").map(|m| m.as_str()),
            caps.name("list"),
            caps.name("ignore"),
        ) {
            (Some("next-line"), Some(l), _) => (Scope::Line(end_row + 1), l),
            (Some("line"), Some(l), _) => (Scope::Line(row), l),
            (Some(_), Some(l), _) => (Scope::File, l),
            (None, _, Some(l)) => (Scope::Line(if code_before { row } else { end_row + 1 }), l),
            _ => continue,
        };
        let base = comment.start_byte() + list.start();
        let mut codes = Vec::new();
        let mut offset = 0;
        for part in list.as_str().split(',') {
            let code = part.trim();
            let start = base + offset + (part.len() - part.trim_start().len());
            offset += part.len() + 1;
            if !code.is_empty() {
                codes.push((code.to_string(), start..start + code.len(), false));
            }
        }
        out.push(Directive { scope, codes });
    }
    out
}

/// Drop suppressed diagnostics; add diagnostics for unknown and unused suppression codes.
pub fn apply(
    diags: &mut Vec<Diagnostic>,
    ctx: &FileContext,
    registry: &Registry,
    settings: &LintSettings,
) {
    if !ctx.src.contains("cdklint") {
        return;
    }
    let lines = cdklint_text::LineIndex::new(ctx.src);
    let mut directives = parse_directives(ctx, &lines);
    if directives.is_empty() {
        return;
    }
    let row_of = |offset: usize| lines.line_of(offset);
    diags.retain(|d| {
        let row = row_of(d.range.start);
        let mut suppressed = false;
        for dir in &mut directives {
            let applies = match dir.scope {
                Scope::File => true,
                Scope::Line(r) => r == row,
            };
            if !applies {
                continue;
            }
            for (code, _, used) in &mut dir.codes {
                if *code == d.code {
                    *used = true;
                    suppressed = true;
                }
            }
        }
        !suppressed
    });

    let mut extra = Vec::new();
    for dir in &directives {
        for (code, range, used) in &dir.codes {
            let (meta, message) = match registry.rule(code) {
                None => (
                    UNKNOWN,
                    format!("`{code}` in a suppression comment is not a cdklint rule code"),
                ),
                Some(rule)
                    if !*used
                        && settings.report_unused_suppressions
                        && settings.rules.is_enabled(code)
                        && !rule.engine =>
                {
                    (
                        UNUSED,
                        format!(
                            "suppression of `{code}` ({}) suppresses nothing here",
                            rule.name
                        ),
                    )
                }
                Some(_) => continue,
            };
            let Some(rule) = registry.rule(meta) else {
                continue;
            };
            if !settings.rules.is_enabled(meta) {
                continue;
            }
            extra.push(Diagnostic {
                code: rule.code.clone(),
                name: rule.name.clone(),
                severity: settings
                    .severity
                    .get(meta)
                    .copied()
                    .unwrap_or(rule.severity),
                message,
                range: range.clone(),
                fix: None,
                url: rule_url(meta),
            });
        }
    }
    diags.extend(extra);
}
