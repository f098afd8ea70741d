//! Reading a PDF back as a reader does, for the tests of every paper Amparo makes (cards, tool papers, the
//! CLI, the browser): poppler's tools (Debian poppler-utils; `scripts/test` installs them) run on a PDF held
//! in memory, and text compared without the whitespace and the directional controls poppler puts anywhere.

use std::io::Write;
use std::process::{Command, Stdio};

/// poppler's name for its standard input.
pub const STDIN: &str = "fd://0";

/// Runs a poppler tool (`args` name the input as [`STDIN`]) with `pdf` on its standard input and returns its
/// standard output. No scratch files, so test processes running in parallel cannot disturb each other.
///
/// # Panics
/// When the tool is missing or fails: this is test support, and a test cannot go on without the text.
pub fn poppler(program: &str, args: &[&str], pdf: &[u8]) -> Vec<u8> {
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

/// The text of every page (`pdftotext`), pages separated by form feeds.
///
/// # Panics
/// As [`poppler`], and when the text is not UTF-8.
pub fn pdftotext(pdf: &[u8]) -> String {
    String::from_utf8(poppler("pdftotext", &[STDIN, "-"], pdf)).expect("pdftotext writes UTF-8")
}

/// Directional formatting characters poppler wraps right-to-left runs in.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `s` without whitespace and directional controls: line breaks fall anywhere in extracted text, and CJK
/// has no spaces, so expected and extracted text are compared squashed.
pub fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !is_bidi_control(*c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn squash_drops_blanks_and_bidi_controls_only() {
        assert_eq!(squash("\u{2067}(917) 555-0110\u{2069}\n A"), "(917)555-0110A");
        assert_eq!(squash("فاطمة الزهراء"), "فاطمةالزهراء");
    }
}
