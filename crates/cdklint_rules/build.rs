//! Embeds every rule directory under `queries/` into the binary, so a user installs one file
//! and adding a rule means adding a directory (the registry is generated from the filesystem).

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

    let mut out = String::from("&[\n");
    for dir in &rule_dirs {
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
        writeln!(out, "  EmbeddedRule {{ dir: {rel:?}, files: &[").unwrap();
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
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("embedded_rules.rs");
    std::fs::write(dest, out).unwrap();
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
