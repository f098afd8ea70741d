//! Shared by the card tests: running poppler's tools on a PDF held in memory.

use std::io::Write;
use std::process::{Command, Stdio};

/// poppler's name for its standard input.
pub(crate) const STDIN: &str = "fd://0";

/// Runs a poppler tool (`args` name the input as [`STDIN`]) with `pdf` on its standard input and returns its
/// standard output. No scratch files, so test processes running in parallel cannot disturb each other.
pub(crate) fn poppler(program: &str, args: &[&str], pdf: &[u8]) -> Vec<u8> {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{program} (Debian poppler-utils; scripts/test installs it): {e}"));
    let mut stdin = child.stdin.take().expect("piped stdin");
    let out = std::thread::scope(|s| {
        s.spawn(move || stdin.write_all(pdf).expect("write the PDF to the tool"));
        child.wait_with_output().expect("wait for the tool")
    });
    assert!(
        out.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}
