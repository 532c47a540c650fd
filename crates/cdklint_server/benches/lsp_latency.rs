//! Language server benchmark (not a test; nothing is asserted).
//!
//! Drives the real `cdklint server` binary over stdio like an editor does and reports
//! - the time from a one-character `didChange` to the `publishDiagnostics` of that version, on a
//!   5,000-line CDK file (TypeScript and Python), after a pause (a single keystroke) and at the
//!   end of a burst of typing (which includes the debounce), next to the engine's own parse and
//!   lint times for the same text (the floor), and on a 60-line file (the server's overhead);
//! - the server's resident memory with 50 open documents.
//!
//!   cargo build --release -p cdklint_cli
//!   cargo bench -p cdklint_server --bench lsp_latency
//!
//! The binary is `CDKLINT_BIN`, else `target/release/cdklint`.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

struct Server {
    child: Child,
    stdin: ChildStdin,
    events: Receiver<(Instant, Value)>,
    next_id: i64,
}

impl Server {
    fn start(bin: &PathBuf) -> Server {
        let mut child = Command::new(bin)
            .arg("server")
            .env("CDKLINT_LOG", "error")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", bin.display()));
        let stdin = child.stdin.take().unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let (tx, events) = channel();
        thread::spawn(move || {
            loop {
                let mut length = 0usize;
                loop {
                    let mut line = String::new();
                    if stdout.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(v) = line.strip_prefix("Content-Length:") {
                        length = v.trim().parse().unwrap();
                    }
                }
                let mut body = vec![0; length];
                if stdout.read_exact(&mut body).is_err() {
                    return;
                }
                let msg: Value = serde_json::from_slice(&body).unwrap();
                if tx.send((Instant::now(), msg)).is_err() {
                    return;
                }
            }
        });
        Server {
            child,
            stdin,
            events,
            next_id: 1,
        }
    }

    fn send(&mut self, msg: Value) {
        let body = msg.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let (_, msg) = self.events.recv().unwrap();
            if msg.get("id") == Some(&json!(id)) && msg.get("method").is_none() {
                return msg;
            }
            if let (Some(_), Some(rid)) = (msg.get("method"), msg.get("id")) {
                self.send(json!({"jsonrpc": "2.0", "id": rid, "result": null}));
            }
        }
    }

    /// Wait for publishDiagnostics of `uri` at `version`; returns when it arrived.
    fn published(&mut self, uri: &str, version: i64) -> (Instant, usize) {
        loop {
            let (at, msg) = self
                .events
                .recv_timeout(Duration::from_secs(30))
                .expect("no diagnostics within 30 s");
            if msg["method"] == "textDocument/publishDiagnostics"
                && msg["params"]["uri"] == uri
                && msg["params"]["version"] == version
            {
                return (at, msg["params"]["diagnostics"].as_array().unwrap().len());
            }
            if let (Some(_), Some(rid)) = (msg.get("method"), msg.get("id")) {
                self.send(json!({"jsonrpc": "2.0", "id": rid, "result": null}));
            }
        }
    }

    fn rss_kib(&self) -> (u64, u64) {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default();
        let field = |name: &str| {
            status
                .lines()
                .find(|l| l.starts_with(name))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
                .unwrap_or(0)
        };
        (field("VmRSS:"), field("VmHWM:"))
    }

    fn stop(mut self) {
        self.request("shutdown", Value::Null);
        self.notify("exit", Value::Null);
        let _ = self.child.wait();
    }
}

/// A CDK TypeScript file of about `lines` lines: stacks full of constructs, some deprecated.
fn typescript(lines: usize) -> String {
    let mut s = String::from(
        "import * as cdk from 'aws-cdk-lib';\nimport * as ec2 from 'aws-cdk-lib/aws-ec2';\n\
         import * as s3 from 'aws-cdk-lib/aws-s3';\nimport * as route53 from 'aws-cdk-lib/aws-route53';\n\
         import { Construct } from 'constructs';\n\n",
    );
    let mut i = 0;
    while s.lines().count() < lines {
        let subnet = if i % 10 == 0 {
            "PRIVATE_WITH_NAT"
        } else {
            "PRIVATE_WITH_EGRESS"
        };
        s.push_str(&format!(
            "export class Stack{i} extends cdk.Stack {{\n  constructor(scope: Construct, id: string, props?: cdk.StackProps) {{\n    super(scope, id, props);\n    // network for service {i}\n    const vpc = new ec2.Vpc(this, 'Vpc{i}', {{\n      maxAzs: 2,\n      subnetConfiguration: [{{ name: 'app', subnetType: ec2.SubnetType.{subnet} }}],\n    }});\n    const bucket = new s3.Bucket(this, 'Data{i}', {{ versioned: true, enforceSSL: true }});\n    new cdk.CfnOutput(this, 'Out{i}', {{ value: bucket.bucketName + vpc.vpcId }});\n  }}\n}}\n\n"
        ));
        i += 1;
    }
    s
}

fn python(lines: usize) -> String {
    let mut s = String::from(
        "import aws_cdk as cdk\nfrom aws_cdk import aws_ec2 as ec2, aws_s3 as s3\nfrom constructs import Construct\n\n",
    );
    let mut i = 0;
    while s.lines().count() < lines {
        let subnet = if i % 10 == 0 {
            "PRIVATE_WITH_NAT"
        } else {
            "PRIVATE_WITH_EGRESS"
        };
        s.push_str(&format!(
            "class Stack{i}(cdk.Stack):\n    def __init__(self, scope: Construct, id: str, **kwargs) -> None:\n        super().__init__(scope, id, **kwargs)\n        # network for service {i}\n        vpc = ec2.Vpc(self, \"Vpc{i}\", max_azs=2,\n            subnet_configuration=[ec2.SubnetConfiguration(name=\"app\", subnet_type=ec2.SubnetType.{subnet})])\n        bucket = s3.Bucket(self, \"Data{i}\", versioned=True, enforce_ssl=True)\n        cdk.CfnOutput(self, \"Out{i}\", value=bucket.bucket_name)\n\n"
        ));
        i += 1;
    }
    s
}

fn initialize(server: &mut Server, root: &str) {
    server.request(
        "initialize",
        json!({"processId": null, "rootUri": root, "capabilities": {
            "general": {"positionEncodings": ["utf-16"]},
            "textDocument": {"publishDiagnostics": {"versionSupport": true}}
        }}),
    );
    server.notify("initialized", json!({}));
}

fn stats(name: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let n = samples.len();
    println!(
        "{name:<58} median {:>6.2} ms   p95 {:>6.2} ms   max {:>6.2} ms   (n={n})",
        ms(samples[n / 2]),
        ms(samples[(n * 95 / 100).min(n - 1)]),
        ms(samples[n - 1]),
    );
}

/// The engine alone, in process: what any keystroke costs before the server adds anything.
fn engine_floor(lang: &str, text: &str) {
    use cdklint_linter::{Grammar, LintSettings, Registry};
    let registry = Registry::embedded().expect("rules load");
    let grammar = if lang == "python" {
        Grammar::Python
    } else {
        Grammar::TypeScript
    };
    let path = if lang == "python" {
        "stack.py"
    } else {
        "stack.ts"
    };
    let settings = LintSettings::all_rules();
    let tree = cdklint_linter::parse(grammar, text, None).unwrap();
    // Warm-up compiles the rules' query once, as the server does on its first lint.
    cdklint_linter::check_tree(registry, path, grammar, text, &tree, &settings);
    let mut parse = Vec::new();
    let mut reparse = Vec::new();
    let mut lint = Vec::new();
    let mut relint = Vec::new();
    let text_arc = std::sync::Arc::new(text.to_string());
    let at = text.find("network for").unwrap();
    for _ in 0..15 {
        let t = Instant::now();
        let fresh = cdklint_linter::parse(grammar, text, None).unwrap();
        parse.push(t.elapsed());
        let mut edited = fresh.clone();
        let mut new_text = text.to_string();
        new_text.insert(at, 'x');
        let p = fresh
            .root_node()
            .descendant_for_byte_range(at, at)
            .unwrap()
            .start_position();
        let point = tree_sitter::Point::new(
            p.row,
            p.column
                + (at
                    - fresh
                        .root_node()
                        .descendant_for_byte_range(at, at)
                        .unwrap()
                        .start_byte()),
        );
        edited.edit(&tree_sitter::InputEdit {
            start_byte: at,
            old_end_byte: at,
            new_end_byte: at + 1,
            start_position: point,
            old_end_position: point,
            new_end_position: tree_sitter::Point::new(point.row, point.column + 1),
        });
        let t = Instant::now();
        let new_tree = cdklint_linter::parse(grammar, &new_text, Some(&edited)).unwrap();
        reparse.push(t.elapsed());
        let t = Instant::now();
        cdklint_linter::check_tree(registry, path, grammar, &new_text, &new_tree, &settings);
        lint.push(t.elapsed());
        // What the server does: build on the lint of the text before the keystroke.
        let before = cdklint_linter::incremental::check_incremental(
            registry, path, grammar, &text_arc, &tree, &settings, 0, None,
        );
        let new_text = std::sync::Arc::new(new_text);
        let t = Instant::now();
        let after = cdklint_linter::incremental::check_incremental(
            registry,
            path,
            grammar,
            &new_text,
            &new_tree,
            &settings,
            0,
            before.memo,
        );
        relint.push(t.elapsed());
        assert!(after.reused);
    }
    stats(&format!("{lang}: engine: full parse"), parse);
    stats(
        &format!("{lang}: engine: incremental reparse after 1 char"),
        reparse,
    );
    stats(&format!("{lang}: engine: check_tree (all rules)"), lint);
    stats(
        &format!("{lang}: engine: check_incremental after 1 char"),
        relint,
    );
}

fn keystroke_latency(bin: &PathBuf, lang: &str, text: String) {
    engine_floor(lang, &text);
    let mut server = Server::start(bin);
    let root = "file:///tmp/cdklint-bench";
    initialize(&mut server, root);
    let ext = if lang == "python" { "py" } else { "ts" };
    let uri = format!("{root}/stack.{ext}");
    let lines = text.lines().count();
    let open = Instant::now();
    server.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": lang, "version": 1, "text": text}}),
    );
    let (at, count) = server.published(&uri, 1);
    println!(
        "{lang}: {lines} lines, {} KiB, {count} diagnostics; didOpen -> diagnostics {:.1} ms",
        text.len() / 1024,
        (at - open).as_secs_f64() * 1000.0
    );

    // Keystrokes in the middle of the file, after a pause (single keystrokes): in a comment,
    // and in code (a construct id: a string argument of a construct call).
    let comment_line = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.trim_start().starts_with("//") || l.trim_start().starts_with('#'))
        .map(|(i, _)| i)
        .nth(text.lines().filter(|l| l.contains("network for")).count() / 2)
        .unwrap();
    let col = text.lines().nth(comment_line).unwrap().len();
    let code_line = (comment_line..)
        .find(|&i| {
            text.lines().nth(i).unwrap().contains("'Data")
                || text.lines().nth(i).unwrap().contains("\"Data")
        })
        .unwrap();
    let code_col = text.lines().nth(code_line).unwrap().find("Data").unwrap() + 4;
    let mut version = 1;
    for (place, line, col) in [
        ("in a comment", comment_line, col),
        ("in code", code_line, code_col),
    ] {
        let mut single = Vec::new();
        for k in 0..60 {
            version += 1;
            let (range, new_text) = if k % 2 == 0 {
                ((line, col, line, col), "x")
            } else {
                ((line, col, line, col + 1), "")
            };
            thread::sleep(Duration::from_millis(120));
            let sent = Instant::now();
            server.notify(
                "textDocument/didChange",
                json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{
                    "range": {"start": {"line": range.0, "character": range.1}, "end": {"line": range.2, "character": range.3}},
                    "text": new_text}]}),
            );
            let (at, n) = server.published(&uri, version);
            assert_eq!(n, count);
            single.push(at - sent);
        }
        stats(
            &format!("{lang}: one keystroke {place} after a pause -> publishDiagnostics"),
            single,
        );
    }

    // Bursts: 20 keystrokes 30 ms apart; time from the last one to its diagnostics.
    let mut bursts = Vec::new();
    for _ in 0..10 {
        thread::sleep(Duration::from_millis(200));
        let mut sent = Instant::now();
        for k in 0..20 {
            version += 1;
            let (end, new_text) = if k % 2 == 0 {
                (col, "y")
            } else {
                (col + 1, "")
            };
            sent = Instant::now();
            server.notify(
                "textDocument/didChange",
                json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{
                    "range": {"start": {"line": comment_line, "character": col}, "end": {"line": comment_line, "character": end}},
                    "text": new_text}]}),
            );
            thread::sleep(Duration::from_millis(30));
        }
        let (at, _) = server.published(&uri, version);
        bursts.push(at - sent);
    }
    stats(
        &format!("{lang}: last keystroke of a burst -> publishDiagnostics"),
        bursts,
    );
    server.stop();
}

fn memory(bin: &PathBuf) {
    let mut server = Server::start(bin);
    let root = "file:///tmp/cdklint-bench";
    initialize(&mut server, root);
    thread::sleep(Duration::from_millis(200));
    let (idle, _) = server.rss_kib();
    let mut total_bytes = 0;
    let mut total_lines = 0;
    for i in 0..50 {
        let (lang, ext, text) = if i % 2 == 0 {
            ("typescript", "ts", typescript(1000))
        } else {
            ("python", "py", python(1000))
        };
        total_bytes += text.len();
        total_lines += text.lines().count();
        let uri = format!("{root}/doc{i}.{ext}");
        server.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": lang, "version": 1, "text": text}}),
        );
        server.published(&uri, 1);
        if i == 1 {
            let (rss, _) = server.rss_kib();
            println!(
                "memory: after the first TypeScript and Python documents (rules compiled): RSS {:.1} MiB",
                rss as f64 / 1024.0
            );
        }
    }
    thread::sleep(Duration::from_millis(300));
    let (rss, peak) = server.rss_kib();
    println!(
        "memory: idle after initialize {:.1} MiB; 50 open documents ({} lines, {:.1} MiB of text): RSS {:.1} MiB, peak {:.1} MiB",
        idle as f64 / 1024.0,
        total_lines,
        total_bytes as f64 / 1048576.0,
        rss as f64 / 1024.0,
        peak as f64 / 1024.0
    );
    server.stop();
}

fn main() {
    // `cargo bench` passes `--bench`; nothing else is accepted.
    let bin = std::env::var_os("CDKLINT_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/release/cdklint")
        });
    if !bin.exists() {
        eprintln!(
            "{} not found: run `cargo build --release -p cdklint_cli` first or set CDKLINT_BIN",
            bin.display()
        );
        std::process::exit(2);
    }
    println!("cdklint server benchmark ({})", bin.display());
    if std::env::var_os("CDKLINT_BENCH_MEMORY_ONLY").is_none() {
        // A small file first: what the server itself adds to a keystroke.
        keystroke_latency(&bin, "typescript", typescript(60));
        keystroke_latency(&bin, "typescript", typescript(5000));
        keystroke_latency(&bin, "python", python(5000));
    }
    memory(&bin);
}
