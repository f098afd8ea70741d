//! `amparo serve` as an operator runs it: one line at start-up, and nothing about any request afterwards —
//! no addresses, no pages, no content.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::Duration;

fn request(addr: &str, raw: &str) -> String {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(30))).expect("timeout");
    s.write_all(raw.as_bytes()).expect("write");
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    out
}

#[test]
fn serve_logs_nothing_about_requests() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_amparo"))
        .args(["serve", "--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("amparo serve starts");
    let mut stderr = BufReader::new(child.stderr.take().expect("stderr"));
    let mut first = String::new();
    stderr.read_line(&mut first).expect("start-up line");
    let url = first
        .split("http://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .expect("the line gives the address");
    let addr = url.to_owned();

    let secret = "Maria Secretname 123 Private Street";
    let page = request(&addr, "GET /es/home HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    let body = format!("U.S. DEPARTMENT OF HOMELAND SECURITY\nWARRANT FOR ARREST OF ALIEN\n{secret}\nForm I-200\n");
    let api = request(
        &addr,
        &format!(
            "POST /api/v1/warrant-check?name=Maria%20Secretname HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    );
    assert!(api.starts_with("HTTP/1.1 200"), "{api}");
    let missing = request(&addr, "GET /nowhere HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert!(missing.starts_with("HTTP/1.1 404"));

    let _ = child.kill();
    let _ = child.wait();
    let mut rest = String::new();
    let _ = stderr.read_to_string(&mut rest);
    let mut stdout = String::new();
    let _ = child.stdout.take().expect("stdout").read_to_string(&mut stdout);
    assert_eq!(rest, "", "nothing may be logged after start-up");
    assert_eq!(stdout, "");
    assert!(!first.contains("Secretname"));
}
