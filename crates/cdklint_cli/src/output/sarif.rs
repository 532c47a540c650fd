//! `--format sarif`: SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it.
//!
//! One run. `tool.driver` carries the metadata of every rule that has a result; each result
//! names its rule, level, message and location (a URI relative to the working directory, which
//! `%SRCROOT%` names, with 1-based line and character columns) and, where the finding has one,
//! its fix as SARIF `fixes`. Each result's `partialFingerprints` holds the fingerprint the
//! baseline uses, which survives moving code.

use std::collections::BTreeMap;
use std::path::Path;

use cdklint_diagnostics::{Diagnostic, Severity};
use cdklint_linter::Registry;
use serde_json::{Value, json};

use super::{FileReport, Report};

pub const SCHEMA_URI: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
const SRCROOT: &str = "%SRCROOT%";

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Percent-encode what may not appear in a URI path (RFC 3986 `pchar` plus `/`).
pub fn encode_uri_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        let keep = b.is_ascii_alphanumeric()
            || matches!(
                b,
                b'-' | b'.'
                    | b'_'
                    | b'~'
                    | b'/'
                    | b'!'
                    | b'$'
                    | b'&'
                    | b'\''
                    | b'('
                    | b')'
                    | b'*'
                    | b'+'
                    | b','
                    | b';'
                    | b'='
                    | b'@'
            );
        if keep {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A `file:` URI for an absolute path (with a trailing `/` when `dir`).
pub fn file_uri(path: &Path, dir: bool) -> String {
    let mut p = path.to_string_lossy().replace('\\', "/");
    if !p.starts_with('/') {
        p.insert(0, '/'); // Windows: C:/x -> /C:/x
    }
    if dir && !p.ends_with('/') {
        p.push('/');
    }
    format!("file://{}", encode_uri_path(&p))
}

/// The artifact location of a displayed path: relative to `%SRCROOT%` (the working directory)
/// when it is relative, else an absolute `file:` URI.
fn artifact_location(path: &str) -> Value {
    let p = Path::new(path);
    if p.is_absolute() || path.starts_with('/') {
        json!({ "uri": file_uri(p, false) })
    } else {
        // `:` is encoded, so a relative path never reads as a URI scheme.
        json!({ "uri": encode_uri_path(path), "uriBaseId": SRCROOT })
    }
}

fn region(file: &FileReport, r: &std::ops::Range<usize>) -> Value {
    let start = file.position(r.start);
    let end = file.position(r.end);
    json!({
        "startLine": start.line,
        "startColumn": start.column,
        "endLine": end.line,
        "endColumn": end.column,
    })
}

fn first_sentence(text: &str) -> String {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match collapsed.find(". ") {
        Some(i) => collapsed[..=i].to_string(),
        None => collapsed,
    }
}

fn rule_descriptor(registry: &Registry, d: &Diagnostic) -> Value {
    let Some(rule) = registry.rule(&d.code) else {
        // A finding from a rule the registry does not list (none today): minimal metadata.
        return json!({
            "id": d.code,
            "name": d.name,
            "shortDescription": { "text": d.name },
            "helpUri": d.url,
        });
    };
    let what = rule.docs.what_it_does.trim();
    let what = if what.is_empty() {
        rule.name.as_str()
    } else {
        what
    };
    let mut properties = json!({ "tags": ["cdk", rule.group()] });
    if let Some(fix) = rule.fixability() {
        properties["fix"] = json!(fix.as_str());
    }
    json!({
        "id": rule.code,
        "name": rule.name,
        "shortDescription": { "text": first_sentence(what) },
        "fullDescription": { "text": what.split_whitespace().collect::<Vec<_>>().join(" ") },
        "help": { "text": rule.doc_markdown(), "markdown": rule.doc_markdown() },
        "helpUri": d.url,
        "defaultConfiguration": { "level": level(rule.severity) },
        "properties": properties,
    })
}

/// Render the report. `root` is the working directory, which relative paths are relative to.
pub fn render(report: &Report, registry: &Registry, root: Option<&Path>) -> String {
    // Rules with results, in code order; results point at them by index.
    let mut rule_index: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, d) in report.diagnostics() {
        rule_index.insert(&d.code, 0);
    }
    for (i, v) in rule_index.values_mut().enumerate() {
        *v = i;
    }
    let mut rules: Vec<Value> = Vec::new();
    for code in rule_index.keys() {
        if let Some((_, d)) = report.diagnostics().find(|(_, d)| d.code == *code) {
            rules.push(rule_descriptor(registry, d));
        }
    }

    let mut results = Vec::new();
    for file in report.files {
        let fingerprints = crate::baseline::fingerprints(file, &file.path);
        for (d, fp) in file.diagnostics.iter().zip(fingerprints) {
            let location = artifact_location(&file.path);
            let mut result = json!({
                "ruleId": d.code,
                "ruleIndex": rule_index.get(d.code.as_str()).copied().unwrap_or(0),
                "level": level(d.severity),
                "message": { "text": d.message },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": location,
                        "region": region(file, &d.range),
                    }
                }],
                "partialFingerprints": { "cdklintFingerprint/v1": fp.to_string() },
            });
            if let Some(fix) = &d.fix {
                result["fixes"] = json!([{
                    "description": { "text": fix.title },
                    "artifactChanges": [{
                        "artifactLocation": location,
                        "replacements": fix.edits.iter().map(|e| json!({
                            "deletedRegion": region(file, &e.range),
                            "insertedContent": { "text": e.content },
                        })).collect::<Vec<_>>(),
                    }],
                    "properties": { "applicability": fix.applicability.as_str() },
                }]);
            }
            results.push(result);
        }
    }

    let mut run = json!({
        "tool": {
            "driver": {
                "name": "cdklint",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "informationUri": env!("CARGO_PKG_REPOSITORY"),
                "rules": rules,
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": results,
        "invocations": [{ "executionSuccessful": true }],
    });
    if let Some(root) = root {
        run["originalUriBaseIds"] = json!({ SRCROOT: { "uri": file_uri(root, true) } });
    }
    let doc = json!({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [run],
    });
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_else(|_| "{}".into());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_encoded() {
        assert_eq!(
            encode_uri_path("lib/my stack#1.ts"),
            "lib/my%20stack%231.ts"
        );
        assert_eq!(encode_uri_path("é.ts"), "%C3%A9.ts");
        assert_eq!(file_uri(Path::new("/w/a b"), true), "file:///w/a%20b/");
        assert_eq!(
            artifact_location("c:d.ts")["uri"],
            "c%3Ad.ts",
            "a colon in the first segment would read as a scheme"
        );
    }
}
