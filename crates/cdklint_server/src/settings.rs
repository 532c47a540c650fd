//! Lint settings for one document: the file's configuration (discovered upward from the file,
//! exactly as the CLI does) with the editor's settings applied on top.
//!
//! Editor settings arrive as `initializationOptions` and through `workspace/didChangeConfiguration`
//! or a `workspace/configuration` pull, under the key `cdklint`:
//! `{ "select": [..], "ignore": [..], "severity": {"NET001": "error"}, "production": ["glob"] }`.
//! `select` replaces the config's, `ignore` extends it, `severity` overrides per rule and
//! `production` globs replace the config's.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use cdklint_config::{Config, ConfigError};
use cdklint_diagnostics::Severity;
use cdklint_linter::{LintSettings, Registry};
use dashmap::DashMap;
use globset::{Glob, GlobSet, GlobSetBuilder};
use serde_json::Value;

/// Settings the editor sends.
#[derive(Debug, Clone, Default)]
pub struct EditorSettings {
    pub select: Option<Vec<String>>,
    pub ignore: Vec<String>,
    pub severity: BTreeMap<String, Severity>,
    pub production: Option<GlobSet>,
}

impl EditorSettings {
    /// Read editor settings from a JSON value: either `{"cdklint": {...}}` or the inner object
    /// itself. Entries that make no sense are skipped and described in the returned warnings.
    pub fn from_json(value: &Value, registry: &Registry) -> (EditorSettings, Vec<String>) {
        let mut warnings = Vec::new();
        let mut out = EditorSettings::default();
        let obj = match value.get("cdklint") {
            Some(inner) => inner,
            None => value,
        };
        let Some(obj) = obj.as_object() else {
            // Lua clients encode an empty table as `[]`.
            let empty = obj.as_array().is_some_and(Vec::is_empty);
            if !obj.is_null() && !empty {
                warnings.push(format!("cdklint settings must be an object, got {obj}"));
            }
            return (out, warnings);
        };
        let known = |c: &str| c == "ALL" || registry.rules().iter().any(|r| r.code.starts_with(c));
        let codes = |key: &str, warnings: &mut Vec<String>| -> Option<Vec<String>> {
            let v = obj.get(key)?;
            if v.is_null() {
                return None;
            }
            let Some(list) = v.as_array() else {
                warnings.push(format!("cdklint.{key} must be a list of rule codes"));
                return None;
            };
            let mut codes = Vec::new();
            for item in list {
                match item.as_str() {
                    Some(c) if known(c) => codes.push(c.to_string()),
                    _ => warnings.push(format!(
                        "cdklint.{key}: {item} is not a rule code or code prefix"
                    )),
                }
            }
            Some(codes)
        };
        out.select = codes("select", &mut warnings);
        out.ignore = codes("ignore", &mut warnings).unwrap_or_default();
        match obj.get("severity") {
            None | Some(Value::Null) => {}
            Some(Value::Object(map)) => {
                for (code, sev) in map {
                    let parsed = sev.as_str().and_then(Severity::parse);
                    match parsed {
                        Some(s) if registry.rule(code).is_some() => {
                            out.severity.insert(code.clone(), s);
                        }
                        Some(_) => warnings.push(format!(
                            "cdklint.severity: {code:?} is not a rule code"
                        )),
                        None => warnings.push(format!(
                            "cdklint.severity.{code}: {sev} is not one of \"error\", \"warning\", \"info\""
                        )),
                    }
                }
            }
            Some(other) => warnings.push(format!(
                "cdklint.severity must be an object of code -> severity, got {other}"
            )),
        }
        match obj.get("production") {
            None | Some(Value::Null) => {}
            Some(Value::Array(list)) => {
                let mut builder = GlobSetBuilder::new();
                for item in list {
                    let Some(pattern) = item.as_str() else {
                        warnings.push(format!("cdklint.production: {item} is not a glob"));
                        continue;
                    };
                    match Glob::new(pattern) {
                        Ok(g) => {
                            builder.add(g);
                            // Like the config file: `dir/**` also matches below any root.
                            if !pattern.starts_with("**/")
                                && !pattern.starts_with('/')
                                && let Ok(g) = Glob::new(&format!("**/{pattern}"))
                            {
                                builder.add(g);
                            }
                        }
                        Err(e) => warnings.push(format!("cdklint.production: bad glob: {e}")),
                    }
                }
                match builder.build() {
                    Ok(set) => out.production = Some(set),
                    Err(e) => warnings.push(format!("cdklint.production: bad glob: {e}")),
                }
            }
            Some(other) => warnings.push(format!(
                "cdklint.production must be a list of globs, got {other}"
            )),
        }
        (out, warnings)
    }

    /// Apply these settings on top of settings from a configuration file.
    pub fn apply(&self, settings: &mut LintSettings) {
        if let Some(select) = &self.select {
            settings.rules.select = Some(select.clone());
        }
        settings.rules.ignore.extend(self.ignore.iter().cloned());
        for (code, sev) in &self.severity {
            settings.severity.insert(code.clone(), *sev);
        }
        if let Some(production) = &self.production {
            settings.production = Some(production.clone());
        }
    }
}

type Discovered = Result<Option<Arc<Config>>, ConfigError>;

/// Configuration discovery, cached per directory. Read-mostly and shared between the document
/// task, lint jobs and request handlers; cleared when a configuration file changes.
#[derive(Default)]
pub struct ConfigStore {
    by_dir: DashMap<PathBuf, Discovered>,
}

impl ConfigStore {
    pub fn clear(&self) {
        self.by_dir.clear();
    }

    /// The configuration governing files in `dir` (does file I/O on a cache miss).
    pub fn for_dir(&self, dir: &Path, registry: &Registry) -> Discovered {
        if let Some(hit) = self.by_dir.get(dir) {
            return hit.clone();
        }
        let known = |c: &str| registry.rules().iter().any(|r| r.code.starts_with(c));
        let found = cdklint_config::discover(dir, &known).map(|c| c.map(Arc::new));
        self.by_dir.insert(dir.to_path_buf(), found.clone());
        found
    }

    /// Settings for a document. `file` is the file on disk (None for an untitled buffer, which
    /// takes the configuration of `fallback_dir`, the first workspace folder). A broken config
    /// yields the default settings and the error, for the caller to report.
    pub fn settings(
        &self,
        registry: &Registry,
        file: Option<&Path>,
        fallback_dir: Option<&Path>,
        editor: &EditorSettings,
    ) -> (LintSettings, Option<ConfigError>) {
        let dir = file.and_then(Path::parent).or(fallback_dir);
        let (mut settings, error) = match dir.map(|d| self.for_dir(d, registry)) {
            Some(Ok(Some(cfg))) => {
                let path = file
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| cfg.root.join("untitled"));
                (cfg.settings_for(&path), None)
            }
            Some(Ok(None)) | None => (LintSettings::all_rules(), None),
            Some(Err(e)) => (LintSettings::all_rules(), Some(e)),
        };
        editor.apply(&mut settings);
        (settings, error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn registry() -> &'static Registry {
        Registry::embedded().expect("embedded rules load")
    }

    #[test]
    fn editor_settings_apply_on_top_of_the_config() {
        let (editor, warnings) = EditorSettings::from_json(
            &json!({"cdklint": {"ignore": ["DNS"], "severity": {"NET001": "error"}, "production": ["prod/**"]}}),
            registry(),
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        let dir =
            std::env::temp_dir().join(format!("cdklint-server-settings-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("cdklint.toml"), "ignore = [\"DAT001\"]\n").unwrap();
        let store = ConfigStore::default();
        let (s, err) = store.settings(registry(), Some(&dir.join("app.ts")), None, &editor);
        assert!(err.is_none());
        assert!(!s.rules.is_enabled("DAT001"), "config ignore kept");
        assert!(!s.rules.is_enabled("DNS001"), "editor ignore added");
        assert!(s.rules.is_enabled("NET001"));
        assert_eq!(s.severity.get("NET001"), Some(&Severity::Error));
        assert!(s.production.unwrap().is_match("prod/db.ts"));

        std::fs::write(dir.join("cdklint.toml"), "ignore = [\"NOPE1\"]\n").unwrap();
        store.clear();
        let (s, err) = store.settings(registry(), Some(&dir.join("app.ts")), None, &editor);
        assert!(err.unwrap().to_string().contains("cdklint.toml:1"));
        assert!(
            s.rules.is_enabled("DAT001"),
            "a broken config lints with defaults"
        );
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn bad_editor_settings_are_reported_and_skipped() {
        let (editor, warnings) = EditorSettings::from_json(
            &json!({"select": ["NET", "BOGUS9"], "severity": {"NET001": "loud"}, "production": 3}),
            registry(),
        );
        assert_eq!(editor.select, Some(vec!["NET".to_string()]));
        assert!(editor.severity.is_empty());
        assert!(editor.production.is_none());
        assert_eq!(warnings.len(), 3, "{warnings:?}");
    }
}
