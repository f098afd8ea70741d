//! Privacy by architecture, tested on the running server: after a family plan, a wallet card, the messages
//! written ahead, a proof of presence and an encounter record are made, the server's data directory (its
//! working directory, and the HOME, TMPDIR and XDG directories it is given) is exactly as before — no file
//! created, changed or removed — its logs say nothing after the start-up line, and no answer sets a cookie or
//! may be cached.
//!
//! Amparo's server has no data directory of its own: it keeps nothing. The directories above are every place a
//! program (or a library inside it: a font cache, a temp file) would write to without being told.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime};

const SECRET: &str = "Zenaida Secretperson";

/// Every file and directory under `root`: its size and modification time.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, (u64, Option<SystemTime>, bool)> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read dir") {
            let entry = entry.expect("entry");
            let meta = entry.metadata().expect("metadata");
            let path = entry.path();
            out.insert(
                path.strip_prefix(root).expect("under root").to_path_buf(),
                (meta.len(), meta.modified().ok(), meta.is_dir()),
            );
            if meta.is_dir() {
                stack.push(path);
            }
        }
    }
    out
}

/// One HTTP request; the whole answer (headers and body) as bytes.
fn request(addr: &str, method: &str, path: &str, form: &str) -> Vec<u8> {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(120))).expect("timeout");
    let raw = format!(
        "{method} {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{form}",
        form.len()
    );
    s.write_all(raw.as_bytes()).expect("write");
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    out
}

fn head(answer: &[u8]) -> String {
    let end = answer.windows(4).position(|w| w == b"\r\n\r\n").expect("headers end");
    String::from_utf8_lossy(&answer[..end]).to_lowercase()
}

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            b' ' => "+".to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn form(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

#[test]
fn making_papers_leaves_the_data_directory_and_the_logs_unchanged() {
    let root = tempfile::tempdir().expect("temp dir");
    let dirs = ["work", "home", "tmp", "cache", "config", "data", "state", "runtime"];
    for d in dirs {
        std::fs::create_dir(root.path().join(d)).expect("mkdir");
    }
    // Something already there, to show that existing files are not touched either.
    std::fs::write(root.path().join("work/notes.txt"), "before").expect("write");
    let d = |name: &str| root.path().join(name);
    let mut child = Command::new(env!("CARGO_BIN_EXE_amparo"))
        .args(["serve", "--addr", "127.0.0.1:0"])
        .current_dir(d("work"))
        .env("HOME", d("home"))
        .env("TMPDIR", d("tmp"))
        .env("XDG_CACHE_HOME", d("cache"))
        .env("XDG_CONFIG_HOME", d("config"))
        .env("XDG_DATA_HOME", d("data"))
        .env("XDG_STATE_HOME", d("state"))
        .env("XDG_RUNTIME_DIR", d("runtime"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("amparo serve starts");
    let mut stderr = BufReader::new(child.stderr.take().expect("stderr"));
    let mut first = String::new();
    stderr.read_line(&mut first).expect("start-up line");
    let addr = first
        .split("http://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .expect("the line gives the address")
        .to_owned();
    let before = snapshot(root.path());

    let plan = [
        ("person.name", SECRET),
        ("person.a_number", "A 123-456-789"),
        ("person.country_of_birth", "Ecuador"),
        ("contacts.0.name", "Secret Sister"),
        ("contacts.0.phone", "718-555-0142"),
        ("lawyer.name", "Secret Lawyer"),
        ("lawyer.phone", "212-555-0163"),
        ("medical", "Secret condition"),
    ];
    let mut answers = Vec::new();
    for make in ["plan", "card", "taken", "messages"] {
        let mut fields = plan.to_vec();
        fields.push(("make", make));
        answers.push((make, request(&addr, "POST", "/es/plan", &form(&fields))));
    }
    let papers = form(&[
        ("as_of", "2026-11-30"),
        ("papers.0.kind", "lease"),
        ("papers.0.from", "2024-01-01"),
        ("papers.0.to", "2026-11-30"),
        ("papers.0.description", SECRET),
    ]);
    answers.push((
        "presence",
        request(&addr, "POST", "/ar/presence", &(papers.clone() + "&make=check")),
    ));
    answers.push((
        "presence pdf",
        request(&addr, "POST", "/ar/presence", &(papers + "&make=pdf")),
    ));
    let record = form(&[
        ("when", "2026-11-30T07:40"),
        ("where", "Secret corner"),
        ("what_happened", SECRET),
        ("witnesses.0.name", "Secret Witness"),
    ]);
    answers.push(("record", request(&addr, "POST", "/en/record", &(record + "&make=json"))));
    answers.push((
        "taken",
        request(
            &addr,
            "POST",
            "/zh-Hans/taken",
            &form(&[("name", SECRET), ("make", "pdf")]),
        ),
    ));
    answers.push((
        "bad input",
        request(
            &addr,
            "POST",
            "/en/plan",
            &form(&[("person.name", SECRET), ("person.a_number", "12")]),
        ),
    ));

    for (what, a) in &answers {
        let h = head(a);
        let ok = if *what == "bad input" {
            "http/1.1 422"
        } else {
            "http/1.1 200"
        };
        assert!(h.starts_with(ok), "{what}: {h}");
        assert!(!h.contains("set-cookie"), "{what}: a cookie");
        assert!(h.contains("cache-control: no-store"), "{what}: may be cached\n{h}");
    }
    let pdf = |what: &str| {
        let (_, a) = answers.iter().find(|(w, _)| *w == what).expect("answer");
        head(a).contains("content-type: application/pdf")
    };
    assert!(pdf("plan") && pdf("card") && pdf("taken") && pdf("presence pdf"));

    let _ = child.kill();
    let _ = child.wait();
    let mut rest = String::new();
    let _ = stderr.read_to_string(&mut rest);
    let mut stdout = String::new();
    let _ = child.stdout.take().expect("stdout").read_to_string(&mut stdout);
    assert_eq!(rest, "", "nothing may be logged after start-up");
    assert_eq!(stdout, "");
    let after = snapshot(root.path());
    assert_eq!(before, after, "the server's directories changed");
    assert_eq!(std::fs::read_to_string(d("work/notes.txt")).expect("read"), "before");
    // And none of them holds a file at all (but the one put there before): nothing was ever written.
    assert_eq!(after.values().filter(|(_, _, dir)| !dir).count(), 1, "{after:?}");
}
