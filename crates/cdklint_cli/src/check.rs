//! `cdklint check`.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, anyhow, bail};
use cdklint_config::{Config, ConfigCache, ConfigError};
use cdklint_diagnostics::Severity;
use cdklint_linter::{FixMode, LintSettings, Registry};
use cdklint_rules::Grammar;
use rayon::prelude::*;

use crate::args::{CheckArgs, FailLevel, Format};
use crate::baseline::{self, Baseline};
use crate::output::{self, FileReport, Report, Summary};
use crate::{EXIT_FINDINGS, files};

/// Where each file's settings come from.
enum ConfigSource {
    None,
    Fixed(Arc<Config>),
    Discover(ConfigCache),
}

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
        ConfigSource::None
    } else if let Some(path) = &args.config {
        let cfg = Config::load(path, &known)
            .map_err(config_error)?
            .ok_or_else(|| anyhow!("{}: has no [tool.cdklint] section", path.display()))?;
        ConfigSource::Fixed(Arc::new(cfg))
    } else {
        ConfigSource::Discover(ConfigCache::default())
    };
    let flag_fail_level = args.fail_level.map(|l| match l {
        FailLevel::Error => Severity::Error,
        FailLevel::Warning => Severity::Warning,
        FailLevel::Info => Severity::Info,
    });
    let settings_for = |file: &Path| -> anyhow::Result<(LintSettings, Severity)> {
        let cfg = match &source {
            ConfigSource::None => None,
            ConfigSource::Fixed(cfg) => Some(cfg.clone()),
            ConfigSource::Discover(cache) => cache.for_file(file, &known).map_err(config_error)?,
        };
        let mut settings = match &cfg {
            Some(cfg) => cfg.settings_for(&baseline::normalise_path(file)),
            None => LintSettings::all_rules(),
        };
        if let Some(select) = &args.select {
            settings.rules.select = Some(select.clone());
        }
        settings.rules.ignore.extend(args.ignore.iter().cloned());
        let fail_level = flag_fail_level
            .or(cfg.and_then(|c| c.fail_level))
            .unwrap_or(Severity::Info);
        Ok((settings, fail_level))
    };
    let mode = match (args.fix || args.diff, args.unsafe_fixes) {
        (false, _) => None,
        (true, false) => Some(FixMode::Safe),
        (true, true) => Some(FixMode::SafeAndUnsafe),
    };

    let mut stderr = std::io::stderr().lock();
    let stdin_mode =
        args.stdin_filename.is_some() || args.paths.iter().any(|p| p == Path::new("-"));
    let (mut outcomes, file_count) = if stdin_mode {
        let name = args
            .stdin_filename
            .clone()
            .unwrap_or_else(|| PathBuf::from("stdin.ts"));
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .context("reading stdin")?;
        let text = String::from_utf8(bytes)
            .map_err(|_| anyhow!("stdin is not valid UTF-8; cdklint reads UTF-8 source files"))?;
        let (settings, fail_level) = settings_for(&name)?;
        let outcome = lint_text(
            registry, &name, text, &settings, fail_level, mode, args.diff,
        );
        (vec![outcome], 1)
    } else {
        let paths = if args.paths.is_empty() {
            vec![PathBuf::from(".")]
        } else {
            args.paths.clone()
        };
        let (files, walk_warnings) = files::collect(&paths)?;
        for w in walk_warnings {
            let _ = writeln!(stderr, "cdklint: warning: {w}");
        }
        // Compiling a grammar's queries costs more than linting many files: compile the
        // grammars this run needs up front, side by side, instead of one after another.
        let mut grammars: Vec<Grammar> =
            files.iter().filter_map(|f| Grammar::for_path(f)).collect();
        grammars.sort();
        grammars.dedup();
        registry.prepare(&grammars);
        let results: Vec<anyhow::Result<Outcome>> = files
            .par_iter()
            .map(|file| {
                let (settings, fail_level) = settings_for(file)?;
                // --diff wins over --fix: it shows what --fix would write and writes nothing.
                let write = args.fix && !args.diff;
                lint_file(
                    registry, file, &settings, fail_level, mode, write, args.diff,
                )
            })
            .collect();
        let mut outcomes = Vec::with_capacity(results.len());
        for r in results {
            outcomes.push(r?);
        }
        (outcomes, files.len())
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
        return Ok(0);
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
    Ok(if failing { EXIT_FINDINGS } else { 0 })
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

#[allow(clippy::too_many_arguments)]
fn lint_file(
    registry: &Registry,
    file: &Path,
    settings: &LintSettings,
    fail_level: Severity,
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
        fail_level,
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
