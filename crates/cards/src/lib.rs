//! # amparo-cards
//!
//! Printable know-your-rights cards and a door sign, as PDF, in every locale of the guide:
//!
//! - [`Kind::Wallet`]: one card, 3.5 × 2 in (page 1 the front, in the holder's language; page 2 the back, in
//!   English, addressed to the officers).
//! - [`Kind::Sheet`]: ten such cards on Letter or A4 with crop marks; page 2 holds the backs, mirrored
//!   left-right so that a long-edge duplex print puts each back behind its front.
//! - [`Kind::Door`]: a door sign on Letter or A4: the household's language, the English lines to read out
//!   (each with its translation), and what to check on a warrant.
//!
//! Large print makes the card 5 × 3 in (three to a sheet) and the door sign's text larger.
//!
//! Every word comes from `amparo-guide` ([`amparo_guide::Guide::door_card`], the disclaimer and the
//! translation status), passed to the typst template as JSON data, never spliced into markup. typst shapes
//! the text (Arabic and Urdu joined and right-to-left, Bengali conjuncts, CJK, Hangul) with the Noto fonts
//! found under [`FONT_DIRS`] (Debian `fonts-noto-core`, `fonts-noto-cjk`), and embeds them subset.
//!
//! ```no_run
//! let pdf = amparo_cards::render(amparo_cards::Kind::Sheet, amparo_cards::Paper::Letter, false, "bn")?;
//! std::fs::write("cards-bn.pdf", pdf)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod tools;
pub mod typography;

use std::fmt;
use std::str::FromStr;

use amparo_guide::{Guide, GuideError, SOURCE_LOCALE, TranslationStatus};
use amparo_typeset::{PdfSettings, Template};
use serde_json::json;

pub use amparo_typeset::{FONT_DIRS, TextLine};
pub use typography::required_fonts;

/// The card template (typst markup). User-visible strings never appear in it: they come from the data file.
const CARD: Template = Template {
    path: "/card.typ",
    text: include_str!("card.typ"),
};

/// Points per inch.
pub(crate) const IN: f64 = 72.0;
/// Points per millimetre.
const MM: f64 = 72.0 / 25.4;

/// Errors. None of them is a panic: a bad kind or locale, missing fonts, or (a bug) a template error.
#[derive(Debug, thiserror::Error)]
pub enum CardError {
    #[error(transparent)]
    Guide(#[from] GuideError),
    #[error("unknown card kind {0:?}; the kinds are: wallet, sheet, door")]
    UnknownKind(String),
    #[error("unknown paper size {0:?}; the sizes are: letter, a4")]
    UnknownPaper(String),
    #[error(
        "fonts missing for {locale}: {}; looked in {} (on Debian: apt-get install fonts-noto-core fonts-noto-cjk)",
        .missing.join(", "), FONT_DIRS.join(", ")
    )]
    MissingFonts { locale: String, missing: Vec<String> },
    #[error("no typography for locale {0:?} in crates/cards/data/typography.toml (every guide locale needs its entry)")]
    NoTypography(String),
    #[error("crates/cards/data/typography.toml: {0}")]
    Typography(String),
    #[error("typst could not lay out the {what} for {locale}: {message}")]
    Tool {
        what: &'static str,
        locale: String,
        message: String,
    },
    #[error("typst could not lay out the {kind} card for {locale}: {message}")]
    Typst {
        kind: Kind,
        locale: String,
        message: String,
    },
}

/// What to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// One wallet card (two pages: front, back).
    Wallet,
    /// A sheet of wallet cards with crop marks (two pages: fronts, mirrored backs).
    Sheet,
    /// The door sign.
    Door,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Wallet, Kind::Sheet, Kind::Door];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Wallet => "wallet",
            Self::Sheet => "sheet",
            Self::Door => "door",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Kind {
    type Err = CardError;
    fn from_str(s: &str) -> Result<Self, CardError> {
        by_name(Self::ALL, Self::as_str, s).ok_or_else(|| CardError::UnknownKind(s.to_string()))
    }
}

/// The one of `all` that `name(…)` calls `s` (trimmed, case-insensitive): the one reader of names typed on a
/// command line or in a query string.
fn by_name<T: Copy, const N: usize>(all: [T; N], name: fn(T) -> &'static str, s: &str) -> Option<T> {
    all.into_iter().find(|v| name(*v).eq_ignore_ascii_case(s.trim()))
}

/// Paper size (for the sheet and the door sign; a single wallet card's page is the card).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Paper {
    /// US Letter, 8.5 × 11 in.
    Letter,
    /// ISO A4, 210 × 297 mm.
    A4,
}

impl Paper {
    pub const ALL: [Paper; 2] = [Paper::Letter, Paper::A4];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Letter => "letter",
            Self::A4 => "a4",
        }
    }

    /// Width and height in points.
    pub fn size(self) -> Size {
        match self {
            Self::Letter => Size {
                w: 8.5 * IN,
                h: 11.0 * IN,
            },
            Self::A4 => Size {
                w: 210.0 * MM,
                h: 297.0 * MM,
            },
        }
    }
}

impl fmt::Display for Paper {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Paper {
    type Err = CardError;
    fn from_str(s: &str) -> Result<Self, CardError> {
        by_name(Self::ALL, Self::as_str, s).ok_or_else(|| CardError::UnknownPaper(s.to_string()))
    }
}

/// A size in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Size {
    pub w: f64,
    pub h: f64,
}

/// The card: 3.5 × 2 in, or 5 × 3 in in large print.
pub fn card_size(large: bool) -> Size {
    if large {
        Size {
            w: 5.0 * IN,
            h: 3.0 * IN,
        }
    } else {
        Size {
            w: 3.5 * IN,
            h: 2.0 * IN,
        }
    }
}

/// The page of a document: the card itself for [`Kind::Wallet`], else the paper.
pub fn page_size(kind: Kind, paper: Paper, large: bool) -> Size {
    match kind {
        Kind::Wallet => card_size(large),
        Kind::Sheet | Kind::Door => paper.size(),
    }
}

/// Where the cards go on a sheet, in points from the top-left corner of the page.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetLayout {
    pub page: Size,
    pub card: Size,
    pub columns: usize,
    pub rows: usize,
    /// Top-left corner of each card on the front page, row by row.
    pub fronts: Vec<[f64; 2]>,
    /// Top-left corner of the back of each card on the back page (same order as `fronts`): mirrored
    /// left-right, so that flipping the sheet on its long edge puts each back behind its front.
    pub backs: Vec<[f64; 2]>,
    /// Crop marks on the front page: line segments `[x1, y1, x2, y2]` in the margins, on the cut lines.
    pub marks_front: Vec<[f64; 4]>,
    /// Crop marks on the back page (the front's, mirrored).
    pub marks_back: Vec<[f64; 4]>,
}

/// The sheet: ten cards (2 × 5), or three in large print (1 × 3), centred, abutting (cut on shared lines).
pub fn sheet_layout(paper: Paper, large: bool) -> SheetLayout {
    let page = paper.size();
    let card = card_size(large);
    let (columns, rows) = if large { (1, 3) } else { (2, 5) };
    let x0 = (page.w - columns as f64 * card.w) / 2.0;
    let y0 = (page.h - rows as f64 * card.h) / 2.0;
    let x1 = x0 + columns as f64 * card.w;
    let y1 = y0 + rows as f64 * card.h;
    let mirror_x = |x: f64, w: f64| page.w - x - w;
    let mut fronts = Vec::new();
    let mut backs = Vec::new();
    for r in 0..rows {
        for c in 0..columns {
            let x = x0 + c as f64 * card.w;
            let y = y0 + r as f64 * card.h;
            fronts.push([x, y]);
            backs.push([mirror_x(x, card.w), y]);
        }
    }
    // Crop marks: a gap from the card edge, then a short line, within the margin.
    let gap = 4.5;
    let len = 18.0_f64.min(x0.min(y0) - gap - 4.0).max(4.0);
    let mut marks_front = Vec::new();
    for c in 0..=columns {
        let x = x0 + c as f64 * card.w;
        marks_front.push([x, y0 - gap - len, x, y0 - gap]);
        marks_front.push([x, y1 + gap, x, y1 + gap + len]);
    }
    for r in 0..=rows {
        let y = y0 + r as f64 * card.h;
        marks_front.push([x0 - gap - len, y, x0 - gap, y]);
        marks_front.push([x1 + gap, y, x1 + gap + len, y]);
    }
    let marks_back = marks_front
        .iter()
        .map(|&[a, b, c, d]| [page.w - a, b, page.w - c, d])
        .collect();
    SheetLayout {
        page,
        card,
        columns,
        rows,
        fronts,
        backs,
        marks_front,
        marks_back,
    }
}

/// Checks that every font a locale needs was found; the error lists the missing families.
pub fn check_fonts(locale: &str) -> Result<(), CardError> {
    let missing: Vec<String> = amparo_typeset::missing_families(required_fonts(locale)?)
        .into_iter()
        .map(str::to_string)
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(CardError::MissingFonts {
            locale: locale.to_string(),
            missing,
        })
    }
}

/// The template's data: every string from the guide, and the geometry.
fn data(kind: Kind, paper: Paper, large: bool, locale: &'static str) -> Result<serde_json::Value, CardError> {
    let guide = Guide::get();
    let card = guide.door_card(locale)?;
    let info = guide.locale(locale)?;
    let status = match info.status {
        TranslationStatus::Source => None,
        _ => Some(guide.status_line(locale)?),
    };
    let en = guide.labels(SOURCE_LOCALE)?;
    let page = page_size(kind, paper, large);
    let size = card_size(large);
    let sheet = sheet_layout(paper, large);
    let card_sizes: Vec<f64> = if large {
        vec![20.0, 19.0, 18.0, 17.0, 16.0, 15.0, 14.0, 13.0, 12.0, 11.0, 10.0, 9.0]
    } else {
        vec![
            12.0, 11.5, 11.0, 10.5, 10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0, 5.5, 5.0,
        ]
    };
    let door_sizes: Vec<f64> = if large {
        vec![40.0, 38.0, 36.0, 34.0, 32.0, 30.0, 28.0, 26.0, 24.0, 22.0, 20.0, 18.0]
    } else {
        vec![
            28.0, 27.0, 26.0, 25.0, 24.0, 23.0, 22.0, 21.0, 20.0, 19.0, 18.0, 17.0, 16.0, 15.0, 14.0, 13.0, 12.0, 11.0,
            10.0,
        ]
    };
    let is_source = locale == SOURCE_LOCALE;
    Ok(json!({
        "doc_title": card.title,
        "kind": kind.as_str(),
        "page": { "w": page.w, "h": page.h },
        "card": {
            "w": size.w, "h": size.h,
            "pad": if large { 12.0 } else { 9.0 },
            "sizes": card_sizes,
            "outline": kind == Kind::Sheet,
        },
        "fronts": sheet.fronts,
        "backs": sheet.backs,
        "marks_front": sheet.marks_front,
        "marks_back": sheet.marks_back,
        "door": { "margin": 0.6 * IN, "sizes": door_sizes },
        "holder": typography::holder(locale, card.direction)?,
        "english": typography::english()?,
        "title": card.title,
        "front": card.front.iter().map(|s| s.text.as_str()).collect::<Vec<_>>(),
        "back_title": card.back_title,
        "back_title_en": en.door_card_back_title,
        "back": card.back.iter().map(|s| json!({
            "english": s.english,
            "text": if is_source { None } else { Some(s.text.as_str()) },
        })).collect::<Vec<_>>(),
        "check_title": card.check_title,
        "check": card.check,
        "disclaimer": guide.disclaimer(locale)?,
        "status": status,
        // One line from the guide's contacts data (`card` block): a free help line, in the holder's language.
        "help_line": guide.help_line("card", locale)?.map(|(line, _)| line),
    }))
}

/// Renders one document as PDF bytes. `locale` is any tag the guide resolves (`es`, `es-MX`, `zh-TW`, …);
/// `paper` is ignored for [`Kind::Wallet`] (its page is the card).
pub fn render(kind: Kind, paper: Paper, large: bool, locale: &str) -> Result<Vec<u8>, CardError> {
    let locale = Guide::get().resolve_locale(locale)?;
    check_fonts(locale)?;
    let typst_error = |message: String| CardError::Typst {
        kind,
        locale: locale.to_string(),
        message,
    };
    let data = data(kind, paper, large, locale)?;
    // The sheet is ten copies of one card, for printing: a structure tree of ten identical cards would double
    // its size (Urdu: 177 → 83 KiB) and help nobody. The wallet card and door sign are tagged.
    typeset(
        CARD,
        &[],
        &data,
        format!("amparo-{kind}-{paper}-{large}-{locale}"),
        kind != Kind::Sheet,
    )
    .map_err(typst_error)
}

/// The lines of text of one document as laid out, page by page (baseline, left and right edges in points
/// from the page's top-left corner), for tests of the layout that must not rest on looking at a picture:
/// `tests/rtl.rs` checks with it that right-to-left lines start at the right margin.
pub fn lines(kind: Kind, paper: Paper, large: bool, locale: &str) -> Result<Vec<Vec<TextLine>>, CardError> {
    let locale = Guide::get().resolve_locale(locale)?;
    check_fonts(locale)?;
    let data = data(kind, paper, large, locale)?;
    let bytes = serde_json::to_vec(&data).map_err(|e| CardError::Typst {
        kind,
        locale: locale.to_string(),
        message: e.to_string(),
    })?;
    amparo_typeset::lines(CARD, &[], bytes).map_err(|e| CardError::Typst {
        kind,
        locale: locale.to_string(),
        message: e.to_string(),
    })
}

/// Compiles `template` (which may import `imports`) with `data` as `/data.json` into PDF bytes (fonts
/// embedded and subset); the error is typst's diagnostics as text.
pub(crate) fn typeset(
    template: Template,
    imports: &[Template],
    data: &serde_json::Value,
    ident: String,
    tagged: bool,
) -> Result<Vec<u8>, String> {
    let bytes = serde_json::to_vec(data).map_err(|e| e.to_string())?;
    let settings = PdfSettings {
        ident,
        creator: "Amparo".to_string(),
        tagged,
    };
    amparo_typeset::pdf(template, imports, bytes, &settings).map_err(|e| e.to_string())
}
