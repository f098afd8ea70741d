//! The PDFs as a reader and a printer see them: the text poppler extracts (`pdftotext`) contains the guide's
//! lines in every locale, every font is embedded and subset (`pdffonts`), page sizes are exact
//! (`pdfinfo -box`, the MediaBox), and the sheet's backs sit behind their fronts for duplex printing
//! (`pdftotext -bbox`). Each document is compiled once and shared by every test that reads it.
//!
//! Text comparison: whitespace is removed from both sides (line breaks fall anywhere, and CJK has no spaces),
//! then each expected line must occur in the extracted text. For scripts where poppler's extraction is known
//! to be imperfect (see `complex_script_match`), the comparison is on letters only.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex, OnceLock};

use amparo_cards::{Kind, Paper};
use amparo_guide::{Guide, SOURCE_LOCALE, TranslationStatus};
use common::STDIN;
use text::{assert_has, check_fonts, letter_counts, squash};

mod common;
mod text;

type Key = (Kind, Paper, bool, &'static str);

struct Doc {
    /// The PDF, kept in memory and piped to poppler's tools (`fd://0`): no scratch files, so test processes
    /// running in parallel (nextest runs each test in its own process) cannot disturb each other.
    pdf: Vec<u8>,
    /// `pdftotext` of each page.
    pages: Vec<String>,
}

/// Renders (once) and extracts (once) a document.
fn doc(kind: Kind, paper: Paper, large: bool, locale: &'static str) -> &'static Doc {
    static CELLS: LazyLock<Mutex<HashMap<Key, &'static OnceLock<Doc>>>> = LazyLock::new(Default::default);
    let cell: &'static OnceLock<Doc> = CELLS
        .lock()
        .expect("lock")
        .entry((kind, paper, large, locale))
        .or_insert_with(|| Box::leak(Box::new(OnceLock::new())));
    cell.get_or_init(|| {
        let pdf = amparo_cards::render(kind, paper, large, locale)
            .unwrap_or_else(|e| panic!("{kind} {paper} large={large} {locale}: {e}"));
        let text = run("pdftotext", &[STDIN, "-"], &pdf);
        let pages = text.split('\u{c}').map(str::to_string).collect();
        Doc { pdf, pages }
    })
}

/// A poppler tool's output, as text.
fn run(program: &str, args: &[&str], input: &[u8]) -> String {
    String::from_utf8(common::poppler(program, args, input)).expect("utf-8 output")
}

/// The help line holds a phone number inside right-to-left text, which poppler extracts glued to a word (in
/// Arabic the number follows the last word with no space between them): for Arabic and Urdu its letters and
/// digits are counted, elsewhere it is matched as a whole. The number itself must appear in every locale.
pub fn assert_help_line(locale: &str, what: &str, text: &str, line: &str, phone: &str) {
    assert!(
        squash(text).contains(&squash(phone)),
        "{what}: the help number {phone} is missing"
    );
    if locale == "ar" || locale == "ur" {
        let have = letter_counts(text);
        for (c, n) in letter_counts(line) {
            assert!(
                have.get(&c).copied().unwrap_or(0) >= n,
                "{what}: the help line {line:?} is missing ({c:?})\n--- extracted ---\n{text}"
            );
        }
    } else {
        assert_has(locale, what, text, line);
    }
}

/// The kinds each locale is checked in (the text is the same on Letter and A4, so one paper each).
const VARIANTS: [(Kind, Paper, bool); 5] = [
    (Kind::Wallet, Paper::Letter, false),
    (Kind::Wallet, Paper::Letter, true),
    (Kind::Sheet, Paper::Letter, false),
    (Kind::Door, Paper::A4, false),
    (Kind::Door, Paper::Letter, true),
];

fn check_locale(locale: &'static str) {
    let guide = Guide::get();
    let card = guide.door_card(locale).expect("door card");
    let status = match guide.locale(locale).expect("locale").status {
        TranslationStatus::Source => None,
        _ => Some(guide.status_line(locale).expect("status")),
    };
    let en_back_title = guide.labels(SOURCE_LOCALE).expect("labels").door_card_back_title;
    // The one help line the guide's contacts data gives the card (a number checked at its source).
    let (help_line, help) = guide
        .help_line("card", locale)
        .expect("help line")
        .expect("the card block lists one");
    let phone = help.phone.clone().unwrap_or_default();
    assert!(!phone.is_empty() && help_line.contains(&phone), "{locale}: {help_line}");
    for (kind, paper, large) in VARIANTS {
        let d = doc(kind, paper, large, locale);
        let what = format!("{locale} {kind} {paper} large={large}");
        match kind {
            Kind::Wallet | Kind::Sheet => {
                assert_eq!(
                    d.pages.iter().filter(|p| !p.trim().is_empty()).count(),
                    2,
                    "{what}: two pages"
                );
                let (front, back) = (&d.pages[0], &d.pages[1]);
                assert_has(locale, &what, front, &card.title);
                for s in &card.front {
                    assert_has(locale, &what, front, &s.text);
                }
                if let Some(st) = &status {
                    assert_has(locale, &what, front, st);
                }
                assert_help_line(locale, &what, front, &help_line, &phone);
                assert_has("en", &what, back, &en_back_title);
                for s in &card.back {
                    assert_has("en", &what, back, &s.english);
                }
                if kind == Kind::Sheet {
                    let n = if large { 3 } else { 10 };
                    let hits = squash(back).matches(&squash(&card.back[0].english)).count();
                    assert_eq!(hits, n, "{what}: {n} backs");
                }
            }
            Kind::Door => {
                let text = d.pages.join("\n");
                let mut lines = vec![card.title.clone(), card.back_title.clone(), card.check_title.clone()];
                lines.extend(card.front.iter().map(|s| s.text.clone()));
                lines.extend(card.check.iter().cloned());
                lines.push(guide.disclaimer(locale).expect("disclaimer"));
                lines.extend(status.clone());
                for l in &lines {
                    assert_has(locale, &what, &text, l);
                }
                assert_help_line(locale, &what, &text, &help_line, &phone);
                for s in &card.back {
                    assert_has("en", &what, &text, &s.english);
                    if locale != SOURCE_LOCALE {
                        assert_has(locale, &what, &text, &s.text);
                    }
                }
            }
        }
        check_fonts(&what, &d.pdf, locale);
    }
}

common::locale_tests! {
    check_locale;
    text_en => "en", text_es => "es", text_zh_hans => "zh-Hans", text_zh_hant => "zh-Hant", text_ru => "ru",
    text_bn => "bn", text_ht => "ht", text_ko => "ko", text_ar => "ar", text_ur => "ur", text_fr => "fr",
    text_pl => "pl",
}

/// `pdfinfo -box`: the MediaBox of every page, in points.
fn media_boxes(d: &Doc) -> Vec<[f64; 4]> {
    let out = run("pdfinfo", &["-box", "-f", "1", "-l", "99", STDIN], &d.pdf);
    out.lines()
        .filter(|l| l.starts_with("Page") && l.contains("MediaBox:"))
        .map(|l| {
            let nums: Vec<f64> = l
                .split("MediaBox:")
                .nth(1)
                .expect("numbers")
                .split_whitespace()
                .map(|n| n.parse().expect("a number"))
                .collect();
            [nums[0], nums[1], nums[2], nums[3]]
        })
        .collect()
}

const PT_PER_MM: f64 = 72.0 / 25.4;

fn assert_mm(what: &str, got_pt: f64, want_mm: f64) {
    let got_mm = got_pt / PT_PER_MM;
    assert!(
        (got_mm - want_mm).abs() < 0.1,
        "{what}: {got_mm:.3} mm, want {want_mm} mm"
    );
}

#[test]
fn page_sizes_exact_to_a_tenth_of_a_millimetre() {
    let inch = 25.4;
    let cases: [(Kind, Paper, bool, f64, f64, usize); 8] = [
        (Kind::Wallet, Paper::Letter, false, 3.5 * inch, 2.0 * inch, 2),
        (Kind::Wallet, Paper::A4, true, 5.0 * inch, 3.0 * inch, 2),
        (Kind::Sheet, Paper::Letter, false, 8.5 * inch, 11.0 * inch, 2),
        (Kind::Sheet, Paper::A4, false, 210.0, 297.0, 2),
        (Kind::Sheet, Paper::Letter, true, 8.5 * inch, 11.0 * inch, 2),
        (Kind::Sheet, Paper::A4, true, 210.0, 297.0, 2),
        (Kind::Door, Paper::Letter, false, 8.5 * inch, 11.0 * inch, 1),
        (Kind::Door, Paper::A4, false, 210.0, 297.0, 1),
    ];
    for (kind, paper, large, w, h, pages) in cases {
        let what = format!("{kind} {paper} large={large}");
        let boxes = media_boxes(doc(kind, paper, large, "en"));
        assert_eq!(boxes.len(), pages, "{what}: pages");
        for b in boxes {
            assert_mm(&what, b[0], 0.0);
            assert_mm(&what, b[1], 0.0);
            assert_mm(&what, b[2] - b[0], w);
            assert_mm(&what, b[3] - b[1], h);
        }
    }
    // The card on a sheet is the wallet card's size, exactly.
    for large in [false, true] {
        let c = amparo_cards::sheet_layout(Paper::A4, large).card;
        let (w, h) = if large { (5.0, 3.0) } else { (3.5, 2.0) };
        assert_mm("card", c.w, w * inch);
        assert_mm("card", c.h, h * inch);
    }
}

/// Words of one page with their boxes (`pdftotext -bbox`, points from the top-left corner).
fn words(d: &Doc, page: usize) -> Vec<[f64; 4]> {
    let p = page.to_string();
    let html = run("pdftotext", &["-bbox", "-f", &p, "-l", &p, STDIN, "-"], &d.pdf);
    let attr = |tag: &str, name: &str| -> f64 {
        let start = tag.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
        let end = start + tag[start..].find('"').expect("closing quote");
        tag[start..end].parse().expect("a number")
    };
    html.split("<word ")
        .skip(1)
        .map(|t| [attr(t, "xMin"), attr(t, "yMin"), attr(t, "xMax"), attr(t, "yMax")])
        .collect()
}

#[test]
fn sheet_backs_mirror_fronts_for_duplex() {
    for paper in Paper::ALL {
        for large in [false, true] {
            let what = format!("sheet {paper} large={large}");
            let l = amparo_cards::sheet_layout(paper, large);
            assert_eq!(l.fronts.len(), if large { 3 } else { 10 }, "{what}");
            // Geometry: every back is its front mirrored about the page's vertical axis, same row.
            for (f, b) in l.fronts.iter().zip(&l.backs) {
                assert!((b[0] - (l.page.w - f[0] - l.card.w)).abs() < 1e-6, "{what}: x mirrored");
                assert_eq!(b[1], f[1], "{what}: same row");
            }
            // Every card and crop mark on the page; marks outside the cards.
            for [x, y] in l.fronts.iter().chain(&l.backs) {
                assert!(
                    *x >= 0.0 && *y >= 0.0 && x + l.card.w <= l.page.w && y + l.card.h <= l.page.h,
                    "{what}"
                );
            }
            let inside_card = |x: f64, y: f64| {
                l.fronts.iter().any(|[cx, cy]| {
                    x > cx + 0.01 && x < cx + l.card.w - 0.01 && y > cy + 0.01 && y < cy + l.card.h - 0.01
                })
            };
            for m in &l.marks_front {
                assert!(
                    !inside_card(m[0], m[1]) && !inside_card(m[2], m[3]),
                    "{what}: mark {m:?} inside a card"
                );
                assert!(
                    m.iter().all(|v| *v >= 0.0) && m[2] <= l.page.w && m[3] <= l.page.h,
                    "{what}: mark off the page"
                );
            }
            // The PDF: every word of page 1 inside a front card, of page 2 inside a back card; every card has text.
            let d = doc(Kind::Sheet, paper, large, "en");
            for (page, rects) in [(1, &l.fronts), (2, &l.backs)] {
                let ws = words(d, page);
                let mut used = vec![0usize; rects.len()];
                for w in &ws {
                    let i = rects.iter().position(|[x, y]| {
                        w[0] >= x - 0.5 && w[2] <= x + l.card.w + 0.5 && w[1] >= y - 0.5 && w[3] <= y + l.card.h + 0.5
                    });
                    let i = i.unwrap_or_else(|| panic!("{what}: page {page}: word at {w:?} outside every card"));
                    used[i] += 1;
                }
                assert!(
                    used.iter().all(|n| *n > 0),
                    "{what}: page {page}: a card without text: {used:?}"
                );
                assert!(
                    used.windows(2).all(|w| w[0] == w[1]),
                    "{what}: page {page}: cards differ: {used:?}"
                );
            }
        }
    }
}

#[test]
fn unknown_locale_is_an_error_not_a_panic() {
    let e = amparo_cards::render(Kind::Wallet, Paper::Letter, false, "xx-nope");
    assert!(e.is_err());
    assert!("poster".parse::<Kind>().is_err());
    assert!("legal".parse::<Paper>().is_err());
    assert_eq!("A4".parse::<Paper>().ok(), Some(Paper::A4));
}
