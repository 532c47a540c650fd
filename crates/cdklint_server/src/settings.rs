//! Lint settings for one document: resolved by `cdklint_config::Resolver` exactly as the CLI
//! resolves them (the file's configuration, discovered upward), with the editor's settings as
//! the overlay where the CLI has its flags. This module only reads the editor's settings and
//! picks the directory of buffers that are not files.
//!
//! Editor settings arrive as `initializationOptions` and through `workspace/didChangeConfiguration`
//! or a `workspace/configuration` pull, under the key `cdklint`:
//! `{ "select": [..], "ignore": [..], "severity": {"NET001": "error"}, "production": ["glob"],
//! "maxFileSize": "4MB" }`. `select` replaces the config's, `ignore` extends it, `severity`
//! overrides per rule, `production` globs and `maxFileSize` replace the config's.

use std::path::Path;

use cdklint_config::{ConfigError, Overlay, Resolved, Resolver};
use cdklint_diagnostics::Severity;
use cdklint_linter::Registry;
use serde_json::Value;

/// Settings the editor sends: an overlay on each file's configuration.
pub type EditorSettings = Overlay;

/// Read editor settings from a JSON value: either `{"cdklint": {...}}` or the inner object
/// itself. Entries that make no sense are skipped and described in the returned warnings.
pub fn from_json(value: &Value, registry: &Registry) -> (Overlay, Vec<String>) {
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
            let mut patterns = Vec::new();
            for item in list {
                match item.as_str() {
                    Some(p) => patterns.push(p),
                    None => warnings.push(format!("cdklint.production: {item} is not a glob")),
                }
            }
            match cdklint_config::glob_set(&patterns) {
                Ok(set) => out.production = Some(set),
                Err((_, e)) => warnings.push(format!("cdklint.production: {e}")),
            }
        }
        Some(other) => warnings.push(format!(
            "cdklint.production must be a list of globs, got {other}"
        )),
    }
    match obj.get("maxFileSize") {
        None | Some(Value::Null) => {}
        Some(v) => {
            let size = match v {
                Value::Number(n) => n.as_u64(),
                Value::String(s) => cdklint_config::parse_size(s),
                _ => None,
            };
            match size {
                Some(n) => out.max_file_size = Some(n),
                None => warnings.push(format!(
                    "cdklint.maxFileSize: {v} is not a size (bytes, or a string like \"4MB\")"
                )),
            }
        }
    }
    (out, warnings)
}

/// Settings for a document. `file` is the file on disk (None for an untitled buffer, which
/// takes the configuration of `fallback_dir`, the first workspace folder). A broken config
/// yields the default settings and the error, for the caller to report.
pub fn resolve(
    resolver: &Resolver,
    file: Option<&Path>,
    fallback_dir: Option<&Path>,
    editor: &Overlay,
) -> (Resolved, Option<ConfigError>) {
    let path = match (file, fallback_dir) {
        (Some(file), _) => file.to_path_buf(),
        (None, Some(dir)) => dir.join("untitled"),
        (None, None) => return (Resolved::new(None, Path::new("untitled"), editor), None),
    };
    match resolver.resolve(&path, editor) {
        Ok(resolved) => (resolved, None),
        Err(e) => (Resolved::new(None, &path, editor), Some(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cdklint_config::Source;
    use serde_json::json;

    fn registry() -> &'static Registry {
        Registry::embedded().expect("embedded rules load")
    }

    fn resolver() -> Resolver {
        Resolver::new(Source::Discover, |c: &str| {
            registry().rules().iter().any(|r| r.code.starts_with(c))
        })
    }

    #[test]
    fn editor_settings_apply_on_top_of_the_config() {
        let (editor, warnings) = from_json(
            &json!({"cdklint": {"ignore": ["DNS"], "severity": {"NET001": "error"}, "production": ["prod/**"], "maxFileSize": "1KB"}}),
            registry(),
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        let dir = tempfile_dir();
        std::fs::write(dir.join("cdklint.toml"), "ignore = [\"DAT001\"]\n").unwrap();
        let store = resolver();
        let (r, err) = resolve(&store, Some(&dir.join("app.ts")), None, &editor);
        assert!(err.is_none());
        let s = r.settings;
        assert!(!s.rules.is_enabled("DAT001"), "config ignore kept");
        assert!(!s.rules.is_enabled("DNS001"), "editor ignore added");
        assert!(s.rules.is_enabled("NET001"));
        assert_eq!(s.severity.get("NET001"), Some(&Severity::Error));
        assert!(s.production.unwrap().is_match("prod/db.ts"));
        assert_eq!(r.max_file_size, 1000);

        std::fs::write(dir.join("cdklint.toml"), "ignore = [\"NOPE1\"]\n").unwrap();
        store.clear();
        let (r, err) = resolve(&store, Some(&dir.join("app.ts")), None, &editor);
        assert!(err.unwrap().to_string().contains("cdklint.toml:1"));
        assert!(
            r.settings.rules.is_enabled("DAT001"),
            "a broken config lints with defaults"
        );
        // An untitled buffer takes the configuration of the workspace folder.
        std::fs::write(dir.join("cdklint.toml"), "ignore = [\"NET\"]\n").unwrap();
        store.clear();
        let (r, _) = resolve(&store, None, Some(&dir), &Overlay::default());
        assert!(!r.settings.rules.is_enabled("NET001"));
        std::fs::remove_dir_all(&dir).ok();
    }

    fn tempfile_dir() -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("cdklint-server-settings-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn bad_editor_settings_are_reported_and_skipped() {
        let (editor, warnings) = from_json(
            &json!({"select": ["NET", "BOGUS9"], "severity": {"NET001": "loud"}, "production": 3, "maxFileSize": "huge"}),
            registry(),
        );
        assert_eq!(editor.select, Some(vec!["NET".to_string()]));
        assert!(editor.severity.is_empty());
        assert!(editor.production.is_none());
        assert!(editor.max_file_size.is_none());
        assert_eq!(warnings.len(), 4, "{warnings:?}");
    }
}
