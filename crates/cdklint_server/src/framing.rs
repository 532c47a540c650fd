//! Framing between the wire and tower-lsp-server, both ways.
//!
//! **Input.** tower-lsp-server reads stdin through a tokio-util `FramedRead`, and a `FramedRead`
//! ends its stream after the first decoding error: one message that is not JSON-RPC (bad JSON,
//! bad header, `"jsonrpc": "1.0"`) would end the server. So [`sanitize`] reads the frames first.
//! Valid messages pass through byte for byte; anything else becomes a synthetic request
//! ([`INVALID_METHOD`]) that the ordered ingress answers with the JSON-RPC error the spec asks
//! for (-32700 parse error or -32600 invalid request, `id` null unless one could be read).
//!
//! **Output.** tower-lsp-server's client turns a notification's params into a
//! `serde_json::Value` before writing it; for `publishDiagnostics` of a large file, on every
//! keystroke, building, writing and dropping that tree costs more than linting the edit. So
//! the outbox serializes its publishes itself ([`notification`]) and [`merge`] writes them to
//! the wire between tower-lsp-server's own frames, each frame whole.

use serde::Serialize;
use serde_json::{Value, json};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::mpsc::UnboundedReceiver;
use tower_lsp_server::jsonrpc::{Request, Response};

/// The method of the synthetic request that stands for an invalid message.
pub const INVALID_METHOD: &str = "cdklint/$invalidMessage";

/// Header sections longer than this without an end are garbage.
const MAX_HEADER: usize = 8 * 1024;

/// The largest message body accepted. A larger `Content-Length` is answered with an error and
/// its body skipped as it streams in, so a hostile or broken client cannot make the server
/// buffer gigabytes (or wait for ever for a body that never comes). Real documents are far
/// smaller: files above the `max-file-size` setting are not linted anyway.
pub const MAX_MESSAGE: usize = 64 * 1024 * 1024;

/// Copy LSP frames from `input` to `output`, replacing invalid ones. Returns at EOF.
pub async fn sanitize<R, W>(mut input: R, mut output: W)
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut buf: Vec<u8> = Vec::with_capacity(64 * 1024);
    let mut chunk = vec![0u8; 64 * 1024];
    let mut eof = false;
    // Bytes of an oversized body still to be thrown away as they arrive.
    let mut skip: usize = 0;
    loop {
        skip = skip_body(&mut buf, skip);
        // Emit every complete frame in the buffer.
        while skip == 0 {
            match next_frame(&mut buf) {
                Frame::Complete(body) => {
                    let body = check(body);
                    let mut frame = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
                    frame.extend_from_slice(&body);
                    if output.write_all(&frame).await.is_err() {
                        return;
                    }
                }
                Frame::Garbage(reason) => {
                    tracing::warn!("skipping unreadable input: {reason}");
                    let body = invalid(-32700, &reason, Value::Null);
                    let mut frame = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
                    frame.extend_from_slice(&body);
                    if output.write_all(&frame).await.is_err() {
                        return;
                    }
                }
                Frame::TooLarge(length) => {
                    tracing::warn!("skipping a message of {length} bytes");
                    let body = invalid(
                        -32600,
                        &format!(
                            "message of {length} bytes is larger than the maximum of {MAX_MESSAGE} bytes; skipped"
                        ),
                        Value::Null,
                    );
                    let mut frame = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
                    frame.extend_from_slice(&body);
                    if output.write_all(&frame).await.is_err() {
                        return;
                    }
                    skip = skip_body(&mut buf, length);
                }
                Frame::Incomplete => break,
            }
        }
        if eof {
            let _ = output.shutdown().await;
            return;
        }
        match input.read(&mut chunk).await {
            Ok(0) | Err(_) => eof = true,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
        let _ = output.flush().await;
    }
}

/// A JSON-RPC notification, framed for the wire.
pub fn notification<P: Serialize>(method: &str, params: &P) -> serde_json::Result<Vec<u8>> {
    #[derive(Serialize)]
    struct Notification<'a, P> {
        jsonrpc: &'static str,
        method: &'a str,
        params: &'a P,
    }
    let body = serde_json::to_vec(&Notification {
        jsonrpc: "2.0",
        method,
        params,
    })?;
    let mut frame = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    frame.extend_from_slice(&body);
    Ok(frame)
}

/// Copy tower-lsp-server's frames from `server` to `output`, and write each frame that comes
/// in on `extra` between two of them. Returns when `server` ends (the server stopped), after
/// writing what it had sent.
pub async fn merge<R, W>(mut server: R, mut extra: UnboundedReceiver<Vec<u8>>, mut output: W)
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut buf: Vec<u8> = Vec::with_capacity(64 * 1024);
    let mut chunk = vec![0u8; 64 * 1024];
    let mut extra_open = true;
    loop {
        // Whole frames of the server first (never a part of one: a frame of `extra` must not
        // land inside it).
        let whole = whole_frames(&buf);
        if whole > 0 {
            if output.write_all(&buf[..whole]).await.is_err() {
                return;
            }
            buf.drain(..whole);
            let _ = output.flush().await;
        }
        tokio::select! {
            read = server.read(&mut chunk) => match read {
                Ok(0) | Err(_) => break,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            },
            frame = extra.recv(), if extra_open => match frame {
                Some(frame) => {
                    if output.write_all(&frame).await.is_err() {
                        return;
                    }
                    let _ = output.flush().await;
                }
                None => extra_open = false,
            },
        }
    }
    // The server's last frames (the answer to `shutdown`) may have come with its end.
    let _ = output.write_all(&buf[..whole_frames(&buf)]).await;
    let _ = output.flush().await;
}

/// The length of the complete frames at the start of `buf`.
fn whole_frames(buf: &[u8]) -> usize {
    let mut whole = 0;
    while let Some(len) = frame_len(&buf[whole..]) {
        whole += len;
    }
    whole
}

/// The length of the complete frame at the start of `buf` (header and body), if it is there.
/// For tower-lsp-server's output, which is well-formed.
fn frame_len(buf: &[u8]) -> Option<usize> {
    let end = find(buf, b"\r\n\r\n")? + 4;
    let header = std::str::from_utf8(&buf[..end]).ok()?;
    let length: usize = header
        .lines()
        .find_map(|l| l.strip_prefix("Content-Length:"))?
        .trim()
        .parse()
        .ok()?;
    (buf.len() >= end + length).then_some(end + length)
}

enum Frame {
    Complete(Vec<u8>),
    Garbage(String),
    /// A header announcing a body over [`MAX_MESSAGE`]; the header is consumed, the body
    /// (this many bytes) is not.
    TooLarge(usize),
    Incomplete,
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Take the next frame off the front of `buf`.
fn next_frame(buf: &mut Vec<u8>) -> Frame {
    // Skip blank lines between messages.
    let blank = buf
        .iter()
        .take_while(|b| matches!(b, b'\r' | b'\n'))
        .count();
    buf.drain(..blank);
    if buf.is_empty() {
        return Frame::Incomplete;
    }
    let Some(end) = find(buf, b"\r\n\r\n") else {
        if buf.len() > MAX_HEADER {
            let drop = resync(buf, 1);
            buf.drain(..drop);
            return Frame::Garbage("a header section without an end".into());
        }
        return Frame::Incomplete;
    };
    let headers = String::from_utf8_lossy(&buf[..end]).into_owned();
    let mut length = None;
    let mut bad = None;
    for line in headers.split("\r\n") {
        let Some((name, value)) = line.split_once(':') else {
            bad = Some(format!("not a header: {line:?}"));
            break;
        };
        if name.trim().eq_ignore_ascii_case("content-length") {
            match value.trim().parse::<usize>() {
                Ok(n) => length = Some(n),
                Err(_) => bad = Some(format!("bad Content-Length: {:?}", value.trim())),
            }
        }
    }
    let length = match (bad, length) {
        (None, Some(n)) => n,
        (bad, _) => {
            // Drop up to the next thing that looks like a message.
            let drop = resync(buf, 1);
            buf.drain(..drop);
            return Frame::Garbage(
                bad.unwrap_or_else(|| "a message without Content-Length".into()),
            );
        }
    };
    let start = end + 4;
    if length > MAX_MESSAGE {
        buf.drain(..start);
        return Frame::TooLarge(length);
    }
    // Cannot overflow: `start` is bounded by the buffer and `length` by MAX_MESSAGE.
    let stop = start + length;
    if buf.len() < stop {
        return Frame::Incomplete;
    }
    let body = buf[start..stop].to_vec();
    buf.drain(..stop);
    Frame::Complete(body)
}

/// Drop up to `skip` bytes of an oversized body from the front of `buf`; returns how many are
/// still to come. Skipping ends early at a `Content-Length` header: a client that announced a
/// length it never sends (`Content-Length: 9223372036854775807`) must not make the server
/// swallow every later message.
fn skip_body(buf: &mut Vec<u8>, skip: usize) -> usize {
    const NEEDLE: &[u8] = b"content-length";
    if skip == 0 {
        return 0;
    }
    let window = skip.min(buf.len());
    // Look a needle's length past the window, for a header that starts inside it.
    let seen = (window + NEEDLE.len()).min(buf.len());
    let lower = buf[..seen].to_ascii_lowercase();
    if let Some(at) = find(&lower, NEEDLE).filter(|&at| at < window) {
        buf.drain(..at);
        return 0;
    }
    // Keep a tail that may be the start of a header split across reads.
    let drop = if window == skip {
        skip
    } else {
        window.saturating_sub(NEEDLE.len() - 1)
    };
    buf.drain(..drop);
    skip - drop
}

/// Where the next `Content-Length` header starts, searching from `from` (or the buffer end).
fn resync(buf: &[u8], from: usize) -> usize {
    let from = from.min(buf.len());
    let lower: Vec<u8> = buf[from..].to_ascii_lowercase();
    find(&lower, b"content-length").map_or(buf.len(), |i| from + i)
}

/// The body itself when it is a JSON-RPC message tower-lsp-server can decode, else a synthetic
/// request describing the problem.
fn check(body: Vec<u8>) -> Vec<u8> {
    if serde_json::from_slice::<Response>(&body).is_ok()
        || serde_json::from_slice::<Request>(&body).is_ok()
    {
        return body;
    }
    match serde_json::from_slice::<Value>(&body) {
        Err(e) => invalid(-32700, &format!("parse error: {e}"), Value::Null),
        Ok(value) => {
            let id = match value.get("id") {
                Some(id @ (Value::Number(_) | Value::String(_))) => id.clone(),
                _ => Value::Null,
            };
            invalid(
                -32600,
                "not a JSON-RPC 2.0 request, notification or response",
                id,
            )
        }
    }
}

fn invalid(code: i64, message: &str, id: Value) -> Vec<u8> {
    json!({
        "jsonrpc": "2.0",
        "id": id,
        "method": INVALID_METHOD,
        "params": { "code": code, "message": message },
    })
    .to_string()
    .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(input: &[u8]) -> Vec<Value> {
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let mut out = Vec::new();
        rt.block_on(sanitize(input, &mut out));
        let mut buf = out;
        let mut values = Vec::new();
        while let Frame::Complete(body) = next_frame(&mut buf) {
            values.push(serde_json::from_slice(&body).unwrap());
        }
        assert!(buf.is_empty());
        values
    }

    fn frame(body: &str) -> Vec<u8> {
        format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
    }

    /// The server writes its frames in pieces; frames of the outbox come in meanwhile. Every
    /// frame reaches the wire whole, the server's in their order, and the server's last frame
    /// is written after it stops.
    #[test]
    fn merged_frames_stay_whole_and_in_order() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let out = rt.block_on(async {
            let (mut server, merger_in) = tokio::io::duplex(64);
            let (extra_tx, extra_rx) = tokio::sync::mpsc::unbounded_channel();
            let mut out = Vec::new();
            let writer = async move {
                for i in 0..20 {
                    let body = format!(
                        r#"{{"jsonrpc":"2.0","id":{i},"result":"{}"}}"#,
                        "é".repeat(i * 7)
                    );
                    for piece in frame(&body).chunks(5) {
                        server.write_all(piece).await.unwrap();
                        tokio::task::yield_now().await;
                        let publish =
                            notification("textDocument/publishDiagnostics", &json!({"n": i}));
                        extra_tx.send(publish.unwrap()).unwrap();
                    }
                }
                // Dropping `server` ends the merger.
            };
            tokio::join!(writer, merge(merger_in, extra_rx, &mut out));
            out
        });
        let mut buf = out;
        let mut ids = Vec::new();
        let mut published = 0;
        while let Frame::Complete(body) = next_frame(&mut buf) {
            let value: Value = serde_json::from_slice(&body).unwrap();
            match value.get("id") {
                Some(id) => ids.push(id.as_u64().unwrap()),
                None => published += 1,
            }
        }
        assert!(
            buf.is_empty(),
            "a frame was cut: {:?}",
            String::from_utf8_lossy(&buf)
        );
        assert_eq!(ids, (0..20).collect::<Vec<u64>>());
        assert!(published > 0);
    }

    #[test]
    fn valid_messages_pass_and_garbage_becomes_invalid_message_requests() {
        let mut input = frame(r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#);
        input.extend(frame("{not json"));
        input.extend(frame(r#"{"jsonrpc":"1.0","id":7,"method":"x"}"#));
        input.extend(b"Garbage-Header\r\n\r\n");
        input.extend(frame(
            r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
        ));
        let out = frames(&input);
        assert_eq!(out.len(), 5, "{out:?}");
        assert_eq!(out[0]["method"], "initialize");
        assert_eq!(out[1]["method"], INVALID_METHOD);
        assert_eq!(out[1]["params"]["code"], -32700);
        assert_eq!(out[2]["params"]["code"], -32600);
        assert_eq!(out[2]["id"], 7);
        assert_eq!(out[3]["params"]["code"], -32700);
        assert_eq!(out[4]["method"], "initialized");
    }

    #[test]
    fn huge_content_lengths_are_refused_and_the_next_message_is_served() {
        for length in [u64::MAX, i64::MAX as u64, MAX_MESSAGE as u64 + 1] {
            let mut input = format!("Content-Length: {length}\r\n\r\n{{}}").into_bytes();
            if length == MAX_MESSAGE as u64 + 1 {
                // A body that really is that long: skipped, not buffered.
                input.truncate(input.len() - 2);
                input.extend(std::iter::repeat_n(b' ', MAX_MESSAGE + 1));
            }
            // Whether the body came or not, the next message is served.
            input.extend(frame(
                r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
            ));
            let out = frames(&input);
            assert_eq!(out.len(), 2, "{length}: {out:?}");
            assert_eq!(out[0]["method"], INVALID_METHOD);
            assert_eq!(out[0]["params"]["code"], -32600);
            assert_eq!(out[1]["method"], "initialized");
        }
    }

    #[test]
    fn multibyte_bodies_and_split_reads_are_framed_by_bytes() {
        let body = r#"{"jsonrpc":"2.0","method":"x","params":{"t":"🪣 桶"}}"#;
        let out = frames(&frame(body));
        assert_eq!(out[0]["params"]["t"], "🪣 桶");
    }

    /// A piece of an input stream: a valid frame, a garbage frame, a hostile header, or bytes.
    fn piece() -> impl proptest::strategy::Strategy<Value = Vec<u8>> {
        use proptest::prelude::*;
        prop_oneof![
            Just(frame(
                r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#
            )),
            "[ -~🪣]{0,40}".prop_map(|body| frame(&body)),
            any::<u64>().prop_map(|n| format!("Content-Length: {n}\r\n\r\n").into_bytes()),
            prop::collection::vec(any::<u8>(), 0..64),
            Just(b"Content-Length: 5\r\nContent-Type: x\r\n\r\n".to_vec()),
        ]
    }

    proptest::proptest! {
        /// Any input: no panic, the sanitizer ends at EOF, and everything it emits is a JSON
        /// message in a well-formed frame.
        #[test]
        fn any_input_yields_well_formed_frames(pieces in proptest::collection::vec(piece(), 0..12)) {
            let input: Vec<u8> = pieces.concat();
            let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
            let mut out = Vec::new();
            rt.block_on(sanitize(&input[..], &mut out));
            while let Frame::Complete(body) = next_frame(&mut out) {
                proptest::prop_assert!(serde_json::from_slice::<Value>(&body).is_ok());
            }
            proptest::prop_assert!(out.is_empty());
        }
    }
}
