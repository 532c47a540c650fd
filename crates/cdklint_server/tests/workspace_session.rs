//! Whole-workspace diagnostics in an in-process session: the server scans the workspace
//! folder, reports findings in files that are not open, and follows an edit in `bin/app.ts`
//! (the region a stack is deployed to) to the finding it decides in `lib/web-stack.ts`, which
//! is never opened.

use std::path::{Path, PathBuf};
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
}

impl Client {
    async fn start(root: &Path, options: Value) -> Client {
        let registry: &'static Registry = Registry::embedded().expect("rules load");
        let (client_end, server_end) = tokio::io::duplex(1 << 20);
        let (server_rd, server_wr) = tokio::io::split(server_end);
        tokio::spawn(cdklint_server::serve(registry, server_rd, server_wr));
        let (rd, tx) = tokio::io::split(client_end);
        let (msg_tx, rx) = mpsc::unbounded_channel();
        tokio::spawn(read_frames(rd, msg_tx));
        let mut client = Client { tx, rx, next_id: 1 };
        let init = client
            .request(
                "initialize",
                json!({"processId": null, "rootUri": uri(root), "capabilities": {},
                       "initializationOptions": options}),
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
        }
    }

    async fn next(&mut self) -> Value {
        tokio::time::timeout(Duration::from_secs(60), self.rx.recv())
            .await
            .expect("a message within 60 s")
            .expect("server alive")
    }

    /// The codes of the next diagnostics published for `file` that satisfy `want`.
    async fn published(&mut self, file: &str, want: impl Fn(&[String]) -> bool) -> Vec<String> {
        loop {
            let msg = self.next().await;
            if msg["method"] != "textDocument/publishDiagnostics" {
                continue;
            }
            let params = &msg["params"];
            if !params["uri"].as_str().unwrap_or_default().ends_with(file) {
                continue;
            }
            let codes: Vec<String> = params["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d["code"].as_str().unwrap_or_default().to_string())
                .collect();
            if want(&codes) {
                return codes;
            }
        }
    }
}

/// Open `rel` (TypeScript) as the editor does: its URI and text.
async fn open(c: &mut Client, root: &Path, rel: &str) -> (String, String) {
    let file_uri = uri(&root.join(rel));
    let text = std::fs::read_to_string(root.join(rel)).unwrap();
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": file_uri, "languageId": "typescript", "version": 1, "text": text}}),
    )
    .await;
    (file_uri, text)
}

fn uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

fn copy_project(name: &str) -> tempfile::TempDir {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let path = entry.unwrap().path();
            let target = to.join(path.file_name().unwrap());
            if path.is_dir() {
                copy(&path, &target);
            } else {
                std::fs::copy(&path, &target).unwrap();
            }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let src: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/projects")
        .join(name);
    copy(&src, dir.path());
    dir
}

fn has(code: &str) -> impl Fn(&[String]) -> bool + '_ {
    move |codes| codes.iter().any(|c| c == code)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_edit_in_bin_app_moves_the_finding_in_a_stack_file_that_is_not_open() {
    let dir = copy_project("ts-multi-region");
    let root = dir.path().canonicalize().unwrap();
    let mut c = Client::start(&root, json!({})).await;

    // The background pass reports the unopened stack file: its certificate goes to CloudFront
    // from eu-west-1, the region bin/app.ts gives it.
    let codes = c.published("lib/web-stack.ts", has("CDN005")).await;
    assert!(codes.contains(&"DNS005".to_string()), "{codes:?}");

    let (app_uri, text) = open(&mut c, &root, "bin/app.ts").await;
    // Deploy the web stack to us-east-1: the finding in lib/web-stack.ts goes away.
    let moved = text.replace("region: 'eu-west-1'", "region: 'us-east-1'");
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": app_uri, "version": 2}, "contentChanges": [{"text": moved}]}),
    )
    .await;
    let codes = c
        .published("lib/web-stack.ts", |codes| !has("CDN005")(codes))
        .await;
    // The rest of the file's findings stay (the aws-cdk-lib version of package-lock.json).
    assert!(codes.contains(&"DNS005".to_string()), "{codes:?}");

    // And back to eu-west-1: it comes back, still without opening the stack file.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": app_uri, "version": 3}, "contentChanges": [{"text": text}]}),
    )
    .await;
    c.published("lib/web-stack.ts", has("CDN005")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn workspace_diagnostics_can_be_turned_off() {
    let dir = copy_project("ts-multi-region");
    let root = dir.path().canonicalize().unwrap();
    let mut c = Client::start(&root, json!({"cdklint": {"workspaceDiagnostics": false}})).await;
    // An open document is still judged with the whole workspace in view.
    open(&mut c, &root, "lib/network-stack.ts").await;
    c.published("lib/network-stack.ts", has("STR006")).await;
    // Nothing was published for files that are not open.
    let report = c
        .request("workspace/diagnostic", json!({"previousResultIds": []}))
        .await;
    assert_eq!(report["result"]["items"], json!([]), "{report}");
}

/// Every message the server sends within `quiet` of the previous one.
async fn drain(c: &mut Client, quiet: Duration) -> Vec<Value> {
    let mut out = Vec::new();
    while let Ok(Some(msg)) = tokio::time::timeout(quiet, c.rx.recv()).await {
        out.push(msg);
    }
    out
}

fn publishes_of<'a>(msgs: &'a [Value], file: &str) -> Vec<&'a Value> {
    msgs.iter()
        .filter(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"]
                    .as_str()
                    .unwrap_or_default()
                    .ends_with(file)
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typing_that_leaves_the_facts_alone_does_not_relint_other_files() {
    let dir = copy_project("ts-multi-region");
    let root = dir.path().canonicalize().unwrap();
    let mut c = Client::start(&root, json!({})).await;
    c.published("lib/web-stack.ts", has("CDN005")).await;

    let (app_uri, text) = open(&mut c, &root, "bin/app.ts").await;
    c.published("bin/app.ts", |_| true).await;
    // An open stack file is linted again whenever the index changes (files that are not open
    // are re-linted too, but published only when their findings change).
    open(&mut c, &root, "lib/web-stack.ts").await;
    c.published("lib/web-stack.ts", has("CDN005")).await;
    drain(&mut c, Duration::from_millis(700)).await;

    // A comment typed at the end of `const app = …`: every instantiation below moves by a few
    // bytes, none moves to another line, so no other file can see the difference.
    let line = text
        .lines()
        .position(|l| l.starts_with("const app"))
        .unwrap();
    let col = text.lines().nth(line).unwrap().len();
    for (version, typed) in [(2, " "), (3, "/"), (4, "/"), (5, " x")] {
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": app_uri, "version": version}, "contentChanges": [{
                "range": {"start": {"line": line, "character": col}, "end": {"line": line, "character": col}},
                "text": typed}]}),
        )
        .await;
    }
    let msgs = drain(&mut c, Duration::from_millis(1500)).await;
    assert!(
        !publishes_of(&msgs, "bin/app.ts").is_empty(),
        "the edited file is linted: {msgs:?}"
    );
    for other in [
        "lib/web-stack.ts",
        "lib/cert-stack.ts",
        "lib/network-stack.ts",
    ] {
        assert_eq!(publishes_of(&msgs, other), Vec::<&Value>::new(), "{other}");
    }

    // A new line above the instantiations moves them: the lines other files name change, so
    // they are linted again.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": app_uri, "version": 6}, "contentChanges": [{
            "range": {"start": {"line": line, "character": 0}, "end": {"line": line, "character": 0}},
            "text": "\n"}]}),
    )
    .await;
    c.published("lib/web-stack.ts", has("CDN005")).await;
}

/// A configuration change and an editor-settings change reach the files that are not open,
/// not only the open documents.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn settings_and_configuration_changes_reach_files_that_are_not_open() {
    let dir = copy_project("ts-multi-region");
    let root = dir.path().canonicalize().unwrap();
    let mut c = Client::start(&root, json!({})).await;
    let codes = c.published("lib/web-stack.ts", has("CDN005")).await;
    assert!(codes.contains(&"DNS005".to_string()), "{codes:?}");

    // The editor ignores DNS005: the unopened stack file is published without it.
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"cdklint": {"ignore": ["DNS005"]}}}),
    )
    .await;
    let codes = c
        .published("lib/web-stack.ts", |codes| !has("DNS005")(codes))
        .await;
    assert!(codes.contains(&"CDN005".to_string()), "{codes:?}");

    // A new cdklint.toml ignores CDN005 too: the file is published without either.
    std::fs::write(root.join("cdklint.toml"), "ignore = [\"CDN005\"]\n").unwrap();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(&root.join("cdklint.toml")), "type": 1}]}),
    )
    .await;
    c.published("lib/web-stack.ts", |codes| {
        !has("CDN005")(codes) && !has("DNS005")(codes)
    })
    .await;
}

async fn changed_on_disk(c: &mut Client, root: &Path, rel: &str) {
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(&root.join(rel)), "type": 2}]}),
    )
    .await;
}

/// Files changed on disk while not open: a new finding in one is published, and a region
/// changed in `bin/app.ts` moves the finding it decides in another file.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn changes_on_disk_reach_the_files_they_concern() {
    let dir = copy_project("ts-multi-region");
    let root = dir.path().canonicalize().unwrap();
    let mut c = Client::start(&root, json!({})).await;
    c.published("lib/web-stack.ts", has("CDN005")).await;

    // A bucket without `enforceSSL` added to the recorder stack: S3001 appears there.
    let recorder = root.join("lib/recorder-stack.ts");
    let text = std::fs::read_to_string(&recorder).unwrap();
    let text = text
        .replace(
            "import * as config from 'aws-cdk-lib/aws-config';",
            "import * as config from 'aws-cdk-lib/aws-config';\nimport * as s3 from 'aws-cdk-lib/aws-s3';",
        )
        .replace(
            "super(scope, id, props);",
            "super(scope, id, props);\n    new s3.Bucket(this, 'Logs');",
        );
    std::fs::write(&recorder, text).unwrap();
    changed_on_disk(&mut c, &root, "lib/recorder-stack.ts").await;
    c.published("lib/recorder-stack.ts", has("S3001")).await;

    // The web stack deployed to us-east-1 instead: its CDN005 goes.
    let app = root.join("bin/app.ts");
    let text = std::fs::read_to_string(&app).unwrap();
    std::fs::write(
        &app,
        text.replace("region: 'eu-west-1'", "region: 'us-east-1'"),
    )
    .unwrap();
    changed_on_disk(&mut c, &root, "bin/app.ts").await;
    c.published("lib/web-stack.ts", |codes| !has("CDN005")(codes))
        .await;
}
