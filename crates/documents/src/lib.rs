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
//! - a photo (JPEG, PNG, WebP; HEIC through the system's libheif) through the `tesseract` command, after
//!   preprocessing.
//!
//! Where things are: `intake.rs` (limits, the format sniffed), `pdf.rs`, `photo.rs` (how a photo is read as
//! far as the decision needs), `ocr/` (decode, prepare, page layout, the Tesseract readers), `heic.rs`,
//! `process.rs` (helper processes fed through pipes), `extract/` (the classifier: text to a kind and fields
//! with evidence) and `guided.rs` (the guided answers).
//!
//! Limits (size; pixels, from the image header) are enforced before anything is decoded. Uploaded content
//! is processed in memory only: it is never written to disk or to logs. No input panics; bad input is a
//! [`DocumentError`] with a message for the person.

use amparo_law::warrant::{Assessment, Situation, Tolerance, assess};
use serde::Serialize;

pub mod clock;
mod extract;
mod guided;
#[cfg(not(target_arch = "wasm32"))]
pub mod heic;
pub mod intake;
pub mod ocr;
#[cfg(not(target_arch = "wasm32"))]
mod pdf;
mod photo;
#[cfg(not(target_arch = "wasm32"))]
mod process;

pub use clock::{in_new_york, now_in_new_york};
pub use extract::{Evidence, Extraction, Fields, extract};
pub use guided::{Choice, Field, GuidedAnswers, QUESTIONS, Question, Region, question};
pub use intake::{Format, Limits, ReadError, read_limited};
pub use photo::{Need, needs_signer_title, reading_score, settled};

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

    /// How far text read this way may differ from the paper: text read from an image by OCR may have
    /// been misread; typed text, guided answers and a PDF's text layer are as they are.
    pub fn tolerance(self) -> Tolerance {
        match self {
            Channel::Photo | Channel::PdfScan => Tolerance::MayBeMisread,
            Channel::Guided | Channel::Text | Channel::Pdf => Tolerance::Exact,
        }
    }
}

/// How much of the page was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PageRead {
    /// All of it (text, PDF, guided answers, and photos whenever the decision needs the body).
    Whole,
    /// A photo's top and bottom bands only (heading, signature, footer): enough for the decision when
    /// the person gave no name or address. Names, addresses and dates in the body were not read.
    TopAndBottom,
}

impl PageRead {
    pub fn id(self) -> &'static str {
        match self {
            PageRead::Whole => "whole",
            PageRead::TopAndBottom => "top_and_bottom",
        }
    }
}

/// A file read to text.
#[derive(Debug, Clone)]
pub struct Reading {
    pub channel: Channel,
    pub text: String,
    pub page: PageRead,
}

/// The result: what was read, and what the law says about it.
#[derive(Debug, Clone)]
pub struct Report {
    pub channel: Channel,
    pub page_read: PageRead,
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
        m.serialize_entry("page_read", &self.page_read)?;
        m.serialize_entry("fields", &self.extraction.fields)?;
        m.serialize_entry("evidence", &self.extraction.evidence)?;
        a.serialize_details(&mut m)?;
        m.end()
    }
}

fn report(channel: Channel, page_read: PageRead, extraction: Extraction, situation: &Situation) -> Report {
    let paper = extraction.paper(channel.tolerance());
    let assessment = assess(&paper, situation);
    Report {
        channel,
        page_read,
        extraction,
        assessment,
    }
}

/// Check a paper from its text.
pub fn check_text(text: &str, situation: &Situation) -> Report {
    report(Channel::Text, PageRead::Whole, extract(text), situation)
}

/// Check a paper from the guided answers (no OCR). The person's own reading of whose name and which address
/// are on it counts where they gave no name or address to compare.
pub fn check_guided(answers: &GuidedAnswers, situation: &Situation) -> Report {
    let mut extraction = extract(&answers.to_text());
    if answers.signed.is_some() {
        extraction.fields.signature_present = answers.signed;
    }
    let mut paper = extraction.paper(Channel::Guided.tolerance());
    paper.person_named = answers.names_you;
    paper.address_named = answers.names_here;
    Report {
        channel: Channel::Guided,
        page_read: PageRead::Whole,
        assessment: assess(&paper, situation),
        extraction,
    }
}

/// Read a file's bytes to text: intake (limits first), then the channel its format calls for. A photo is
/// read whole (see [`read_text_for`]).
pub fn read_text(bytes: &[u8], limits: &Limits) -> Result<(Channel, String), DocumentError> {
    read_text_for(bytes, limits, Need::ALL).map(|r| (r.channel, r.text))
}

/// [`read_text`], reading of a photo only what `need` calls for: the top and bottom of the page first,
/// and the body only when those do not settle the decision (see `photo_text`).
pub fn read_text_for(bytes: &[u8], limits: &Limits, need: Need) -> Result<Reading, DocumentError> {
    let whole = |channel, text| Reading {
        channel,
        text,
        page: PageRead::Whole,
    };
    let format = intake::sniff(bytes, limits)?;
    match format {
        Format::Text => Ok(whole(Channel::Text, String::from_utf8_lossy(bytes).into_owned())),
        // In WebAssembly (`crates/ondevice`) the page reads photos itself and hands over the text.
        #[cfg(target_arch = "wasm32")]
        _ => Err({
            let _ = need;
            DocumentError::Unsupported("only text is read here; a photo is read by the page, and a PDF by the server")
        }),
        #[cfg(not(target_arch = "wasm32"))]
        Format::Pdf => match pdf::read(bytes, limits)? {
            pdf::PdfContent::Text(t) => Ok(whole(Channel::Pdf, t)),
            pdf::PdfContent::Scanned(Some(jpeg)) => {
                let (text, page) = photo::photo_text(&jpeg, Format::Jpeg, limits, need).map_err(|e| match e {
                    DocumentError::OcrUnavailable(_) => DocumentError::ScannedPdf,
                    other => other,
                })?;
                Ok(Reading {
                    channel: Channel::PdfScan,
                    text,
                    page,
                })
            }
            pdf::PdfContent::Scanned(None) => Err(DocumentError::ScannedPdf),
        },
        #[cfg(not(target_arch = "wasm32"))]
        f if f.is_image() => {
            let (text, page) = photo::photo_text(bytes, f, limits, need)?;
            Ok(Reading {
                channel: Channel::Photo,
                text,
                page,
            })
        }
        #[cfg(not(target_arch = "wasm32"))]
        _ => Err(DocumentError::NotADocument("this file")),
    }
}

/// Check a paper from text read elsewhere (the photo read on the phone itself, `crates/ondevice`): the same
/// classifier and rules as [`check_bytes`], with the channel's tolerance.
pub fn check_reading(reading: &Reading, situation: &Situation) -> Report {
    report(reading.channel, reading.page, extract(&reading.text), situation)
}

/// Check a paper from a file's bytes (text, PDF or photo).
pub fn check_bytes(bytes: &[u8], situation: &Situation, limits: &Limits) -> Result<Report, DocumentError> {
    let r = read_text_for(bytes, limits, Need::of(situation))?;
    Ok(report(r.channel, r.page, extract(&r.text), situation))
}
