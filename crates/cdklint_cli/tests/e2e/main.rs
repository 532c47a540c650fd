//! End-to-end tests: the built `cdklint` binary over the sample projects in `tests/cli/` at the
//! repository root (copied to a temporary directory, so a test may write), checking exit
//! codes, every output format, fixes, configuration, the file walk and baselines.
//!
//! Rules are added all the time, so every run that looks at findings passes `--select` with
//! the rules it is about (or a config that selects them).

mod baseline;
mod ci_formats;
mod common;
mod config;
mod custom_rules;
mod exit_codes;
mod fix;
mod json;
mod robustness;
mod text;
mod walk;
mod workspace;
