//! Comparing the text poppler extracts from a PDF with the words it should hold, for every script of the
//! guide, and checking its fonts (shared by the card and tool-paper tests).
//!
//! Text comparison: whitespace is removed from both sides (line breaks fall anywhere, and CJK has no spaces),
//! then each expected line must occur in the extracted text. For scripts where poppler's extraction is known
//! to be imperfect (see `complex_script_match`), the comparison is on letters only.

use std::collections::HashMap;

pub(crate) use amparo_specimens::pdf_text::squash;

use super::common::{STDIN, poppler};

/// Arabic-script vowel marks and tatweel (poppler may detach or repeat them).
fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{0640}' | '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{06d6}'..='\u{06ed}')
}

/// Letters and digits only: no marks, punctuation, spaces or bidi controls.
fn letters(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().filter(|c| c.is_alphanumeric() && !is_arabic_mark(*c))
}

/// A word's letters, sorted: poppler extracts an Arabic ligature such as lam-alef (لا) or lam-yeh (لى)
/// in reversed order ("ال", "ىل"), so word identity is taken as its multiset of letters.
fn anagram(word: &str) -> String {
    let mut v: Vec<char> = letters(word).collect();
    v.sort_unstable();
    v.into_iter().collect()
}

pub(crate) fn letter_counts(s: &str) -> HashMap<char, usize> {
    let mut m = HashMap::new();
    for c in letters(s) {
        *m.entry(c).or_default() += 1;
    }
    m
}

/// Whether `expected` is found in `text`:
/// - every locale but Arabic and Urdu: exactly, after removing whitespace (and bidi controls);
/// - Arabic: at least 80 % of the expected words occur as words of the page, compared as letter multisets
///   (poppler reverses the letters of lam-alef and similar ligatures and detaches vowel marks);
/// - Urdu (Nastaliq): poppler's extraction scatters and repeats the letters of stacked cursive glyphs, so
///   only the letter counts are checked (every letter of the line occurs at least as often on the page).
///   That the text is shaped with the Nastaliq font is checked separately (pdffonts).
pub(crate) fn complex_script_match(locale: &str, text: &str, expected: &str) -> bool {
    if squash(text).contains(&squash(expected)) {
        return true;
    }
    match locale {
        "ar" => {
            let page: std::collections::HashSet<String> = text.split_whitespace().map(anagram).collect();
            let words: Vec<String> = expected
                .split_whitespace()
                .map(anagram)
                .filter(|w| !w.is_empty())
                .collect();
            let found = words.iter().filter(|w| page.contains(*w)).count();
            found * 10 >= words.len() * 8
        }
        "ur" => {
            let have = letter_counts(text);
            letter_counts(expected)
                .iter()
                .all(|(c, n)| have.get(c).copied().unwrap_or(0) >= *n)
        }
        _ => false,
    }
}

pub(crate) fn assert_has(locale: &str, what: &str, text: &str, expected: &str) {
    assert!(
        complex_script_match(locale, text, expected),
        "{what}: missing {expected:?}\n--- extracted ---\n{text}"
    );
}

/// Every font embedded and subset, and the locale's own fonts among them (so its text was shaped with the
/// right font, not a fallback: Noto Nastaliq Urdu, not Noto Sans Arabic, for Urdu; CJK KR for Korean, …).
pub(crate) fn check_fonts(what: &str, pdf: &[u8], locale: &str) {
    let out = String::from_utf8(poppler("pdffonts", &[STDIN], pdf)).expect("utf-8 output");
    let rows: Vec<&str> = out.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{what}: no fonts?\n{out}");
    for row in rows {
        // name type encoding emb sub uni object ID: read from the right (the type may contain spaces).
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert!(n >= 7, "{what}: pdffonts row {row:?}");
        let (emb, sub) = (cols[n - 5], cols[n - 4]);
        assert_eq!(
            (emb, sub),
            ("yes", "yes"),
            "{what}: font not embedded and subset: {row}"
        );
        assert!(
            cols[0].len() > 7 && cols[0].as_bytes()[6] == b'+',
            "{what}: subset tag in {row}"
        );
    }
    let names: Vec<String> = out
        .lines()
        .skip(2)
        .map(|r| r.split('+').nth(1).unwrap_or("").to_lowercase())
        .collect();
    for family in amparo_cards::required_fonts(locale).expect("the locale's typography") {
        let ps = family.replace(' ', "").to_lowercase();
        assert!(
            names.iter().any(|n| n.starts_with(&ps)),
            "{what}: {family} not embedded\n{out}"
        );
    }
}
