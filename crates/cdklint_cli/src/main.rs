//! The `cdklint` binary: `check`, `server`, `rules`, `explain`, `test`, `new-rule`.

mod args;
mod baseline;
mod check;
mod files;
mod output;
mod rules_cmd;

mod new_rule;
mod project_rules;
mod test_cmd;

use std::process::ExitCode;

use clap::Parser;

use crate::args::{Cli, Command};

/// Exit codes: 0 no findings at or above the fail level, 1 findings, 2 usage/config/IO error.
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { EXIT_ERROR } else { 0 });
        }
    };
    let registry = match cdklint_rules::Registry::embedded() {
        Ok(r) => r,
        Err(errors) => {
            for e in errors {
                eprintln!("cdklint: rule error: {e}");
            }
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let result = match cli.command {
        Command::Check(args) => check_with_project_rules(registry, args),
        Command::Rules(args) => with_project_rules(registry, |r| rules_cmd::list(r, &args)),
        Command::Explain { code } => with_project_rules(registry, |r| rules_cmd::explain(r, &code)),
        Command::Server => run_server(),
        Command::Test(args) => test_cmd::run(registry, args),
        Command::NewRule(args) => new_rule::run(registry, args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("cdklint: error: {e:#}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// Run `command` with the built-in rules and the project's own (`rules-dirs` of the
/// configuration of the working directory). Project rules that do not load are reported and
/// left out; the exit code then says so.
fn with_project_rules(
    builtin: &'static cdklint_rules::Registry,
    command: impl FnOnce(&'static cdklint_rules::Registry) -> anyhow::Result<u8>,
) -> anyhow::Result<u8> {
    let loaded = project_rules::load(builtin, &std::env::current_dir()?, None)?;
    project_rules::report(&loaded.errors);
    let code = command(loaded.registry)?;
    Ok(if loaded.errors.is_empty() {
        code
    } else {
        code.max(EXIT_ERROR)
    })
}

/// `cdklint check` with the project rules of the configuration governing what it lints.
fn check_with_project_rules(
    builtin: &'static cdklint_rules::Registry,
    args: args::CheckArgs,
) -> anyhow::Result<u8> {
    if args.no_config {
        return check::run(builtin, args);
    }
    // The first path (or --stdin-filename) decides where the configuration is looked for.
    let first = args
        .stdin_filename
        .clone()
        .or_else(|| args.paths.iter().find(|p| p.as_os_str() != "-").cloned())
        .unwrap_or_else(|| std::path::PathBuf::from("."));
    let start = if first.is_dir() {
        first
    } else {
        first
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| std::path::PathBuf::from("."), |p| p.to_path_buf())
    };
    let loaded = project_rules::load(builtin, &start, args.config.as_deref())?;
    project_rules::report(&loaded.errors);
    let code = check::run(loaded.registry, args)?;
    // The findings are reported; a project rule that did not load still fails the run.
    Ok(if loaded.errors.is_empty() {
        code
    } else {
        code.max(EXIT_ERROR)
    })
}

fn run_server() -> anyhow::Result<u8> {
    Ok(cdklint_server::run_stdio()?)
}
