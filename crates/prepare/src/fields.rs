//! The values every tool checks: A-numbers, phone numbers, e-mail addresses, plates, dates, and text.

use std::fmt;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;

use crate::error::Problem;

/// An A-number (Alien Registration Number), kept as its nine digits: an eight-digit one gets a 0 in front, as
/// the immigration courts' line and ICE's locator ask (`eoir-ach`, `ice-odls`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct ANumber(String);

impl ANumber {
    /// Reads `A123456789`, `A-123-456-789`, `a 12 345 678`, `123456789`, …
    pub fn parse(s: &str) -> Result<Self, Problem> {
        let bad = || Problem::ANumber(s.to_string());
        let t = s.trim();
        let t = t.strip_prefix(['A', 'a']).unwrap_or(t);
        let t = t.trim_start_matches(['#', '-', ' ', '.']);
        let mut digits = String::with_capacity(9);
        for c in t.chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '-' | '.' => {}
                _ => return Err(bad()),
            }
        }
        match digits.len() {
            9 => Ok(Self(digits)),
            8 => Ok(Self(format!("0{digits}"))),
            _ => Err(bad()),
        }
    }

    /// The nine digits.
    pub fn digits(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ANumber {
    /// `A 123-456-789`, as on a Notice to Appear.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = &self.0;
        write!(f, "A {}-{}-{}", &d[0..3], &d[3..6], &d[6..9])
    }
}

/// A phone number: ten U.S. digits (a leading 1 is dropped), or `+` and 8 to 15 digits (E.164's longest).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Phone(String);

impl Phone {
    pub fn parse(s: &str) -> Result<Self, Problem> {
        let bad = || Problem::Phone(s.to_string());
        let t = s.trim();
        let (international, rest) = match t.strip_prefix('+') {
            Some(r) => (true, r),
            None => (false, t),
        };
        let mut digits = String::new();
        for c in rest.chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '-' | '.' | '(' | ')' => {}
                _ => return Err(bad()),
            }
        }
        if international {
            if digits.starts_with('1') && digits.len() == 11 {
                return Ok(Self(format!("+{digits}")));
            }
            if (8..=15).contains(&digits.len()) && !digits.starts_with('0') {
                return Ok(Self(format!("+{digits}")));
            }
            return Err(bad());
        }
        let national = match digits.len() {
            10 => digits.as_str(),
            11 if digits.starts_with('1') => &digits[1..],
            _ => return Err(bad()),
        };
        // North American numbers: area code and exchange do not start with 0 or 1.
        let b = national.as_bytes();
        if matches!(b[0], b'0' | b'1') || matches!(b[3], b'0' | b'1') {
            return Err(bad());
        }
        Ok(Self(format!("+1{national}")))
    }

    /// `+12125550100`: for `tel:` and `sms:` links.
    pub fn e164(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Phone {
    /// `(212) 555-0100` for U.S. numbers; `+33 1 23 45 67 89` style is not guessed: `+33123456789`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.strip_prefix("+1") {
            Some(n) if n.len() == 10 => write!(f, "({}) {}-{}", &n[0..3], &n[3..6], &n[6..10]),
            _ => f.write_str(&self.0),
        }
    }
}

/// An e-mail address: one `@`, something on each side, a dot in the domain, no spaces.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    pub fn parse(s: &str) -> Result<Self, Problem> {
        let t = s.trim();
        let bad = || Problem::Email(s.to_string());
        if t.len() > 254
            || t.chars()
                .any(|c| c.is_whitespace() || c.is_control() || "<>,;\"".contains(c))
        {
            return Err(bad());
        }
        let (local, domain) = t.split_once('@').ok_or_else(bad)?;
        if local.is_empty()
            || domain.contains('@')
            || !domain.contains('.')
            || domain.starts_with('.')
            || domain.ends_with('.')
        {
            return Err(bad());
        }
        Ok(Self(t.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A licence plate as written (upper-cased): 1 to 10 letters and digits, with spaces or dashes.
pub fn plate(s: &str) -> Result<String, Problem> {
    let t = s.trim();
    let n = t.chars().filter(char::is_ascii_alphanumeric).count();
    if !(1..=10).contains(&n) || t.chars().any(|c| !(c.is_ascii_alphanumeric() || c == ' ' || c == '-')) {
        return Err(Problem::Plate(s.to_string()));
    }
    Ok(t.to_ascii_uppercase())
}

/// A day written `YYYY-MM-DD` (what a browser's date field sends).
pub fn date(s: &str) -> Result<NaiveDate, Problem> {
    let t = s.trim();
    // chrono accepts a year of any width; a form's date has four digits.
    if t.len() != 10 {
        return Err(Problem::NotADate(s.to_string()));
    }
    NaiveDate::parse_from_str(t, "%Y-%m-%d").map_err(|_| Problem::NotADate(s.to_string()))
}

/// A day that has happened: not after `latest`, not before 1900.
pub fn past_date(s: &str, latest: NaiveDate) -> Result<NaiveDate, Problem> {
    let d = date(s)?;
    not_after(d, latest)
}

pub(crate) fn not_after(d: NaiveDate, latest: NaiveDate) -> Result<NaiveDate, Problem> {
    if d > latest {
        Err(Problem::FutureDate { date: d, latest })
    } else if d < NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or(NaiveDate::MIN) {
        Err(Problem::TooOld(d))
    } else {
        Ok(d)
    }
}

/// A moment written `YYYY-MM-DDTHH:MM` (a browser's date-and-time field; seconds allowed), `YYYY-MM-DD HH:MM`,
/// or a day alone. Not after `now`.
pub fn past_date_time(s: &str, now: NaiveDateTime) -> Result<When, Problem> {
    let t = s.trim();
    let bad = || Problem::NotADateTime(s.to_string());
    let when = if t.len() == 10 {
        When::Day(date(t).map_err(|_| bad())?)
    } else {
        let t = t.replacen(' ', "T", 1);
        let dt = NaiveDateTime::parse_from_str(&t, "%Y-%m-%dT%H:%M")
            .or_else(|_| NaiveDateTime::parse_from_str(&t, "%Y-%m-%dT%H:%M:%S"))
            .map_err(|_| bad())?;
        if !t.starts_with(|c: char| c.is_ascii_digit()) || t.find('-') != Some(4) {
            return Err(bad());
        }
        When::At(dt)
    };
    let day = when.day();
    not_after(day, now.date())?;
    if let When::At(dt) = when
        && dt > now
    {
        return Err(Problem::FutureDate {
            date: day,
            latest: now.date(),
        });
    }
    Ok(when)
}

/// When something happened: a day, or a day and a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Day(NaiveDate),
    At(NaiveDateTime),
}

impl When {
    pub fn day(self) -> NaiveDate {
        match self {
            Self::Day(d) => d,
            Self::At(dt) => dt.date(),
        }
    }

    pub fn time(self) -> Option<NaiveTime> {
        match self {
            Self::Day(_) => None,
            Self::At(dt) => Some(dt.time()),
        }
    }
}

impl fmt::Display for When {
    /// `2026-11-30` or `2026-11-30 14:05`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Day(d) => write!(f, "{d}"),
            Self::At(dt) => write!(f, "{}", dt.format("%Y-%m-%d %H:%M")),
        }
    }
}

impl Serialize for When {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Day(d) => s.serialize_str(&d.to_string()),
            Self::At(dt) => s.serialize_str(&dt.format("%Y-%m-%dT%H:%M").to_string()),
        }
    }
}

/// Text as entered, trimmed: empty is `None`; longer than `max` characters or with control characters is an
/// error. `multiline` allows line breaks and tabs.
pub fn text(s: Option<&str>, max: usize, multiline: bool) -> Result<Option<String>, Problem> {
    let Some(t) = s.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    if t.chars().count() > max {
        return Err(Problem::TooLong { max });
    }
    if t.chars()
        .any(|c| c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t')))
    {
        return Err(Problem::ControlCharacter);
    }
    Ok(Some(t.replace("\r\n", "\n")))
}

/// Like [`text`], but the field must be given.
pub fn required_text(s: Option<&str>, max: usize) -> Result<String, Problem> {
    text(s, max, false)?.ok_or(Problem::Required)
}

/// Longest names (people, places, organisations).
pub const NAME_MAX: usize = 120;
/// Longest short free text (a relation, a country, a badge number).
pub const SHORT_MAX: usize = 60;
/// Longest note (medical needs, where papers are, money and rent).
pub const NOTE_MAX: usize = 1000;
/// Longest account of what happened.
pub const ACCOUNT_MAX: usize = 8000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_numbers_as_people_write_them() {
        for s in [
            "A123456789",
            "A-123-456-789",
            "a 123 456 789",
            "123456789",
            " A#123456789 ",
        ] {
            assert_eq!(
                ANumber::parse(s).map(|a| a.digits().to_string()),
                Ok("123456789".into()),
                "{s}"
            );
        }
        assert_eq!(
            ANumber::parse("A12345678").map(|a| a.to_string()),
            Ok("A 012-345-678".into())
        );
        for s in ["", "A", "1234567", "1234567890", "A12345678X", "B123456789", "12-34"] {
            assert_eq!(ANumber::parse(s), Err(Problem::ANumber(s.into())), "{s:?}");
        }
    }

    #[test]
    fn phone_numbers() {
        assert_eq!(
            Phone::parse("(212) 555-0100").map(|p| p.e164().to_string()),
            Ok("+12125550100".into())
        );
        assert_eq!(
            Phone::parse("1-212-555-0100").map(|p| p.to_string()),
            Ok("(212) 555-0100".into())
        );
        assert_eq!(
            Phone::parse("+52 55 1234 5678").map(|p| p.e164().to_string()),
            Ok("+525512345678".into())
        );
        for s in [
            "",
            "555-0100",
            "abc",
            "212-555-010O",
            "(012) 555-0100",
            "+0 1234 5678",
            "+1234567",
            "311",
        ] {
            assert!(Phone::parse(s).is_err(), "{s:?}");
        }
    }

    #[test]
    fn dates_and_times() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
        assert_eq!(past_date("2026-12-01", today), Ok(today));
        assert!(matches!(
            past_date("2026-12-02", today),
            Err(Problem::FutureDate { .. })
        ));
        assert!(matches!(past_date("1899-12-31", today), Err(Problem::TooOld(_))));
        for s in ["12/01/2026", "2026-13-01", "26-12-01", "+2026-12-01", "20261201"] {
            assert!(matches!(date(s), Err(Problem::NotADate(_))), "{s}");
        }
        let now = today.and_hms_opt(15, 0, 0).expect("time");
        assert_eq!(
            past_date_time("2026-12-01T14:05", now).map(|w| w.to_string()),
            Ok("2026-12-01 14:05".into())
        );
        assert!(
            past_date_time("2026-12-01 16:00", now).is_err(),
            "later today is the future"
        );
        assert_eq!(
            past_date_time("2026-11-30", now),
            Ok(When::Day(today.pred_opt().expect("day")))
        );
        assert!(matches!(
            past_date_time("yesterday", now),
            Err(Problem::NotADateTime(_))
        ));
    }

    #[test]
    fn text_limits() {
        assert_eq!(text(Some("  x  "), 5, false), Ok(Some("x".into())));
        assert_eq!(text(Some("   "), 5, false), Ok(None));
        assert_eq!(text(Some("abcdef"), 5, false), Err(Problem::TooLong { max: 5 }));
        assert_eq!(text(Some("a\nb"), 5, false), Err(Problem::ControlCharacter));
        assert_eq!(text(Some("a\r\nb"), 5, true), Ok(Some("a\nb".into())));
        assert_eq!(required_text(None, 5), Err(Problem::Required));
        assert_eq!(plate(" abc-123 "), Ok("ABC-123".into()));
        assert!(plate("ABC/123").is_err() && plate("").is_err() && plate("ABCDEFGHIJK").is_err());
    }
}
