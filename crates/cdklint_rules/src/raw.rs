//! The serde shape of `rule.toml`, exactly as an author writes it. [`crate::rule`] turns it into
//! a validated rule; unknown keys are errors so typos cannot go unnoticed.

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawRule {
    pub code: String,
    pub name: String,
    pub tier: String,
    pub severity: String,
    /// Severity where the file is production code (config `production` globs or a path,
    /// stack class or stack id naming prod/production).
    pub production_severity: Option<String>,
    pub message: String,
    /// Languages the rule applies to; both when absent.
    pub languages: Option<Vec<String>>,
    /// Reported by the engine itself (suppression checks), so the rule has no queries.
    #[serde(default)]
    pub engine: bool,
    /// Skip test files (`*.test.*`, `*.spec.*`, `test_*.py`, `tests/`).
    #[serde(default)]
    pub skip_tests: bool,
    #[serde(default)]
    pub variants: BTreeMap<String, RawVariant>,
    #[serde(default)]
    pub fix: BTreeMap<String, RawFix>,
    #[serde(default)]
    pub lists: BTreeMap<String, Vec<String>>,
    /// Conditions written once and used by name (`{ use = "name" }`) in the matchers.
    #[serde(default)]
    pub conditions: BTreeMap<String, crate::matcher::RawCond>,
    /// The matchers over the construct model (`[[match]]`).
    #[serde(default, rename = "match")]
    pub matchers: Vec<crate::matcher::RawMatch>,
    /// Why the rule needs tree-sitter queries (`typescript.scm` / `python.scm`) — the escape
    /// hatch for what is truly syntax, such as a TypeScript `as any`.
    pub syntax_query: Option<String>,
    /// Literal strings one of which a file must contain for the rule's query to run on it
    /// (`" as "` for a rule about casts): files without them never compile or run the query.
    #[serde(default)]
    pub query_prefilter: Vec<String>,
    pub docs: RawDocs,
    /// The rule's matches come from a generated data file in its directory, evaluated by the
    /// engine over the model, instead of `[[match]]` tables: `"deprecated-api.tsv"` (API001).
    pub generated: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawVariant {
    pub message: Option<String>,
    pub severity: Option<String>,
    /// The fix to offer for matches of this variant, by name; `"none"` for no fix.
    pub fix: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawFix {
    pub title: String,
    pub applicability: String,
    pub edits: Vec<RawEdit>,
    /// The aws-cdk-lib release that brought what the edit writes (`"2.180.0"`): the fix is not
    /// offered in a project known to use an older one.
    pub cdk_since: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawEdit {
    /// Replace the text of this capture.
    pub replace: Option<String>,
    /// Add a prop to the object literal / argument list in this capture (creating the props
    /// object when a TypeScript construct call has none).
    pub insert_prop: Option<String>,
    /// Remove the prop entry in this capture (a `capture-entry`), its separator included.
    pub remove: Option<String>,
    /// With `insert-prop`: the prop's name; the edit writes `name: value` or `name=value`
    /// (snake_case in Python) with `with` as the value.
    pub prop: Option<String>,
    /// Template for both languages.
    pub with: Option<String>,
    pub typescript: Option<String>,
    pub python: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawDocs {
    pub what_it_does: String,
    pub why_is_this_bad: String,
    pub example: BTreeMap<String, String>,
    pub use_instead: BTreeMap<String, String>,
    pub fix_safety: String,
    pub references: Vec<String>,
}
