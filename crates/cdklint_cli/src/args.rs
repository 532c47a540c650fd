use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "cdklint",
    version,
    about = "An AWS CDK linter and language server for TypeScript, JavaScript and Python"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Lint files and directories (default: the current directory).
    Check(CheckArgs),
    /// Run the language server over stdio.
    Server,
    /// List the rules.
    Rules(RulesArgs),
    /// Show a rule's documentation.
    Explain {
        /// A rule code (e.g. DNS001) or name (e.g. alb-record-not-alias).
        code: String,
    },
    /// Run the fixtures of the project's own rules (default: the `rules-dirs` of the
    /// configuration); exit 1 when a rule fails.
    Test(TestArgs),
    /// Create a new project rule: rule.toml with its docs and a matcher, and fixtures.
    NewRule(NewRuleArgs),
}

#[derive(Debug, Args)]
pub struct TestArgs {
    /// Rule directories (holding <group>/<name>/rule.toml), or single rule directories.
    pub rule_dirs: Vec<PathBuf>,
    /// Write each fixture's `.fixed` file from the current fixes instead of comparing.
    #[arg(long)]
    pub bless: bool,
}

#[derive(Debug, Args)]
pub struct NewRuleArgs {
    /// The rule's group and name, e.g. `tags/stack-tags`.
    #[arg(value_name = "GROUP/NAME")]
    pub rule: String,
    /// The rule's code: the project prefix and three digits, e.g. ACME001.
    #[arg(long)]
    pub code: String,
    /// The rules directory to create it in (default: the first `rules-dirs` entry of the
    /// configuration, else `cdklint-rules`).
    #[arg(long)]
    pub dir: Option<PathBuf>,
}

/// Output formats of `cdklint check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Compiler-style findings with the source line, and a summary.
    Text,
    /// An array of findings sorted by path then position.
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// GitHub Actions workflow commands: annotations on the pull request.
    Github,
    /// JUnit XML, for CI systems that show test reports.
    Junit,
}

/// Output formats of `cdklint rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    Text,
    Json,
    /// The catalogue: a table of every rule, then each rule's documentation.
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailLevel {
    Error,
    Warning,
    Info,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or directories to lint; `-` reads stdin (see --stdin-filename).
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Apply safe fixes in place.
    #[arg(long)]
    pub fix: bool,
    /// With --fix or --diff, also apply unsafe fixes.
    #[arg(long)]
    pub unsafe_fixes: bool,
    /// Print the fixes as a unified diff instead of writing them (also with --fix: `--fix
    /// --diff` previews what `--fix` would write, as in ruff).
    #[arg(long)]
    pub diff: bool,
    /// Only run these rules (codes or prefixes, comma-separated). Replaces the config's `select`.
    #[arg(long, value_delimiter = ',')]
    pub select: Option<Vec<String>>,
    /// Skip these rules (codes or prefixes, comma-separated). Adds to the config's `ignore`.
    #[arg(long, value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// Read the source from stdin and lint it as this file name.
    #[arg(long)]
    pub stdin_filename: Option<PathBuf>,
    /// Use this configuration file for every file instead of discovering one.
    #[arg(long, conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Ignore configuration files.
    #[arg(long)]
    pub no_config: bool,
    /// Lowest severity that makes the exit code 1 (default: the config's `fail-level`, else info).
    #[arg(long, value_enum)]
    pub fail_level: Option<FailLevel>,
    /// Skip files larger than this (bytes, or e.g. 4MB, 512KiB; default: the config's
    /// `max-file-size`, else 4MiB).
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_file_size: Option<u64>,
    /// Write the report to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "PATH")]
    pub output_file: Option<PathBuf>,
    /// Record the current findings in FILE (a JSON baseline) and exit 0.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["baseline", "diff"])]
    pub write_baseline: Option<PathBuf>,
    /// Report only the findings that are not in the baseline FILE.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Show how many findings each rule has instead of the findings (text or json format).
    #[arg(long)]
    pub statistics: bool,
    /// Print only the findings: no summary, and nothing at all when there are none.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

fn parse_size(s: &str) -> Result<u64, String> {
    cdklint_config::parse_size(s)
        .ok_or_else(|| format!("{s:?} is not a size (bytes, or e.g. 4MB, 512KiB)"))
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
    pub format: RulesFormat,
}
