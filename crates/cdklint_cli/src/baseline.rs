//! Baselines: `--write-baseline FILE` records the current findings, `--baseline FILE` reports
//! only findings that are not recorded.
//!
//! A finding is recorded by rule code, path and a fingerprint that survives moving code: a hash
//! of the code, the path and the whitespace-normalised text of the flagged range and of the
//! lines it is on. Line numbers are not part of it, so inserting lines above a finding or
//! re-indenting it keeps it baselined. Findings with equal fingerprints in one file are told
//! apart by an occurrence index (their order in the file). Paths are relative to the baseline
//! file's directory, so a baseline works from any working directory.

use std::collections::HashSet;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, bail};
use cdklint_diagnostics::Diagnostic;
use serde::{Deserialize, Serialize};

use crate::output::FileReport;

pub const VERSION: u32 = 1;

/// A finding's identity in a baseline: fingerprint hash and occurrence index.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Fingerprint {
    pub hash: String,
    pub index: usize,
}

impl std::fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.hash, self.index)
    }
}

/// 64-bit FNV-1a: small, and stable across platforms and Rust versions (unlike `DefaultHasher`).
fn fnv1a(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            h ^= 0xff;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        for b in part.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn hash(report: &FileReport, path: &str, d: &Diagnostic) -> String {
    let text = &report.text;
    let start = cdklint_text::floor_char_boundary(text, d.range.start);
    let end = cdklint_text::floor_char_boundary(text, d.range.end.max(start));
    let first = report.index().line_of(start);
    let last = report.index().line_of(end);
    let lines_start = report.index().line_range(text, first).start;
    let lines_end = report.index().line_range(text, last).end.max(lines_start);
    let flagged = text.get(start..end).unwrap_or_default();
    let lines = text.get(lines_start..lines_end).unwrap_or_default();
    format!(
        "{:016x}",
        fnv1a(&[&d.code, path, &normalise(flagged), &normalise(lines)])
    )
}

/// The fingerprint of each diagnostic of a file (same order), with `path` as the file's name.
pub fn fingerprints(report: &FileReport, path: &str) -> Vec<Fingerprint> {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    report
        .diagnostics
        .iter()
        .map(|d| {
            let hash = hash(report, path, d);
            let n = seen.entry(format!("{}\0{hash}", d.code)).or_default();
            let index = *n;
            *n += 1;
            Fingerprint { hash, index }
        })
        .collect()
}

#[derive(Debug, Serialize, Deserialize)]
struct BaselineFile {
    version: u32,
    #[serde(default)]
    tool: Option<String>,
    findings: Vec<Entry>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Entry {
    code: String,
    path: String,
    fingerprint: String,
    #[serde(default)]
    index: usize,
    /// For people reading the file; not used for matching.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    message: Option<String>,
}

type Key = (String, String, String, usize);

/// A loaded baseline.
#[derive(Debug)]
pub struct Baseline {
    dir: PathBuf,
    keys: HashSet<Key>,
}

/// `path` made absolute against the working directory, with `.` and `..` removed lexically.
pub fn normalise_path(path: &Path) -> PathBuf {
    let abs = match crate::files::working_dir() {
        Some(cwd) if !path.is_absolute() => cwd.join(path),
        _ => path.to_path_buf(),
    };
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            c => out.push(c.as_os_str()),
        }
    }
    out
}

/// The directory of a baseline file, against which recorded paths are relative.
fn baseline_dir(file: &Path) -> PathBuf {
    normalise_path(file)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// `path` relative to `base` (both absolute and normalised), with `..` where needed; `None`
/// when they share no root (another drive).
fn relative_to(path: &Path, base: &Path) -> Option<PathBuf> {
    let p: Vec<Component> = path.components().collect();
    let b: Vec<Component> = base.components().collect();
    let common = p.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if common == 0 {
        return None;
    }
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &p[common..] {
        out.push(c.as_os_str());
    }
    Some(out)
}

/// How a linted file is named in a baseline kept in `dir`: relative to it and `/`-separated.
fn path_in(dir: &Path, report: &FileReport) -> String {
    let abs = normalise_path(Path::new(&report.path));
    let rel = relative_to(&abs, dir).unwrap_or(abs);
    rel.to_string_lossy().replace('\\', "/")
}

fn keys_of(dir: &Path, report: &FileReport) -> Vec<(Key, usize)> {
    let path = path_in(dir, report);
    fingerprints(report, &path)
        .into_iter()
        .zip(&report.diagnostics)
        .map(|(fp, d)| {
            let line = report.position(d.range.start).line;
            ((d.code.clone(), path.clone(), fp.hash, fp.index), line)
        })
        .collect()
}

/// Write the findings of `reports` to `file`; returns how many were recorded.
pub fn write(file: &Path, reports: &[FileReport]) -> anyhow::Result<usize> {
    let dir = baseline_dir(file);
    let mut findings = Vec::new();
    for report in reports {
        for (((code, path, fingerprint, index), line), d) in
            keys_of(&dir, report).into_iter().zip(&report.diagnostics)
        {
            findings.push(Entry {
                code,
                path,
                fingerprint,
                index,
                line: Some(line),
                message: Some(d.message.clone()),
            });
        }
    }
    findings.sort_by(|a, b| (&a.path, a.line, &a.code).cmp(&(&b.path, b.line, &b.code)));
    let n = findings.len();
    let doc = BaselineFile {
        version: VERSION,
        tool: Some("cdklint".into()),
        findings,
    };
    let mut text = serde_json::to_string_pretty(&doc)?;
    text.push('\n');
    if let Some(parent) = file.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("{}: cannot create the directory", parent.display()))?;
    }
    crate::check::write_atomically(file, &text)
        .with_context(|| format!("{}: cannot write the baseline", file.display()))?;
    Ok(n)
}

impl Baseline {
    pub fn load(file: &Path) -> anyhow::Result<Baseline> {
        let text = std::fs::read_to_string(file).with_context(|| {
            format!(
                "{}: cannot read the baseline (create one with --write-baseline)",
                file.display()
            )
        })?;
        let doc: BaselineFile = serde_json::from_str(&text).with_context(|| {
            format!(
                "{}: not a cdklint baseline (write a new one with --write-baseline)",
                file.display()
            )
        })?;
        if doc.version != VERSION {
            bail!(
                "{}: baseline version {} is not supported (this cdklint reads version {VERSION}); \
                 write a new one with --write-baseline",
                file.display(),
                doc.version
            );
        }
        Ok(Baseline {
            dir: baseline_dir(file),
            keys: doc
                .findings
                .into_iter()
                .map(|e| (e.code, e.path, e.fingerprint, e.index))
                .collect(),
        })
    }

    /// Drop the findings the baseline has; returns how many were dropped.
    pub fn filter(&self, report: &mut FileReport) -> usize {
        let keep: Vec<bool> = keys_of(&self.dir, report)
            .into_iter()
            .map(|(k, _)| !self.keys.contains(&k))
            .collect();
        let before = report.diagnostics.len();
        let mut it = keep.into_iter();
        report.diagnostics.retain(|_| it.next().unwrap_or(true));
        before - report.diagnostics.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cdklint_diagnostics::Severity;

    fn diag(code: &str, range: std::ops::Range<usize>) -> Diagnostic {
        Diagnostic {
            code: code.into(),
            name: "n".into(),
            severity: Severity::Warning,
            message: "m".into(),
            range,
            fix: None,
            url: String::new(),
        }
    }

    fn report(text: &str, needle: &str, code: &str) -> FileReport {
        let diagnostics = text
            .match_indices(needle)
            .map(|(i, m)| diag(code, i..i + m.len()))
            .collect();
        FileReport::new("a.ts".into(), text.into(), diagnostics)
    }

    #[test]
    fn fingerprints_survive_moves_and_reindenting() {
        let a = report("x;\n  f(DESTROY);\n", "DESTROY", "DAT001");
        let b = report("// new\n\nx;\n\n      f(DESTROY);\n", "DESTROY", "DAT001");
        assert_eq!(fingerprints(&a, "a.ts"), fingerprints(&b, "a.ts"));
        let c = report("x;\n  g(DESTROY);\n", "DESTROY", "DAT001");
        assert_ne!(fingerprints(&a, "a.ts"), fingerprints(&c, "a.ts"));
        assert_ne!(fingerprints(&a, "a.ts"), fingerprints(&a, "b.ts"));
        let d = report("x;\n  f(DESTROY);\n", "DESTROY", "NET001");
        assert_ne!(fingerprints(&a, "a.ts"), fingerprints(&d, "a.ts"));
    }

    #[test]
    fn duplicates_get_occurrence_indexes() {
        let r = report("f(DESTROY);\nf(DESTROY);\n", "DESTROY", "DAT001");
        let fps = fingerprints(&r, "a.ts");
        assert_eq!(fps[0].hash, fps[1].hash);
        assert_eq!((fps[0].index, fps[1].index), (0, 1));
    }

    #[test]
    fn paths_relative_to_the_baseline() {
        let rel = |p: &str, b: &str| {
            relative_to(Path::new(p), Path::new(b)).map(|p| p.to_string_lossy().into_owned())
        };
        assert_eq!(rel("/w/lib/a.ts", "/w").as_deref(), Some("lib/a.ts"));
        assert_eq!(rel("/w/lib/a.ts", "/w/ci").as_deref(), Some("../lib/a.ts"));
        assert_eq!(rel("/w/a.ts", "/w/ci/x").as_deref(), Some("../../a.ts"));
    }

    #[test]
    fn odd_ranges_do_not_panic() {
        let text = "é\n";
        let r = FileReport::new(
            "a.ts".into(),
            text.into(),
            vec![
                diag("X", 1..99),
                diag("X", std::ops::Range { start: 5, end: 2 }),
            ],
        );
        assert_eq!(fingerprints(&r, "a.ts").len(), 2);
    }
}
