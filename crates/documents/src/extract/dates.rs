//! Dates in the many ways papers print them ("March 3, 2026", "03/17/2026", "this 5th day of May, 2026",
//! "2026-01-02"), what each one is (issued, execute by, a birth date ignored), and the hours a warrant
//! allows (the daytime window; any time of the day or night).

use amparo_text::{fold_i_l, letter_for};
use chrono::NaiveDate;

use super::patterns::patterns;
use super::squashed::{Squashed, line_at};
use super::{Evidence, Fields};

/// The month a month name (as read, "Apri1", "0ct") stands for.
pub(super) fn month_number(m: &str) -> Option<u32> {
    // Each character as the letter it is read for, lower case, I and l as one.
    let fold = |s: &str| -> String {
        s.chars()
            .map(|c| fold_i_l(letter_for(c).unwrap_or(c).to_ascii_lowercase()))
            .collect()
    };
    let m = fold(m);
    let all = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    // (No month's first three letters differ only in i and l.)
    all.iter().position(|p| m.starts_with(&fold(p))).map(|i| i as u32 + 1)
}

pub(super) struct DateHit {
    pub(super) date: NaiveDate,
    pub(super) start: usize,
    pub(super) end: usize,
}

pub(super) fn dates(text: &str) -> Vec<DateHit> {
    let p = patterns();
    let mut out = Vec::new();
    let mut push = |y: &str, m: Option<u32>, d: &str, start: usize, end: usize| {
        let (Ok(y), Some(m), Ok(d)) = (y.parse::<i32>(), m, d.parse::<u32>()) else {
            return;
        };
        if !(1900..=2200).contains(&y) {
            return;
        }
        if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
            out.push(DateHit { date, start, end });
        }
    };
    for c in p.date_words.captures_iter(text) {
        if let (Some(w), Some(m), Some(d), Some(y)) = (c.get(0), c.get(1), c.get(2), c.get(3)) {
            push(y.as_str(), month_number(m.as_str()), d.as_str(), w.start(), w.end());
        }
    }
    for c in p.date_day_of.captures_iter(text) {
        if let (Some(w), Some(d), Some(m), Some(y)) = (c.get(0), c.get(1), c.get(2), c.get(3)) {
            push(y.as_str(), month_number(m.as_str()), d.as_str(), w.start(), w.end());
        }
    }
    for c in p.date_slash.captures_iter(text) {
        if let (Some(w), Some(m), Some(d), Some(y)) = (c.get(0), c.get(1), c.get(2), c.get(3)) {
            push(y.as_str(), m.as_str().parse().ok(), d.as_str(), w.start(), w.end());
        }
    }
    for c in p.date_iso.captures_iter(text) {
        if let (Some(w), Some(y), Some(m), Some(d)) = (c.get(0), c.get(1), c.get(2), c.get(3)) {
            push(y.as_str(), m.as_str().parse().ok(), d.as_str(), w.start(), w.end());
        }
    }
    out.sort_by_key(|d| d.start);
    out
}

/// Up to `n` bytes of `text` before `at`, on a char boundary, upper-cased.
pub(super) fn before(text: &str, at: usize, n: usize) -> String {
    let mut start = at.saturating_sub(n);
    while start > 0 && !text.is_char_boundary(start) {
        start -= 1;
    }
    text[start..at].to_uppercase()
}

/// The dates on the paper: "on or before" → execute by; "issued / dated / day of" → issued; birth dates
/// ignored. The closest label before a date decides what it is.
pub(super) fn read_dates(text: &str, fields: &mut Fields, ev: &mut Vec<Evidence>) {
    for d in dates(text) {
        let ctx = before(text, d.start, 90);
        let near = before(text, d.start, 40);
        if near.contains("BIRTH") || near.contains("DOB") || near.contains("BORN") {
            continue;
        }
        // The closest label before the date decides what it is.
        let last = |keys: &[&str]| keys.iter().filter_map(|k| ctx.rfind(k)).max();
        let by = last(&["ON OR BEFORE", "EXECUTE BY", "NOT LATER THAN"]);
        let iss = last(&["ISSUED", "DATE", "DAY OF", "SIGNED", "DATED"]);
        if by.is_some() && by > iss {
            if fields.execute_by.is_none() {
                fields.execute_by = Some(d.date);
                ev.push(Evidence {
                    finding: "execute_by",
                    text: line_at(text, d.start),
                });
            }
            continue;
        }
        let labelled =
            near.contains("ISSUED") || near.contains("DATE") || near.contains("DAY OF") || near.contains("SIGNED");
        if labelled && fields.issued.is_none() {
            fields.issued = Some(d.date);
            ev.push(Evidence {
                finding: "issued",
                text: line_at(text, d.end.saturating_sub(1)),
            });
        }
    }
}

pub(super) fn read_hours(text: &str, sq: &Squashed, fields: &mut Fields, ev: &mut Vec<Evidence>) {
    let p = patterns();
    let box_state = |at: usize| -> Option<bool> {
        let b = before(text, at, 8);
        if p.box_checked.is_match(&b) {
            Some(true)
        } else if p.box_empty.is_match(&b) {
            Some(false)
        } else {
            None
        }
    };
    let day = sq.find_all("INTHEDAYTIME").into_iter().next();
    let any = ["ATANYTIMEINTHEDAYORNIGHT", "ANYTIMEOFTHEDAYORNIGHT"]
        .iter()
        .flat_map(|k| sq.find_all(k))
        .min();
    if let Some(at) = day {
        fields.daytime_window = Some(line_at(text, at));
    }
    let any_time = match (any, day) {
        (Some(a), Some(d)) => match (box_state(a), box_state(d)) {
            (Some(true), _) => Some(true),
            (_, Some(true)) => Some(false),
            (Some(false), _) => Some(false),
            _ => None,
        },
        // A sentence allowing any time, not one of two boxes.
        (Some(a), None) => match box_state(a) {
            Some(b) => Some(b),
            None => {
                let line = line_at(text, a).to_uppercase();
                Some(!line.contains("NOT ") && !line.contains("ONLY BETWEEN"))
            }
        },
        (None, Some(d)) => box_state(d).map(|_| false),
        (None, None) => None,
    };
    if let (Some(v), Some(at)) = (any_time, any.or(day)) {
        fields.any_time = Some(v);
        ev.push(Evidence {
            finding: "any_time",
            text: line_at(text, at),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_many_formats() {
        let d = dates("issued March 3, 2026; on or before 03/17/2026; this 5th day of May, 2026; 2026-01-02");
        let got: Vec<String> = d.iter().map(|d| d.date.to_string()).collect();
        assert_eq!(got, ["2026-03-03", "2026-03-17", "2026-05-05", "2026-01-02"]);
    }
}
