//! `cdklint check`.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, anyhow, bail};
use cdklint_config::{Config, ConfigCache};
use cdklint_diagnostics::{Applicability, Severity};
use cdklint_linter::{FixMode, LintSettings, Registry};
use rayon::prelude::*;

use crate::args::{CheckArgs, FailLevel, Format};
use crate::output::{self, FileReport};
use crate::{EXIT_FINDINGS, files};

/// Where each file's settings come from.
enum ConfigSource {
    None,
    Fixed(Arc<Config>),
    Discover(ConfigCache),
}

struct Outcome {
    report: FileReport,
    fixed: usize,
    diff: Option<String>,
    warnings: Vec<String>,
}

pub fn run(registry: &Registry, args: CheckArgs) -> anyhow::Result<u8> {
    let known = |c: &str| registry.rules().iter().any(|r| r.code.starts_with(c));
    for code in args.select.iter().flatten().chain(&args.ignore) {
        if code != "ALL" && !known(code) {
            bail!("`{code}` is not a rule code or prefix (see `cdklint rules`)");
        }
    }
    let source = if args.no_config {
        ConfigSource::None
    } else if let Some(path) = &args.config {
        let cfg = Config::load(path, &known)?
            .ok_or_else(|| anyhow!("{}: has no [tool.cdklint] section", path.display()))?;
        ConfigSource::Fixed(Arc::new(cfg))
    } else {
        ConfigSource::Discover(ConfigCache::default())
    };
    let settings_for = |file: &Path| -> anyhow::Result<(LintSettings, Option<Severity>)> {
        let cfg = match &source {
            ConfigSource::None => None,
            ConfigSource::Fixed(cfg) => Some(cfg.clone()),
            ConfigSource::Discover(cache) => cache.for_file(file, &known)?,
        };
        let mut settings = match &cfg {
            Some(cfg) => {
                cfg.settings_for(&std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf()))
            }
            None => LintSettings::all_rules(),
        };
        if let Some(select) = &args.select {
            settings.rules.select = Some(select.clone());
        }
        settings.rules.ignore.extend(args.ignore.iter().cloned());
        Ok((settings, cfg.and_then(|c| c.fail_level)))
    };
    let mode = match (args.fix || args.diff, args.unsafe_fixes) {
        (false, _) => None,
        (true, false) => Some(FixMode::Safe),
        (true, true) => Some(FixMode::SafeAndUnsafe),
    };

    // The fail level: the flag, else the config governing the working directory.
    let cwd_fail_level = settings_for(&std::env::current_dir()?.join("cdklint-check"))?.1;
    let fail_level = match args.fail_level {
        Some(FailLevel::Error) => Severity::Error,
        Some(FailLevel::Warning) => Severity::Warning,
        Some(FailLevel::Info) => Severity::Info,
        None => cwd_fail_level.unwrap_or(Severity::Info),
    };

    let stdin_mode =
        args.stdin_filename.is_some() || args.paths.iter().any(|p| p == Path::new("-"));
    let (outcomes, file_count) = if stdin_mode {
        let name = args
            .stdin_filename
            .clone()
            .unwrap_or_else(|| PathBuf::from("stdin.ts"));
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("reading stdin")?;
        let (settings, _) = settings_for(&name)?;
        let outcome = lint_text(registry, &name, text, &settings, mode, args.diff);
        if args.fix {
            // Like other linters: with --fix on stdin, the fixed source goes to stdout.
            print!("{}", outcome.report.text);
            return Ok(exit_code(&[outcome], fail_level));
        }
        (vec![outcome], 1)
    } else {
        let paths = if args.paths.is_empty() {
            vec![PathBuf::from(".")]
        } else {
            args.paths.clone()
        };
        let files = files::collect(&paths)?;
        let results: Vec<anyhow::Result<Outcome>> = files
            .par_iter()
            .map(|file| {
                let (settings, _) = settings_for(file)?;
                lint_file(registry, file, &settings, mode, args.fix, args.diff)
            })
            .collect();
        let mut outcomes = Vec::with_capacity(results.len());
        for r in results {
            outcomes.push(r?);
        }
        (outcomes, files.len())
    };

    let mut stderr = std::io::stderr().lock();
    for o in &outcomes {
        for w in &o.warnings {
            let _ = writeln!(stderr, "cdklint: warning: {w}");
        }
    }
    let mut stdout = std::io::stdout().lock();
    if args.diff {
        let diffs: Vec<&str> = outcomes.iter().filter_map(|o| o.diff.as_deref()).collect();
        for d in &diffs {
            let _ = write!(stdout, "{d}");
        }
        let fixes: usize = outcomes.iter().map(|o| o.fixed).sum();
        let _ = writeln!(
            stderr,
            "Would fix {fixes} problem{} in {} file{}.",
            s(fixes),
            diffs.len(),
            s(diffs.len())
        );
        return Ok(if diffs.is_empty() { 0 } else { EXIT_FINDINGS });
    }

    let reports: Vec<FileReport> = outcomes
        .iter()
        .map(|o| FileReport {
            path: o.report.path.clone(),
            text: o.report.text.clone(),
            index: o.report.index.clone(),
            diagnostics: o.report.diagnostics.clone(),
        })
        .collect();
    match args.format {
        Format::Json => {
            let _ = write!(stdout, "{}", output::json::render(&reports));
        }
        Format::Text => {
            let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            let _ = write!(
                stdout,
                "{}",
                output::text::render(&reports, output::text::Style { color })
            );
            let all = reports.iter().flat_map(|r| &r.diagnostics);
            let count = |a: Applicability| {
                all.clone()
                    .filter(|d| d.fix.as_ref().is_some_and(|f| f.applicability == a))
                    .count()
            };
            let fixed: usize = outcomes.iter().map(|o| o.fixed).sum();
            if fixed > 0 {
                let _ = writeln!(stdout, "Fixed {fixed} problem{}.", s(fixed));
            }
            let _ = write!(
                stdout,
                "{}",
                output::text::summary(
                    &reports,
                    file_count,
                    count(Applicability::Safe),
                    count(Applicability::Unsafe)
                )
            );
        }
    }
    Ok(exit_code(&outcomes, fail_level))
}

fn s(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn exit_code(outcomes: &[Outcome], fail_level: Severity) -> u8 {
    let failing = outcomes
        .iter()
        .flat_map(|o| &o.report.diagnostics)
        .any(|d| d.severity >= fail_level);
    if failing { EXIT_FINDINGS } else { 0 }
}

fn lint_file(
    registry: &Registry,
    file: &Path,
    settings: &LintSettings,
    mode: Option<FixMode>,
    write: bool,
    diff: bool,
) -> anyhow::Result<Outcome> {
    let bytes = std::fs::read(file).with_context(|| format!("{}: cannot read", file.display()))?;
    let (text, lossy) = match String::from_utf8(bytes) {
        Ok(t) => (t, false),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), true),
    };
    let mut outcome = lint_text(
        registry,
        file,
        text.clone(),
        settings,
        if lossy { None } else { mode },
        diff,
    );
    if lossy {
        outcome.warnings.push(format!(
            "{}: not valid UTF-8; linted with replacement characters, not fixed",
            files::display(file)
        ));
    }
    if write && !lossy && outcome.report.text != text {
        write_atomically(file, &outcome.report.text)
            .with_context(|| format!("{}: cannot write the fixed file", file.display()))?;
    }
    Ok(outcome)
}

/// Lint (and with a fix mode, fix) one text. The report holds the final text.
fn lint_text(
    registry: &Registry,
    file: &Path,
    text: String,
    settings: &LintSettings,
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
        fixed,
        diff,
        warnings,
    }
}

/// Write through a temporary file in the same directory and rename it over the original, so
/// an interrupted run never leaves a half-written file. Keeps the original permissions.
fn write_atomically(path: &Path, text: &str) -> anyhow::Result<()> {
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
