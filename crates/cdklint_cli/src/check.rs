//! `cdklint check`.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, anyhow, bail};
use cdklint_config::{Config, ConfigError, Overlay, Resolved, Resolver, Source};
use cdklint_diagnostics::Severity;
use cdklint_linter::{FixMode, LintResult, LintSettings, Registry};
use rayon::prelude::*;

use crate::args::{CheckArgs, FailLevel, Format};
use crate::baseline::{self, Baseline};
use crate::output::{self, FileReport, Report, Summary};
use crate::{EXIT_ERROR, EXIT_FINDINGS, files};

struct Outcome {
    report: FileReport,
    /// The lowest severity that fails the run for this file (flag, else its config, else info).
    fail_level: Severity,
    fixed: usize,
    diff: Option<String>,
    warnings: Vec<String>,
}

/// A config error, with the file shown relative to the working directory.
fn config_error(e: ConfigError) -> anyhow::Error {
    anyhow!(ConfigError {
        file: PathBuf::from(files::display(&e.file)),
        ..e
    })
}

pub fn run(registry: &Registry, args: CheckArgs) -> anyhow::Result<u8> {
    let known = |c: &str| !c.is_empty() && registry.rules().iter().any(|r| r.code.starts_with(c));
    for code in args.select.iter().flatten().chain(&args.ignore) {
        if code != "ALL" && !known(code) {
            bail!("`{code}` is not a rule code or prefix (see `cdklint rules`)");
        }
    }
    if args.statistics && !matches!(args.format, Format::Text | Format::Json) {
        bail!("--statistics works with --format text or json");
    }
    // Read the baseline first: a missing or broken one is an error before any work is done.
    let baseline = args.baseline.as_deref().map(Baseline::load).transpose()?;
    let source = if args.no_config {
        Source::Disabled
    } else if let Some(path) = &args.config {
        let cfg = Config::load(path, &known)
            .map_err(config_error)?
            .ok_or_else(|| anyhow!("{}: has no [tool.cdklint] section", path.display()))?;
        Source::Fixed(Arc::new(cfg))
    } else {
        Source::Discover
    };
    let rules = registry
        .rules()
        .iter()
        .map(|r| r.code.clone())
        .collect::<Vec<_>>();
    let resolver = Resolver::new(source, move |c: &str| {
        !c.is_empty() && rules.iter().any(|r| r.starts_with(c))
    });
    // The flags are the overlay on each file's configuration (the server's is the editor's).
    let overlay = Overlay {
        select: args.select.clone(),
        ignore: args.ignore.clone(),
        fail_level: args.fail_level.map(|l| match l {
            FailLevel::Error => Severity::Error,
            FailLevel::Warning => Severity::Warning,
            FailLevel::Info => Severity::Info,
        }),
        max_file_size: args.max_file_size,
        ..Overlay::default()
    };
    // Project facts (the aws-cdk-lib version) are read once per directory.
    let projects = cdklint_project::ProjectCache::new();
    let stdin_mode =
        args.stdin_filename.is_some() || args.paths.iter().any(|p| p == Path::new("-"));
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    // The directories walked: the run sees every file of a project whose root lies in one
    // (of a project without a manifest, the files below them). Single files given alone, as a
    // pre-commit hook gives them, and stdin are part of a workspace the run does not see.
    let walked: Vec<PathBuf> = if stdin_mode {
        Vec::new()
    } else {
        paths
            .iter()
            .filter(|p| p.is_dir())
            .map(|p| baseline::normalise_path(p))
            .collect()
    };
    // A file's configuration and project facts, found from its absolute path (made once).
    let settings_for = |file: &Path| -> anyhow::Result<Resolved> {
        let absolute = baseline::normalise_path(file);
        let mut resolved = resolver
            .resolve(&absolute, &overlay)
            .map_err(config_error)?;
        let project = projects.facts(&absolute);
        let scope = project.root.as_deref().unwrap_or(&absolute);
        resolved.settings.partial_workspace = !walked.iter().any(|d| scope.starts_with(d));
        resolved.settings.project = Some(project);
        Ok(resolved)
    };
    let mode = match (args.fix || args.diff, args.unsafe_fixes) {
        (false, _) => None,
        (true, false) => Some(FixMode::Safe),
        (true, true) => Some(FixMode::SafeAndUnsafe),
    };

    // Not held locked: the files are checked on other threads, and anything they write to stderr
    // while this thread held the lock would wait for ever.
    let mut stderr = std::io::stderr();
    let (mut outcomes, file_count, file_errors) = if stdin_mode {
        let name = args
            .stdin_filename
            .clone()
            .unwrap_or_else(|| PathBuf::from("stdin.ts"));
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .context("reading stdin")?;
        let text = match decode(bytes) {
            Decoded::Utf8(text) | Decoded::Utf16(text, _) => text,
            Decoded::Lossy(..) => {
                bail!("stdin is not valid UTF-8; cdklint reads UTF-8 source files")
            }
        };
        let resolved = settings_for(&name)?;
        let outcome = lint_text(
            registry,
            &name,
            text,
            &resolved.settings,
            resolved.fail_level,
            mode,
            args.diff,
        );
        (vec![outcome], 1, Vec::new())
    } else {
        let collected = files::collect(&paths)?;
        let files = collected.files;
        for w in collected.warnings {
            let _ = writeln!(stderr, "cdklint: warning: {w}");
        }
        // --diff wins over --fix: it shows what --fix would write and writes nothing.
        let write = args.fix && !args.diff;
        // One pass lints every file without the workspace index and gathers each file's
        // facts from the same parse and model. Only the files whose result depended on the
        // index (a rule asked where a stack is instantiated), or that have fixes to apply,
        // are linted again once the index holds every file.
        let first: Vec<anyhow::Result<First>> = files
            .par_iter()
            .map(|file| {
                let resolved = settings_for(file)?;
                Ok(first_pass(registry, file, resolved, mode.is_some()))
            })
            .collect();
        let mut index = cdklint_workspace::WorkspaceIndex::new();
        let mut firsts = Vec::with_capacity(first.len());
        for f in first {
            let mut f = f?;
            if let Some(facts) = f.facts.take() {
                index.update(facts);
            }
            firsts.push(f);
        }
        let index = Arc::new(index);
        let results: Vec<Result<Outcome, String>> = files
            .par_iter()
            .zip(firsts)
            .map(|(file, first)| match first.result {
                Pass::Done(outcome) => outcome,
                Pass::Again(again) => {
                    second_pass(registry, file, *again, &index, mode, write, args.diff)
                }
            })
            .collect();
        let mut outcomes = Vec::with_capacity(results.len());
        let mut errors: Vec<String> = collected
            .errors
            .iter()
            .map(|(path, why)| format!("{}: {why}", files::display(path)))
            .collect();
        // A configuration error stopped the run above; a file that cannot be read does not:
        // the others are linted and reported, and it is reported next to them.
        for r in results {
            match r {
                Ok(outcome) => outcomes.push(outcome),
                Err(e) => errors.push(e),
            }
        }
        errors.sort();
        (outcomes, files.len(), errors)
    };
    // Sorted by the path as shown, so every format lists files in the same order.
    outcomes.sort_by(|a, b| a.report.path.cmp(&b.report.path));

    for o in &outcomes {
        for w in &o.warnings {
            let _ = writeln!(stderr, "cdklint: warning: {w}");
        }
    }

    if args.diff {
        let diffs: String = outcomes.iter().filter_map(|o| o.diff.as_deref()).collect();
        let changed = outcomes.iter().filter(|o| o.diff.is_some()).count();
        let fixes: usize = outcomes.iter().map(|o| o.fixed).sum();
        emit(args.output_file.as_deref(), &diffs)?;
        if !args.quiet {
            let _ = writeln!(
                stderr,
                "Would fix {} in {}.",
                output::plural(fixes, "problem"),
                output::plural(changed, "file")
            );
        }
        report_errors(&mut stderr, &file_errors);
        if !file_errors.is_empty() {
            return Ok(EXIT_ERROR);
        }
        return Ok(if changed == 0 { 0 } else { EXIT_FINDINGS });
    }

    if stdin_mode && args.fix {
        // Like other linters: with --fix on stdin, the fixed source goes to stdout and the
        // report of what is left to stderr (or --output-file).
        let mut stdout = std::io::stdout().lock();
        let _ = stdout.write_all(outcomes[0].report.text.as_bytes());
        let _ = stdout.flush();
    }

    if let Some(file) = &args.write_baseline {
        let reports: Vec<FileReport> = outcomes.into_iter().map(|o| o.report).collect();
        let n = baseline::write(file, &reports)?;
        if !args.quiet {
            let _ = writeln!(
                stderr,
                "Wrote a baseline of {} to {}.",
                output::plural(n, "finding"),
                file.display()
            );
        }
        report_errors(&mut stderr, &file_errors);
        return Ok(if file_errors.is_empty() {
            0
        } else {
            EXIT_ERROR
        });
    }

    let mut baselined = 0;
    if let Some(baseline) = &baseline {
        for o in &mut outcomes {
            baselined += baseline.filter(&mut o.report);
        }
    }
    let failing = outcomes.iter().any(|o| {
        o.report
            .diagnostics
            .iter()
            .any(|d| d.severity >= o.fail_level)
    });
    let summary = Summary {
        files: file_count,
        fixed: outcomes.iter().map(|o| o.fixed).sum(),
        baselined,
    };
    let reports: Vec<FileReport> = outcomes.into_iter().map(|o| o.report).collect();
    let report = Report {
        files: &reports,
        summary,
    };
    let to_stderr = stdin_mode && args.fix && args.output_file.is_none();
    let color = args.output_file.is_none()
        && !to_stderr
        && std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let quiet_and_clean = args.quiet && report.counts().total() == 0;
    let rendered = match (args.format, args.statistics) {
        (Format::Text, true) => output::statistics::render_text(&report, args.quiet),
        (Format::Json, true) => output::statistics::render_json(&report),
        (Format::Text, false) => {
            output::text::render(&report, output::text::Style { color }, args.quiet)
        }
        (Format::Json, false) => output::json::render(&report),
        (Format::Sarif, _) => {
            let cwd = std::env::current_dir().ok();
            output::sarif::render(&report, registry, cwd.as_deref())
        }
        (Format::Github, _) => output::github::render(&report, args.quiet),
        (Format::Junit, _) => output::junit::render(&report),
    };
    // --quiet prints nothing at all for a clean run in the human formats.
    let rendered = if quiet_and_clean && matches!(args.format, Format::Text | Format::Github) {
        String::new()
    } else {
        rendered
    };
    if to_stderr {
        let _ = stderr.write_all(rendered.as_bytes());
    } else {
        emit(args.output_file.as_deref(), &rendered)?;
    }
    report_errors(&mut stderr, &file_errors);
    Ok(if !file_errors.is_empty() {
        EXIT_ERROR
    } else if failing {
        EXIT_FINDINGS
    } else {
        0
    })
}

/// Files that could not be linted, after the report of the others.
fn report_errors(stderr: &mut impl Write, errors: &[String]) {
    for e in errors {
        let _ = writeln!(stderr, "cdklint: error: {e}");
    }
}

/// Write output to the file if there is one, else to stdout.
fn emit(file: Option<&Path>, text: &str) -> anyhow::Result<()> {
    match file {
        Some(path) => std::fs::write(path, text)
            .with_context(|| format!("{}: cannot write the output file", path.display())),
        None => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`cdklint check | head`) is not an error worth reporting.
            let _ = stdout.write_all(text.as_bytes());
            let _ = stdout.flush();
            Ok(())
        }
    }
}

/// How a file's bytes were read: its text, with the bytes themselves when the text is not them.
enum Decoded {
    Utf8(String),
    /// UTF-16 with a byte order mark: linted, but fixes are not written back.
    Utf16(String, Vec<u8>),
    /// Not valid UTF-8: linted with replacement characters, never fixed.
    Lossy(String, Vec<u8>),
}

fn decode(bytes: Vec<u8>) -> Decoded {
    let utf16 = |be: bool| {
        let units = bytes[2..].chunks(2).map(|c| match (c, be) {
            ([a, b], true) => u16::from_be_bytes([*a, *b]),
            ([a, b], false) => u16::from_le_bytes([*a, *b]),
            _ => 0xFFFD,
        });
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect::<String>()
    };
    match bytes.get(..2) {
        Some([0xFF, 0xFE]) => return Decoded::Utf16(utf16(false), bytes),
        Some([0xFE, 0xFF]) => return Decoded::Utf16(utf16(true), bytes),
        _ => {}
    }
    match String::from_utf8(bytes) {
        Ok(t) => Decoded::Utf8(t),
        Err(e) => {
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            Decoded::Lossy(text, e.into_bytes())
        }
    }
}

/// A file's first pass: its facts for the workspace index, and its outcome when that is
/// final.
struct First {
    facts: Option<cdklint_workspace::FileFacts>,
    result: Pass,
}

enum Pass {
    Done(Result<Outcome, String>),
    /// To be linted again with the whole workspace index (and fixed, with a fix mode).
    Again(Box<Again>),
}

struct Again {
    resolved: Resolved,
    /// Without a fix mode, the file as the first pass read and parsed it: linted again from
    /// its tree. With one, the file is read again (its bytes are checked before it is written).
    kept: Option<Kept>,
}

struct Kept {
    source: SourceText,
    grammar: cdklint_linter::Grammar,
    tree: cdklint_linter::Tree,
}

/// Read and lint one file without the workspace index, keeping its facts.
fn first_pass(registry: &Registry, file: &Path, resolved: Resolved, fixing: bool) -> First {
    let done = |outcome| First {
        facts: None,
        result: Pass::Done(outcome),
    };
    let source = match read_source(file, &resolved) {
        Ok(Ok(source)) => source,
        Ok(Err(skipped)) => return done(Ok(skipped)),
        Err(e) => return done(Err(e)),
    };
    let path = files::display(file);
    let checked =
        cdklint_linter::check_with_facts(registry, &path, &source.text, &resolved.settings);
    let facts = checked.facts.map(|mut f| {
        f.project_root = resolved
            .settings
            .project
            .as_ref()
            .and_then(|p| p.root_key());
        f
    });
    let result = checked.result;
    let has_fixes = source.note.is_none() && result.diagnostics.iter().any(|d| d.fix.is_some());
    if result.consulted_workspace || (fixing && has_fixes) {
        let kept = match checked.tree {
            Some((grammar, tree)) if !fixing => Some(Kept {
                source,
                grammar,
                tree,
            }),
            _ => None,
        };
        return First {
            facts,
            result: Pass::Again(Box::new(Again { resolved, kept })),
        };
    }
    First {
        facts,
        result: Pass::Done(Ok(outcome_of(path, source, result, &resolved))),
    }
}

/// The outcome of a file linted without fixes.
fn outcome_of(
    path: String,
    source: SourceText,
    result: LintResult,
    resolved: &Resolved,
) -> Outcome {
    let mut warnings = result.rule_errors;
    if let Some(note) = source.note {
        warnings.push(format!("{path}: {note}"));
    }
    // The text only serves to show findings: a file without any lets it go now rather than
    // hold it until the report is written (most files of a run).
    let text = if result.diagnostics.is_empty() {
        String::new()
    } else {
        source.text
    };
    Outcome {
        report: FileReport::new(path, text, result.diagnostics),
        fail_level: resolved.fail_level,
        fixed: 0,
        diff: None,
        warnings,
    }
}

/// A file's second pass, with the whole workspace index.
fn second_pass(
    registry: &Registry,
    file: &Path,
    again: Again,
    index: &Arc<cdklint_workspace::WorkspaceIndex>,
    mode: Option<FixMode>,
    write: bool,
    diff: bool,
) -> Result<Outcome, String> {
    let Again { mut resolved, kept } = again;
    resolved.settings.workspace = Some(index.clone());
    match kept {
        Some(Kept {
            source,
            grammar,
            tree,
        }) => {
            let path = files::display(file);
            let result = cdklint_linter::check_tree(
                registry,
                &path,
                grammar,
                &source.text,
                &tree,
                &resolved.settings,
            );
            Ok(outcome_of(path, source, result, &resolved))
        }
        None => lint_file(registry, file, &resolved, mode, write, diff),
    }
}

/// A file's text as read for linting.
struct SourceText {
    /// The bytes as read when they differ from `text` (UTF-16, invalid UTF-8); the check that
    /// nobody wrote the file meanwhile compares against [`SourceText::original`].
    original: Option<Vec<u8>>,
    text: String,
    /// Why the text is not the file's bytes as UTF-8 (and so is never fixed).
    note: Option<&'static str>,
}

impl SourceText {
    /// The bytes as read.
    fn original(&self) -> &[u8] {
        self.original.as_deref().unwrap_or(self.text.as_bytes())
    }
}

/// Read one file. `Ok(Err(outcome))`: the file is too large and skipped; `Err` is why the file
/// could not be read.
fn read_source(file: &Path, resolved: &Resolved) -> Result<Result<SourceText, Outcome>, String> {
    let name = files::display(file);
    let meta = std::fs::metadata(file).map_err(|e| format!("{name}: {}", files::io_reason(&e)))?;
    if !meta.is_file() {
        return Err(format!("{name}: {}", files::not_a_file(&meta.file_type())));
    }
    if let Some(why) = resolved.too_large(meta.len()) {
        return Ok(Err(skipped(file, resolved, format!("{name}: {why}"))));
    }
    // Read no more than the limit, in case the file grows while it is read.
    // Sized from the metadata: read in one call rather than a doubling buffer's many.
    let expected = meta.len().min(resolved.max_file_size) as usize + 1;
    let mut bytes = Vec::with_capacity(expected);
    std::fs::File::open(file)
        .and_then(|f| f.take(resolved.max_file_size + 1).read_to_end(&mut bytes))
        .map_err(|e| format!("{name}: {}", files::io_reason(&e)))?;
    if let Some(why) = resolved.too_large(bytes.len() as u64) {
        return Ok(Err(skipped(file, resolved, format!("{name}: {why}"))));
    }
    // Most files are UTF-8: their text is their bytes, kept once.
    let (text, note, original) = match decode(bytes) {
        Decoded::Utf8(t) => (t, None, None),
        Decoded::Utf16(t, bytes) => (t, Some("UTF-16; linted, fixes not written"), Some(bytes)),
        Decoded::Lossy(t, bytes) => (
            t,
            Some("not valid UTF-8; linted with replacement characters, not fixed"),
            Some(bytes),
        ),
    };
    Ok(Ok(SourceText {
        original,
        text,
        note,
    }))
}

/// Read, lint and (with `write`) fix one file. `Err` is why the file could not be linted.
fn lint_file(
    registry: &Registry,
    file: &Path,
    resolved: &Resolved,
    mode: Option<FixMode>,
    write: bool,
    diff: bool,
) -> Result<Outcome, String> {
    let name = files::display(file);
    let source = match read_source(file, resolved)? {
        Ok(source) => source,
        Err(skipped) => return Ok(skipped),
    };
    let original = source.original();
    let (text, note) = (&source.text, source.note);
    let mut outcome = lint_text(
        registry,
        file,
        text.clone(),
        &resolved.settings,
        resolved.fail_level,
        if note.is_some() { None } else { mode },
        diff,
    );
    if let Some(note) = note {
        outcome.warnings.push(format!("{name}: {note}"));
    }
    if write
        && note.is_none()
        && outcome.report.text != *text
        && let Err(why) = write_fixed(file, original, &outcome.report.text)
    {
        // The findings stay reported as found; the file is left as it was.
        outcome
            .warnings
            .push(format!("{name}: fixes not written: {why}"));
        outcome.fixed = 0;
    }
    Ok(outcome)
}

/// The outcome of a file not linted (too large), with the reason as a warning.
fn skipped(file: &Path, resolved: &Resolved, why: String) -> Outcome {
    Outcome {
        report: FileReport::new(files::display(file), String::new(), Vec::new()),
        fail_level: resolved.fail_level,
        fixed: 0,
        diff: None,
        warnings: vec![why],
    }
}

/// Lint (and with a fix mode, fix) one text. The report holds the final text.
fn lint_text(
    registry: &Registry,
    file: &Path,
    text: String,
    settings: &LintSettings,
    fail_level: Severity,
    mode: Option<FixMode>,
    diff: bool,
) -> Outcome {
    let path = files::display(file);
    let mut warnings = Vec::new();
    let (final_text, diagnostics, fixed, rule_errors) = match mode {
        None => {
            let r = cdklint_linter::check(registry, &path, &text, settings);
            (text.clone(), r.diagnostics, 0, r.rule_errors)
        }
        Some(mode) => {
            let o = cdklint_linter::fix(registry, &path, &text, settings, mode);
            if o.rejected > 0 {
                warnings.push(format!(
                    "{path}: {} fix(es) not applied because the result would not parse",
                    o.rejected
                ));
            }
            (
                o.text,
                o.remaining.diagnostics,
                o.applied.len(),
                o.remaining.rule_errors,
            )
        }
    };
    warnings.extend(rule_errors);
    let diff = (diff && final_text != text).then(|| {
        similar::TextDiff::from_lines(&text, &final_text)
            .unified_diff()
            .context_radius(3)
            .header(&format!("a/{path}"), &format!("b/{path}"))
            .to_string()
    });
    Outcome {
        report: FileReport::new(path, final_text, diagnostics),
        fail_level,
        fixed,
        diff,
        warnings,
    }
}

/// Write a fixed file through the path it was linted as: a symlink is followed and its target
/// written, permissions are kept, a file with other hard links is rewritten in place (after
/// the new content was written to a temporary file, so a full disk cannot truncate it), any
/// other is replaced by renaming a temporary file onto it (never half-written). A read-only
/// file is refused, and so is a file whose content changed since it was read (an editor or
/// another tool wrote it meanwhile: writing would lose that change).
pub fn write_fixed(path: &Path, original: &[u8], text: &str) -> Result<(), String> {
    let target = std::fs::canonicalize(path).map_err(|e| files::io_reason(&e))?;
    let meta = std::fs::metadata(&target).map_err(|e| files::io_reason(&e))?;
    if meta.permissions().readonly() {
        return Err("the file is read-only".into());
    }
    let dir = target.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| files::io_reason(&e))?;
    tmp.write_all(text.as_bytes())
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| files::io_reason(&e))?;
    let _ = std::fs::set_permissions(tmp.path(), meta.permissions());
    let now = std::fs::read(&target).map_err(|e| files::io_reason(&e))?;
    if now != original {
        return Err("the file changed while it was linted".into());
    }
    if hard_links(&meta) > 1 {
        // Renaming would detach this name from the other links: write the same inode.
        std::fs::write(&target, text).map_err(|e| files::io_reason(&e))?;
        return Ok(());
    }
    tmp.persist(&target)
        .map_err(|e| files::io_reason(&e.error))?;
    Ok(())
}

#[cfg(unix)]
fn hard_links(meta: &std::fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::nlink(meta)
}

#[cfg(not(unix))]
fn hard_links(_: &std::fs::Metadata) -> u64 {
    1
}

/// Write through a temporary file in the same directory and rename it over the original, so
/// an interrupted run never leaves a half-written file. Keeps the original permissions.
pub fn write_atomically(path: &Path, text: &str) -> anyhow::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(text.as_bytes())?;
    tmp.as_file().sync_all()?;
    if let Ok(meta) = std::fs::metadata(path) {
        let _ = std::fs::set_permissions(tmp.path(), meta.permissions());
    }
    tmp.persist(path)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_changed_since_it_was_read_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.ts");
        std::fs::write(&file, "const a = 1;\nconst b = 2; // appended meanwhile\n").unwrap();
        let e = write_fixed(&file, b"const a = 1;\n", "const a = 2;\n").unwrap_err();
        assert!(e.contains("changed"), "{e}");
        assert!(std::fs::read_to_string(&file).unwrap().contains("appended"));
        write_fixed(&file, &std::fs::read(&file).unwrap(), "fixed\n").unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "fixed\n");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temp left"
        );
    }
}
