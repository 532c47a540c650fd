//! In-process sessions with the server over an in-memory pipe: the ordering guarantee and the
//! basic request flow, without an external client. (The end-to-end suites with real clients
//! are tests/lsp and tests/nvim at the repository root.)

use std::time::Duration;

use cdklint_linter::Registry;
use serde_json::{Value, json};
use tokio::io::{AsyncWriteExt, DuplexStream, WriteHalf};
use tokio::sync::mpsc;

mod common;
use common::read_frames;

struct Client {
    tx: WriteHalf<DuplexStream>,
    rx: mpsc::UnboundedReceiver<Value>,
    next_id: i64,
    server: tokio::task::JoinHandle<u8>,
}

impl Client {
    async fn start(capabilities: Value) -> Client {
        let registry: &'static Registry = Registry::embedded().expect("rules load");
        let (client_end, server_end) = tokio::io::duplex(1 << 20);
        let (server_rd, server_wr) = tokio::io::split(server_end);
        let server = tokio::spawn(cdklint_server::serve(registry, server_rd, server_wr));
        let (rd, tx) = tokio::io::split(client_end);
        let (msg_tx, rx) = mpsc::unbounded_channel();
        tokio::spawn(read_frames(rd, msg_tx));
        let mut client = Client {
            tx,
            rx,
            next_id: 1,
            server,
        };
        let init = client
            .request(
                "initialize",
                json!({"processId": null, "rootUri": null, "capabilities": capabilities}),
            )
            .await;
        assert!(init["result"]["capabilities"].is_object(), "{init}");
        client.notify("initialized", json!({})).await;
        client
    }

    async fn send(&mut self, msg: Value) {
        let body = msg.to_string();
        let frame = format!("Content-Length: {}\r\n\r\n{body}", body.len());
        self.tx.write_all(frame.as_bytes()).await.unwrap();
    }

    async fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}))
            .await;
    }

    /// Send a request and wait for its response, collecting notifications meanwhile.
    async fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}))
            .await;
        loop {
            let msg = self.next().await;
            if msg["id"] == json!(id) && msg.get("method").is_none() {
                return msg;
            }
            if let (Some(_), Some(rid)) = (msg.get("method"), msg.get("id")) {
                let rid = rid.clone();
                self.send(json!({"jsonrpc": "2.0", "id": rid, "result": null}))
                    .await;
            }
        }
    }

    async fn next(&mut self) -> Value {
        tokio::time::timeout(Duration::from_secs(30), self.rx.recv())
            .await
            .expect("a message within 30 s")
            .expect("server alive")
    }

    async fn publish_for(&mut self, version: i64) -> Value {
        loop {
            let msg = self.next().await;
            if msg["method"] == "textDocument/publishDiagnostics"
                && msg["params"]["version"] == json!(version)
            {
                return msg["params"].clone();
            }
        }
    }

    /// Pull the diagnostics of a document.
    async fn pull(&mut self, uri: &str) -> Vec<Value> {
        let report = self
            .request(
                "textDocument/diagnostic",
                json!({"textDocument": {"uri": uri}}),
            )
            .await;
        report["result"]["items"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    async fn shutdown(mut self) -> u8 {
        let res = self.request("shutdown", Value::Null).await;
        assert!(res["result"].is_null());
        self.notify("exit", Value::Null).await;
        tokio::time::timeout(Duration::from_secs(10), self.server)
            .await
            .expect("server exits")
            .unwrap()
    }
}

const URI: &str = "file:///w/stack.ts";
const HEADER: &str = "import * as ec2 from 'aws-cdk-lib/aws-ec2';\n";

fn open(text: &str) -> Value {
    json!({"textDocument": {"uri": URI, "languageId": "typescript", "version": 1, "text": text}})
}

fn insert_at_end(text: &str, version: i64, chunk: &str) -> Value {
    let line = text.matches('\n').count();
    let col: usize = text
        .rsplit('\n')
        .next()
        .unwrap()
        .chars()
        .map(char::len_utf16)
        .sum();
    json!({"textDocument": {"uri": URI, "version": version}, "contentChanges": [{
        "range": {"start": {"line": line, "character": col}, "end": {"line": line, "character": col}},
        "text": chunk}]})
}

/// 300 incremental edits sent back to back (each a few characters, so most lines are
/// incomplete most of the time), then a pull: the answer reflects the final text exactly.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_pull_right_after_300_edits_sees_all_of_them_in_order() {
    let mut c = Client::start(json!({"textDocument": {"diagnostic": {}}})).await;
    c.notify("textDocument/didOpen", open(HEADER)).await;
    let mut text = HEADER.to_string();
    let mut version = 1;
    let mut expected = Vec::new();
    let mut line = 1;
    while version < 301 {
        let member = if line % 3 == 0 {
            "PRIVATE_WITH_NAT"
        } else {
            "PRIVATE_ISOLATED"
        };
        let new_line = format!("const s{line} = ec2.SubnetType.{member}; // 🪣 {line}\n");
        let chars: Vec<char> = new_line.chars().collect();
        for piece in chars.chunks(5) {
            let piece: String = piece.iter().collect();
            version += 1;
            c.notify(
                "textDocument/didChange",
                insert_at_end(&text, version, &piece),
            )
            .await;
            text.push_str(&piece);
        }
        if member == "PRIVATE_WITH_NAT" {
            expected.push(line);
        }
        line += 1;
    }
    let report = c
        .request(
            "textDocument/diagnostic",
            json!({"textDocument": {"uri": URI}}),
        )
        .await;
    let items = report["result"]["items"].as_array().unwrap();
    let lines: Vec<i64> = items
        .iter()
        .map(|d| d["range"]["start"]["line"].as_i64().unwrap())
        .collect();
    assert_eq!(lines, expected);
    assert!(items.iter().all(|d| d["code"] == "NET001"));
    assert_eq!(c.shutdown().await, 0);
}

/// A push client: every publish carries the version it was computed for, versions never go
/// back, and the last one is the final version.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn pushed_diagnostics_are_never_stale() {
    let mut c = Client::start(json!({})).await;
    c.notify("textDocument/didOpen", open(HEADER)).await;
    let mut text = HEADER.to_string();
    for version in 2..=120 {
        let piece = if version % 20 == 0 {
            "const x = ec2.SubnetType.PRIVATE_WITH_NAT;\n"
        } else {
            "// typing\n"
        };
        c.notify(
            "textDocument/didChange",
            insert_at_end(&text, version, piece),
        )
        .await;
        text.push_str(piece);
        if version % 7 == 0 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    let mut versions = Vec::new();
    let last = loop {
        let msg = c.next().await;
        if msg["method"] == "textDocument/publishDiagnostics" {
            let v = msg["params"]["version"].as_i64().unwrap();
            versions.push(v);
            if v == 120 {
                break msg["params"].clone();
            }
        }
    };
    assert!(versions.windows(2).all(|w| w[0] < w[1]), "{versions:?}");
    assert_eq!(last["diagnostics"].as_array().unwrap().len(), 6);
    assert_eq!(c.shutdown().await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quick_fix_from_diagnostic_data_and_fix_all() {
    let mut c = Client::start(json!({})).await;
    let text = format!("{HEADER}const s = ec2.SubnetType.PRIVATE_WITH_NAT;\n");
    c.notify("textDocument/didOpen", open(&text)).await;
    let published = c.publish_for(1).await;
    let diags = published["diagnostics"].clone();
    let actions = c
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": URI}, "range": diags[0]["range"], "context": {"diagnostics": diags}}),
        )
        .await;
    let actions = actions["result"].as_array().unwrap().clone();
    let titles: Vec<&str> = actions
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert!(
        titles.contains(&"Disable NET001 for this line"),
        "{titles:?}"
    );
    let preferred = actions.iter().find(|a| a["isPreferred"] == true).unwrap();
    let edit = &preferred["edit"]["changes"][URI][0];
    assert_eq!(edit["newText"], "PRIVATE_WITH_EGRESS");

    let fix_all = c
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": URI}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 2, "character": 0}},
                   "context": {"diagnostics": [], "only": ["source.fixAll"]}}),
        )
        .await;
    let action = &fix_all["result"][0];
    assert_eq!(action["kind"], "source.fixAll.cdklint");
    assert_eq!(
        action["edit"]["changes"][URI][0]["newText"], "EGRESS",
        "the smallest edit"
    );
    assert_eq!(c.shutdown().await, 0);
}

/// A didChange that does not raise the version is still the client's edit: it is applied, and
/// the diagnostics that follow are computed on the client's text (not three lines off).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_without_a_newer_version_is_applied() {
    let mut c = Client::start(json!({"textDocument": {"diagnostic": {}}})).await;
    c.notify("textDocument/didOpen", open(HEADER)).await;
    let mut text = HEADER.to_string();
    let line = "const s = ec2.SubnetType.PRIVATE_WITH_NAT;\n";
    c.notify("textDocument/didChange", insert_at_end(&text, 2, line))
        .await;
    text.push_str(line);
    // The same version again, then a lower one: both are edits the editor made.
    for version in [2, 1] {
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": URI, "version": version}, "contentChanges": [{
                "range": {"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 0}},
                "text": "// a\n// b\n// c\n"}]}),
        )
        .await;
    }
    let items = c.pull(URI).await;
    let lines: Vec<i64> = items
        .iter()
        .map(|d| d["range"]["start"]["line"].as_i64().unwrap())
        .collect();
    assert_eq!(lines, vec![7], "{items:?}");
    assert_eq!(c.shutdown().await, 0);
}

/// A deterministic generator for the stress test (the same session on every run).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// UTF-16 position of a byte offset, as the client computes it.
fn lsp_pos(text: &str, offset: usize) -> Value {
    let index = cdklint_text::LineIndex::new(text);
    let lc = index.line_col(text, offset, cdklint_text::Encoding::Utf16);
    json!({"line": lc.line, "character": lc.col})
}

/// Random incremental edits with multi-byte text over several documents, interleaved with
/// code actions, hovers and configuration changes. At the end each document's diagnostics
/// equal what `check` reports on the client's final text under the final settings.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stress_random_edits_over_several_documents_end_where_check_does() {
    let mut c = Client::start(json!({"textDocument": {"diagnostic": {}}})).await;
    let uris: Vec<String> = (0..3).map(|i| format!("file:///w/stack{i}.ts")).collect();
    let mut texts: Vec<String> = vec![HEADER.to_string(); uris.len()];
    let mut versions = vec![1i64; uris.len()];
    for uri in &uris {
        c.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "typescript", "version": 1, "text": HEADER}}),
        )
        .await;
    }
    let pieces = [
        "const s = ec2.SubnetType.PRIVATE_WITH_NAT;\n",
        "// 🪣 桶 \u{1F600}\n",
        "é",
        "\n",
        "ec2.SubnetType.",
        "PRIVATE_WITH_NAT",
        "{ '𝒳': 1 }",
        "// cdklint-disable-next-line NET001\n",
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut ignore_net = false;
    for step in 0..400 {
        let d = rng.below(uris.len());
        let text = &mut texts[d];
        // A random range on character boundaries, replaced by a random piece (or nothing).
        let mut a = cdklint_text::floor_char_boundary(text, rng.below(text.len() + 1));
        let mut b = cdklint_text::floor_char_boundary(text, a + rng.below(12));
        if a > b {
            std::mem::swap(&mut a, &mut b);
        }
        let new = if rng.below(4) == 0 {
            ""
        } else {
            pieces[rng.below(pieces.len())]
        };
        let range = json!({"start": lsp_pos(text, a), "end": lsp_pos(text, b)});
        text.replace_range(a..b, new);
        versions[d] += 1;
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uris[d], "version": versions[d]}, "contentChanges": [{"range": range, "text": new}]}),
        )
        .await;
        match step % 25 {
            7 => {
                let at = lsp_pos(&texts[d], rng.below(texts[d].len() + 1));
                let res = c
                    .request(
                        "textDocument/hover",
                        json!({"textDocument": {"uri": uris[d]}, "position": at}),
                    )
                    .await;
                assert!(res.get("error").is_none(), "{res}");
            }
            13 => {
                let end = lsp_pos(&texts[d], texts[d].len());
                let res = c
                    .request(
                        "textDocument/codeAction",
                        json!({"textDocument": {"uri": uris[d]}, "range": {"start": {"line": 0, "character": 0}, "end": end},
                               "context": {"diagnostics": []}}),
                    )
                    .await;
                assert!(res.get("error").is_none(), "{res}");
            }
            19 => {
                ignore_net = !ignore_net;
                let ignore: Vec<&str> = if ignore_net { vec!["NET001"] } else { vec![] };
                c.notify(
                    "workspace/didChangeConfiguration",
                    json!({"settings": {"cdklint": {"ignore": ignore}}}),
                )
                .await;
            }
            _ => {}
        }
    }
    let mut settings = cdklint_linter::LintSettings::all_rules();
    if ignore_net {
        settings.rules.ignore.push("NET001".into());
    }
    let registry = Registry::embedded().unwrap();
    for (uri, text) in uris.iter().zip(&texts) {
        let mut got: Vec<(Value, Value)> = c
            .pull(uri)
            .await
            .iter()
            .map(|d| (d["code"].clone(), d["range"].clone()))
            .collect();
        let expected = cdklint_linter::check(registry, "/w/stack.ts", text, &settings);
        let mut want: Vec<(Value, Value)> = expected
            .diagnostics
            .iter()
            .map(|d| {
                (
                    json!(d.code),
                    json!({"start": lsp_pos(text, d.range.start), "end": lsp_pos(text, d.range.end)}),
                )
            })
            .collect();
        got.sort_by_key(|x| x.1.to_string());
        want.sort_by_key(|x| x.1.to_string());
        assert_eq!(got, want, "{uri}:\n{text}");
    }
    assert_eq!(c.shutdown().await, 0);
}

/// A document larger than `maxFileSize` is not parsed or linted: no diagnostics, and a message
/// naming the file and the reason. Under the limit again, it is linted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn documents_over_max_file_size_are_skipped_with_a_message() {
    let mut c = Client::start(json!({"textDocument": {"diagnostic": {}}})).await;
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"cdklint": {"maxFileSize": 200}}}),
    )
    .await;
    let big = format!(
        "{HEADER}const s = ec2.SubnetType.PRIVATE_WITH_NAT;\n{}",
        "// padding\n".repeat(20)
    );
    c.notify("textDocument/didOpen", open(&big)).await;
    // The document is linted on open; the message comes before any request is answered here
    // (`request` does not keep notifications).
    let message = loop {
        let msg = c.next().await;
        if msg["method"] == "window/showMessage" {
            break msg["params"]["message"].as_str().unwrap().to_string();
        }
    };
    assert!(c.pull(URI).await.is_empty());
    assert!(
        message.contains("stack.ts") && message.contains("max-file-size"),
        "{message}"
    );
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"cdklint": {"maxFileSize": "1MB"}}}),
    )
    .await;
    assert_eq!(c.pull(URI).await.len(), 1);
    assert_eq!(c.shutdown().await, 0);
}

// ---------------------------------------------------------------------------------------------
// Project rules (`rules-dirs`): loaded from the workspace's configuration and reloaded when
// their files change.

const PROJECT_RULE: &str = r#"code = "ACME001"
name = "bucket-versioning"
tier = "T1"
severity = "warning"
message = "MESSAGE"

[[match]]
call = "aws_s3.Bucket"
where = [
  { prop = "versioned", present = false },
]

[docs]
what-it-does = "x"
why-is-this-bad = "x"
fix-safety = "x"
references = ["x"]
[docs.example]
typescript = "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'B');"
python = "from aws_cdk import aws_s3 as s3\ns3.Bucket(self, 'B')"
[docs.use-instead]
typescript = "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'B', { versioned: true });"
python = "from aws_cdk import aws_s3 as s3\ns3.Bucket(self, 'B', versioned=True)"
"#;

impl Client {
    /// A session whose workspace is `root` (a directory on disk).
    async fn start_in(root: &std::path::Path) -> Client {
        let registry: &'static Registry = Registry::embedded().expect("rules load");
        let (client_end, server_end) = tokio::io::duplex(1 << 20);
        let (server_rd, server_wr) = tokio::io::split(server_end);
        let server = tokio::spawn(cdklint_server::serve(registry, server_rd, server_wr));
        let (rd, tx) = tokio::io::split(client_end);
        let (msg_tx, rx) = mpsc::unbounded_channel();
        tokio::spawn(read_frames(rd, msg_tx));
        let mut client = Client {
            tx,
            rx,
            next_id: 1,
            server,
        };
        let root_uri = format!("file://{}", root.display());
        let init = client
            .request(
                "initialize",
                json!({"processId": null, "rootUri": root_uri, "capabilities": {}}),
            )
            .await;
        assert!(init["result"]["capabilities"].is_object(), "{init}");
        client.notify("initialized", json!({})).await;
        client
    }

    /// The next diagnostics published for `uri` that satisfy `wanted`.
    async fn published(&mut self, uri: &str, wanted: impl Fn(&[Value]) -> bool) -> Vec<Value> {
        loop {
            let msg = self.next().await;
            if msg["method"] == "textDocument/publishDiagnostics" && msg["params"]["uri"] == uri {
                let diags = msg["params"]["diagnostics"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                if wanted(&diags) {
                    return diags;
                }
            }
        }
    }
}

fn messages_of(diags: &[Value], code: &str) -> Vec<String> {
    diags
        .iter()
        .filter(|d| d["code"] == code)
        .map(|d| d["message"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// Editing a project rule's rule.toml changes the findings in an open document without a
/// restart; a broken rule.toml gets a diagnostic at the line of the mistake while the built-in
/// rules still report, and fixing it brings the rule back.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn editing_a_project_rule_changes_open_documents_findings() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    std::fs::write(
        root.join("cdklint.toml"),
        "rules-dirs = [\"rules\"]\nrule-prefix = \"ACME\"\n",
    )
    .unwrap();
    let rule_dir = root.join("rules/s3/bucket-versioning");
    std::fs::create_dir_all(&rule_dir).unwrap();
    let rule_file = rule_dir.join("rule.toml");
    let rule_uri = format!("file://{}", rule_file.display());
    std::fs::write(&rule_file, PROJECT_RULE.replace("MESSAGE", "first wording")).unwrap();
    let doc_uri = format!("file://{}/lib/stack.ts", root.display());

    let mut c = Client::start_in(&root).await;
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": doc_uri, "languageId": "typescript", "version": 1,
            "text": "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'B');\n"}}),
    )
    .await;
    let diags = c
        .published(&doc_uri, |d| !messages_of(d, "ACME001").is_empty())
        .await;
    assert_eq!(messages_of(&diags, "ACME001"), ["first wording"]);
    assert_eq!(
        diags.iter().find(|d| d["code"] == "ACME001").unwrap()["codeDescription"]["href"],
        json!(rule_uri),
        "a project rule's finding links to its rule.toml"
    );

    let changed = json!({"changes": [{"uri": rule_uri, "type": 2}]});

    // A new message: seen in the open document.
    std::fs::write(
        &rule_file,
        PROJECT_RULE.replace("MESSAGE", "second wording"),
    )
    .unwrap();
    c.notify("workspace/didChangeWatchedFiles", changed.clone())
        .await;
    c.published(&doc_uri, |d| {
        messages_of(d, "ACME001") == ["second wording"]
    })
    .await;

    // Broken: a diagnostic on rule.toml at the condition's line; the built-in rules still run.
    std::fs::write(
        &rule_file,
        PROJECT_RULE
            .replace("MESSAGE", "x")
            .replace("present = false", "kind = \"enum\""),
    )
    .unwrap();
    c.notify("workspace/didChangeWatchedFiles", changed.clone())
        .await;
    let on_rule = c.published(&rule_uri, |d| !d.is_empty()).await;
    assert_eq!(on_rule[0]["range"]["start"]["line"], 9, "{on_rule:?}");
    assert!(
        on_rule[0]["message"]
            .as_str()
            .unwrap()
            .contains("`kind = \"enum\"` is not a value kind"),
        "{on_rule:?}"
    );
    let diags = c
        .published(&doc_uri, |d| messages_of(d, "ACME001").is_empty())
        .await;
    assert!(
        diags.iter().any(|d| d["code"] == "S3001"),
        "built-in rules still report: {diags:?}"
    );

    // Fixed: the rule file's diagnostics are cleared and the rule reports again.
    std::fs::write(&rule_file, PROJECT_RULE.replace("MESSAGE", "third wording")).unwrap();
    c.notify("workspace/didChangeWatchedFiles", changed.clone())
        .await;
    c.published(&rule_uri, |d| d.is_empty()).await;
    c.published(&doc_uri, |d| messages_of(d, "ACME001") == ["third wording"])
        .await;
    assert_eq!(c.shutdown().await, 0);
}
