//! Building fixes from a rule's templates, and applying fixes to a fixed point.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use cdklint_diagnostics::{Applicability, Diagnostic, Edit, Fix, apply_edits};
use cdklint_rules::{
    EditOp, FixSpec, Grammar, Piece, QueryLanguage, Registry, Template, normalize_canonical,
};
use tree_sitter::Node;

use crate::engine::{LintResult, check, render_message};
use crate::settings::LintSettings;
use cdklint_model::imports::{Binding, ImportStyle, Imports};
use cdklint_model::parse::{count_errors, parse};
use cdklint_model::props;
use cdklint_model::resolve::FileContext;

/// Build the edits of a fix for one match. `None` when a capture the fix needs is absent or
/// the props it would change cannot be seen — the diagnostic then has no fix.
pub fn build<'t>(
    ctx: &FileContext<'t>,
    spec: &FixSpec,
    lists: &BTreeMap<String, Vec<String>>,
    lang: QueryLanguage,
    capture: &dyn Fn(&str) -> Option<Node<'t>>,
) -> Option<Fix> {
    let mut edits = Vec::new();
    let mut imports_needed = Vec::new();
    for edit in &spec.edits {
        let node = capture(edit.op.capture())?;
        let content = render(
            edit.template(lang),
            ctx,
            capture,
            lists,
            node.start_byte(),
            &mut imports_needed,
        )?;
        match &edit.op {
            EditOp::Replace(_) => edits.push(Edit::replace(node.byte_range(), content)),
            EditOp::InsertProp(_) => {
                let (at, text) = props::insertion(node, &content, ctx.src)?;
                edits.push(Edit::insert(at, text));
            }
            EditOp::RemoveProp(_) => {
                edits.push(Edit::replace(props::removal(node, ctx.src)?, String::new()));
            }
        }
    }
    let title = render_message(&spec.title, ctx, capture, &[]);
    let mut seen = HashSet::new();
    for import in imports_needed {
        if seen.insert(import.content.clone()) {
            edits.push(import);
        }
    }
    edits.sort_by_key(|e| (e.range.start, e.range.end));
    if edits.windows(2).any(|w| w[0].range.end > w[1].range.start) {
        return None;
    }
    Some(Fix {
        title,
        applicability: spec.applicability,
        edits,
    })
}

fn render<'t>(
    template: &Template,
    ctx: &FileContext<'t>,
    capture: &dyn Fn(&str) -> Option<Node<'t>>,
    lists: &BTreeMap<String, Vec<String>>,
    use_site: usize,
    imports_needed: &mut Vec<Edit>,
) -> Option<String> {
    let mut out = String::new();
    for piece in &template.pieces {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Capture(name) => out.push_str(ctx.text(capture(name)?)),
            Piece::Ref(canonical) => {
                let canonical = language_ref(canonical, ctx.imports.grammar.is_python());
                let (spelled, import) = spell_ref(&ctx.imports, &canonical, ctx.src);
                out.push_str(&spelled);
                imports_needed.extend(import);
            }
            Piece::Sole(list) => out.push_str(&sole_binding(ctx, &lists[list], use_site)?),
            Piece::Name(_) | Piece::Lit(_) | Piece::Set(..) => {
                out.push_str(&piece.render_in(ctx.imports.grammar.is_python())?)
            }
        }
    }
    Some(out)
}

/// A canonical symbol with its members spelled for the language: `aws_route53.RecordTarget.
/// fromAlias` is `…RecordTarget.from_alias` in Python (classes keep their names).
pub(crate) fn language_ref(canonical: &str, python: bool) -> String {
    if !python {
        return canonical.to_string();
    }
    let mut parts = canonical.split('.');
    let module = parts.next().unwrap_or_default();
    let rest: Vec<String> = parts.map(cdklint_model::snake_case).collect();
    std::iter::once(module.to_string())
        .chain(rest)
        .collect::<Vec<_>>()
        .join(".")
}

/// The one name bound in the file to a value created by a symbol of `list` (a constructor,
/// or a static factory such as `HostedZone.fromLookup`), when that value is the only such
/// value in the file and is bound before `use_site`.
fn sole_binding<'t>(ctx: &FileContext<'t>, list: &[String], use_site: usize) -> Option<String> {
    let names: Vec<String> = list.iter().map(|n| normalize_canonical(n)).collect();
    if let Some(known) = ctx.sole_bindings.borrow().get(&names) {
        return known
            .as_ref()
            .filter(|(_, at)| *at < use_site)
            .map(|(name, _)| name.clone());
    }
    let created = |n: Node<'t>| {
        ctx.created_by(n)
            .is_some_and(|r| names.contains(&r.canonical))
    };
    let sole = if ctx.count_nodes(created, 2) != 1 {
        None
    } else {
        match ctx.bound_names_where(created).as_slice() {
            [(name, at)] => Some((name.clone(), *at)),
            _ => None,
        }
    };
    let answer = sole
        .as_ref()
        .filter(|(_, at)| *at < use_site)
        .map(|(name, _)| name.clone());
    ctx.sole_bindings.borrow_mut().insert(names, sole);
    answer
}

/// How this file spells a canonical CDK symbol, and the import to add if it has none.
fn spell_ref(imports: &Imports, canonical: &str, src: &str) -> (String, Option<Edit>) {
    let (module, path) = canonical.split_once('.').unwrap_or((canonical, ""));
    let first = path.split('.').next().unwrap_or_default();
    let rest = &path[first.len()..]; // ".member…" or ""
    let mut locals: Vec<(&String, &Binding)> = imports.bindings.iter().collect();
    locals.sort_by(|a, b| a.0.cmp(b.0));

    for (local, b) in &locals {
        if let Binding::Symbol {
            module: m, name, ..
        } = b
            && m == module
            && name == first
        {
            return (format!("{local}{rest}"), None);
        }
    }
    for (local, b) in &locals {
        if let Binding::Module { module: m, .. } = b
            && m == module
        {
            return (format!("{local}.{path}"), None);
        }
    }
    // Reach through the root (`cdk.aws_route53_targets.X`) only in files that import no
    // service module of their own; others get an import in their style.
    let imports_services = locals.iter().any(
        |(_, b)| matches!(b, Binding::Module { module: m, .. } if m != "cdk" && m != "constructs"),
    );
    for (local, b) in &locals {
        if let Binding::Module {
            module: m,
            v1: false,
        } = b
            && m == "cdk"
            && (module == "cdk" || !imports_services)
        {
            return (format!("{local}.{module}.{path}"), None);
        }
    }
    let alias = fresh_alias(imports, module, src);
    let line = import_line(imports, module, &alias);
    let edit = if imports.insert_at == 0 {
        Edit::insert(0, format!("{line}\n"))
    } else {
        Edit::insert(imports.insert_at, format!("\n{line}"))
    };
    (format!("{alias}.{path}"), Some(edit))
}

/// A local name for a module that the file does not use yet.
fn fresh_alias(imports: &Imports, module: &str, src: &str) -> String {
    let stripped = module.strip_prefix("aws_").unwrap_or(module);
    let short = stripped
        .rsplit('_')
        .next()
        .filter(|s| *s == "targets" || *s == "origins");
    let mut candidates: Vec<String> = short.into_iter().map(str::to_string).collect();
    candidates.push(stripped.to_string());
    candidates.push(format!("{stripped}_lib"));
    let taken = |name: &str| {
        imports.bindings.contains_key(name)
            // Not after `-`: `'aws-cdk-lib/aws-ec2'` does not use the name `ec2`.
            || regex::Regex::new(&format!(r"(?:^|[^\w$-]){}\b", regex::escape(name)))
                .is_ok_and(|re| re.is_match(src))
    };
    candidates
        .iter()
        .find(|c| !taken(c))
        .cloned()
        .unwrap_or_else(|| format!("{stripped}_cdk"))
}

fn import_line(imports: &Imports, module: &str, alias: &str) -> String {
    let v1 = imports.v1;
    let js_path = module.replace('_', "-");
    if imports.grammar.is_python() {
        return match (module, v1, imports.style) {
            ("cdk", false, _) => format!("import aws_cdk as {alias}"),
            ("cdk", true, _) => format!("from aws_cdk import core as {alias}"),
            (_, false, Some(ImportStyle::RootMember) | None) => {
                format!("from aws_cdk import {module} as {alias}")
            }
            _ => format!("import aws_cdk.{module} as {alias}"),
        };
    }
    let spec = match (module, v1) {
        ("cdk", false) => "aws-cdk-lib".to_string(),
        ("cdk", true) => "@aws-cdk/core".to_string(),
        (_, false) => format!("aws-cdk-lib/{js_path}"),
        (_, true) => format!("@aws-cdk/{js_path}"),
    };
    match imports.style {
        Some(ImportStyle::Require) => format!("const {alias} = require('{spec}');"),
        Some(ImportStyle::RootMember) if !v1 && module != "cdk" => {
            format!("import {{ {module} as {alias} }} from 'aws-cdk-lib';")
        }
        _ => format!("import * as {alias} from '{spec}';"),
    }
}

/// Does any edit replace or delete text that holds a comment? Such a fix is never safe.
pub fn touches_comment(ctx: &FileContext, fix: &Fix) -> bool {
    fix.edits.iter().filter(|e| !e.range.is_empty()).any(|e| {
        let Some(node) = ctx
            .tree
            .root_node()
            .descendant_for_byte_range(e.range.start, e.range.end)
        else {
            return false;
        };
        // Climb to a node that covers the whole range, then look for comments inside it.
        let mut cover = node;
        while !(cover.start_byte() <= e.range.start && cover.end_byte() >= e.range.end) {
            match cover.parent() {
                Some(p) => cover = p,
                None => break,
            }
        }
        has_comment_in(cover, e.range.start, e.range.end)
    })
}

fn has_comment_in(node: Node, start: usize, end: usize) -> bool {
    if node.kind() == "comment" {
        return node.start_byte() >= start && node.end_byte() <= end;
    }
    let mut c = node.walk();
    node.children(&mut c)
        .filter(|n| n.end_byte() > start && n.start_byte() < end)
        .any(|n| has_comment_in(n, start, end))
}

/// Which fixes `fix` applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixMode {
    Safe,
    SafeAndUnsafe,
}

impl FixMode {
    fn allows(self, a: Applicability) -> bool {
        match a {
            Applicability::Safe => true,
            Applicability::Unsafe => self == FixMode::SafeAndUnsafe,
            Applicability::DisplayOnly => false,
        }
    }
}

#[derive(Debug, Clone)]
pub struct FixOutcome {
    pub text: String,
    /// The diagnostics whose fixes were applied.
    pub applied: Vec<Diagnostic>,
    /// Fixes refused because the result would not parse.
    pub rejected: usize,
    /// Lint result of the final text.
    pub remaining: LintResult,
}

/// Apply fixes until none is left (or ten rounds), re-parsing after each round and refusing
/// any fix that adds a syntax error. Non-overlapping fixes are applied together per round.
pub fn fix(
    registry: &Registry,
    path: &str,
    text: &str,
    settings: &LintSettings,
    mode: FixMode,
) -> FixOutcome {
    let grammar = Grammar::for_path(Path::new(path));
    let mut current = text.to_string();
    let mut applied = Vec::new();
    let mut refused: HashSet<(String, String)> = HashSet::new();
    let mut result = check(registry, path, &current, settings);
    for _round in 0..10 {
        let candidates: Vec<&Diagnostic> = result
            .diagnostics
            .iter()
            .filter(|d| d.fix.as_ref().is_some_and(|f| mode.allows(f.applicability)))
            .filter(|d| !refused.contains(&fix_key(d, &current)))
            .collect();
        if candidates.is_empty() {
            break;
        }
        let batch = non_overlapping(&candidates);
        let errors_before = syntax_errors(grammar, &current);
        let edits: Vec<Edit> = batch
            .iter()
            .flat_map(|d| d.fix.as_ref().unwrap().edits.clone())
            .collect();
        let (next, _) = apply_edits(&current, &edits);
        let mut progressed = false;
        if syntax_errors(grammar, &next) <= errors_before {
            applied.extend(batch.iter().map(|d| (*d).clone()));
            current = next;
            progressed = true;
        } else {
            // Some fix in the batch breaks the file: apply them one by one, keeping the good.
            let mut text = current.clone();
            let mut good = Vec::new();
            for d in batch.iter().rev() {
                let (next, _) = apply_edits(&text, &d.fix.as_ref().unwrap().edits);
                if syntax_errors(grammar, &next) <= syntax_errors(grammar, &text) {
                    text = next;
                    good.push((*d).clone());
                } else {
                    refused.insert(fix_key(d, &current));
                }
            }
            if !good.is_empty() {
                progressed = true;
                applied.extend(good);
                current = text;
            }
        }
        result = check(registry, path, &current, settings);
        if !progressed && refused.is_empty() {
            break;
        }
    }
    let rejected = refused.len();
    FixOutcome {
        text: current,
        applied,
        rejected,
        remaining: result,
    }
}

fn fix_key(d: &Diagnostic, text: &str) -> (String, String) {
    let original = d
        .fix
        .as_ref()
        .and_then(|f| f.span())
        .and_then(|r| text.get(r))
        .unwrap_or_default();
    (d.code.clone(), original.to_string())
}

/// Fixes in position order, skipping any that overlaps or touches an earlier one's edits
/// (two insertions at one offset would have an undefined order).
fn non_overlapping<'a>(candidates: &[&'a Diagnostic]) -> Vec<&'a Diagnostic> {
    let mut sorted = candidates.to_vec();
    sorted.sort_by_key(|d| {
        d.fix
            .as_ref()
            .and_then(|f| f.span())
            .map(|r| (r.start, r.end))
    });
    let mut taken: Vec<std::ops::Range<usize>> = Vec::new();
    let mut out = Vec::new();
    for d in sorted {
        let edits = &d.fix.as_ref().unwrap().edits;
        let clashes = edits.iter().any(|e| {
            taken.iter().any(|t| {
                (e.range.start < t.end && t.start < e.range.end)
                    || e.range.start == t.start
                    || e.range.start == t.end
                    || e.range.end == t.start
            })
        });
        if !clashes {
            taken.extend(edits.iter().map(|e| e.range.clone()));
            out.push(d);
        }
    }
    out
}

fn syntax_errors(grammar: Option<Grammar>, text: &str) -> usize {
    grammar
        .and_then(|g| parse(g, text, None))
        .map_or(0, |t| count_errors(&t))
}
