//! What the in-process session tests share: reading the server's framed messages.

use serde_json::Value;
use tokio::io::{AsyncReadExt, DuplexStream, ReadHalf};
use tokio::sync::mpsc;

/// Read `Content-Length` framed messages from the server and hand each body over as JSON.
pub async fn read_frames(mut rd: ReadHalf<DuplexStream>, tx: mpsc::UnboundedSender<Value>) {
    let mut buf = Vec::new();
    let mut chunk = vec![0u8; 65536];
    loop {
        while let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let headers = String::from_utf8_lossy(&buf[..end]).to_string();
            let len: usize = headers
                .lines()
                .find_map(|l| l.strip_prefix("Content-Length: "))
                .and_then(|v| v.trim().parse().ok())
                .expect("Content-Length");
            if buf.len() < end + 4 + len {
                break;
            }
            let body: Value = serde_json::from_slice(&buf[end + 4..end + 4 + len]).unwrap();
            buf.drain(..end + 4 + len);
            if tx.send(body).is_err() {
                return;
            }
        }
        match rd.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
}
