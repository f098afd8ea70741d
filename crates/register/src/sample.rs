//! Synthetic, deterministic import files for benchmarks and trials: no real person, no real request. The
//! mix is invented (most requests are detainers, most declined), not a statistic.

use chrono::{Duration, NaiveDate, NaiveDateTime};

/// A small, fast, deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<'a>(&mut self, weighted: &[(&'a str, u64)]) -> &'a str {
        let total: u64 = weighted.iter().map(|(_, w)| w).sum();
        let mut r = self.below(total);
        for (v, w) in weighted {
            if r < *w {
                return v;
            }
            r -= w;
        }
        weighted[0].0
    }
}

/// Statutes as records write them: listed violent or serious felonies and others.
const STATUTES: &[&str] = &[
    "PL 120.05",
    "PL 160.15",
    "PL 265.02(3)",
    "PL 155.30",
    "PL 220.39",
    "PL 140.25",
    "PL 130.35",
    "PL 110/160.15",
    "PL 120.00",
    "PL 215.51",
    "PL 125.25",
    "PL 170.25",
];

const AGENCIES: &[&str] = &["dss", "acs", "hra", "doe", "dohmh", "nycha", "dhs"];

/// The lines of an import file with `requests` requests (and their actions), received between
/// 2024-07-01 and 2026-06-30 (UTC instants, written as New York times with their offset).
pub fn lines(requests: u64, seed: u64) -> impl Iterator<Item = String> {
    let mut rng = Rng(seed | 1);
    let start = NaiveDate::from_ymd_opt(2024, 7, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .unwrap_or_default();
    let span_minutes = 730 * 24 * 60;
    let persons = (requests / 2).max(1);
    (0..requests).flat_map(move |i| {
        let at = start + Duration::minutes((i * span_minutes / requests.max(1)) as i64 + rng.below(60) as i64);
        let mut out = Vec::with_capacity(2);
        let kind = rng.below(100);
        let by = rng.pick(&[("ice", 75), ("hsi", 10), ("cbp", 8), ("fbi", 4), ("usms", 2), ("other_federal", 1)]);
        // New York local times, with their offset: a plain local time in the hour the clocks skip in March
        // does not exist, and the register refuses it.
        let when = |t: NaiveDateTime| {
            use chrono::TimeZone;
            chrono_tz::America::New_York.from_utc_datetime(&t).format("%Y-%m-%dT%H:%M:%S%:z").to_string()
        };
        let later = at + Duration::hours(1 + rng.below(47) as i64);
        if kind < 70 {
            let agency = rng.pick(&[("doc", 50), ("nypd", 40), ("probation", 10)]);
            let basis = match rng.below(20) {
                0 => "null".to_owned(),
                b => format!("\"{}\"", ["reason_to_believe", "proceedings_started", "warrant_of_arrest", "removal_order"][(b % 4) as usize]),
            };
            let day = {
                use chrono::TimeZone;
                chrono_tz::America::New_York.from_utc_datetime(&at).date_naive()
            };
            let arrest = day - Duration::days(rng.below(10) as i64);
            let n = match rng.below(100) {
                0..50 => 0,
                50..80 => 1,
                80..95 => 2,
                _ => 3,
            };
            let convictions: Vec<String> = (0..n)
                .map(|_| {
                    let s = STATUTES[rng.below(STATUTES.len() as u64) as usize];
                    let judged = arrest - Duration::days(100 + rng.below(4000) as i64);
                    format!(r#"{{"statute":"{s}","felony":{},"judgment_date":"{judged}"}}"#, rng.below(10) < 8)
                })
                .collect();
            let warrant = rng.below(50) == 0;
            let tsdb = rng.below(100) == 0;
            out.push(format!(
                r#"{{"type":"detainer","id":"D-{i}","received_at":"{}","agency":"{agency}","requested_by":"{by}","person":"P-{}","basis":{basis},"arrest_date":"{arrest}","judicial_warrant":{warrant},"tsdb_possible_match":{tsdb},"reentered_after_removal":{},"convictions":[{}]}}"#,
                when(at),
                rng.below(persons),
                rng.below(30) == 0,
                convictions.join(",")
            ));
            let action = if warrant && (n > 0 || tsdb) {
                if rng.below(5) < 4 { "transferred" } else { "released_48h_expired" }
            } else if rng.below(20) == 0 {
                ""
            } else {
                "declined"
            };
            if !action.is_empty() {
                out.push(format!(
                    r#"{{"type":"action","ref":"D-{i}","at":"{}","action":"{action}","by":"officer {}"}}"#,
                    when(later),
                    rng.below(500)
                ));
            }
        } else if kind < 90 {
            let agency = rng.pick(&[("doc", 50), ("nypd", 40), ("probation", 10)]);
            let info = rng.pick(&[("\"release_date\"", 50), ("\"court_date\"", 20), ("\"incarceration_status\"", 20), ("\"other\"", 10)]);
            out.push(format!(
                r#"{{"type":"info_request","id":"I-{i}","received_at":"{}","agency":"{agency}","requested_by":"{by}","person":"P-{}","info":[{info}]}}"#,
                when(at),
                rng.below(persons)
            ));
            let action = rng.pick(&[("info_given", 10), ("info_refused", 80), ("", 10)]);
            if !action.is_empty() {
                out.push(format!(
                    r#"{{"type":"action","ref":"I-{i}","at":"{}","action":"{action}","by":"clerk {}","note":"not related to a violent or serious conviction"}}"#,
                    when(later),
                    rng.below(200)
                ));
            }
        } else {
            let to = AGENCIES[rng.below(AGENCIES.len() as u64) as usize];
            out.push(format!(
                r#"{{"type":"assistance_request","id":"A-{i}","received_at":"{}","receiving_agency":"{to}","requested_by":"{by}","description":"asked for the address of a person the agency serves"}}"#,
                when(at)
            ));
            let action = rng.pick(&[("assistance_refused", 85), ("assistance_given", 5), ("", 10)]);
            if !action.is_empty() {
                out.push(format!(
                    r#"{{"type":"action","ref":"A-{i}","at":"{}","action":"{action}","by":"staff {}"}}"#,
                    when(later),
                    rng.below(100)
                ));
            }
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::Event;

    #[test]
    fn every_sample_line_is_accepted_and_the_engine_decides_every_detainer() {
        let now = chrono::Utc::now();
        let mut n = 0;
        for line in lines(2000, 7) {
            let e = Event::from_json(line.as_bytes(), now).unwrap_or_else(|e| panic!("{e}: {line}"));
            if let Event::Request(r) = e {
                crate::engine::decide(&r).unwrap_or_else(|e| panic!("{e}: {line}"));
                n += 1;
            }
        }
        assert_eq!(n, 2000);
        assert_eq!(
            lines(50, 1).collect::<Vec<_>>(),
            lines(50, 1).collect::<Vec<_>>(),
            "deterministic"
        );
    }
}
