//! Corpus benchmark: `cdklint check` work over a directory of real CDK code, single-threaded,
//! against the floor of plain tree-sitter parsing of the same files, in the same run.
//!
//! `cargo bench -p cdklint_linter --bench corpus [-- DIR]` (default `../shared/corpus` from the
//! workspace root). Prints the parse floor, the lint time, their ratio and findings per rule.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use cdklint_linter::{Grammar, LintSettings, Registry, check, parse};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if path.is_dir() {
            if !matches!(
                name.as_ref(),
                "node_modules" | "cdk.out" | ".venv" | "dist" | ".git"
            ) {
                collect(&path, out);
            }
        } else if Grammar::for_path(&path).is_some() {
            out.push(path);
        }
    }
}

fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let v = f();
        best = best.min(start.elapsed());
        last = Some(v);
    }
    (best, last.unwrap())
}

fn main() {
    let arg = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let root = arg
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus"));
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    if files.is_empty() {
        eprintln!(
            "no TypeScript/JavaScript/Python files under {}",
            root.display()
        );
        std::process::exit(2);
    }
    let sources: Vec<(String, Grammar, String)> = files
        .iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(p).ok()?;
            let rel = p
                .strip_prefix(&root)
                .unwrap_or(p)
                .to_string_lossy()
                .into_owned();
            Some((rel, Grammar::for_path(p)?, text))
        })
        .collect();
    let bytes: usize = sources.iter().map(|s| s.2.len()).sum();
    let lines: usize = sources.iter().map(|s| s.2.lines().count()).sum();

    let registry = Registry::embedded().expect("rules load");
    // Compile every grammar's query first: the server does this once; in the CLI it is a
    // fixed start-up cost reported separately below.
    let compile_start = Instant::now();
    assert!(registry.validate_all().is_empty());
    let compile = compile_start.elapsed();
    let settings = LintSettings::all_rules();

    let runs = 7;
    let (parse_time, _) = best_of(runs, || {
        sources
            .iter()
            .map(|(_, g, t)| parse(*g, t, None).map_or(0, |t| t.root_node().child_count() as usize))
            .sum::<usize>()
    });
    let (lint_time, per_rule) = best_of(runs, || {
        let mut per_rule: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        for (path, _, text) in &sources {
            let result = check(registry, path, text, &settings);
            let mut seen = std::collections::BTreeSet::new();
            for d in result.diagnostics {
                let e = per_rule.entry(d.code.clone()).or_default();
                e.0 += 1;
                if seen.insert(d.code) {
                    e.1 += 1;
                }
            }
        }
        per_rule
    });

    println!(
        "corpus: {} files, {lines} lines, {:.2} MB ({})",
        sources.len(),
        bytes as f64 / 1e6,
        root.display()
    );
    println!(
        "rules: {}; query compile (all grammars, once): {:.1} ms",
        registry.rules().len(),
        compile.as_secs_f64() * 1e3
    );
    println!(
        "parse floor (1 thread, best of {runs}): {:.1} ms",
        parse_time.as_secs_f64() * 1e3
    );
    println!(
        "cdklint check (1 thread, best of {runs}): {:.1} ms",
        lint_time.as_secs_f64() * 1e3
    );
    println!(
        "ratio check / parse: {:.2}x",
        lint_time.as_secs_f64() / parse_time.as_secs_f64()
    );
    println!("findings per rule (findings, files, share of files):");
    for (code, (n, f)) in per_rule {
        println!(
            "  {code:<7} {n:>5} {f:>5} {:>6.1}%",
            100.0 * f as f64 / sources.len() as f64
        );
    }
}
