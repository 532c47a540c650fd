//! Engine diagnostics → LSP diagnostics.
//!
//! Each LSP diagnostic carries its rule code, the rule's doc URL, `source: "cdklint"` and, in
//! `data`, the fix already converted to LSP ranges (with the text each edit replaces), so a code
//! action request never has to lint again.

use std::str::FromStr;

use cdklint_diagnostics::{Applicability, Diagnostic, Severity};
use serde::{Deserialize, Serialize};
use tower_lsp_server::ls_types::{
    self as lsp, CodeDescription, DiagnosticSeverity, DiagnosticTag, NumberOrString, Uri,
};

use crate::position::PositionMap;

pub const SOURCE: &str = "cdklint";

/// What a diagnostic carries in `data`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiagnosticData {
    pub code: String,
    /// Document version the diagnostic was computed for.
    pub version: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fix: Option<FixData>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FixData {
    pub title: String,
    pub applicability: Applicability,
    pub edits: Vec<EditData>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EditData {
    pub range: lsp::Range,
    pub new_text: String,
    /// The text the edit replaces, to detect a document that changed since.
    pub old_text: String,
}

pub fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

/// Convert one engine diagnostic for the document version `version` (what [`Wire`] writes,
/// as an `lsp::Diagnostic`).
pub fn to_lsp(d: &Diagnostic, map: &PositionMap, version: i32) -> lsp::Diagnostic {
    let w = WireDiagnostic::of(d, map, version);
    lsp::Diagnostic {
        range: w.range,
        severity: Some(w.severity),
        code: Some(NumberOrString::String(w.code.to_string())),
        code_description: w.code_description,
        source: Some(w.source.to_string()),
        message: w.message.to_string(),
        related_information: None,
        tags: w.tags.map(Vec::from),
        data: serde_json::to_value(&w.data).ok(),
    }
}

/// Engine diagnostics of one document version, serialized as LSP diagnostics straight from
/// the engine's (no `lsp::Diagnostic` and no `serde_json::Value` on the way: publishing a
/// large file's diagnostics runs on every keystroke).
pub struct Wire<'a> {
    pub diagnostics: &'a [Diagnostic],
    pub map: PositionMap<'a>,
    pub version: i32,
}

impl Serialize for Wire<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let one = |d| WireDiagnostic::of(d, &self.map, self.version);
        serializer.collect_seq(self.diagnostics.iter().map(one))
    }
}

/// One LSP diagnostic, borrowing the engine's: where the mapping is decided, for both
/// [`Wire`] and [`to_lsp`].
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WireDiagnostic<'a> {
    range: lsp::Range,
    severity: DiagnosticSeverity,
    code: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    code_description: Option<CodeDescription>,
    source: &'static str,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    tags: Option<[DiagnosticTag; 1]>,
    data: WireData<'a>,
}

/// [`DiagnosticData`], borrowed.
#[derive(Serialize)]
struct WireData<'a> {
    code: &'a str,
    version: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    fix: Option<WireFix<'a>>,
}

#[derive(Serialize)]
struct WireFix<'a> {
    title: &'a str,
    applicability: Applicability,
    edits: Vec<WireEdit<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WireEdit<'a> {
    range: lsp::Range,
    new_text: &'a str,
    old_text: &'a str,
}

impl<'a> WireDiagnostic<'a> {
    fn of(d: &'a Diagnostic, map: &PositionMap<'a>, version: i32) -> WireDiagnostic<'a> {
        WireDiagnostic {
            range: map.range(d.range.clone()),
            severity: severity(d.severity),
            code: &d.code,
            // A link only when it is a URI.
            code_description: Uri::from_str(&d.url)
                .ok()
                .map(|href| CodeDescription { href }),
            source: SOURCE,
            message: &d.message,
            // Unused suppressions are drawn faded, like unused code.
            tags: (d.code == "SUP001").then_some([DiagnosticTag::UNNECESSARY]),
            data: WireData {
                code: &d.code,
                version,
                fix: d.fix.as_ref().map(|f| WireFix {
                    title: &f.title,
                    applicability: f.applicability,
                    edits: f
                        .edits
                        .iter()
                        .map(|e| WireEdit {
                            range: map.range(e.range.clone()),
                            new_text: &e.content,
                            old_text: map.text.get(e.range.clone()).unwrap_or_default(),
                        })
                        .collect(),
                }),
            },
        }
    }
}

/// The data of an LSP diagnostic that cdklint published, if it is one of ours.
pub fn data_of(d: &lsp::Diagnostic) -> Option<DiagnosticData> {
    if d.source.as_deref() != Some(SOURCE) {
        return None;
    }
    serde_json::from_value(d.data.clone()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use cdklint_diagnostics::{Edit, Fix, rule_url};
    use cdklint_text::{Encoding, LineIndex};

    #[test]
    fn carries_code_link_source_and_fix_with_lsp_ranges() {
        let text = "// 桶\nx = PRIVATE_WITH_NAT\n";
        let at = text.find("PRIVATE").unwrap();
        let range = at..at + "PRIVATE_WITH_NAT".len();
        let d = Diagnostic {
            code: "NET001".into(),
            name: "deprecated-subnet-type".into(),
            severity: Severity::Warning,
            message: "old".into(),
            range: range.clone(),
            fix: Some(Fix {
                title: "Use it".into(),
                applicability: Applicability::Safe,
                edits: vec![Edit::replace(range, "PRIVATE_WITH_EGRESS")],
            }),
            url: rule_url("NET001"),
        };
        let index = LineIndex::new(text);
        let map = PositionMap::new(text, &index, Encoding::Utf16);
        let l = to_lsp(&d, &map, 7);
        assert_eq!(l.range.start, lsp::Position::new(1, 4));
        assert_eq!(l.code, Some(NumberOrString::String("NET001".into())));
        assert_eq!(l.source.as_deref(), Some("cdklint"));
        assert_eq!(
            l.code_description.as_ref().unwrap().href.as_str(),
            rule_url("NET001")
        );
        let data = data_of(&l).unwrap();
        assert_eq!(data.version, 7);
        let fix = data.fix.unwrap();
        assert_eq!(fix.applicability, Applicability::Safe);
        assert_eq!(fix.edits[0].old_text, "PRIVATE_WITH_NAT");
        assert_eq!(fix.edits[0].range, l.range);
    }

    #[test]
    fn the_wire_form_is_the_lsp_diagnostics_serialized() {
        let text = "// 桶\nx = PRIVATE_WITH_NAT\n";
        let at = text.find("PRIVATE").unwrap();
        let range = at..at + "PRIVATE_WITH_NAT".len();
        let with_fix = Diagnostic {
            code: "NET001".into(),
            name: "deprecated-subnet-type".into(),
            severity: Severity::Warning,
            message: "old \"quoted\"".into(),
            range: range.clone(),
            fix: Some(Fix {
                title: "Use it".into(),
                applicability: Applicability::Unsafe,
                edits: vec![Edit::replace(range.clone(), "PRIVATE_WITH_EGRESS")],
            }),
            url: rule_url("NET001"),
        };
        let unused = Diagnostic {
            code: "SUP001".into(),
            name: "unused-suppression".into(),
            severity: Severity::Info,
            fix: None,
            url: String::new(),
            ..with_fix.clone()
        };
        let diagnostics = [with_fix, unused];
        let index = LineIndex::new(text);
        for encoding in [Encoding::Utf16, Encoding::Utf8] {
            let map = PositionMap::new(text, &index, encoding);
            let wire = Wire {
                diagnostics: &diagnostics,
                map,
                version: 4,
            };
            let lsp: Vec<lsp::Diagnostic> =
                diagnostics.iter().map(|d| to_lsp(d, &map, 4)).collect();
            assert_eq!(
                serde_json::to_value(&wire).unwrap(),
                serde_json::to_value(&lsp).unwrap()
            );
        }
    }
}
