//! Building a specimen: a small deterministic random generator, dates in the ways papers print them, OCR-like
//! garble, and the lines of a page.

use chrono::{NaiveDate, NaiveDateTime};

use super::{Line, Style};

pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03)
    }
    pub(crate) fn next(&mut self) -> u64 {
        // SplitMix64
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    pub(crate) fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    pub(crate) fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

pub(crate) fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

pub(crate) fn long_date(d: NaiveDate) -> String {
    d.format("%B %-d, %Y").to_string()
}

pub(crate) fn slash_date(d: NaiveDate) -> String {
    d.format("%m/%d/%Y").to_string()
}

pub(crate) fn at(d: NaiveDate, h: u32, m: u32) -> NaiveDateTime {
    d.and_hms_opt(h, m, 0).unwrap_or_default()
}

pub(crate) fn a_number(r: &mut Rng) -> String {
    format!("A{:03} {:03} {:03}", r.below(1000), r.below(1000), r.below(1000))
}

/// OCR-like garble: confusable characters swapped, spacing disturbed. Keeps the text readable to a person.
pub fn garble(text: &str, seed: u64) -> String {
    let mut r = Rng::new(seed ^ 0x6A09_E667);
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        let swapped = match c {
            'I' if r.chance(50) => Some(if r.chance(50) { 'l' } else { '1' }),
            'l' if r.chance(30) => Some('1'),
            'O' if r.chance(40) => Some('0'),
            'o' if r.chance(10) => Some('0'),
            'S' if r.chance(20) => Some('5'),
            'B' if r.chance(20) => Some('8'),
            ' ' if r.chance(4) => Some('\u{0}'),
            _ => None,
        };
        match swapped {
            Some('\u{0}') => {}
            Some(s) => out.push(s),
            None => out.push(c),
        }
        if c == ' ' && r.chance(3) {
            out.push(' ');
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------------------
// Building lines

pub(crate) struct Doc(pub(crate) Vec<Line>);

impl Doc {
    pub(crate) fn new() -> Self {
        Doc(Vec::new())
    }
    pub(crate) fn add(&mut self, style: Style, text: impl Into<String>) -> &mut Self {
        self.0.push(Line {
            style,
            text: text.into(),
        });
        self
    }
    pub(crate) fn h(&mut self, t: impl Into<String>) -> &mut Self {
        self.add(Style::Heading, t)
    }
    pub(crate) fn t(&mut self, t: impl Into<String>) -> &mut Self {
        self.add(Style::Title, t)
    }
    pub(crate) fn b(&mut self, t: impl Into<String>) -> &mut Self {
        self.add(Style::Body, t)
    }
    pub(crate) fn s(&mut self, t: impl Into<String>) -> &mut Self {
        self.add(Style::Small, t)
    }
    pub(crate) fn blank(&mut self) -> &mut Self {
        self.add(Style::Body, "")
    }
}

/// The parts every specimen is built from.
pub(crate) struct Parts {
    pub(crate) name: &'static str,
    pub(crate) address: &'static str,
    pub(crate) issued: NaiveDate,
    pub(crate) sig: bool,
}

pub(crate) fn signed(d: &mut Doc, sig: bool, who: &str) {
    if sig {
        d.b(format!("/s/ {who}"));
    } else {
        d.b("______________________________");
    }
}
