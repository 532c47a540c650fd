//! Whole-process benchmark (not a test; nothing is asserted): `cdklint check` as a user runs it,
//! start-up included, against the tree-sitter parse floor of the same files in the same run.
//!
//!   cargo bench -p cdklint_cli --bench whole_process [-- CORPUS_DIR] [--runs N]
//!
//! The corpus defaults to `../shared/corpus` beside the workspace. The parse floor is this
//! benchmark binary re-run as a child process that walks the same files the way `cdklint check`
//! does (gitignore-aware, skipping dependency directories), reads and parses each with the same
//! grammars on the same threads, and exits: everything cdklint must do before its first rule.
//! "one core" pins both to CPU 0 (`taskset`, when present) with one worker thread. ast-grep
//! (`ast-grep`/`sg`) is timed with the six equivalent rules per language under `benches/peers/`
//! when it is on PATH (`pip install ast-grep-cli`); they find the same 65 / 10 / 0 / 33 / 52 / 9
//! matches as cdklint's corresponding checks on the corpus. semgrep is timed with the same six
//! rules (`benches/peers/semgrep.yml`) when it is on PATH (`pip install semgrep`); it finds
//! the same matches but one `RemovalPolicy.DESTROY` (64). Prints one markdown table; the
//! README's Performance section quotes it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use cdklint_rules::Grammar;
use rayon::prelude::*;

const FLOOR_ENV: &str = "CDKLINT_BENCH_PARSE_FLOOR";

fn main() {
    if let Ok(dir) = std::env::var(FLOOR_ENV) {
        parse_floor(Path::new(&dir));
        return;
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    let runs = args
        .windows(2)
        .find(|w| w[0] == "--runs")
        .and_then(|w| w[1].parse().ok())
        .unwrap_or(10usize);
    let corpus = args
        .iter()
        .enumerate()
        .find(|(i, a)| {
            !a.starts_with('-') && (*i == 0 || args[i - 1] != "--runs") && Path::new(a).is_dir()
        })
        .map(|(_, a)| PathBuf::from(a))
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus"));
    let corpus = corpus.canonicalize().unwrap_or_else(|e| {
        eprintln!("corpus {}: {e}", corpus.display());
        std::process::exit(2)
    });
    let cdklint = PathBuf::from(env!("CARGO_BIN_EXE_cdklint"));
    let me = std::env::current_exe().expect("the benchmark's own path");
    let taskset = which("taskset");
    let small = small_files();
    // `cdklint check` of the corpus as the benchmark times it everywhere.
    let check_corpus = || {
        let mut c = Command::new(&cdklint);
        c.args(["check", "--no-config", "--format", "json"])
            .arg(&corpus);
        c
    };

    println!(
        "corpus: {} ({runs} runs each; min / median; ratio: median of the ratios of runs taken in turn)\n",
        corpus.display()
    );
    println!("| measurement | cdklint | floor / peer | ratio |");
    println!("|---|---|---|---|");
    for (label, one_core) in [("corpus, one core", true), ("corpus, all cores", false)] {
        let pin = |mut c: Command| -> Command {
            if one_core {
                c.env("RAYON_NUM_THREADS", "1");
                if let Some(t) = &taskset {
                    let mut pinned = Command::new(t);
                    pinned.arg("-c").arg("0").arg(c.get_program());
                    pinned.args(c.get_args());
                    for (k, v) in c.get_envs() {
                        if let Some(v) = v {
                            pinned.env(k, v);
                        }
                    }
                    return pinned;
                }
            }
            c
        };
        let (lint, floor, ratio) = paired(
            runs,
            || pin(check_corpus()),
            || {
                let mut c = Command::new(&me);
                c.env(FLOOR_ENV, &corpus);
                pin(c)
            },
        );
        row(label, lint, Some(("parse floor", floor, ratio)));
    }
    for (name, path) in &small {
        let lint = time(runs * 3, || {
            let mut c = Command::new(&cdklint);
            c.args(["check", "--no-config"]).arg(path);
            c
        });
        row(&format!("one small file ({name})"), lint, None);
    }
    let peers = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/peers");
    for (tool, args) in [
        ("ast-grep", vec!["scan", "--config"]),
        ("sg", vec!["scan", "--config"]),
        (
            "semgrep",
            vec!["scan", "--metrics=off", "--quiet", "--config"],
        ),
    ] {
        // `sg` is ast-grep's other name: timed only where `ast-grep` is not installed.
        if tool == "sg" && which("ast-grep").is_some() {
            continue;
        }
        let Some(bin) = which(tool) else {
            continue;
        };
        let config = if tool == "semgrep" {
            peers.join("semgrep.yml")
        } else {
            peers.join("sgconfig.yml")
        };
        if !config.is_file() {
            continue;
        }
        let (lint, peer, ratio) = paired(runs.min(5), check_corpus, || {
            let mut c = Command::new(&bin);
            c.args(&args).arg(&config).arg(&corpus);
            // Offline, semgrep would wait on its version check at every run.
            c.env("SEMGREP_ENABLE_VERSION_CHECK", "0");
            c
        });
        row(
            &format!("corpus, default threads, vs {tool}"),
            lint,
            Some((tool, peer, ratio)),
        );
    }
}

/// (min, median) wall time.
type Timing = (Duration, Duration);

/// One run of a command, output discarded: its wall time.
fn run_once(mut cmd: Command) -> Duration {
    cmd.stdout(Stdio::null()).stderr(Stdio::null());
    let start = Instant::now();
    let status = cmd.status();
    let took = start.elapsed();
    if let Err(e) = status {
        eprintln!("cannot run {:?}: {e}", cmd.get_program());
        std::process::exit(2);
    }
    took
}

/// (min, median) of a set of durations.
fn min_median(mut samples: Vec<Duration>) -> Timing {
    samples.sort();
    (samples[0], samples[samples.len() / 2])
}

/// (min, median) over `runs` runs of a command.
fn time(runs: usize, mut make: impl FnMut() -> Command) -> Timing {
    min_median((0..runs.max(1)).map(|_| run_once(make())).collect())
}

/// Two commands run in turn, A B A B …, after one warm-up each: (min, median) of each and the
/// median of the ratios A/B pair by pair, which holds when the machine's speed drifts (a
/// shared machine slows both commands of a pair alike).
fn paired(
    runs: usize,
    mut a: impl FnMut() -> Command,
    mut b: impl FnMut() -> Command,
) -> (Timing, Timing, f64) {
    run_once(a());
    run_once(b());
    let (mut ta, mut tb, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs.max(1) {
        let x = run_once(a());
        let y = run_once(b());
        ratios.push(x.as_secs_f64() / y.as_secs_f64());
        ta.push(x);
        tb.push(y);
    }
    ratios.sort_by(f64::total_cmp);
    (min_median(ta), min_median(tb), ratios[ratios.len() / 2])
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn row(label: &str, lint: Timing, other: Option<(&str, Timing, f64)>) {
    match other {
        Some((name, o, ratio)) => println!(
            "| {label} | {} / {} | {name} {} / {} | {ratio:.2}× |",
            ms(lint.0),
            ms(lint.1),
            ms(o.0),
            ms(o.1),
        ),
        None => println!("| {label} | {} / {} | | |", ms(lint.0), ms(lint.1)),
    }
}

fn which(tool: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(tool))
            .find(|p| p.is_file())
    })
}

/// A small CDK file per language, written to a temp directory for the start-up measurement.
fn small_files() -> Vec<(&'static str, PathBuf)> {
    let dir = std::env::temp_dir().join(format!("cdklint-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let ts = dir.join("stack.ts");
    let py = dir.join("stack.py");
    let _ = std::fs::write(
        &ts,
        "import * as cdk from 'aws-cdk-lib';\nimport * as s3 from 'aws-cdk-lib/aws-s3';\n\nexport class Storage extends cdk.Stack {\n  constructor(scope: cdk.App, id: string) {\n    super(scope, id);\n    new s3.Bucket(this, 'Logs', { removalPolicy: cdk.RemovalPolicy.DESTROY });\n  }\n}\n",
    );
    let _ = std::fs::write(
        &py,
        "import aws_cdk as cdk\nfrom aws_cdk import aws_s3 as s3\n\n\nclass Storage(cdk.Stack):\n    def __init__(self, scope, construct_id):\n        super().__init__(scope, construct_id)\n        s3.Bucket(self, \"Logs\", removal_policy=cdk.RemovalPolicy.DESTROY)\n",
    );
    vec![("TypeScript", ts), ("Python", py)]
}

/// The floor: walk like `cdklint check`, read and parse every file, nothing else.
fn parse_floor(root: &Path) {
    let mut overrides = ignore::overrides::OverrideBuilder::new(root);
    for dir in [
        "node_modules",
        "cdk.out",
        ".venv",
        "venv",
        "dist",
        "__pycache__",
        ".git",
    ] {
        let _ = overrides.add(&format!("!**/{dir}/"));
    }
    let walker = ignore::WalkBuilder::new(root)
        .require_git(false)
        .overrides(overrides.build().expect("skip list"))
        .build();
    let files: Vec<PathBuf> = walker
        .flatten()
        .filter(|e| e.file_type().is_some_and(|t| t.is_file()))
        .map(|e| e.into_path())
        .filter(|p| Grammar::for_path(p).is_some())
        .collect();
    let nodes: usize = files
        .par_iter()
        .map(|path| {
            let Ok(text) = std::fs::read_to_string(path) else {
                return 0;
            };
            let grammar = Grammar::for_path(path).expect("filtered above");
            cdklint_linter::parse(grammar, &text, None)
                .map(|t| t.root_node().descendant_count())
                .unwrap_or(0)
        })
        .sum();
    // Print something derived from every tree so no work can be skipped.
    println!("{} files, {nodes} nodes", files.len());
}
