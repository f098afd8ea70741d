//! The text layer of a PDF, read with `lopdf` inside `catch_unwind`, on a worker thread with a time budget.
//!
//! Encrypted PDFs are refused. A PDF without a text layer (a scan) is reported as such; if it holds a JPEG
//! page image, that image can be passed to OCR ([`scanned_jpeg`]).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::mpsc;

use lopdf::{Document, Object};

use crate::{DocumentError, Limits};

/// Fewer letters than this in the whole text layer: treated as a scan.
const MIN_LETTERS: usize = 20;

/// What a PDF holds.
pub(crate) enum PdfContent {
    Text(String),
    /// No text layer; the largest JPEG page image if there is one.
    Scanned(Option<Vec<u8>>),
}

fn is_encrypted(bytes: &[u8]) -> bool {
    bytes.windows(8).any(|w| w == b"/Encrypt")
}

/// Read a PDF's text (first `limits.pdf_pages` pages).
pub(crate) fn read(bytes: &[u8], limits: &Limits) -> Result<PdfContent, DocumentError> {
    if is_encrypted(bytes) {
        return Err(DocumentError::EncryptedPdf);
    }
    let data: Arc<[u8]> = Arc::from(bytes);
    let pages = limits.pdf_pages;
    let (tx, rx) = mpsc::sync_channel(1);
    let worker = std::thread::Builder::new()
        .name("amparo-pdf".into())
        .spawn(move || {
            let result = catch_unwind(AssertUnwindSafe(|| parse(&data, pages)))
                .unwrap_or_else(|_| Err(DocumentError::BadPdf("the PDF's structure is malformed".into())));
            let _ = tx.send(result);
        })
        .map_err(|e| DocumentError::BadPdf(format!("could not start the PDF reader: {e}")))?;
    match rx.recv_timeout(limits.pdf_time) {
        Ok(r) => {
            let _ = worker.join();
            r
        }
        // The worker cannot be interrupted; it finishes on its own, its memory bounded by the size limit.
        Err(_) => Err(DocumentError::Timeout("reading the PDF")),
    }
}

fn parse(bytes: &[u8], max_pages: usize) -> Result<PdfContent, DocumentError> {
    let doc = Document::load_mem(bytes).map_err(|e| DocumentError::BadPdf(e.to_string()))?;
    if doc.trailer.get(b"Encrypt").is_ok() {
        return Err(DocumentError::EncryptedPdf);
    }
    let pages: Vec<u32> = doc.get_pages().keys().copied().take(max_pages).collect();
    if pages.is_empty() {
        return Err(DocumentError::BadPdf("the PDF has no pages".into()));
    }
    let mut text = String::new();
    for n in &pages {
        // A page whose text cannot be extracted is skipped; others may still carry the text.
        if let Ok(t) = doc.extract_text(&[*n]) {
            text.push_str(&t);
            text.push('\n');
        }
    }
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    if letters >= MIN_LETTERS {
        return Ok(PdfContent::Text(text));
    }
    Ok(PdfContent::Scanned(largest_jpeg(&doc)))
}

/// The largest DCT-encoded (JPEG) image in the document, as JPEG bytes.
fn largest_jpeg(doc: &Document) -> Option<Vec<u8>> {
    let mut best: Option<&Vec<u8>> = None;
    for obj in doc.objects.values() {
        if let Object::Stream(s) = obj {
            let is_image = s
                .dict
                .get(b"Subtype")
                .and_then(|o| o.as_name())
                .is_ok_and(|n| n == b"Image");
            let is_dct = match s.dict.get(b"Filter") {
                Ok(Object::Name(n)) => n == b"DCTDecode",
                Ok(Object::Array(a)) => a.len() == 1 && a[0].as_name().is_ok_and(|n| n == b"DCTDecode"),
                _ => false,
            };
            if is_image && is_dct && best.is_none_or(|b| s.content.len() > b.len()) {
                best = Some(&s.content);
            }
        }
    }
    best.cloned()
}
