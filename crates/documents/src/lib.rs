//! # amparo-documents
//!
//! Reads a paper shown at the door into fields with evidence, then asks [`amparo_law::warrant`] what it
//! is and what it allows. Four ways in, one result:
//!
//! - guided answers ([`GuidedAnswers`]): what is printed at the top, in the bottom corner, under the
//!   signature, and whose name and address; no OCR;
//! - plain text;
//! - a PDF's text layer (`lopdf`, inside `catch_unwind`, with a time budget; encrypted PDFs refused;
//!   a scan's JPEG page image goes to OCR);
//! - a photo (JPEG, PNG, WebP) through the `tesseract` command, after preprocessing.
//!
//! Limits (size; pixels, from the image header) are enforced before anything is decoded. Uploaded content
//! is processed in memory only: it is never written to disk or to logs. No input panics; bad input is a
//! [`DocumentError`] with a message for the person.

use amparo_law::warrant::{Assessment, Situation, assess};
use serde::Serialize;

pub mod accuracy;
pub mod extract;
pub mod guided;
pub mod intake;
pub mod ocr;
pub mod pdf;
pub mod specimen;

pub use extract::{Evidence, Extraction, Fields, extract};
pub use guided::GuidedAnswers;
pub use intake::{Format, Limits};

/// Why a document could not be read. Every message is meant for the person who gave the document.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is larger than the limit of {limit} bytes")]
    TooLarge { limit: usize },
    #[error("the image is {width} × {height} pixels, over the limit of {limit} pixels; send a smaller photo")]
    TooManyPixels { width: u32, height: u32, limit: u64 },
    #[error("Amparo cannot read {0}; send a photo (JPEG, PNG, WebP), a PDF, or the text")]
    NotADocument(&'static str),
    #[error("{0}")]
    Unsupported(&'static str),
    #[error(
        "the PDF is encrypted (password-protected); Amparo does not open encrypted files. Send a photo of the paper, or answer the guided questions (--interactive)"
    )]
    EncryptedPdf,
    #[error(
        "the PDF has no text layer (it is a scan) and no page image Amparo can read; send a photo of the paper, or answer the guided questions (--interactive)"
    )]
    ScannedPdf,
    #[error("the PDF could not be read: {0}")]
    BadPdf(String),
    #[error("the image could not be read: {0}")]
    BadImage(String),
    #[error("photos cannot be read on this machine: {0}")]
    OcrUnavailable(String),
    #[error("reading the photo failed: {0}")]
    OcrFailed(String),
    #[error("{0} took too long")]
    Timeout(&'static str),
}

/// How the document came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    Guided,
    Text,
    Pdf,
    /// A scanned PDF whose page image was read by OCR.
    PdfScan,
    Photo,
}

impl Channel {
    pub fn id(self) -> &'static str {
        match self {
            Channel::Guided => "guided",
            Channel::Text => "text",
            Channel::Pdf => "pdf",
            Channel::PdfScan => "pdfscan",
            Channel::Photo => "photo",
        }
    }
}

/// The result: what was read, and what the law says about it.
#[derive(Debug, Clone)]
pub struct Report {
    pub channel: Channel,
    pub extraction: Extraction,
    pub assessment: Assessment,
}

impl Serialize for Report {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let a = &self.assessment;
        let mut m = serializer.serialize_map(None)?;
        a.serialize_answer(&mut m)?;
        m.serialize_entry("channel", &self.channel)?;
        m.serialize_entry("fields", &self.extraction.fields)?;
        m.serialize_entry("evidence", &self.extraction.evidence)?;
        a.serialize_details(&mut m)?;
        m.end()
    }
}

fn report(channel: Channel, extraction: Extraction, situation: &Situation) -> Report {
    let assessment = assess(&extraction.paper(), situation);
    Report {
        channel,
        extraction,
        assessment,
    }
}

/// Check a paper from its text.
pub fn check_text(text: &str, situation: &Situation) -> Report {
    report(Channel::Text, extract(text), situation)
}

/// Check a paper from the guided answers (no OCR).
pub fn check_guided(answers: &GuidedAnswers, situation: &Situation) -> Report {
    let mut e = extract(&answers.to_text());
    if answers.signed.is_some() {
        e.fields.signature_present = answers.signed;
    }
    report(Channel::Guided, e, situation)
}

/// Read a file's bytes to text: intake (limits first), then the channel its format calls for.
pub fn read_text(bytes: &[u8], limits: &Limits) -> Result<(Channel, String), DocumentError> {
    let format = intake::sniff(bytes, limits)?;
    match format {
        Format::Text => Ok((Channel::Text, String::from_utf8_lossy(bytes).into_owned())),
        Format::Pdf => match pdf::read(bytes, limits)? {
            pdf::PdfContent::Text(t) => Ok((Channel::Pdf, t)),
            pdf::PdfContent::Scanned(Some(jpeg)) => {
                let text = photo_text(&jpeg, Format::Jpeg, limits).map_err(|e| match e {
                    DocumentError::OcrUnavailable(_) => DocumentError::ScannedPdf,
                    other => other,
                })?;
                Ok((Channel::PdfScan, text))
            }
            pdf::PdfContent::Scanned(None) => Err(DocumentError::ScannedPdf),
        },
        f if f.is_image() => Ok((Channel::Photo, photo_text(bytes, f, limits)?)),
        _ => Err(DocumentError::NotADocument("this file")),
    }
}

/// OCR a photo. If the first reading finds no known document, the page is tried turned a quarter, half
/// and three quarters (a photo taken sideways or upside down). If it finds a court's paper but no title
/// next to a signature, the lower part of the page (where the signature is) is read again, larger: the
/// small print under a signature is what most often fails to survive a photo, and it decides whether the
/// paper is judicial.
fn photo_text(bytes: &[u8], format: Format, limits: &Limits) -> Result<String, DocumentError> {
    let gray = ocr::decode(bytes, format, limits)?;
    let (page, text) = read_upright(&gray, limits)?;
    drop(gray);
    if !needs_signer_title(&text) {
        return Ok(text);
    }
    let part = ocr::lower_part(&page, SIGNATURE_FROM, SIGNATURE_WIDTH);
    drop(page);
    let again = ocr::tesseract_with(&part, ocr::Layout::Block, limits)?;
    Ok(format!("{text}\n{again}"))
}

/// Where the signature region is read again from: this fraction of the print's height down.
const SIGNATURE_FROM: f32 = 0.45;
/// The width the signature region is scaled to when read again (small print needs about 300 dpi).
const SIGNATURE_WIDTH: u32 = 2400;

/// A court's paper (by its heading or its title) whose reading shows no title next to a signature.
fn needs_signer_title(text: &str) -> bool {
    use amparo_law::warrant::Issuer;
    let e = extract(text);
    e.signer.is_none()
        && (e.kind.is_court_warrant() || matches!(e.issuer, Some(Issuer::FederalCourt | Issuer::NyCourt)))
}

/// The first reading that finds a known paper (or plenty of English), trying the page upright, then
/// turned; with the prepared page it was read from.
fn read_upright(gray: &image::GrayImage, limits: &Limits) -> Result<(image::GrayImage, String), DocumentError> {
    let page = ocr::prepare(gray);
    // A page whose print runs up and down is not read as it is: Tesseract reads a few such lines, enough
    // to name a paper and miss the rest.
    let first = if ocr::is_sideways(&page) {
        String::new()
    } else {
        ocr::tesseract(&page, limits)?
    };
    // Read upright: a known paper, or plenty of common English words (an unrelated paper).
    if extract(&first).kind != amparo_law::warrant::Kind::Unknown || english_words(&first) >= 12 {
        return Ok((page, first));
    }
    // Turned a quarter either way, Tesseract still reads some upside-down lines: read both quarters and
    // keep the better (a known paper, then the more English), and the half turn only if neither reads.
    let score = |t: &str| (extract(t).kind != amparo_law::warrant::Kind::Unknown, english_words(t));
    let mut best = (page, first);
    let mut best_score = score(&best.1);
    for q in [1u8, 3, 2] {
        if q == 2 && best_score.0 {
            break;
        }
        // Turn the photo itself, then prepare again: the deskew must be measured on upright lines.
        let page = ocr::prepare(&ocr::turn(gray, q));
        let t = ocr::tesseract(&page, limits)?;
        let sc = score(&t);
        if sc > best_score {
            best = (page, t);
            best_score = sc;
        }
    }
    Ok(best)
}

/// How many common English words a reading holds: a page read sideways holds almost none.
fn english_words(s: &str) -> usize {
    const COMMON: &[&str] = &[
        "the", "of", "and", "to", "in", "is", "for", "by", "or", "on", "this", "that", "you", "be", "are", "with",
        "from", "your", "any", "date", "name", "states", "united", "new", "york",
    ];
    s.split(|c: char| !c.is_alphabetic())
        .filter(|w| COMMON.iter().any(|c| w.eq_ignore_ascii_case(c)))
        .count()
}

/// Check a paper from a file's bytes (text, PDF or photo).
pub fn check_bytes(bytes: &[u8], situation: &Situation, limits: &Limits) -> Result<Report, DocumentError> {
    let (channel, text) = read_text(bytes, limits)?;
    Ok(report(channel, extract(&text), situation))
}
