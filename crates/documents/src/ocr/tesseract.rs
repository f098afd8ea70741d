//! Reading a prepared page with the `tesseract` command: a child process fed through stdin (`tesseract stdin
//! stdout`), with `OMP_THREAD_LIMIT=1` in its environment (Debian's build uses OpenMP, which oversubscribes
//! small machines), so nothing is written to disk and an engine crash cannot take down the caller. Readers
//! start before their page is ready (the model loads meanwhile); two read two parts of a page at once.

use std::process::{Child, Command, Stdio};

use image::GrayImage;

use super::layout::split_rows;
use crate::DocumentError;
use crate::intake::Limits;
use crate::process::{run_piped, write_pgm};

/// How Tesseract is told to find the lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Layout {
    /// A page: find the blocks, then the lines (`--psm 3`).
    Page,
    /// One block of lines (`--psm 6`): a part of a page already cut to the print.
    Block,
}
/// Run `tesseract stdin stdout` on a prepared page. The page goes through a pipe; nothing touches disk.
pub(crate) fn tesseract(img: &GrayImage, limits: &Limits) -> Result<String, DocumentError> {
    tesseract_with(img, Layout::Page, limits)
}
/// Run `tesseract stdin stdout` with the given layout.
pub(crate) fn tesseract_with(img: &GrayImage, layout: Layout, limits: &Limits) -> Result<String, DocumentError> {
    Reader::spawn(layout)?.read(img, limits)
}
/// A `tesseract stdin stdout` process started before its page is ready. Tesseract loads its model
/// (about 60 ms) before it reads its input, so a reader started first does that while the photo is
/// decoded and prepared. Dropped unused, the process is killed.
pub(crate) struct Reader {
    child: Option<Child>,
}
impl Reader {
    /// Start the process (`OMP_THREAD_LIMIT=1`: one thread; see the module notes).
    pub(crate) fn spawn(layout: Layout) -> Result<Reader, DocumentError> {
        let psm = match layout {
            Layout::Page => "3",
            Layout::Block => "6",
        };
        let child = Command::new("tesseract")
            .args(["stdin", "stdout", "-l", "eng", "--psm", psm, "--dpi", "200"])
            .env("OMP_THREAD_LIMIT", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| {
                DocumentError::OcrUnavailable(format!(
                    "could not run `tesseract` ({e}); install the Debian packages tesseract-ocr and tesseract-ocr-eng"
                ))
            })?;
        Ok(Reader { child: Some(child) })
    }

    /// Give the process its page and wait for the text, within `limits.ocr_time`.
    pub(crate) fn read(mut self, img: &GrayImage, limits: &Limits) -> Result<String, DocumentError> {
        let child = self
            .child
            .take()
            .ok_or_else(|| DocumentError::OcrFailed("the reader was used".into()))?;
        // A page of text is a few KB; cap what is kept.
        let done = run_piped(
            child,
            |stdin| {
                let _ = write_pgm(img, stdin);
            },
            4 << 20,
            limits.ocr_time,
            "reading the photo (OCR)",
        )?;
        if !done.status.success() {
            return Err(DocumentError::OcrFailed(format!(
                "tesseract exited with {}",
                done.status
            )));
        }
        // Tesseract may end a page with a form feed; the callers use one to mark a separate reading.
        Ok(String::from_utf8_lossy(&done.stdout).replace('\x0c', ""))
    }
}
impl Drop for Reader {
    fn drop(&mut self) {
        // An unused reader: stop its process.
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
/// `n` readers, started now.
pub(crate) fn readers(n: usize) -> Result<Vec<Reader>, DocumentError> {
    (0..n).map(|_| Reader::spawn(Layout::Page)).collect()
}
/// Two pages read at the same time, each by its own reader (the second on another thread).
pub(crate) fn read_two(
    (first, a): (Reader, &GrayImage),
    (second, b): (Reader, &GrayImage),
    limits: &Limits,
) -> Result<(String, String), DocumentError> {
    let (a, b) = std::thread::scope(|s| {
        let other = s.spawn(|| second.read(b, limits));
        (first.read(a, limits), other.join())
    });
    let b = b.map_err(|_| DocumentError::OcrFailed("the reading thread stopped".into()))?;
    Ok((a?, b?))
}
/// Read a prepared page with the readers given: one reads it whole; two read its upper and lower halves,
/// cut at a blank band between lines of print ([`split_rows`]), at the same time. The texts are joined in
/// page order. (Tesseract's own threads oversubscribe a small machine; separate one-thread processes on
/// separate parts of the page do not.)
pub(crate) fn read_parts(page: &GrayImage, mut readers: Vec<Reader>, limits: &Limits) -> Result<String, DocumentError> {
    let cut = if readers.len() >= 2 { split_rows(page) } else { None };
    let Some(cut) = cut else {
        return match readers.pop() {
            Some(r) => r.read(page, limits),
            None => Reader::spawn(Layout::Page)?.read(page, limits),
        };
    };
    let (w, h) = page.dimensions();
    let top = image::imageops::crop_imm(page, 0, 0, w, cut).to_image();
    let bottom = image::imageops::crop_imm(page, 0, cut, w, h - cut).to_image();
    let second = readers.pop();
    let first = readers.pop();
    let (Some(first), Some(second)) = (first, second) else {
        return Reader::spawn(Layout::Page)?.read(page, limits);
    };
    drop(readers);
    let (a, b) = read_two((first, &top), (second, &bottom), limits)?;
    Ok(format!("{a}\n{b}"))
}
