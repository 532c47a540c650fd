//! Fuzzing on stable Rust with proptest: mutated real code (the rule fixtures under `queries/`
//! and the corpus at `../shared/corpus` from the repository root) linted as each language, fixed,
//! converted between positions in each encoding, and configuration text parsed. Each property
//! says what must hold on any input: no panic, ranges inside the text on character boundaries,
//! fixes that never add a syntax error, configuration errors that name a line.
//!
//! The suite runs a bounded number of cases (`CASES` below, well under a minute). Longer runs:
//! `PROPTEST_CASES=20000 cargo test --release -p cdklint_server --test fuzz`; a failure prints
//! the minimal input and is stored under `proptest-regressions/` to be replayed on every run.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use cdklint_linter::{FixMode, LintSettings, Registry};
use cdklint_text::{Encoding, LineCol, LineIndex, floor_char_boundary};
use proptest::prelude::*;

/// Cases per property in the test suite, unless `PROPTEST_CASES` says otherwise.
const CASES: u32 = 256;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(CASES);
    ProptestConfig {
        cases,
        // Shrinking a lint input re-lints it many times; a failure is reported either way.
        max_shrink_iters: 200,
        ..ProptestConfig::default()
    }
}

fn registry() -> &'static Registry {
    Registry::embedded().expect("rules load")
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Seed files: every rule fixture, and the corpus when it is there (the suite does not
/// depend on it). Small files only: mutations, not size, find the bugs here.
fn seeds() -> &'static Vec<(String, Vec<u8>)> {
    static SEEDS: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let mut out = Vec::new();
        let root = repo_root();
        for dir in [root.join("queries"), root.join("../shared/corpus")] {
            walk(&dir, &mut out);
        }
        out.sort();
        assert!(!out.is_empty(), "no seed files under queries/");
        out
    })
}

fn walk(dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() && entry.file_name() != "node_modules" {
            walk(&path, out);
        } else if kind.is_file()
            && cdklint_linter::Grammar::for_path(&path).is_some()
            && entry.metadata().is_ok_and(|m| m.len() < 64 * 1024)
            && let Ok(bytes) = std::fs::read(&path)
        {
            out.push((path.to_string_lossy().into_owned(), bytes));
        }
    }
}

/// One mutation of a byte string.
#[derive(Debug, Clone)]
enum Mutation {
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Duplicate(usize, usize),
    Splice(usize, usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    // Bytes that matter to parsers and position code: brackets, quotes, line breaks, NUL,
    // multi-byte and invalid UTF-8.
    let bytes = prop::collection::vec(
        prop_oneof![
            any::<u8>(),
            prop::sample::select(b"(){}[]'\"`\r\n\0\\:,.=".to_vec()),
        ],
        0..8,
    );
    let text = prop::sample::select(vec![
        "🪣",
        "桶",
        "\u{FEFF}",
        "\r\n",
        "new s3.Bucket(this, 'b', {",
        "@",
        "*/",
    ])
    .prop_map(|s| s.as_bytes().to_vec());
    prop_oneof![
        (any::<usize>(), prop_oneof![bytes, text]).prop_map(|(at, b)| Mutation::Insert(at, b)),
        (any::<usize>(), 0usize..64).prop_map(|(at, n)| Mutation::Delete(at, n)),
        (any::<usize>(), 0usize..64).prop_map(|(at, n)| Mutation::Duplicate(at, n)),
        (any::<usize>(), any::<usize>(), 0usize..64)
            .prop_map(|(s, at, n)| Mutation::Splice(s, at, n)),
    ]
}

fn mutate(mut bytes: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    for m in mutations {
        let len = bytes.len();
        let pos = |at: usize| if len == 0 { 0 } else { at % (len + 1) };
        match m {
            Mutation::Insert(at, b) => {
                let at = pos(*at);
                bytes.splice(at..at, b.iter().copied());
            }
            Mutation::Delete(at, n) => {
                let at = pos(*at);
                bytes.drain(at..(at + n).min(len));
            }
            Mutation::Duplicate(at, n) => {
                let at = pos(*at);
                let copy = bytes[at..(at + n).min(len)].to_vec();
                bytes.splice(at..at, copy);
            }
            Mutation::Splice(seed, at, n) => {
                let other = &seeds()[seed % seeds().len()].1;
                let from = if other.is_empty() {
                    0
                } else {
                    at % other.len()
                };
                let piece = other[from..(from + n).min(other.len())].to_vec();
                let at = pos(*at);
                bytes.splice(at..at, piece);
            }
        }
    }
    bytes
}

fn input() -> impl Strategy<Value = (usize, Vec<Mutation>, usize)> {
    (
        any::<usize>(),
        prop::collection::vec(mutation(), 0..6),
        0usize..3,
    )
}

const EXTENSIONS: [&str; 3] = ["ts", "js", "py"];

/// The seed mutated, as text the way the CLI reads it, and a path in the chosen language.
fn case(seed: usize, mutations: &[Mutation], lang: usize) -> (String, String) {
    let (_, bytes) = &seeds()[seed % seeds().len()];
    let bytes = mutate(bytes.clone(), mutations);
    let text = String::from_utf8_lossy(&bytes).into_owned();
    (format!("fuzz/app.{}", EXTENSIONS[lang]), text)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn linting_any_bytes_as_each_language_reports_ranges_inside_the_text((seed, mutations, lang) in input()) {
        let (path, text) = case(seed, &mutations, lang);
        let result = cdklint_linter::check(registry(), &path, &text, &LintSettings::all_rules());
        for d in &result.diagnostics {
            prop_assert!(d.range.start <= d.range.end && d.range.end <= text.len(), "{d:?}");
            prop_assert!(text.is_char_boundary(d.range.start) && text.is_char_boundary(d.range.end));
            for e in d.fix.iter().flat_map(|f| &f.edits) {
                prop_assert!(e.range.end <= text.len() && text.is_char_boundary(e.range.start));
            }
        }
    }

    #[test]
    fn fixes_never_add_syntax_errors_and_converge((seed, mutations, lang) in input()) {
        let (path, text) = case(seed, &mutations, lang);
        let grammar = cdklint_linter::Grammar::for_path(Path::new(&path)).unwrap();
        let settings = LintSettings::all_rules();
        let before = cdklint_linter::parse(grammar, &text, None).map_or(0, |t| cdklint_linter::count_errors(&t));
        let out = cdklint_linter::fix(registry(), &path, &text, &settings, FixMode::SafeAndUnsafe);
        let after = cdklint_linter::parse(grammar, &out.text, None).map_or(0, |t| cdklint_linter::count_errors(&t));
        prop_assert!(after <= before, "{before} syntax errors became {after}");
        if !text.contains('\r') {
            prop_assert!(!out.text.contains('\r'), "a fix wrote a line ending the file does not use");
        }
    }

    #[test]
    fn positions_round_trip_in_each_encoding((seed, mutations, _lang) in input(), pick in any::<usize>(), line in any::<u32>(), col in any::<u32>()) {
        let (_, text) = case(seed, &mutations, 0);
        let index = LineIndex::new(&text);
        let offset = floor_char_boundary(&text, pick % (text.len() + 1));
        // Between the `\r` and `\n` of a CRLF is no position an editor can address: take the
        // line end before it.
        let bytes = text.as_bytes();
        let offset = if offset > 0 && bytes.get(offset) == Some(&b'\n') && bytes[offset - 1] == b'\r' {
            offset - 1
        } else {
            offset
        };
        for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            let lc = index.line_col(&text, offset, enc);
            prop_assert!((lc.line as usize) < index.line_count());
            prop_assert_eq!(index.offset(&text, lc, enc), offset);
            // Any position at all maps to a character boundary inside the text.
            let any = index.offset(&text, LineCol { line: line % (index.line_count() as u32 + 2), col: col % 300 }, enc);
            prop_assert!(any <= text.len() && text.is_char_boundary(any));
        }
    }

    #[test]
    fn config_text_parses_or_names_a_line(mutations in prop::collection::vec(mutation(), 0..8), pyproject in any::<bool>()) {
        let seed = b"select = [\"NET\", \"DAT001\"]\nignore = [\"DNS\"]\nfail-level = \"warning\"\nmax-file-size = \"4MB\"\nproduction = [\"prod/**\"]\n[severity]\nNET001 = \"error\"\n[per-file-ignores]\n\"test/**\" = [\"DAT001\"]\n";
        let mut bytes = seed.to_vec();
        if pyproject {
            bytes.splice(0..0, b"[tool.cdklint]\n".iter().copied());
        }
        let text = String::from_utf8_lossy(&mutate(bytes, &mutations)).into_owned();
        let name = if pyproject { "pyproject.toml" } else { "cdklint.toml" };
        let known = |c: &str| registry().rules().iter().any(|r| r.code.starts_with(c));
        if let Err(e) = cdklint_config::Config::parse(Path::new(name), &text, &known) {
            prop_assert!(e.line.is_some() || e.key.is_some(), "{e}");
            prop_assert!(!e.message.contains("struct"), "{e}");
        }
    }
}
