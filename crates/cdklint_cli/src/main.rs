//! The `cdklint` binary: `check`, `server`, `rules`, `explain`.

mod args;
mod baseline;
mod check;
mod files;
mod output;
mod rules_cmd;
mod workspace;

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
        Command::Check(args) => check::run(registry, args),
        Command::Rules(args) => rules_cmd::list(registry, &args),
        Command::Explain { code } => rules_cmd::explain(registry, &code),
        Command::Server => run_server(),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("cdklint: error: {e:#}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn run_server() -> anyhow::Result<u8> {
    Ok(cdklint_server::run_stdio()?)
}
