//! Configuration: `cdklint.toml`, or `[tool.cdklint]` in `pyproject.toml`, discovered upward
//! from each linted file. The nearest file wins; globs are relative to its directory.
//!
//! ```toml
//! select = ["DNS", "NET001"]          # codes or prefixes; default: every rule
//! ignore = ["NET004"]
//! fail-level = "warning"              # error | warning | info
//! production = ["stacks/prod/**", "*ProdStack"]   # paths or stack names where DAT001 is an error
//! allowed-regions = ["eu-west-1"]
//! [severity]
//! NET005 = "warning"
//! [per-file-ignores]
//! "test/**" = ["DAT001"]
//! ```
//! A bad configuration is an error that names the file, line and key.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use cdklint_diagnostics::Severity;
use cdklint_linter::{LintSettings, RuleSelector};
use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use toml::Spanned;

pub const CONFIG_FILE: &str = "cdklint.toml";
pub const PYPROJECT_FILE: &str = "pyproject.toml";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ConfigError {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub key: Option<String>,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        f.write_str(": ")?;
        if let Some(key) = &self.key {
            write!(f, "`{key}`: ")?;
        }
        f.write_str(&self.message)
    }
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    select: Option<Spanned<Vec<Spanned<String>>>>,
    ignore: Option<Spanned<Vec<Spanned<String>>>>,
    fail_level: Option<Spanned<String>>,
    production: Option<Spanned<Vec<Spanned<String>>>>,
    allowed_regions: Option<Vec<Spanned<String>>>,
    config_recorder: Option<Spanned<String>>,
    severity: Option<BTreeMap<String, Spanned<String>>>,
    per_file_ignores: Option<BTreeMap<String, Spanned<Vec<Spanned<String>>>>>,
}

#[derive(Debug, Deserialize)]
struct Pyproject {
    tool: Option<PyTool>,
}

#[derive(Debug, Deserialize)]
struct PyTool {
    cdklint: Option<RawConfig>,
}

/// A loaded, validated configuration file.
#[derive(Debug, Clone)]
pub struct Config {
    pub file: PathBuf,
    /// Directory of the file: relative globs and paths are matched from here.
    pub root: PathBuf,
    pub select: Option<Vec<String>>,
    pub ignore: Vec<String>,
    pub fail_level: Option<Severity>,
    pub severity: BTreeMap<String, Severity>,
    pub production: Option<GlobSet>,
    pub allowed_regions: Vec<String>,
    pub config_recorder_external: bool,
    per_file_ignores: Vec<(GlobSet, Vec<String>)>,
}

/// Is a code (or prefix) one that some rule has? Passed in so this crate stays independent of
/// the rule set.
pub type KnownCode<'a> = &'a dyn Fn(&str) -> bool;

impl Config {
    /// Read and validate a config file (`cdklint.toml` or a `pyproject.toml`). `Ok(None)` for a
    /// `pyproject.toml` without `[tool.cdklint]`.
    pub fn load(file: &Path, known: KnownCode) -> Result<Option<Config>, ConfigError> {
        let text = std::fs::read_to_string(file).map_err(|e| ConfigError {
            file: file.to_path_buf(),
            line: None,
            key: None,
            message: format!("cannot read: {e}"),
        })?;
        Config::parse(file, &text, known)
    }

    pub fn parse(file: &Path, text: &str, known: KnownCode) -> Result<Option<Config>, ConfigError> {
        let err = |span: Option<std::ops::Range<usize>>, key: Option<&str>, message: String| {
            ConfigError {
                file: file.to_path_buf(),
                line: span.map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1),
                key: key.map(str::to_string),
                message,
            }
        };
        let is_pyproject = file.file_name().is_some_and(|n| n == PYPROJECT_FILE);
        let raw = if is_pyproject {
            let py: Pyproject =
                toml::from_str(text).map_err(|e| err(e.span(), None, e.message().to_string()))?;
            match py.tool.and_then(|t| t.cdklint) {
                Some(raw) => raw,
                None => return Ok(None),
            }
        } else {
            toml::from_str::<RawConfig>(text)
                .map_err(|e| err(e.span(), None, e.message().to_string()))?
        };

        let codes = |key: &str,
                     list: &Option<Spanned<Vec<Spanned<String>>>>|
         -> Result<Option<Vec<String>>, ConfigError> {
            let Some(list) = list else { return Ok(None) };
            let mut out = Vec::new();
            for code in list.get_ref() {
                let c = code.get_ref();
                if c != "ALL" && !known(c) {
                    return Err(err(
                        Some(code.span()),
                        Some(key),
                        format!("{c:?} is not a rule code or code prefix"),
                    ));
                }
                out.push(c.clone());
            }
            Ok(Some(out))
        };
        let select = codes("select", &raw.select)?;
        let ignore = codes("ignore", &raw.ignore)?.unwrap_or_default();

        let severity_of = |key: &str, s: &Spanned<String>| {
            Severity::parse(s.get_ref()).ok_or_else(|| {
                err(
                    Some(s.span()),
                    Some(key),
                    format!(
                        "{:?} is not one of \"error\", \"warning\", \"info\"",
                        s.get_ref()
                    ),
                )
            })
        };
        let fail_level = raw
            .fail_level
            .as_ref()
            .map(|s| severity_of("fail-level", s))
            .transpose()?;
        let mut severity = BTreeMap::new();
        for (code, s) in raw.severity.iter().flatten() {
            let key = format!("severity.{code}");
            if !known(code) {
                return Err(err(
                    Some(s.span()),
                    Some(&key),
                    format!("{code:?} is not a rule code"),
                ));
            }
            severity.insert(code.clone(), severity_of(&key, s)?);
        }

        let production = match &raw.production {
            None => None,
            Some(list) => Some(glob_set(list.get_ref(), "production", &err)?),
        };
        let mut per_file_ignores = Vec::new();
        for (pattern, list) in raw.per_file_ignores.iter().flatten() {
            let key = format!("per-file-ignores.\"{pattern}\"");
            let set = glob_set(&[Spanned::new(list.span(), pattern.clone())], &key, &err)?;
            let codes = codes(&key, &Some(list.clone()))?.unwrap_or_default();
            per_file_ignores.push((set, codes));
        }
        let config_recorder_external = match &raw.config_recorder {
            None => false,
            Some(v) if v.get_ref() == "external" => true,
            Some(v) if v.get_ref() == "workspace" => false,
            Some(v) => {
                return Err(err(
                    Some(v.span()),
                    Some("config-recorder"),
                    format!("{:?} is not \"external\" or \"workspace\"", v.get_ref()),
                ));
            }
        };
        Ok(Some(Config {
            file: file.to_path_buf(),
            root: file.parent().map(Path::to_path_buf).unwrap_or_default(),
            select,
            ignore,
            fail_level,
            severity,
            production,
            allowed_regions: raw
                .allowed_regions
                .iter()
                .flatten()
                .map(|r| r.get_ref().clone())
                .collect(),
            config_recorder_external,
            per_file_ignores,
        }))
    }

    /// The path of `file` relative to this config's directory, with `/` separators.
    pub fn relative(&self, file: &Path) -> String {
        let rel = file.strip_prefix(&self.root).unwrap_or(file);
        rel.to_string_lossy().replace('\\', "/")
    }

    /// Engine settings for one file under this config.
    pub fn settings_for(&self, file: &Path) -> LintSettings {
        let rel = self.relative(file);
        let mut ignore = self.ignore.clone();
        for (globs, codes) in &self.per_file_ignores {
            if globs.is_match(&rel) {
                ignore.extend(codes.iter().cloned());
            }
        }
        LintSettings {
            rules: RuleSelector {
                select: self.select.clone(),
                ignore,
            },
            severity: self.severity.clone(),
            production: self.production.clone(),
            report_unused_suppressions: true,
        }
    }
}

/// Builds a [`ConfigError`] from a span in the file, the key, and the message.
type ErrorAt<'a> = dyn Fn(Option<std::ops::Range<usize>>, Option<&str>, String) -> ConfigError + 'a;

/// The outcome of discovering the configuration for one directory.
type Discovered = Result<Option<Arc<Config>>, ConfigError>;

fn glob_set(
    patterns: &[Spanned<String>],
    key: &str,
    err: &ErrorAt,
) -> Result<GlobSet, ConfigError> {
    let mut builder = GlobSetBuilder::new();
    for p in patterns {
        let glob = Glob::new(p.get_ref())
            .map_err(|e| err(Some(p.span()), Some(key), format!("bad glob: {e}")))?;
        builder.add(glob);
        // `dir/**` should also match files when the glob is written without a leading `**/`.
        if !p.get_ref().starts_with("**/")
            && !p.get_ref().starts_with('/')
            && let Ok(g) = Glob::new(&format!("**/{}", p.get_ref()))
        {
            builder.add(g);
        }
    }
    builder
        .build()
        .map_err(|e| err(None, Some(key), format!("bad glob: {e}")))
}

/// Find the configuration that governs files in `dir`: the nearest `cdklint.toml`, or
/// `pyproject.toml` with `[tool.cdklint]`, in `dir` or an ancestor.
pub fn discover(dir: &Path, known: KnownCode) -> Result<Option<Config>, ConfigError> {
    for ancestor in dir.ancestors() {
        let candidate = ancestor.join(CONFIG_FILE);
        if candidate.is_file() {
            return Config::load(&candidate, known);
        }
        let py = ancestor.join(PYPROJECT_FILE);
        if py.is_file()
            && let Some(cfg) = Config::load(&py, known)?
        {
            return Ok(Some(cfg));
        }
    }
    Ok(None)
}

/// Discovery results cached per directory, for runs over many files.
#[derive(Default)]
pub struct ConfigCache {
    by_dir: Mutex<HashMap<PathBuf, Discovered>>,
}

impl ConfigCache {
    pub fn for_file(
        &self,
        file: &Path,
        known: KnownCode,
    ) -> Result<Option<Arc<Config>>, ConfigError> {
        let abs = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
        let dir = abs.parent().map(Path::to_path_buf).unwrap_or_default();
        let mut map = self.by_dir.lock().unwrap_or_else(|e| e.into_inner());
        map.entry(dir.clone())
            .or_insert_with(|| discover(&dir, known).map(|c| c.map(Arc::new)))
            .clone()
    }

    pub fn clear(&self) {
        self.by_dir
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(c: &str) -> bool {
        ["DNS001", "NET001", "DAT001"]
            .iter()
            .any(|k| k.starts_with(c))
    }

    #[test]
    fn parses_every_key() {
        let text = r#"
select = ["DNS", "NET001"]
ignore = ["DAT001"]
fail-level = "warning"
production = ["prod/**", "*ProdStack"]
allowed-regions = ["eu-west-1"]
[severity]
NET001 = "error"
[per-file-ignores]
"test/**" = ["DNS001"]
"#;
        let cfg = Config::parse(Path::new("/p/cdklint.toml"), text, &known)
            .unwrap()
            .unwrap();
        assert_eq!(
            cfg.select.as_deref(),
            Some(&["DNS".to_string(), "NET001".to_string()][..])
        );
        assert_eq!(cfg.fail_level, Some(Severity::Warning));
        assert_eq!(cfg.severity["NET001"], Severity::Error);
        let s = cfg.settings_for(Path::new("/p/test/a.ts"));
        assert!(!s.rules.is_enabled("DNS001"));
        assert!(
            cfg.settings_for(Path::new("/p/lib/a.ts"))
                .rules
                .is_enabled("DNS001")
        );
        let prod = cfg.production.as_ref().unwrap();
        assert!(
            prod.is_match("prod/db.ts")
                && prod.is_match("MyProdStack")
                && !prod.is_match("lib/db.ts")
        );
    }

    #[test]
    fn errors_name_file_line_and_key() {
        let text = "select = [\"DNS\"]\n\n[severity]\nNET001 = \"loud\"\n";
        let e = Config::parse(Path::new("cdklint.toml"), text, &known).unwrap_err();
        assert_eq!(
            (e.line, e.key.as_deref()),
            (Some(4), Some("severity.NET001"))
        );
        assert!(
            e.to_string()
                .starts_with("cdklint.toml:4: `severity.NET001`: \"loud\""),
            "{e}"
        );

        let e = Config::parse(Path::new("cdklint.toml"), "selct = []\n", &known).unwrap_err();
        assert_eq!(e.line, Some(1));
        assert!(e.message.contains("selct"), "{e}");

        let e = Config::parse(
            Path::new("cdklint.toml"),
            "x = 1\nignore = [\"NOPE9\"]\n",
            &known,
        )
        .unwrap_err();
        assert_eq!(e.line, Some(1), "unknown key reported first: {e}");
        let e = Config::parse(
            Path::new("cdklint.toml"),
            "\nignore = [\"NOPE9\"]\n",
            &known,
        )
        .unwrap_err();
        assert_eq!((e.line, e.key.as_deref()), (Some(2), Some("ignore")));
    }

    #[test]
    fn pyproject_without_tool_section_is_no_config() {
        let py = Path::new("pyproject.toml");
        assert!(
            Config::parse(py, "[project]\nname = \"x\"\n", &known)
                .unwrap()
                .is_none()
        );
        let cfg = Config::parse(py, "[tool.cdklint]\nignore = [\"NET\"]\n", &known)
            .unwrap()
            .unwrap();
        assert_eq!(cfg.ignore, vec!["NET"]);
    }

    #[test]
    fn discovery_finds_the_nearest_config() {
        let dir = tempfile::tempdir().unwrap();
        let nested = dir.path().join("app/lib");
        std::fs::create_dir_all(&nested).unwrap();
        std::fs::write(dir.path().join("cdklint.toml"), "ignore = [\"DNS\"]\n").unwrap();
        std::fs::write(
            dir.path().join("app/pyproject.toml"),
            "[tool.cdklint]\nignore = [\"NET\"]\n",
        )
        .unwrap();
        let cfg = discover(&nested, &known).unwrap().unwrap();
        assert_eq!(cfg.ignore, vec!["NET"]);
        let cfg = discover(dir.path(), &known).unwrap().unwrap();
        assert_eq!(cfg.ignore, vec!["DNS"]);
    }
}
