//! One lint run over one file: a single query pass for every enabled rule of the language.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use cdklint_diagnostics::{Applicability, Diagnostic};
use cdklint_rules::{Grammar, PatternInfo, Piece, Registry, Rule, Template};
use streaming_iterator::StreamingIterator;
use tree_sitter::{Node, QueryCursor, Tree};

use crate::fix;
use crate::matching;
use crate::predicates;
use crate::production;
use crate::settings::LintSettings;
use crate::suppress;
use cdklint_model::Model;
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
    /// A rule asked the workspace index (where a stack is instantiated, Config recorders in
    /// other files): the result may change when other files do, and a result computed without
    /// the index (or with an older one) must be computed again to be final.
    pub consulted_workspace: bool,
}

/// Lint `text` as the file `path` (the extension picks the grammar; other files yield nothing).
pub fn check(registry: &Registry, path: &str, text: &str, settings: &LintSettings) -> LintResult {
    match parse_path(path, text) {
        Parsed::Tree(grammar, tree) => check_tree(registry, path, grammar, text, &tree, settings),
        Parsed::NotSource | Parsed::NoCdk => LintResult::default(),
    }
}

/// What the engine makes of a file before any rule runs.
enum Parsed {
    /// Not a source file the engine reads (by its extension).
    NotSource,
    /// A source file that cannot import the CDK (a Lambda handler, a build script) and holds
    /// no suppression comment: every other finding and fact comes from CDK bindings, so it is
    /// not parsed at all — the literal prefilter of
    /// [`cdklint_model::imports::may_import_cdk`].
    NoCdk,
    Tree(Grammar, Tree),
}

/// The grammar `path`'s extension picks, and `text` parsed with it.
fn parse_path(path: &str, text: &str) -> Parsed {
    let Some(grammar) = Grammar::for_path(Path::new(path)) else {
        return Parsed::NotSource;
    };
    if !cdklint_model::imports::may_import_cdk(text) && !suppress::may_hold_directive(text) {
        return Parsed::NoCdk;
    }
    match parse(grammar, text, None) {
        Some(tree) => Parsed::Tree(grammar, tree),
        None => Parsed::NotSource,
    }
}

/// A file linted without the workspace index, with what a second lint needs.
pub struct FileCheck {
    pub result: LintResult,
    /// The file's workspace facts (its stacks and where it instantiates them); `None` for a
    /// file that is not a source file.
    pub facts: Option<cdklint_workspace::FileFacts>,
    /// The grammar and tree the file was linted with, for [`check_tree`] to lint it again
    /// (with the index) without parsing it again.
    pub tree: Option<(Grammar, Tree)>,
}

/// Lint `text` as the file `path`, and give the file's workspace facts from the same model:
/// one parse and one model for both.
pub fn check_with_facts(
    registry: &Registry,
    path: &str,
    text: &str,
    settings: &LintSettings,
) -> FileCheck {
    let (grammar, tree) = match parse_path(path, text) {
        Parsed::Tree(grammar, tree) => (grammar, tree),
        Parsed::NoCdk => {
            return FileCheck {
                result: LintResult::default(),
                facts: Some(cdklint_workspace::FileFacts::without_constructs(path)),
                tree: None,
            };
        }
        Parsed::NotSource => {
            return FileCheck {
                result: LintResult::default(),
                facts: None,
                tree: None,
            };
        }
    };
    let model = Model::build(&tree, text, grammar, path);
    let facts = cdklint_workspace::FileFacts::from_model(&model);
    let result = check_model(registry, path, grammar, text, &tree, &model, settings);
    drop(model);
    FileCheck {
        result,
        facts: Some(facts),
        tree: Some((grammar, tree)),
    }
}

/// The workspace facts of `text` as the file `path`, without linting it (the language server
/// indexes files it does not lint); `None` for a file that is not a source file. The same
/// prefilter as [`check_with_facts`]: a file that cannot import the CDK is not parsed.
pub fn file_facts(path: &str, text: &str) -> Option<cdklint_workspace::FileFacts> {
    match parse_path(path, text) {
        Parsed::Tree(grammar, tree) => Some(cdklint_workspace::FileFacts::from_model(
            &Model::build(&tree, text, grammar, path),
        )),
        Parsed::NoCdk => Some(cdklint_workspace::FileFacts::without_constructs(path)),
        Parsed::NotSource => None,
    }
}

/// A match of a rule: from a matcher over the model or from a syntax query.
struct Hit<'t> {
    rule: usize,
    /// Matcher or pattern index: the first that matches a construct wins.
    order: usize,
    variant: Option<String>,
    report: Node<'t>,
    anchor: (usize, usize),
    captures: Vec<(String, Node<'t>)>,
    /// Reported bytes narrower than `report` (a line of a user-data script).
    range: Option<std::ops::Range<usize>>,
    /// Text captures for templates.
    texts: Vec<(String, String)>,
    /// Texts workspace checks left for the message, by capture name.
    notes: Vec<(String, String)>,
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
    // The model is built once per file; files that import neither the CDK nor `constructs`
    // (Lambda handlers, build scripts, test configs) hold no constructs and get an empty one.
    let model = Model::build(tree, text, grammar, path);
    check_model(registry, path, grammar, text, tree, &model, settings)
}

/// Lint with a model the caller already built from `tree` (the language server reads the
/// file's workspace facts from the same model, so it is built once per keystroke, not twice).
pub fn check_model<'t>(
    registry: &Registry,
    path: &str,
    grammar: Grammar,
    text: &'t str,
    tree: &'t Tree,
    model: &Model<'t>,
    settings: &LintSettings,
) -> LintResult {
    let mut result = lint_model(registry, path, grammar, text, tree, model, settings, None);
    finish(&mut result, &model.ctx, registry, settings);
    result
}

/// Sort the findings of a whole file, dropping those its suppression comments silence and
/// reporting the comments' own mistakes.
pub(crate) fn finish(
    result: &mut LintResult,
    ctx: &FileContext,
    registry: &Registry,
    settings: &LintSettings,
) {
    suppress::apply(&mut result.diagnostics, ctx, registry, settings);
    result.diagnostics.sort_by(|a, b| {
        (a.range.start, a.range.end, &a.code).cmp(&(b.range.start, b.range.end, &b.code))
    });
    result.diagnostics.dedup();
}

/// The findings of a model before suppression comments are read. `facts` stands for the
/// file's workspace facts when the model holds only part of the file (workspace checks ask
/// them of the whole file); `None` reads them from the model.
#[allow(clippy::too_many_arguments)]
pub(crate) fn lint_model<'t>(
    registry: &Registry,
    path: &str,
    grammar: Grammar,
    text: &'t str,
    tree: &'t Tree,
    model: &Model<'t>,
    settings: &LintSettings,
    facts: Option<std::sync::Arc<cdklint_workspace::FileFacts>>,
) -> LintResult {
    let mut result = LintResult {
        syntax_errors: cdklint_model::parse::count_errors(tree),
        ..Default::default()
    };
    let ctx = &model.ctx;
    let is_test = is_test_file(path);
    let rules = registry.rules();
    let lang = grammar.query_language();
    let enabled = |rule: &Rule| {
        settings.rules.is_enabled(&rule.code)
            && !(rule.skip_tests && is_test)
            && rule.languages.contains(&lang)
    };
    let cdk_file = !ctx.imports.bindings.is_empty();
    // A file that binds no CDK name but loads a CDK module (`import '@aws-cdk/core'`) has an
    // empty model but for its imports: only import matchers can hold there.
    let loads_cdk = cdk_file || model.module_imports.iter().any(|i| i.cdk_version.is_some());

    let mut hits: Vec<Hit> = Vec::new();
    if loads_cdk {
        let mut model_hits = Vec::new();
        let context = crate::checks::Context::new(settings);
        if let Some(facts) = facts {
            context.preset_facts(facts);
        }
        let ran = catch_unwind(AssertUnwindSafe(|| {
            matching::run(model, registry, &enabled, &mut model_hits, &context)
        }));
        result.consulted_workspace = context.consulted_workspace();
        if ran.is_err() {
            result
                .rule_errors
                .push(format!("a rule matcher failed on {path}"));
        }
        for h in model_hits {
            let rule = &rules[h.rule];
            let matcher = &rule.matchers[h.matcher];
            // No diagnostic is built from a node the parser could not make sense of.
            if h.captures
                .iter()
                .any(|(_, n)| n.has_error() || n.is_missing())
            {
                continue;
            }
            let Some(report) = h
                .captures
                .iter()
                .find(|(name, _)| *name == matcher.report)
                .map(|(_, n)| *n)
            else {
                continue;
            };
            let mut captures = h.captures;
            captures.push(("report".to_string(), report));
            hits.push(Hit {
                rule: h.rule,
                order: h.matcher,
                variant: matcher.variant.clone(),
                report,
                anchor: h
                    .range
                    .as_ref()
                    .map_or((h.anchor.start_byte(), h.anchor.end_byte()), |r| {
                        (r.start, r.end)
                    }),
                captures,
                range: h.range,
                texts: h.texts,
                notes: h.notes,
            });
        }
    }
    // Syntax queries are compiled on first use, and run only where one of their rules can match.
    let query_enabled = |rule: &Rule| enabled(rule) && rule.query_may_match(text);
    if cdk_file
        && rules
            .iter()
            .any(|r| r.queries.contains_key(&lang) && query_enabled(r))
    {
        query_hits(
            registry,
            grammar,
            model,
            path,
            &query_enabled,
            &mut hits,
            &mut result,
        );
    }

    // One finding per rule and construct: the first matcher (or pattern) that matched it wins,
    // so a rule lists its most specific (fixable) matcher first.
    hits.sort_by_key(|h| (h.rule, h.anchor, h.order));
    hits.dedup_by_key(|h| (h.rule, h.anchor));

    let production = production::Production::new(model);
    for hit in &hits {
        let rule = &rules[hit.rule];
        let built = catch_unwind(AssertUnwindSafe(|| {
            build_diagnostic(ctx, &production, rule, hit, path, grammar, settings)
        }));
        match built {
            Ok(d) => result.diagnostics.push(d),
            Err(_) => result.rule_errors.push(format!(
                "{}: building the diagnostic failed on {path}",
                rule.code
            )),
        }
    }

    // API001 matches generated data over the same model. The project's aws-cdk-lib release is
    // not known to the engine yet (`None`: messages name the release that deprecated a symbol).
    if cdk_file {
        // The project's aws-cdk-lib release, when known: a symbol deprecated after it is not
        // reported, and a known release is not qualified with "since".
        let project = project_release(settings, false);
        let found = catch_unwind(AssertUnwindSafe(|| {
            crate::deprecated::diagnostics(model, registry, &enabled, settings, project.as_ref())
        }));
        match found {
            Ok(d) => result.diagnostics.extend(d),
            Err(_) => result
                .rule_errors
                .push(format!("deprecated-api: matching failed on {path}")),
        }
    }

    result
}

/// The syntax escape hatch: rules with `typescript.scm` / `python.scm` run in one query pass.
fn query_hits<'t>(
    registry: &Registry,
    grammar: Grammar,
    model: &Model<'t>,
    path: &str,
    enabled: &dyn Fn(&Rule) -> bool,
    hits: &mut Vec<Hit<'t>>,
    result: &mut LintResult,
) {
    let compiled = match registry.query(grammar) {
        Ok(q) => q,
        Err(errors) => {
            result.rule_errors = errors.iter().map(ToString::to_string).collect();
            return;
        }
    };
    let ctx = &model.ctx;
    let rules = registry.rules();
    let names = compiled.query.capture_names();
    let mut cursor = QueryCursor::new();
    let mut matches = cursor.matches(&compiled.query, ctx.tree.root_node(), ctx.src.as_bytes());
    while let Some(m) = matches.next() {
        let info: &PatternInfo = &compiled.patterns[m.pattern_index];
        let rule = &rules[info.rule];
        if !enabled(rule) {
            continue;
        }
        if m.captures()
            .iter()
            .any(|c| c.node.is_error() || c.node.is_missing() || c.node.has_error())
        {
            continue;
        }
        let passed = catch_unwind(AssertUnwindSafe(|| {
            info.predicates.iter().all(|p| {
                let mut nodes = m.nodes_for_capture_index(p.capture).peekable();
                nodes.peek().is_some() && nodes.all(|n| predicates::holds(ctx, p, n))
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
            // Matchers come first; query patterns after them.
            order: 10_000 + m.pattern_index,
            variant: info.variant.clone(),
            report,
            anchor: (anchor.start_byte(), anchor.end_byte()),
            captures: m
                .captures()
                .iter()
                .map(|c| (names[c.index as usize].to_string(), c.node))
                .collect(),
            range: None,
            texts: Vec::new(),
            notes: Vec::new(),
        });
    }
}

#[allow(clippy::too_many_arguments)]
fn build_diagnostic<'t>(
    ctx: &FileContext<'t>,
    production: &production::Production<'_, 't>,
    rule: &Rule,
    hit: &Hit<'t>,
    path: &str,
    grammar: Grammar,
    settings: &LintSettings,
) -> Diagnostic {
    let variant = hit.variant.as_deref().and_then(|v| rule.variants.get(v));
    let capture = |name: &str| {
        hit.captures
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, n)| *n)
    };

    let message_template = variant
        .and_then(|v| v.message.as_ref())
        .unwrap_or(&rule.message);
    let message_template = with_texts(message_template, &hit.texts);
    let mut message = render_message(&message_template, ctx, &capture, &hit.notes);

    // A configured severity wins; else production code escalates, and the message says why.
    let severity = match settings.severity.get(&rule.code) {
        Some(s) => *s,
        None => {
            let escalated = rule.production_severity.and_then(|s| {
                production
                    .reason(hit.report, path, settings.production.as_ref())
                    .map(|why| (s, why))
            });
            match escalated {
                Some((s, why)) => {
                    message.push_str(&format!(" ({s} in production: {why})"));
                    s
                }
                None => variant.and_then(|v| v.severity).unwrap_or(rule.severity),
            }
        }
    };

    // A fix that writes an API newer than the project's exact aws-cdk-lib is not offered.
    let exact_project = project_release(settings, true);
    let fix = rule
        .fix_for_variant(hit.variant.as_deref())
        .filter(|(_, spec)| spec.available_in(exact_project))
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
        range: hit.range.clone().unwrap_or_else(|| hit.report.byte_range()),
        fix,
        url: rule.url(),
    }
}

/// The project's aws-cdk-lib release, when known (`exact`: only from a lock file or a pin, not
/// the lower bound of a range).
fn project_release(
    settings: &LintSettings,
    exact: bool,
) -> Option<cdklint_rules::deprecated::Version> {
    let v = settings.project.as_ref()?.aws_cdk_lib.as_ref()?;
    (v.exact || !exact).then(|| cdklint_rules::deprecated::Version {
        major: v.version.major.try_into().unwrap_or(u32::MAX),
        minor: v.version.minor.try_into().unwrap_or(u32::MAX),
        patch: v.version.patch.try_into().unwrap_or(u32::MAX),
    })
}

/// A template with the hit's text captures (`{package}` of a user-data finder) written in.
fn with_texts<'a>(
    template: &'a Template,
    texts: &[(String, String)],
) -> std::borrow::Cow<'a, Template> {
    if texts.is_empty() {
        return std::borrow::Cow::Borrowed(template);
    }
    let mut owned = template.clone();
    for piece in &mut owned.pieces {
        if let Piece::Capture(name) = piece
            && let Some((_, text)) = texts.iter().find(|(n, _)| n == name)
        {
            *piece = Piece::Text(text.clone());
        }
    }
    std::borrow::Cow::Owned(owned)
}

/// Capture text as it reads in a one-line message: whitespace collapsed, long text shortened.
pub(crate) fn render_message<'t>(
    template: &Template,
    ctx: &FileContext<'t>,
    capture: &dyn Fn(&str) -> Option<Node<'t>>,
    notes: &[(String, String)],
) -> String {
    let mut out = String::new();
    for piece in &template.pieces {
        match piece {
            Piece::Text(t) => out.push_str(t),
            // A workspace check's note stands for its capture: what another file decided.
            Piece::Capture(name) if notes.iter().any(|(n, _)| n == name) => {
                let note = notes
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, t)| t.as_str());
                out.push_str(note.unwrap_or_default());
            }
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
            // A symbol in a message or title reads as the file would write it, without module.
            Piece::Ref(r) => {
                let spelled = crate::fix::language_ref(r, ctx.imports.grammar.is_python());
                out.push_str(spelled.split_once('.').map_or(spelled.as_str(), |(_, s)| s));
            }
            Piece::Sole(r) => out.push_str(r),
            Piece::Name(_) | Piece::Lit(_) | Piece::Set(..) => out.push_str(
                &piece
                    .render_in(ctx.imports.grammar.is_python())
                    .unwrap_or_default(),
            ),
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
