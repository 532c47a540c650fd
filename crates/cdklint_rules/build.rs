//! Embeds every rule directory under `queries/` into the binary, so a user installs one file
//! and adding a rule means adding a directory (the registry is generated from the filesystem).
//!
//! Each `rule.toml` is also converted to JSON here: every process loads the embedded rules
//! before its first file, and deserialising JSON costs a fraction of parsing TOML. The runtime
//! reads the same serde shapes from the JSON; the TOML text is still embedded, for the docs and
//! to word an error (file, line, key) should a rule not deserialise.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let queries = manifest
        .join("../../queries")
        .canonicalize()
        .expect("queries/ directory");
    println!("cargo:rerun-if-changed={}", queries.display());

    let mut rule_dirs = Vec::new();
    collect_rule_dirs(&queries, &mut rule_dirs);
    rule_dirs.sort();

    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let mut out = String::from("&[\n");
    for (i, dir) in rule_dirs.iter().enumerate() {
        println!("cargo:rerun-if-changed={}", dir.display());
        let rel = dir
            .strip_prefix(&queries)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        let rule_json = rule_json(&dir.join("rule.toml")).map(|json| {
            let path = out_dir.join(format!("rule-{i}.json"));
            std::fs::write(&path, json).unwrap();
            format!("Some(include_str!({:?}))", path.display().to_string())
        });
        writeln!(
            out,
            "  EmbeddedRule {{ dir: {rel:?}, rule_json: {}, files: &[",
            rule_json.as_deref().unwrap_or("None")
        )
        .unwrap();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            writeln!(
                out,
                "    ({name:?}, include_str!({:?})),",
                file.display().to_string()
            )
            .unwrap();
        }
        out.push_str("  ] },\n");
    }
    out.push(']');
    let dest = out_dir.join("embedded_rules.rs");
    std::fs::write(dest, out).unwrap();
}

/// `rule.toml` as JSON; `None` when it is not valid TOML (the runtime then parses the TOML and
/// reports the error where it is, instead of failing the build).
fn rule_json(path: &Path) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    let value: serde_json::Value = toml::from_str(&text).ok()?;
    serde_json::to_string(&value).ok()
}

/// A rule directory is any directory holding a `rule.toml`.
fn collect_rule_dirs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.join("rule.toml").is_file() {
                out.push(path);
            } else {
                collect_rule_dirs(&path, out);
            }
        }
    }
}
