//! When something happened, as the records give it: an instant (RFC 3339, or a New York local time) or only
//! a day. Days are New York days: a report's period and the law in force are decided by the day in New York.

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::America::New_York;

/// How far ahead of this machine's clock a time may be before it is refused as "in the future" (clocks of
/// the sending systems drift a little).
pub const CLOCK_SKEW: chrono::Duration = chrono::Duration::minutes(5);

/// An instant or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    At(DateTime<Utc>),
    Day(NaiveDate),
}

impl When {
    /// Reads "2025-08-01T10:00:00Z", "2025-08-01T10:00:00-04:00", "2025-08-01T10:00" (New York time) or
    /// "2025-08-01" (a day).
    pub fn parse(s: &str) -> Result<When, String> {
        let t = s.trim();
        if t.len() == 10 {
            return NaiveDate::parse_from_str(t, "%Y-%m-%d")
                .map(When::Day)
                .map_err(|_| format!("{t:?} is not a real date written YYYY-MM-DD"));
        }
        if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
            return Ok(When::At(dt.with_timezone(&Utc)));
        }
        let local = NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S")
            .or_else(|_| NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M"))
            .map_err(|_| {
                format!(
                    "{t:?} is not a time: write 2025-08-01T10:00:00Z, 2025-08-01T10:00:00-04:00, 2025-08-01T10:00 (New York time) or a day 2025-08-01"
                )
            })?;
        match New_York.from_local_datetime(&local) {
            chrono::LocalResult::Single(dt) => Ok(When::At(dt.with_timezone(&Utc))),
            // The hour repeated when clocks go back: the first of the two.
            chrono::LocalResult::Ambiguous(first, _) => Ok(When::At(first.with_timezone(&Utc))),
            chrono::LocalResult::None => Err(format!(
                "{t:?} does not exist in New York (the clocks skip that hour); give the UTC offset"
            )),
        }
    }

    /// The day in New York.
    pub fn day(&self) -> NaiveDate {
        match self {
            When::At(t) => t.with_timezone(&New_York).date_naive(),
            When::Day(d) => *d,
        }
    }

    /// The normalized text stored in the register: UTC to the second, or the day.
    pub fn text(&self) -> String {
        match self {
            When::At(t) => t.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
            When::Day(d) => d.format("%Y-%m-%d").to_string(),
        }
    }

    /// Whether this is certainly earlier than `other` (to the second when both have a time, else by day).
    pub fn before(&self, other: &When) -> bool {
        match (self, other) {
            (When::At(a), When::At(b)) => a < b,
            _ => self.day() < other.day(),
        }
    }

    /// Whether this lies ahead of `now` (beyond the allowed clock skew; a day: after today in New York).
    pub fn in_future(&self, now: DateTime<Utc>) -> bool {
        match self {
            When::At(t) => *t > now + CLOCK_SKEW,
            When::Day(d) => *d > today(now),
        }
    }
}

/// Today in New York.
pub fn today(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&New_York).date_naive()
}

/// An instant as the log writes it (UTC, to the microsecond: entries made in the same second stay ordered
/// when read by a person).
pub fn stamp(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_new_york_days() {
        // 03:30 UTC on 2 August is 23:30 on 1 August in New York (EDT, UTC-4).
        let w = When::parse("2025-08-02T03:30:00Z").unwrap();
        assert_eq!(w.day(), NaiveDate::from_ymd_opt(2025, 8, 1).unwrap());
        let local = When::parse("2025-08-01T23:30").unwrap();
        assert_eq!(local, w);
        assert_eq!(w.text(), "2025-08-02T03:30:00Z");
    }

    #[test]
    fn bad_times_are_refused_with_the_text() {
        assert!(When::parse("2025-02-30").unwrap_err().contains("2025-02-30"));
        assert!(When::parse("yesterday").is_err());
        // 2:30 on the spring-forward day does not exist in New York.
        assert!(When::parse("2025-03-09T02:30").unwrap_err().contains("does not exist"));
    }

    #[test]
    fn before_compares_days_when_a_time_is_missing() {
        let day = When::parse("2025-08-01").unwrap();
        let morning = When::parse("2025-08-01T09:00").unwrap();
        assert!(!day.before(&morning) && !morning.before(&day));
        assert!(When::parse("2025-07-31T23:59").unwrap().before(&day));
    }

    #[test]
    fn the_future_allows_a_little_clock_skew() {
        let now = Utc.with_ymd_and_hms(2026, 1, 1, 12, 0, 0).unwrap();
        assert!(!When::At(now + chrono::Duration::minutes(4)).in_future(now));
        assert!(When::At(now + chrono::Duration::minutes(6)).in_future(now));
        assert!(!When::Day(today(now)).in_future(now));
        assert!(When::Day(today(now).succ_opt().unwrap()).in_future(now));
    }
}
