//! The photo strategy: how a photo of a paper is read as far as the decision needs, and no further.
//!
//! With no name or address given, the top and bottom bands of the page first (heading, signature, footer),
//! the body only when those do not settle the decision; a page whose print runs up and down read turned a
//! quarter either way; a page read upside down tried turned; a court's paper whose signer's title was not
//! read has its lower part read again, larger. The steps themselves (decode, prepare, read) are `ocr`.

use crate::extract::{Extraction, extract};
#[cfg(not(target_arch = "wasm32"))]
use crate::intake::{Format, Limits};
#[cfg(not(target_arch = "wasm32"))]
use crate::{DocumentError, PageRead, ocr};
use amparo_law::warrant::Situation;

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

#[cfg(not(target_arch = "wasm32"))]
/// OCR a photo. If the first reading finds no known document, the page is tried turned a quarter, half
/// and three quarters (a photo taken sideways or upside down). If it finds a court's paper but no title
/// next to a signature, the lower part of the page (where the signature is) is read again, larger: the
/// small print under a signature is what most often fails to survive a photo, and it decides whether the
/// paper is judicial.
pub(crate) fn photo_text(
    bytes: &[u8],
    format: Format,
    limits: &Limits,
    need: Need,
) -> Result<(String, PageRead), DocumentError> {
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
pub(crate) const SIGNATURE_FROM: f32 = 0.45;
/// The width the signature region is scaled to when read again (small print needs about 300 dpi).
pub(crate) const SIGNATURE_WIDTH: u32 = 2400;

/// A court's paper (by its heading or its title) whose reading shows no title next to a signature: its
/// lower part is read again, larger.
pub fn needs_signer_title(text: &str) -> bool {
    let e = extract(text);
    e.signer.is_none() && court_paper(&e)
}

/// A court's paper, by its kind or its issuer.
fn court_paper(e: &Extraction) -> bool {
    use amparo_law::warrant::Issuer;
    e.kind.is_court_warrant() || matches!(e.issuer, Some(Issuer::FederalCourt | Issuer::NyCourt))
}

#[cfg(not(target_arch = "wasm32"))]
/// The first reading that finds a known paper (or plenty of English), trying the page upright, then
/// turned; with the prepared page it was read from.
fn read_upright(
    gray: &image::GrayImage,
    readers: Vec<ocr::Reader>,
    limits: &Limits,
    need: Need,
) -> Result<(image::GrayImage, String, PageRead), DocumentError> {
    let ocr::Prepared { page, sideways } = ocr::prepare_page(gray);
    let score = reading_score;
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

#[cfg(not(target_arch = "wasm32"))]
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
pub fn settled(text: &str, need: Need) -> bool {
    let e = extract(text);
    let unsettled = e.kind == amparo_law::warrant::Kind::Unknown
        || need.names
        || (need.dates && e.kind.is_search_warrant())
        || (court_paper(&e) && e.signer.is_none());
    !unsettled
}

#[cfg(not(target_arch = "wasm32"))]
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

/// How a reading of a photo scores when the page is tried upright and turned (the better is kept): whether
/// it names a known paper, then how many common English words it holds.
pub fn reading_score(text: &str) -> (bool, usize) {
    (
        extract(text).kind != amparo_law::warrant::Kind::Unknown,
        english_words(text),
    )
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
