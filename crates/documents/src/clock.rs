//! One clock for the warrant check and the detainer API's default day, whoever asks (the CLI, the web app, the API): a warrant's hours and its
//! last day are read in New York time, whatever the time zone of the machine that runs Amparo. A time given
//! with its own offset (RFC 3339) is converted to New York time too.

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::America::New_York;

/// The time at the door now: New York wall-clock time.
pub fn now_in_new_york() -> NaiveDateTime {
    in_new_york(Utc::now())
}

/// Today's date in New York (the default "as of" day of a detainer decision, whatever the machine's zone).
pub fn today_in_new_york() -> NaiveDate {
    now_in_new_york().date()
}

/// A moment as New York wall-clock time ("2026-03-05T12:30:00Z" is 7:30 a.m. in New York).
pub fn in_new_york<Tz: TimeZone>(t: DateTime<Tz>) -> NaiveDateTime {
    t.with_timezone(&New_York).naive_local()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::FixedOffset;

    #[test]
    fn moments_are_read_as_new_york_wall_clock_time() {
        let at = |s: &str| DateTime::<FixedOffset>::parse_from_rfc3339(s).expect("rfc 3339");
        let ny = |y, m, d, h, min| {
            NaiveDate::from_ymd_opt(y, m, d)
                .and_then(|d| d.and_hms_opt(h, min, 0))
                .expect("date")
        };
        // Winter (EST, UTC-5) and summer (EDT, UTC-4); a New York offset is kept as it is.
        assert_eq!(in_new_york(at("2026-03-05T12:30:00Z")), ny(2026, 3, 5, 7, 30));
        assert_eq!(in_new_york(at("2026-07-05T12:30:00Z")), ny(2026, 7, 5, 8, 30));
        assert_eq!(in_new_york(at("2026-03-05T07:30:00-05:00")), ny(2026, 3, 5, 7, 30));
        // Far from New York: Kiritimati (UTC+14) on the next calendar day is still the evening before there.
        assert_eq!(in_new_york(at("2026-03-06T09:00:00+14:00")), ny(2026, 3, 5, 14, 0));
    }
}
