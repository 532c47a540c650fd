//! One lint run over one file: a single query pass for every enabled rule of the language.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use cdklint_diagnostics::{Applicability, Diagnostic, rule_url};
use cdklint_rules::{Grammar, PatternInfo, Piece, Registry, Rule, Template};
use streaming_iterator::StreamingIterator;
use tree_sitter::{Node, QueryCursor, Tree};

use crate::fix;
use crate::predicates;
use crate::production;
use crate::settings::LintSettings;
use crate::suppress;
use cdklint_model::imports::Imports;
use cdklint_model::parse::parse;
use cdklint_model::resolve::FileContext;

/// The outcome of linting one file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LintResult {
    /// Sorted by position, then code.
    pub diagnostics: Vec<Diagnostic>,
    /// Rules that failed on this file (contained; the other rules still ran).
    pub rule_errors: Vec<String>,
    /// ERROR/MISSING nodes in the tree: the file did not fully parse.
    pub syntax_errors: usize,
}

/// Lint `text` as the file `path` (the extension picks the grammar; other files yield nothing).
pub fn check(registry: &Registry, path: &str, text: &str, settings: &LintSettings) -> LintResult {
    let Some(grammar) = Grammar::for_path(Path::new(path)) else {
        return LintResult::default();
    };
    let Some(tree) = parse(grammar, text, None) else {
        return LintResult::default();
    };
    check_tree(registry, path, grammar, text, &tree, settings)
}

/// A match that passed every predicate.
struct Hit<'t> {
    rule: usize,
    pattern: usize,
    report: Node<'t>,
    anchor: (usize, usize),
    captures: Vec<(u32, Node<'t>)>,
}

/// Lint a tree the caller already has (the language server keeps trees for incremental reparse).
pub fn check_tree(
    registry: &Registry,
    path: &str,
    grammar: Grammar,
    text: &str,
    tree: &Tree,
    settings: &LintSettings,
) -> LintResult {
    let mut result = LintResult {
        syntax_errors: cdklint_model::parse::count_errors(tree),
        ..Default::default()
    };
    let compiled = match registry.query(grammar) {
        Ok(q) => q,
        Err(errors) => {
            result.rule_errors = errors.iter().map(ToString::to_string).collect();
            return result;
        }
    };
    let ctx = FileContext::new(tree, text, Imports::build(tree, text, grammar)).with_path(path);
    let is_test = is_test_file(path);
    let rules = registry.rules();

    let mut hits: Vec<Hit> = Vec::new();
    // Files that import neither the CDK nor `constructs` (Lambda handlers, build scripts, test
    // configs) hold no constructs: the query pass, by far the largest cost, is skipped for them.
    let cdk_file = !ctx.imports.bindings.is_empty();
    let mut cursor = QueryCursor::new();
    let mut matches = cursor.matches(&compiled.query, tree.root_node(), text.as_bytes());
    while cdk_file && let Some(m) = matches.next() {
        let info: &PatternInfo = &compiled.patterns[m.pattern_index];
        let rule = &rules[info.rule];
        if !settings.rules.is_enabled(&rule.code) || (rule.skip_tests && is_test) {
            continue;
        }
        // No diagnostic is built from a node the parser could not make sense of.
        if m.captures()
            .iter()
            .any(|c| c.node.is_error() || c.node.is_missing() || c.node.has_error())
        {
            continue;
        }
        let passed = catch_unwind(AssertUnwindSafe(|| {
            info.predicates.iter().all(|p| {
                let mut nodes = m.nodes_for_capture_index(p.capture).peekable();
                nodes.peek().is_some() && nodes.all(|n| predicates::holds(&ctx, p, n))
            })
        }));
        match passed {
            Ok(true) => {}
            Ok(false) => continue,
            Err(_) => {
                result
                    .rule_errors
                    .push(format!("{}: a predicate failed on {path}", rule.code));
                continue;
            }
        }
        let Some(report) = m.nodes_for_capture_index(compiled.report_capture).next() else {
            continue;
        };
        let anchor = compiled
            .construct_capture
            .and_then(|c| m.nodes_for_capture_index(c).next())
            .unwrap_or(report);
        hits.push(Hit {
            rule: info.rule,
            pattern: m.pattern_index,
            report,
            anchor: (anchor.start_byte(), anchor.end_byte()),
            captures: m.captures().iter().map(|c| (c.index, c.node)).collect(),
        });
    }

    // One finding per rule and construct: the first pattern that matched it wins, so a rule
    // lists its most specific (fixable) pattern first.
    hits.sort_by_key(|h| (h.rule, h.anchor, h.pattern));
    hits.dedup_by_key(|h| (h.rule, h.anchor));

    let names = compiled.query.capture_names();
    for hit in &hits {
        let rule = &rules[hit.rule];
        let info = &compiled.patterns[hit.pattern];
        let built = catch_unwind(AssertUnwindSafe(|| {
            build_diagnostic(&ctx, rule, info, hit, names, path, grammar, settings)
        }));
        match built {
            Ok(d) => result.diagnostics.push(d),
            Err(_) => result.rule_errors.push(format!(
                "{}: building the diagnostic failed on {path}",
                rule.code
            )),
        }
    }

    suppress::apply(&mut result.diagnostics, &ctx, registry, settings);
    result.diagnostics.sort_by(|a, b| {
        (a.range.start, a.range.end, &a.code).cmp(&(b.range.start, b.range.end, &b.code))
    });
    result.diagnostics.dedup();
    result
}

#[allow(clippy::too_many_arguments)]
fn build_diagnostic<'t>(
    ctx: &FileContext<'t>,
    rule: &Rule,
    info: &PatternInfo,
    hit: &Hit<'t>,
    names: &[&str],
    path: &str,
    grammar: Grammar,
    settings: &LintSettings,
) -> Diagnostic {
    let variant = info.variant.as_deref().and_then(|v| rule.variants.get(v));
    let capture = |name: &str| {
        hit.captures
            .iter()
            .find(|(i, _)| names[*i as usize] == name)
            .map(|(_, n)| *n)
    };

    let message_template = variant
        .and_then(|v| v.message.as_ref())
        .unwrap_or(&rule.message);
    let message = render_message(message_template, ctx, &capture);

    let severity = settings
        .severity
        .get(&rule.code)
        .copied()
        .unwrap_or_else(|| {
            let production = rule.production_severity.filter(|_| {
                production::is_production(ctx, hit.report, path, settings.production.as_ref())
            });
            production
                .or(variant.and_then(|v| v.severity))
                .unwrap_or(rule.severity)
        });

    let fix = rule
        .fix_for_variant(info.variant.as_deref())
        .and_then(|(_, spec)| {
            fix::build(ctx, spec, &rule.lists, grammar.query_language(), &capture)
        })
        .map(|mut f| {
            if f.applicability == Applicability::Safe && fix::touches_comment(ctx, &f) {
                f.applicability = Applicability::Unsafe;
            }
            f
        });

    Diagnostic {
        code: rule.code.clone(),
        name: rule.name.clone(),
        severity,
        message,
        range: hit.report.byte_range(),
        fix,
        url: rule_url(&rule.code),
    }
}

/// Capture text as it reads in a one-line message: whitespace collapsed, long text shortened.
pub(crate) fn render_message<'t>(
    template: &Template,
    ctx: &FileContext<'t>,
    capture: &dyn Fn(&str) -> Option<Node<'t>>,
) -> String {
    let mut out = String::new();
    for piece in &template.pieces {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Capture(name) => {
                let text = capture(name).map(|n| ctx.text(n)).unwrap_or("…");
                let collapsed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
                if collapsed.chars().count() > 60 {
                    out.extend(collapsed.chars().take(57));
                    out.push('…');
                } else {
                    out.push_str(&collapsed);
                }
            }
            Piece::Ref(r) | Piece::Sole(r) => out.push_str(r),
        }
    }
    out
}

/// Test files are skipped by rules that say so (`skip-tests = true`).
pub fn is_test_file(path: &str) -> bool {
    let p = path.replace('\\', "/");
    let name = p.rsplit('/').next().unwrap_or(&p);
    name.contains(".test.")
        || name.contains(".spec.")
        || (name.starts_with("test_") && name.ends_with(".py"))
        || name.ends_with("_test.py")
        || p.split('/')
            .any(|seg| seg == "test" || seg == "tests" || seg == "__tests__")
}
