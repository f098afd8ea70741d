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
pub mod heic;
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
    let mut paper = extraction.paper();
    paper.read_by_ocr = matches!(channel, Channel::Photo | Channel::PdfScan);
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

/// Check a paper from the guided answers (no OCR).
pub fn check_guided(answers: &GuidedAnswers, situation: &Situation) -> Report {
    let mut e = extract(&answers.to_text());
    if answers.signed.is_some() {
        e.fields.signature_present = answers.signed;
    }
    report(Channel::Guided, PageRead::Whole, e, situation)
}

/// Read a file's bytes to text: intake (limits first), then the channel its format calls for. A photo is
/// read whole (see [`read_text_for`]).
pub fn read_text(bytes: &[u8], limits: &Limits) -> Result<(Channel, String), DocumentError> {
    read_text_for(bytes, limits, Need::ALL).map(|r| (r.channel, r.text))
}

/// What a reading must find beyond the kind of paper, who issued it and who signed it (which is all the
/// decision needs when the person asks nothing more).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Need {
    /// The names and addresses on the paper: the person gave their name or address.
    pub names: bool,
    /// A search warrant's dates and hours: the person gave the time.
    pub dates: bool,
}

impl Need {
    /// Everything on the page.
    pub const ALL: Need = Need {
        names: true,
        dates: true,
    };

    /// What a situation asks about.
    pub fn of(situation: &Situation) -> Need {
        let given = |s: &Option<String>| s.as_deref().is_some_and(|v| !v.trim().is_empty());
        Need {
            names: given(&situation.name) || given(&situation.address),
            dates: situation.now.is_some(),
        }
    }
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
        Format::Pdf => match pdf::read(bytes, limits)? {
            pdf::PdfContent::Text(t) => Ok(whole(Channel::Pdf, t)),
            pdf::PdfContent::Scanned(Some(jpeg)) => {
                let (text, page) = photo_text(&jpeg, Format::Jpeg, limits, need).map_err(|e| match e {
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
        f if f.is_image() => {
            let (text, page) = photo_text(bytes, f, limits, need)?;
            Ok(Reading {
                channel: Channel::Photo,
                text,
                page,
            })
        }
        _ => Err(DocumentError::NotADocument("this file")),
    }
}

/// OCR a photo. If the first reading finds no known document, the page is tried turned a quarter, half
/// and three quarters (a photo taken sideways or upside down). If it finds a court's paper but no title
/// next to a signature, the lower part of the page (where the signature is) is read again, larger: the
/// small print under a signature is what most often fails to survive a photo, and it decides whether the
/// paper is judicial.
fn photo_text(bytes: &[u8], format: Format, limits: &Limits, need: Need) -> Result<(String, PageRead), DocumentError> {
    // The readers start loading Tesseract's model now, while the photo is decoded and prepared. An
    // image that does not decode is reported as such, not as missing OCR.
    let readers = ocr::readers(limits.ocr_workers.max(1));
    let gray = ocr::decode(bytes, format, limits)?;
    let (page, text, read) = read_upright(&gray, readers?, limits, need)?;
    drop(gray);
    if !needs_signer_title(&text) {
        return Ok((text, read));
    }
    let part = ocr::lower_part(&page, SIGNATURE_FROM, SIGNATURE_WIDTH);
    drop(page);
    let again = ocr::tesseract_with(&part, ocr::Layout::Block, limits)?;
    // A form feed between the readings: a title in the part read again is never taken as next to a
    // signature in the first reading (see `extract`).
    Ok((format!("{text}\n\x0c\n{again}"), read))
}

/// Where the signature region is read again from: this fraction of the print's height down.
const SIGNATURE_FROM: f32 = 0.45;
/// The width the signature region is scaled to when read again (small print needs about 300 dpi).
const SIGNATURE_WIDTH: u32 = 2400;

/// A court's paper (by its heading or its title) whose reading shows no title next to a signature.
fn needs_signer_title(text: &str) -> bool {
    let e = extract(text);
    e.signer.is_none() && court_paper(&e)
}

/// A court's paper, by its kind or its issuer.
fn court_paper(e: &Extraction) -> bool {
    use amparo_law::warrant::Issuer;
    e.kind.is_court_warrant() || matches!(e.issuer, Some(Issuer::FederalCourt | Issuer::NyCourt))
}

/// The first reading that finds a known paper (or plenty of English), trying the page upright, then
/// turned; with the prepared page it was read from.
fn read_upright(
    gray: &image::GrayImage,
    readers: Vec<ocr::Reader>,
    limits: &Limits,
    need: Need,
) -> Result<(image::GrayImage, String, PageRead), DocumentError> {
    let ocr::Prepared { page, sideways } = ocr::prepare_page(gray);
    let score = |t: &str| (extract(t).kind != amparo_law::warrant::Kind::Unknown, english_words(t));
    // A page whose print runs up and down is not read as it is (Tesseract reads a few such lines, enough
    // to name a paper and miss the rest): it is read turned a quarter either way, and the better kept.
    if sideways {
        let pair = read_turned(&page, [1, 3], readers, limits)?;
        let (page, text) = pair
            .into_iter()
            .max_by_key(|(_, t)| score(t))
            .unwrap_or((page, String::new()));
        return Ok((page, text, PageRead::Whole));
    }
    let (first, read) = read_needed(&page, readers, limits, need)?;
    // Read upright: a known paper, or plenty of common English words (an unrelated paper).
    let first_score = score(&first);
    if first_score.0 || first_score.1 >= 12 {
        return Ok((page, first, read));
    }
    // Otherwise the page may have been taken upside down, or sideways with its print not measured as
    // such: both quarter turns, then the half turn if neither reads as a known paper.
    let quarters = read_turned(&page, [1, 3], Vec::new(), limits)?;
    let mut best = quarters.into_iter().max_by_key(|(_, t)| score(t)).unwrap_or_default();
    if !score(&best.1).0 {
        let half = ocr::turn(&page, 2);
        let t = ocr::tesseract(&half, limits)?;
        if score(&t) > score(&best.1) {
            best = (half, t);
        }
    }
    // (A reading that settles nothing was of the whole page: see `read_needed`.)
    let (page, text) = if score(&best.1) > first_score {
        best
    } else {
        (page, first)
    };
    Ok((page, text, PageRead::Whole))
}

/// Read an upright prepared page for what the decision needs. With two readers and a page that has blank
/// bands in the right places ([`ocr::bands`]), the top band (the heading: who issued the paper and what
/// it is) and the bottom band (the signature with the signer's title, and the form number in the
/// footer) are read at the same time. The body between them is read only when those two do not settle
/// the decision ([`settled`]): the paper is not recognised, a court's paper shows no signer's title, or
/// the person asked about names, addresses or (for a search warrant) dates. Otherwise the whole page is
/// read, in halves ([`ocr::read_parts`]).
fn read_needed(
    page: &image::GrayImage,
    mut readers: Vec<ocr::Reader>,
    limits: &Limits,
    need: Need,
) -> Result<(String, PageRead), DocumentError> {
    let whole = |t: Result<String, DocumentError>| t.map(|t| (t, PageRead::Whole));
    let bands = if readers.len() >= 2 && !need.names {
        ocr::bands(page)
    } else {
        None
    };
    let Some((top_end, bottom_start)) = bands else {
        return whole(ocr::read_parts(page, readers, limits));
    };
    let (w, h) = page.dimensions();
    let crop = |y0: u32, y1: u32| image::imageops::crop_imm(page, 0, y0, w, y1 - y0).to_image();
    let (top, bottom) = (crop(0, top_end), crop(bottom_start, h));
    let (Some(b), Some(a)) = (readers.pop(), readers.pop()) else {
        return whole(ocr::read_parts(page, readers, limits));
    };
    // When the heading alone shows that the body will be needed (a search warrant, and the time given),
    // the body's readers start loading while the bottom band is still being read.
    let (top_text, early, bottom_text) = std::thread::scope(|s| {
        let lower = s.spawn(|| b.read(&bottom, limits));
        let top_text = a.read(&top, limits);
        let body_needed = top_text
            .as_ref()
            .is_ok_and(|t| need.dates && extract(t).kind.is_search_warrant());
        let early = body_needed.then(|| ocr::readers(2));
        (top_text, early, lower.join())
    });
    let bottom_text = bottom_text.map_err(|_| DocumentError::OcrFailed("the reading thread stopped".into()))?;
    let (top_text, bottom_text) = (top_text?, bottom_text?);
    let ends = format!("{top_text}\n{bottom_text}");
    if settled(&ends, need) {
        return Ok((ends, PageRead::TopAndBottom));
    }
    let body = crop(top_end, bottom_start);
    let readers = early.unwrap_or_else(|| ocr::readers(2))?;
    let body_text = ocr::read_parts(&body, readers, limits)?;
    Ok((format!("{top_text}\n{body_text}\n{bottom_text}"), PageRead::Whole))
}

/// Whether a partial reading settles the decision: a known paper; for a court's paper (by its kind or
/// its issuer) a signer's title; nothing asked that lies in the body.
fn settled(text: &str, need: Need) -> bool {
    let e = extract(text);
    let unsettled = e.kind == amparo_law::warrant::Kind::Unknown
        || need.names
        || (need.dates && e.kind.is_search_warrant())
        || (court_paper(&e) && e.signer.is_none());
    !unsettled
}

/// A prepared page turned by each of two quarter counts, each read whole by its own reader (the ones
/// given, then new ones), at the same time.
fn read_turned(
    page: &image::GrayImage,
    quarters: [u8; 2],
    mut readers: Vec<ocr::Reader>,
    limits: &Limits,
) -> Result<Vec<(image::GrayImage, String)>, DocumentError> {
    readers.extend(ocr::readers(2usize.saturating_sub(readers.len()))?);
    let turned = quarters.map(|q| ocr::turn(page, q));
    let second = readers.pop();
    let first = readers.pop();
    drop(readers);
    let (Some(first), Some(second)) = (first, second) else {
        return Err(DocumentError::OcrFailed("no reader".into()));
    };
    let (a, b) = ocr::read_two((first, &turned[0]), (second, &turned[1]), limits)?;
    let [p0, p1] = turned;
    Ok(vec![(p0, a), (p1, b)])
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
    let r = read_text_for(bytes, limits, Need::of(situation))?;
    Ok(report(r.channel, r.page, extract(&r.text), situation))
}
