//! Re-linting only the statements an edit changed gives what linting the whole file gives.
//!
//! Every fixture, example and sample project file (and the shared corpus of real apps, when it
//! is checked out beside the repository) is edited many ways — a character typed into a name,
//! a string or a comment, one deleted, a line break, a line removed, a suppression comment
//! added — and each edited text is linted twice: building on the lint of the text before the
//! edit, and from scratch. Findings, fixes and workspace facts must be equal.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use cdklint_linter::incremental::{Incremental, Memo, check_incremental};
use cdklint_linter::{Grammar, LintSettings, Registry, parse};

fn sources_under(root: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(root) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if path.is_dir() {
            if name != "node_modules" && name != "cdk.out" && !name.starts_with('.') {
                sources_under(&path, out);
            }
        } else if Grammar::for_path(&path).is_some() && !name.ends_with(".d.ts") {
            out.push(path);
        }
    }
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

const SEED: u64 = 0x9e37_79b9_7f4a_7c15;

/// A small deterministic generator (xorshift), so a failure names an edit that reproduces.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// An edit of `text`: what a user types or deletes somewhere, at a character boundary.
fn edit(text: &str, rng: &mut Rng) -> Option<(String, String)> {
    let bytes = text.as_bytes();
    if bytes.is_empty() {
        return None;
    }
    let mut at = rng.below(bytes.len());
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let kind = rng.below(10);
    let (what, new) = match kind {
        0 => ("type `x`", format!("{}x{}", &text[..at], &text[at..])),
        1 => {
            let next = text[at..].chars().next()?;
            (
                "delete a character",
                format!("{}{}", &text[..at], &text[at + next.len_utf8()..]),
            )
        }
        2 => (
            "type a line break",
            format!("{}\n{}", &text[..at], &text[at..]),
        ),
        3 => (
            "delete the line",
            format!(
                "{}{}",
                &text[..line_start],
                &text[(line_end + 1).min(text.len())..]
            ),
        ),
        4 => ("type `1`", format!("{}1{}", &text[..at], &text[at..])),
        5 => ("type a space", format!("{} {}", &text[..at], &text[at..])),
        6 => {
            // Typing inside a string literal, if the line has one.
            let line = &text[line_start..line_end];
            let q = line.find(['\'', '"'])?;
            let at = line_start + q + 1;
            (
                "type in a string",
                format!("{}z{}", &text[..at], &text[at..]),
            )
        }
        8 | 9 => {
            // Replace the name at `at` by another name of the file: a read of a binding, a
            // class or a receiver of another statement, a second binding of a name.
            let word =
                |i: usize| text.as_bytes()[i].is_ascii_alphanumeric() || text.as_bytes()[i] == b'_';
            let (mut s, mut e) = (at, at);
            while s > 0 && word(s - 1) {
                s -= 1;
            }
            while e < text.len() && word(e) {
                e += 1;
            }
            let names: Vec<&str> = text
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .filter(|w| w.len() > 2 && !w.starts_with(|c: char| c.is_ascii_digit()))
                .collect();
            let name = names.get(rng.below(names.len()))?;
            (
                "put another name of the file",
                format!("{}{name}{}", &text[..s], &text[e..]),
            )
        }
        _ => {
            let comment = if text.contains("import ") && !text.contains("from aws_cdk") {
                "// cdklint-disable-next-line S3001, NET001\n"
            } else {
                "# cdklint-disable-next-line S3001, NET001\n"
            };
            (
                "add a suppression comment",
                format!("{}{comment}{}", &text[..line_start], &text[line_start..]),
            )
        }
    };
    Some((format!("{what} at byte {at}"), new))
}

struct Linter {
    registry: &'static Registry,
    settings: LintSettings,
}

impl Linter {
    fn lint(&self, path: &str, text: &Arc<String>, previous: Option<Memo>) -> Incremental {
        let grammar = Grammar::for_path(Path::new(path)).expect("a source file");
        let tree = parse(grammar, text, None).expect("parses");
        check_incremental(
            self.registry,
            path,
            grammar,
            text,
            &tree,
            &self.settings,
            7,
            previous,
        )
    }
}

/// Lints `files` through chains of edits; returns (edits, edits linted by parts).
fn compare(files: &[PathBuf], edits_per_file: usize) -> (usize, usize) {
    let linter = Linter {
        registry: Registry::embedded().expect("rules load"),
        settings: LintSettings::all_rules(),
    };
    let (mut total, mut reused) = (0, 0);
    for (n, file) in files.iter().enumerate() {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        // Linted as an ordinary source file (not a test file, which some rules skip).
        let ext = file.extension().unwrap_or_default().to_string_lossy();
        let path = format!("lib/file.{ext}");
        let mut rng = Rng(SEED ^ (n as u64 + 1));
        let mut text = Arc::new(text);
        let mut memo = linter.lint(&path, &text, None).memo;
        for _ in 0..edits_per_file {
            let Some((what, new)) = edit(&text, &mut rng) else {
                break;
            };
            let new = Arc::new(new);
            let built_on = linter.lint(&path, &new, memo.take());
            let whole = linter.lint(&path, &new, None);
            total += 1;
            reused += usize::from(built_on.reused);
            if built_on.result.diagnostics != whole.result.diagnostics {
                let only = |a: &[cdklint_linter::Diagnostic], b: &[cdklint_linter::Diagnostic]| {
                    a.iter()
                        .filter(|d| !b.contains(d))
                        .map(|d| {
                            format!(
                                "{} {:?} {} {:?} {:?}",
                                d.code, d.range, d.message, d.severity, d.fix
                            )
                        })
                        .collect::<Vec<_>>()
                };
                panic!(
                    "{}: {what}: re-linting the changed statements differs from linting the \
                     file\nonly when re-linting: {:#?}\nonly when linting the file: {:#?}\n\
                     edited text:\n{new}",
                    file.display(),
                    only(&built_on.result.diagnostics, &whole.result.diagnostics),
                    only(&whole.result.diagnostics, &built_on.result.diagnostics),
                );
            }
            assert_eq!(
                (&built_on.result.rule_errors, built_on.result.syntax_errors),
                (&whole.result.rule_errors, whole.result.syntax_errors)
            );
            // Whether a rule asked the workspace may be remembered from an earlier version.
            assert!(built_on.result.consulted_workspace >= whole.result.consulted_workspace);
            assert_eq!(
                built_on.facts,
                whole.facts,
                "{}: {what}: workspace facts differ",
                file.display()
            );
            memo = built_on.memo;
            text = new;
        }
    }
    (total, reused)
}

#[test]
fn relinting_changed_statements_equals_linting_the_file_on_fixtures_and_samples() {
    let root = repo();
    let mut files = Vec::new();
    for dir in ["queries", "examples", "tests/projects"] {
        sources_under(&root.join(dir), &mut files);
    }
    files.sort();
    assert!(files.len() > 100, "{} files", files.len());
    let (total, reused) = compare(&files, 20);
    eprintln!("fixtures: {reused} of {total}");
    // The comparison means something only if many edits took the short way (fixtures are
    // mostly one stack, which an edit re-reads whole: the short way is for files of many).
    assert!(
        reused * 10 > total,
        "only {reused} of {total} edits re-linted the changed statements alone"
    );
}

#[test]
fn relinting_changed_statements_equals_linting_the_file_on_the_corpus() {
    let corpus = repo().join("../shared/corpus");
    let mut files = Vec::new();
    sources_under(&corpus, &mut files);
    if files.is_empty() {
        eprintln!("no corpus at {}: skipped", corpus.display());
        return;
    }
    files.sort();
    let (total, reused) = compare(&files, 6);
    eprintln!("corpus: {reused} of {total} edits re-linted the changed statements alone");
}

/// A file of many stacks, as an editor holds it: typing inside one stack re-reads that stack
/// alone, and its findings and the others' are those of the whole file.
#[test]
fn typing_inside_one_of_many_stacks_rereads_that_stack_alone() {
    let linter = Linter {
        registry: Registry::embedded().expect("rules load"),
        settings: LintSettings::all_rules(),
    };
    let mut text = String::from(
        "import * as cdk from 'aws-cdk-lib';\nimport * as ec2 from 'aws-cdk-lib/aws-ec2';\n\
         import * as s3 from 'aws-cdk-lib/aws-s3';\nimport { Construct } from 'constructs';\n\n",
    );
    for i in 0..20 {
        text.push_str(&format!(
            "export class Stack{i} extends cdk.Stack {{\n  constructor(scope: Construct, id: string) {{\n    super(scope, id);\n    // service {i}\n    const vpc = new ec2.Vpc(this, 'Vpc', {{ subnetConfiguration: [{{ name: 'a', subnetType: ec2.SubnetType.PRIVATE_WITH_NAT }}] }});\n    const bucket = new s3.Bucket(this, 'Data');\n  }}\n}}\n\n"
        ));
    }
    let path = "lib/stacks.ts";
    let text = Arc::new(text);
    let first = linter.lint(path, &text, None);
    let before = first.result.diagnostics.len();
    assert!(before >= 40, "{before} findings");

    // Make the tenth stack's bucket safe: its S3 findings go, every other finding stays.
    let at = text.match_indices("'Data')").nth(9).unwrap().0;
    let edited = Arc::new(format!(
        "{}'Data', {{ enforceSSL: true, blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL }}){}",
        &text[..at],
        &text[at + "'Data')".len()..]
    ));
    let second = linter.lint(path, &edited, first.memo);
    assert!(second.reused, "the edit re-read the whole file");
    let whole = linter.lint(path, &edited, None).result;
    assert_eq!(second.result.diagnostics, whole.diagnostics);
    assert!(second.result.diagnostics.len() < before);

    // A top-level constant links the stacks that read it: editing it reads the whole file
    // again; typing in a stack that does not read it still re-reads that stack alone.
    let linked = edited.replace(
        "import { Construct } from 'constructs';\n",
        "import { Construct } from 'constructs';\nconst zone = 'a';\n",
    );
    let linked = Arc::new(linked.replacen("name: 'a'", "name: zone", 2));
    let third = linter.lint(path, &linked, None);
    let at = linked.find("// service 3").unwrap();
    let typed = Arc::new(format!("{}x{}", &linked[..at + 3], &linked[at + 3..]));
    let fourth = linter.lint(path, &typed, third.memo);
    assert!(
        fourth.reused,
        "a comment typed in a stack re-read the whole file"
    );
    let zone = linked.find("const zone = 'a'").unwrap() + "const zone = '".len();
    let retyped = Arc::new(format!("{}b{}", &typed[..zone], &typed[zone..]));
    let fifth = linter.lint(path, &retyped, fourth.memo);
    assert!(
        !fifth.reused,
        "a constant every stack reads was edited alone"
    );
    assert_eq!(fifth.result, linter.lint(path, &retyped, None).result);
    assert!(fifth.memo.is_some());
}

/// A file that is one long stack: re-reading its one statement would cost two models of the
/// whole file, so an edit in it reads the file once.
#[test]
fn an_edit_in_a_file_of_one_long_stack_reads_the_file_once() {
    let linter = Linter {
        registry: Registry::embedded().expect("rules load"),
        settings: LintSettings::all_rules(),
    };
    let mut text = String::from(
        "import * as cdk from 'aws-cdk-lib';\nimport * as s3 from 'aws-cdk-lib/aws-s3';\n\n\
         export class Big extends cdk.Stack {\n  constructor(scope: cdk.App, id: string) {\n    super(scope, id);\n",
    );
    for i in 0..50 {
        text.push_str(&format!(
            "    // bucket {i}\n    new s3.Bucket(this, 'B{i}');\n"
        ));
    }
    text.push_str("  }\n}\n");
    let path = "lib/big.ts";
    let first = linter.lint(path, &Arc::new(text.clone()), None);
    let at = text.find("// bucket 25").unwrap() + 3;
    let edited = Arc::new(format!("{}x{}", &text[..at], &text[at..]));
    let second = linter.lint(path, &edited, first.memo);
    assert!(!second.reused);
    assert!(second.memo.is_some());
    assert_eq!(second.result, linter.lint(path, &edited, None).result);
}
