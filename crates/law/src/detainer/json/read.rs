//! The fast reader of `amparo detainer --batch`: a scanner for the plain shape of a case, without serde's
//! per-field machinery.
//!
//! It accepts a strict subset of JSON — one object with the case's own fields, each at most once and of
//! its usual type; strings without escapes or control characters; counts written as plain digits — and
//! answers `None` for anything else: an unknown or repeated field, a missing one, a value of another type
//! or out of range, a backslash anywhere, anything that is not JSON. The caller then reads the line with
//! serde, which gives the error that names the field (or accepts what this reader left to it). So serde
//! stays the definition of the contract: where this reader answers `Some(case)`, serde reads the same case.
//! A property test (`tests/properties.rs`, on edited cases) and a fuzz target
//! (`fuzz/fuzz_targets/detainer_case.rs`) compare the two.
//!
//! Why not a general JSON parser: serde_json, sonic-rs and jiter were measured on this path (criterion,
//! `cargo bench -p amparo-law`). A case is some thirty short keys and values, where a general parser's
//! per-token work dominates: serde_json took 0.65 µs per typical case, jiter 0.49 µs (sonic-rs copies every
//! input into a padded buffer first), this scanner 0.28 µs.

use chrono::NaiveDate;
use compact_str::CompactString;

use crate::detainer::case::parse_ymd_bytes;
use crate::detainer::{Agency, Case, Conviction, Inchoate, Jurisdiction, RequestedBy};

/// The case in `bytes`, or `None` if it is not in the plain shape (read it with serde then).
pub fn read_plain(bytes: &[u8]) -> Option<Case> {
    read_plain_reusing(bytes, Vec::new())
}

/// [`read_plain`], putting the convictions in `convictions` (emptied first) to reuse its allocation.
pub(crate) fn read_plain_reusing(bytes: &[u8], convictions: Vec<Conviction>) -> Option<Case> {
    if memchr::memchr(b'\\', bytes).is_some() {
        return None;
    }
    let mut s = Scanner { b: bytes, i: 0 };
    let case = case(&mut s, convictions)?;
    s.ws();
    (s.i == bytes.len()).then_some(case)
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Scanner<'a> {
    /// Skips JSON whitespace.
    #[inline]
    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.b.get(self.i) {
            self.i += 1;
        }
    }

    /// After whitespace, the byte `c`.
    #[inline]
    fn eat(&mut self, c: u8) -> Option<()> {
        self.ws();
        (self.b.get(self.i) == Some(&c)).then(|| self.i += 1)
    }

    /// After whitespace, `c` if it is next (consumed), else nothing.
    #[inline]
    fn peek_is(&mut self, c: u8) -> bool {
        self.ws();
        if self.b.get(self.i) == Some(&c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    /// A string's bytes (no escapes: the line has no backslash), refusing control characters.
    #[inline]
    fn raw_str(&mut self) -> Option<&'a [u8]> {
        self.eat(b'"')?;
        let rest = &self.b[self.i..];
        let len = crate::json_text::first_special(rest, false)?;
        if rest[len] != b'"' {
            return None;
        }
        self.i += len + 1;
        Some(&rest[..len])
    }

    /// A string as text (valid UTF-8).
    fn str(&mut self) -> Option<&'a str> {
        std::str::from_utf8(self.raw_str()?).ok()
    }

    /// `true` or `false`.
    fn bool(&mut self) -> Option<bool> {
        self.ws();
        let rest = &self.b[self.i..];
        if rest.starts_with(b"true") {
            self.i += 4;
            Some(true)
        } else if rest.starts_with(b"false") {
            self.i += 5;
            Some(false)
        } else {
            None
        }
    }

    /// `null`, consumed, or nothing.
    fn null(&mut self) -> bool {
        self.ws();
        if self.b[self.i..].starts_with(b"null") {
            self.i += 4;
            true
        } else {
            false
        }
    }

    /// A count written as plain digits (no sign, fraction or exponent; no leading zero) that fits a `u32`.
    fn count(&mut self) -> Option<u32> {
        self.ws();
        let rest = &self.b[self.i..];
        let len = rest.iter().take_while(|c| c.is_ascii_digit()).count();
        let digits = &rest[..len];
        if len == 0 || len > 10 || (len > 1 && digits[0] == b'0') {
            return None;
        }
        // A number must end here: `1.5`, `1e3` and `12x` are left to serde.
        if let Some(b'.' | b'e' | b'E' | b'-' | b'+') = rest.get(len) {
            return None;
        }
        let n = digits.iter().fold(0u64, |n, d| n * 10 + u64::from(d - b'0'));
        self.i += len;
        u32::try_from(n).ok()
    }

    fn date(&mut self) -> Option<NaiveDate> {
        parse_ymd_bytes(self.raw_str()?)
    }

    /// A key and its colon; `None` at the end of the object. `first` is true for the first key.
    fn key(&mut self, first: bool) -> Option<Option<&'a [u8]>> {
        if self.peek_is(b'}') {
            return Some(None);
        }
        if !first {
            self.eat(b',')?;
        }
        let k = self.raw_str()?;
        self.eat(b':')?;
        Some(Some(k))
    }
}

/// Marks field `bit` as seen; `None` if it was already.
fn first(seen: &mut u16, bit: u16) -> Option<()> {
    let mask = 1 << bit;
    if *seen & mask != 0 {
        return None;
    }
    *seen |= mask;
    Some(())
}

fn case(s: &mut Scanner, mut convictions: Vec<Conviction>) -> Option<Case> {
    convictions.clear();
    s.eat(b'{')?;
    let mut seen = 0u16;
    let mut id = None;
    let mut agency = None;
    let mut as_of = None;
    let mut arrest_date = None;
    let mut requested_by = RequestedBy::Ice;
    let (mut judicial_warrant, mut tsdb_possible_match, mut reentered_after_removal) = (false, false, false);
    while let Some(k) = s.key(seen == 0)? {
        let f = case_field(k)?;
        first(&mut seen, f)?;
        match f {
            0 => id = opt_str(s)?,
            1 => {
                agency = Some(match s.raw_str()? {
                    b"doc" => Agency::Doc,
                    b"nypd" => Agency::Nypd,
                    b"probation" => Agency::Probation,
                    _ => return None,
                })
            }
            2 => as_of = if s.null() { None } else { Some(s.date()?) },
            3 => arrest_date = Some(s.date()?),
            4 => judicial_warrant = s.bool()?,
            5 => tsdb_possible_match = s.bool()?,
            6 => reentered_after_removal = s.bool()?,
            8 => requested_by = RequestedBy::from_id(s.raw_str()?)?,
            _ => {
                s.eat(b'[')?;
                if !s.peek_is(b']') {
                    loop {
                        convictions.push(conviction(s)?);
                        if s.peek_is(b']') {
                            break;
                        }
                        s.eat(b',')?;
                    }
                }
            }
        }
    }
    Some(Case {
        id,
        agency: agency?,
        as_of,
        arrest_date: arrest_date?,
        requested_by,
        judicial_warrant,
        tsdb_possible_match,
        reentered_after_removal,
        convictions,
    })
}

/// The fields of a case, by number; `None` for an unknown key.
fn case_field(k: &[u8]) -> Option<u16> {
    Some(match k {
        b"id" => 0,
        b"agency" => 1,
        b"as_of" => 2,
        b"arrest_date" => 3,
        b"judicial_warrant" => 4,
        b"tsdb_possible_match" => 5,
        b"reentered_after_removal" => 6,
        b"convictions" => 7,
        b"requested_by" => 8,
        _ => return None,
    })
}

/// The fields of a conviction, by number; `None` for an unknown key.
fn conviction_field(k: &[u8]) -> Option<u16> {
    Some(match k {
        b"statute" => 0,
        b"felony" => 1,
        b"judgment_date" => 2,
        b"jurisdiction" => 3,
        b"ny_equivalent" => 4,
        b"youthful_offender" => 5,
        b"juvenile_delinquent" => 6,
        b"inchoate" => 7,
        b"hate_crime" => 8,
        b"days_incarcerated" => 9,
        b"sentence_over_one_year_authorized" => 10,
        _ => return None,
    })
}

fn conviction(s: &mut Scanner) -> Option<Conviction> {
    s.eat(b'{')?;
    let mut seen = 0u16;
    let mut statute = None;
    let mut felony = None;
    let mut judgment_date = None;
    let mut jurisdiction = Jurisdiction::NewYork;
    let mut ny_equivalent = None;
    let (mut youthful_offender, mut juvenile_delinquent, mut hate_crime) = (false, false, false);
    let mut inchoate = None;
    let mut days_incarcerated = 0;
    let mut sentence_over_one_year_authorized = None;
    while let Some(k) = s.key(seen == 0)? {
        let f = conviction_field(k)?;
        first(&mut seen, f)?;
        match f {
            0 => statute = Some(CompactString::from(s.str()?)),
            1 => felony = if s.null() { None } else { Some(s.bool()?) },
            2 => judgment_date = Some(s.date()?),
            3 => jurisdiction = Jurisdiction::parse(s.str()?)?,
            4 => ny_equivalent = opt_str(s)?,
            5 => youthful_offender = s.bool()?,
            6 => juvenile_delinquent = s.bool()?,
            7 => {
                inchoate = if s.null() {
                    None
                } else {
                    Some(match s.raw_str()? {
                        b"attempt" => Inchoate::Attempt,
                        b"conspiracy" => Inchoate::Conspiracy,
                        b"solicitation" => Inchoate::Solicitation,
                        b"facilitation" => Inchoate::Facilitation,
                        _ => return None,
                    })
                }
            }
            8 => hate_crime = s.bool()?,
            9 => days_incarcerated = s.count()?,
            _ => sentence_over_one_year_authorized = if s.null() { None } else { Some(s.bool()?) },
        }
    }
    Some(Conviction {
        statute: statute?,
        felony,
        judgment_date: judgment_date?,
        jurisdiction,
        ny_equivalent,
        youthful_offender,
        juvenile_delinquent,
        inchoate,
        hate_crime,
        days_incarcerated,
        sentence_over_one_year_authorized,
    })
}

fn opt_str(s: &mut Scanner) -> Option<Option<CompactString>> {
    if s.null() {
        Some(None)
    } else {
        s.str().map(|t| Some(CompactString::from(t)))
    }
}
