//! Each locale's sheet looks as it should: the Letter sheet of wallet cards (normal print), page 1 (the
//! fronts), rasterised by poppler exactly as `scripts/cards-reference` does (`pdftoppm -r 40 -gray -png`),
//! matches the committed reference image `tests/reference/<locale>-sheet-letter.png` within a tolerance.
//! A broken shaping (Arabic letters unjoined or left-to-right, Bengali conjuncts split, a missing font's
//! boxes) moves ink on every card of the sheet and fails; so does a missing line of text.
//!
//! Two measures, both on gray levels 0-255: the mean absolute difference over all pixels, and the share of
//! pixels that differ by more than [`STRONG`] levels (ink where there was paper, or the reverse). The
//! tolerance allows anti-aliasing noise from another poppler or FreeType build; identical output measures 0.
//!
//! After an intended change to the cards (layout, text, fonts), run `scripts/cards-reference`, look at the
//! new images and commit them.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use amparo_cards::{Kind, Paper};

mod common;

/// Largest mean absolute difference allowed, in gray levels.
const MAX_MEAN: f64 = 0.25;
/// A pixel "differs" when its gray levels differ by more than this.
const STRONG: u8 = 64;
/// Largest share of pixels allowed to differ by more than [`STRONG`].
const MAX_SHARE: f64 = 0.0002;
/// The rasterisation, as in `scripts/cards-reference`.
const DPI: u32 = 40;

#[derive(Debug, Clone, PartialEq)]
struct Image {
    width: u32,
    height: u32,
    /// Gray levels, row by row.
    pixels: Vec<u8>,
}

#[derive(Debug, Clone, Copy)]
struct Diff {
    /// Mean absolute difference, gray levels.
    mean: f64,
    /// Share of pixels differing by more than [`STRONG`].
    share: f64,
}

impl Diff {
    fn within_tolerance(self) -> bool {
        self.mean <= MAX_MEAN && self.share <= MAX_SHARE
    }
}

impl std::fmt::Display for Diff {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "mean |Δ| {:.4} levels (max {MAX_MEAN}), {:.4}% of pixels off by > {STRONG} (max {:.4}%)",
            self.mean,
            self.share * 100.0,
            MAX_SHARE * 100.0
        )
    }
}

/// Same dimensions, or an error saying how they differ.
fn compare(got: &Image, want: &Image) -> Result<Diff, String> {
    if (got.width, got.height) != (want.width, want.height) {
        return Err(format!(
            "{}×{} px, the reference is {}×{} px",
            got.width, got.height, want.width, want.height
        ));
    }
    let (mut sum, mut strong) = (0u64, 0u64);
    for (&a, &b) in got.pixels.iter().zip(&want.pixels) {
        let d = a.abs_diff(b);
        sum += u64::from(d);
        strong += u64::from(d > STRONG);
    }
    let n = got.pixels.len().max(1) as f64;
    Ok(Diff {
        mean: sum as f64 / n,
        share: strong as f64 / n,
    })
}

/// Every locale's rendered sheet (page 1), rendered and rasterised once, the locales in parallel.
static RENDERED: LazyLock<Vec<(&'static str, Image)>> = LazyLock::new(|| {
    let locales = amparo_guide::Guide::get().locale_ids();
    std::thread::scope(|s| {
        let handles: Vec<_> = locales
            .iter()
            .map(|&locale| s.spawn(move || (locale, rasterise(locale))))
            .collect();
        handles.into_iter().map(|h| h.join().expect("render thread")).collect()
    })
});

fn rendered(locale: &str) -> &'static Image {
    RENDERED
        .iter()
        .find(|(l, _)| *l == locale)
        .map(|(_, image)| image)
        .unwrap_or_else(|| panic!("no locale {locale}"))
}

/// Renders the locale's Letter sheet and rasterises page 1 as `scripts/cards-reference` does. The PDF goes
/// to `pdftoppm` on its standard input and the PNG comes back on its standard output: no scratch files, so
/// test processes running in parallel cannot disturb each other.
fn rasterise(locale: &str) -> Image {
    let pdf = amparo_cards::render(Kind::Sheet, Paper::Letter, false, locale)
        .unwrap_or_else(|e| panic!("sheet letter {locale}: {e}"));
    let dpi = DPI.to_string();
    let args = [
        "-r",
        &dpi,
        "-gray",
        "-png",
        "-f",
        "1",
        "-l",
        "1",
        "-singlefile",
        common::STDIN,
    ];
    let png = common::poppler("pdftoppm", &args, &pdf);
    decode(&png).unwrap_or_else(|e| panic!("{locale}: pdftoppm's PNG: {e}"))
}

fn reference_path(locale: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/reference")
        .join(format!("{locale}-sheet-letter.png"))
}

fn reference(locale: &str) -> Image {
    let path = reference_path(locale);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "reference image {}: {e}; run scripts/cards-reference to generate it",
            path.display()
        )
    });
    decode(&bytes).unwrap_or_else(|e| panic!("{}: {e}; run scripts/cards-reference", path.display()))
}

/// An 8-bit PNG (gray, gray+alpha, RGB or RGBA) as gray levels: the first channel (pdftoppm's `-gray` PNG
/// stores R = G = B; the references are plain gray).
fn decode(bytes: &[u8]) -> Result<Image, String> {
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .map_err(|e| e.to_string())?;
    let mut buf = vec![0; reader.output_buffer_size().ok_or("PNG too large")?];
    let info = reader.next_frame(&mut buf).map_err(|e| e.to_string())?;
    if info.bit_depth != png::BitDepth::Eight {
        return Err(format!("expected an 8-bit PNG, got {:?}", info.bit_depth));
    }
    let channels = info.color_type.samples();
    Ok(Image {
        width: info.width,
        height: info.height,
        pixels: buf[..info.buffer_size()].chunks_exact(channels).map(|p| p[0]).collect(),
    })
}

#[test]
fn every_locale_sheet_matches_its_reference_image() {
    let mut failures = Vec::new();
    for (locale, image) in RENDERED.iter() {
        let want = reference(locale);
        match compare(image, &want) {
            Ok(diff) => {
                println!("{locale:<8} {diff}");
                if !diff.within_tolerance() {
                    failures.push(format!("{locale}: {diff}"));
                }
            }
            Err(e) => failures.push(format!("{locale}: {e}")),
        }
    }
    assert!(
        failures.is_empty(),
        "sheets differ from their reference images (tests/reference/; if the change is intended, run \
         scripts/cards-reference, look at the images and commit them):\n{}",
        failures.join("\n")
    );
}

/// The comparison is not blind: another script's sheet (Urdu against Arabic: same layout, the same
/// Arabic-script font, different words), and one line of text missing from one card of ten, both fail.
#[test]
fn a_different_sheet_fails_the_comparison() {
    let diff = compare(rendered("ar"), &reference("ur")).expect("same page size");
    println!("ar rendered vs ur reference: {diff}");
    assert!(!diff.within_tolerance(), "ar's sheet passed as ur's: {diff}");

    let diff = compare(rendered("en"), &reference("es")).expect("same page size");
    println!("en rendered vs es reference: {diff}");
    assert!(!diff.within_tolerance(), "en's sheet passed as es's: {diff}");

    // Erase one line of text (the first bullet) in the first card: white over its band of rows.
    let mut image = rendered("en").clone();
    let (top, bottom) = text_line(&image, 1);
    let layout = amparo_cards::sheet_layout(Paper::Letter, false);
    let px = |pt: f64| (pt * f64::from(DPI) / 72.0) as usize;
    let [x, _] = layout.fronts[0];
    let (left, right) = (px(x) + 2, px(x + layout.card.w) - 2);
    let width = image.width as usize;
    for row in top..=bottom {
        image.pixels[row * width + left..row * width + right].fill(255);
    }
    let diff = compare(&image, &reference("en")).expect("same page size");
    println!("en with rows {top}-{bottom} of card 1 erased vs en reference: {diff}");
    assert!(!diff.within_tolerance(), "a missing line of text passed: {diff}");
}

/// The rows (first, last) of the `n`th line of text (0: the title) in the first card of the sheet: bands of
/// rows holding ink inside the card, inset from its border.
fn text_line(image: &Image, n: usize) -> (usize, usize) {
    let layout = amparo_cards::sheet_layout(Paper::Letter, false);
    let px = |pt: f64| (pt * f64::from(DPI) / 72.0) as usize;
    let [x, y] = layout.fronts[0];
    let (left, right) = (px(x) + 2, px(x + layout.card.w) - 2);
    let (top, bottom) = (px(y) + 2, px(y + layout.card.h) - 2);
    let width = image.width as usize;
    let inked = |row: usize| {
        image.pixels[row * width + left..row * width + right]
            .iter()
            .any(|&p| p < 128)
    };
    let mut bands = Vec::new();
    let mut row = top;
    while row < bottom {
        if inked(row) {
            let start = row;
            while row < bottom && inked(row) {
                row += 1;
            }
            bands.push((start, row - 1));
        }
        row += 1;
    }
    *bands
        .get(n)
        .unwrap_or_else(|| panic!("card 1 has {} lines of text, wanted line {n}: {bands:?}", bands.len()))
}
