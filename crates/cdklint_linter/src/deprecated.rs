//! API001: uses of the aws-cdk-lib symbols its own jsii assembly marks deprecated.
//!
//! The rule's matches come from generated data (`queries/api/deprecated-api/deprecated-api.tsv`,
//! see `cdklint_rules::deprecated`) rather than `[[match]]` tables: a thousand symbols, each
//! with its own text. The registry indexes them by the normalised names the model gives calls
//! and references, so a file pays one hash lookup per call and reference, and only names the
//! data holds go further. Matching follows the model like every rule: a name that does not
//! resolve to aws-cdk-lib (a local class, an unknown receiver) is never flagged.

use cdklint_diagnostics::{Diagnostic, Edit, Fix, rule_url};
use cdklint_model::{Call, CallKind, Model, member_name, normalize_name};
use cdklint_rules::deprecated::{DeprecatedIndex, Symbol, Version, python_name};
use cdklint_rules::{Piece, Registry, Rule, Template};
use tree_sitter::Node;

use crate::settings::LintSettings;

/// The variant of a finding whose project version is unknown: the message says since when the
/// symbol is deprecated rather than claiming the project's release marks it.
const SINCE_VARIANT: &str = "since";
/// The fix offered when the data names a same-meaning rename.
const RENAME_FIX: &str = "rename";

/// Whether a symbol deprecated since `since` is reported for a project on `project`:
/// `Some(false)` when the project's release marks it, `Some(true)` when the release is unknown
/// (the message then names `since`), `None` when the project's release predates the marker.
pub fn applies(since: &Version, project: Option<&Version>) -> Option<bool> {
    match project {
        None => Some(true),
        Some(v) if v >= since => Some(false),
        Some(_) => None,
    }
}

/// One use of a deprecated symbol.
struct Use<'t> {
    symbol: usize,
    report: Node<'t>,
    /// The name the rename fix replaces (`plainText` of `SecretValue.plainText(…)`), when the
    /// use spells the deprecated member itself.
    member: Option<Node<'t>>,
}

/// The diagnostics of API001 on one file's model. `project` is the project's aws-cdk-lib
/// release when known.
pub(crate) fn diagnostics<'t>(
    model: &Model<'t>,
    registry: &Registry,
    enabled: &dyn Fn(&Rule) -> bool,
    settings: &LintSettings,
    project: Option<&Version>,
) -> Vec<Diagnostic> {
    let Some((rule_index, index)) = registry.deprecated() else {
        return Vec::new();
    };
    let rule = &registry.rules()[rule_index];
    // The data describes aws-cdk-lib (v2); CDK v1 code is API002's.
    if !enabled(rule) || model.ctx.imports.v1 {
        return Vec::new();
    }
    let python = model.is_python();
    let mut uses = Vec::new();
    for call in &model.calls {
        call_uses(model, index, call, &mut uses);
    }
    for r in &model.refs {
        if let Some((symbol, exact)) = lookup_prefixes(index, &r.name) {
            uses.push(Use {
                symbol,
                report: r.node,
                member: exact.then(|| member_name(r.node)).flatten(),
            });
        }
    }
    // One finding per reported node (a deprecated static method of a deprecated class).
    uses.sort_by_key(|u| (u.report.start_byte(), u.report.end_byte()));
    uses.dedup_by_key(|u| (u.report.start_byte(), u.report.end_byte()));

    let mut out = Vec::new();
    for u in uses {
        let symbol = index.symbol(u.symbol);
        if !symbol.kind.reachable(python) || u.report.has_error() {
            continue;
        }
        let Some(say_since) = applies(&symbol.since, project) else {
            continue;
        };
        out.push(diagnostic(model, rule, settings, symbol, &u, say_since));
    }
    out
}

fn call_uses<'t>(
    model: &Model<'t>,
    index: &DeprecatedIndex,
    call: &Call<'t>,
    uses: &mut Vec<Use<'t>>,
) {
    match call.kind {
        CallKind::New | CallKind::Static => {
            let Some(name) = &call.name else {
                return;
            };
            if let Some((symbol, exact)) = lookup_prefixes(index, name) {
                let method = (call.kind == CallKind::Static)
                    .then(|| member_name(call.callee))
                    .flatten();
                // A deprecated static method is reported at its name, a deprecated class at
                // the callee.
                let (report, member) = match (exact, method) {
                    (true, Some(m)) => (m, Some(m)),
                    _ => (call.callee, None),
                };
                uses.push(Use {
                    symbol,
                    report,
                    member,
                });
            }
            if let Some(props) = index.props.get(name) {
                for entry in &call.props.entries {
                    let key = normalize_name(entry.key);
                    if let Some(&(_, symbol)) = props.iter().find(|(k, _)| *k == key) {
                        uses.push(Use {
                            symbol,
                            report: entry.key_node,
                            member: Some(entry.key_node).filter(|k| is_plain_key(*k)),
                        });
                    }
                }
            }
        }
        CallKind::Method => {
            // The method name first: most method calls name no deprecated method at all.
            let Some(candidates) = call.method.as_ref().and_then(|m| index.methods.get(m)) else {
                return;
            };
            let Some(class) = receiver_class(model, call) else {
                return;
            };
            for (classes, symbol) in candidates {
                if classes.contains(&class)
                    && let Some(m) = member_name(call.callee)
                {
                    uses.push(Use {
                        symbol: *symbol,
                        report: m,
                        member: Some(m),
                    });
                    break;
                }
            }
        }
        CallKind::Other => {}
    }
}

/// The symbol a canonical name (or, failing that, its longest prefix) names: `Some((i, true))`
/// for the name itself, `Some((i, false))` for a deprecated type or static member it reads
/// through (`Runtime.NODEJS_14_X.name`).
fn lookup_prefixes(index: &DeprecatedIndex, name: &str) -> Option<(usize, bool)> {
    if let Some(&i) = index.by_name.get(name) {
        return Some((i, true));
    }
    let mut end = name.len();
    while let Some(dot) = name[..end].rfind('.') {
        end = dot;
        // The module alone is not a symbol.
        if !name[..end].contains('.') {
            return None;
        }
        if let Some(&i) = index.by_name.get(&name[..end]) {
            return Some((i, false));
        }
    }
    None
}

/// A key the fix can rewrite: an identifier (`logRetention:`, `log_retention=`), not a quoted
/// or computed key and not a shorthand `{ tag }`, whose name is also the value.
fn is_plain_key(key: Node) -> bool {
    matches!(key.kind(), "property_identifier" | "identifier")
        && key
            .parent()
            .is_some_and(|p| matches!(p.kind(), "pair" | "keyword_argument"))
}

/// The canonical class (normalised) of a method call's receiver: a construct bound in the file
/// (`const b = new s3.Bucket(…)`), or an instance of a class declared in the file — bound
/// (`const s = new MyStack(…)`) or `this` / `self` inside it — through that class's bases to
/// the CDK class it extends. Anything else is unknown and never matched.
fn receiver_class<'t>(model: &Model<'t>, call: &Call<'t>) -> Option<String> {
    if let Some(id) = call.receiver_call {
        let created = &model.calls[id];
        return match (&created.name, created.kind) {
            (Some(name), CallKind::New) => Some(name.clone()),
            (None, CallKind::New) if created.callee.kind() == "identifier" => {
                local_class_base(model, model.text(created.callee), 0)
            }
            _ => None,
        };
    }
    let receiver = call.receiver?;
    let is_self = receiver.kind() == "this"
        || (model.is_python() && receiver.kind() == "identifier" && model.text(receiver) == "self");
    if !is_self {
        return None;
    }
    let class = model.enclosing_class(call.node)?;
    base_class(model, class.base?, 0)
}

/// The CDK class a class declared in the file extends, through other classes of the file.
fn local_class_base<'t>(model: &Model<'t>, name: &str, depth: usize) -> Option<String> {
    let class = model.classes.iter().find(|c| c.name == name)?;
    base_class(model, class.base?, depth)
}

fn base_class<'t>(model: &Model<'t>, base: Node<'t>, depth: usize) -> Option<String> {
    if let Some(r) = model.ctx.resolve(base) {
        return Some(r.canonical);
    }
    if depth >= 4 || base.kind() != "identifier" {
        return None;
    }
    local_class_base(model, model.text(base), depth + 1)
}

fn diagnostic(
    model: &Model,
    rule: &Rule,
    settings: &LintSettings,
    symbol: &Symbol,
    u: &Use,
    say_since: bool,
) -> Diagnostic {
    let python = model.is_python();
    let variant = say_since
        .then(|| rule.variants.get(SINCE_VARIANT))
        .flatten();
    let replacement = symbol.replacement.as_deref().map(|r| {
        if python {
            python_name(r)
        } else {
            r.to_string()
        }
    });
    let text = if symbol.text.is_empty() {
        "the library gives no replacement".to_string()
    } else if python {
        pythonize_code_spans(&symbol.text)
    } else {
        symbol.text.clone()
    };
    let holes = |name: &str| -> Option<String> {
        match name {
            "symbol" => Some(symbol.spelled(python)),
            "since" => Some(symbol.since.to_string()),
            "deprecation" => Some(text.clone()),
            "replacement" => replacement.clone(),
            _ => None,
        }
    };
    let template = variant
        .and_then(|v| v.message.as_ref())
        .unwrap_or(&rule.message);
    let message = render(template, python, &holes).unwrap_or_default();
    let severity = settings
        .severity
        .get(&rule.code)
        .copied()
        .or(variant.and_then(|v| v.severity))
        .unwrap_or(rule.severity);
    let fix = match (u.member, &replacement, rule.fixes.get(RENAME_FIX)) {
        (Some(member), Some(_), Some(spec)) => {
            let edits: Option<Vec<Edit>> = spec
                .edits
                .iter()
                .map(|e| {
                    let with = render(
                        e.template(model.ctx.imports.grammar.query_language()),
                        python,
                        &holes,
                    )?;
                    Some(Edit::replace(member.byte_range(), with))
                })
                .collect();
            edits.and_then(|edits| {
                Some(Fix {
                    title: render(&spec.title, python, &holes)?,
                    applicability: spec.applicability,
                    edits,
                })
            })
        }
        _ => None,
    };
    Diagnostic {
        code: rule.code.clone(),
        name: rule.name.clone(),
        severity,
        message,
        range: u.report.byte_range(),
        fix,
        url: rule_url(&rule.code),
    }
}

/// The library's text with the members named in code spans spelled as Python spells them:
/// "Use `unsafePlainText()` instead." → "Use `unsafe_plain_text()` instead.". Type names and
/// upper-case members are the same in both languages; words outside code spans are prose.
fn pythonize_code_spans(text: &str) -> String {
    // A run of backticks opens or closes a span (``x`` as well as `x`).
    let mut out = String::with_capacity(text.len());
    let mut in_code = false;
    let mut rest = text;
    while !rest.is_empty() {
        let ticks = rest.len() - rest.trim_start_matches('`').len();
        if ticks > 0 {
            out.push_str(&rest[..ticks]);
            rest = &rest[ticks..];
            in_code = !in_code;
            continue;
        }
        let end = rest.find('`').unwrap_or(rest.len());
        let (part, tail) = rest.split_at(end);
        if in_code {
            out.push_str(&pythonize_code(part));
        } else {
            out.push_str(part);
        }
        rest = tail;
    }
    out
}

/// `SecretValue.unsafePlainText()` → `SecretValue.unsafe_plain_text()`.
fn pythonize_code(code: &str) -> String {
    code.split('.')
        .map(|seg| {
            let ident_len = seg
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(seg.len());
            let (ident, rest) = seg.split_at(ident_len);
            if ident.starts_with(|c: char| c.is_ascii_lowercase()) {
                format!("{}{rest}", python_name(ident))
            } else {
                seg.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// A template whose holes are the finding's texts; `None` when one is missing.
fn render(
    template: &Template,
    python: bool,
    holes: &dyn Fn(&str) -> Option<String>,
) -> Option<String> {
    let mut out = String::new();
    for piece in &template.pieces {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Capture(name) => out.push_str(&holes(name)?),
            other => out.push_str(&other.render_in(python)?),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::{applies, pythonize_code_spans};

    #[test]
    fn code_spans_speak_python() {
        assert_eq!(
            pythonize_code_spans("Use `unsafePlainText()` instead."),
            "Use `unsafe_plain_text()` instead."
        );
        assert_eq!(
            pythonize_code_spans(
                "Use `Validations.of(app).addPlugins()` or `PRIVATE_WITH_EGRESS`; see logGroup"
            ),
            "Use `Validations.of(app).add_plugins()` or `PRIVATE_WITH_EGRESS`; see logGroup"
        );
        assert_eq!(
            pythonize_code_spans("Use ``ApplicationLoadBalancer.metrics.requestCount`` instead"),
            "Use ``ApplicationLoadBalancer.metrics.request_count`` instead"
        );
    }
    use cdklint_rules::deprecated::Version;

    #[test]
    fn a_symbol_applies_from_its_release_on() {
        let v = |s| Version::parse(s).unwrap();
        assert_eq!(applies(&v("2.50.0"), None), Some(true));
        assert_eq!(applies(&v("2.50.0"), Some(&v("2.50.0"))), Some(false));
        assert_eq!(applies(&v("2.50.0"), Some(&v("2.120.3"))), Some(false));
        assert_eq!(applies(&v("2.50.0"), Some(&v("2.49.9"))), None);
    }
}
