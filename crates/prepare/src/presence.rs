//! Proof of two years: from the dated papers a person lists, which months of the two years before `as_of` are
//! covered, and where the gaps are. It states what the papers show, never a legal conclusion.
//!
//! A paper covers the day it is dated, or every day from `from` to `to` (a lease, a school year). The gap rule
//! (`data/presence.toml`, with its justification): a stretch of more than [`PresenceData::gap_limit_days`] days
//! (90) that no paper covers is a gap; so is any part of the window before the first paper. `covers_two_years`
//! is true when a paper reaches back to the start of the window and no gap touches it.
//!
//! The JSON contract (`amparo presence --in FILE`): `{"as_of": DATE, "papers": [{"kind": "lease", "from":
//! DATE, "to": DATE} or {"kind": "pay_stub", "date": DATE}, …]}`, each paper optionally with `description` and
//! `kept_at` (where it is kept). Output: `earliest`, `latest`, `covers_two_years`, `gaps` (each `from`, `to`,
//! `days`, `kind`), and `window`, `gap_limit_days`, `months`, `papers` (the numbered index).

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::data::{Data, PresenceData};
use crate::error::{Collector, InputErrors, Problem, from_json};
use crate::fields::{self, NAME_MAX, NOTE_MAX};

/// Most papers one list holds.
pub const MAX_PAPERS: usize = 400;

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PresenceInput {
    /// The day the two years are counted back from (absent: today).
    #[serde(default)]
    pub as_of: Option<String>,
    #[serde(default)]
    pub papers: Vec<PaperInput>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PaperInput {
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub kept_at: Option<String>,
}

/// One paper, checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paper {
    /// Its number in the index (1, 2, …), by date.
    pub number: usize,
    pub kind: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kept_at: Option<String>,
}

/// The days from `from` to `to`, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Where a gap is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GapKind {
    /// No paper at all.
    NoPapers,
    /// The start of the window, before the first paper.
    BeforeFirstPaper,
    /// Between two papers.
    BetweenPapers,
    /// From the last paper to `as_of`.
    AfterLastPaper,
}

impl GapKind {
    pub fn id(self) -> &'static str {
        match self {
            Self::NoPapers => "no-papers",
            Self::BeforeFirstPaper => "before-first-paper",
            Self::BetweenPapers => "between-papers",
            Self::AfterLastPaper => "after-last-paper",
        }
    }
}

/// Days no paper covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Gap {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub days: i64,
    pub kind: GapKind,
}

/// One calendar month of the window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Month {
    /// `YYYY-MM`.
    pub month: String,
    /// Whether any paper covers a day of it (within the window).
    pub covered: bool,
    /// How many papers cover a day of it.
    pub papers: usize,
}

/// What the papers show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    pub as_of: NaiveDate,
    /// The two years before `as_of`.
    pub window: Span,
    pub gap_limit_days: i64,
    pub earliest: Option<NaiveDate>,
    pub latest: Option<NaiveDate>,
    pub covers_two_years: bool,
    pub gaps: Vec<Gap>,
    /// Days of the window some paper covers, and the window's length.
    pub covered_days: i64,
    pub window_days: i64,
    pub months: Vec<Month>,
    /// The index of the papers, by date.
    pub papers: Vec<Paper>,
}

/// The checked input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Presence {
    pub as_of: NaiveDate,
    /// Sorted by `from`, then `to`, then kind; numbered in that order.
    pub papers: Vec<Paper>,
}

impl Presence {
    /// Parse and check the JSON contract. `today`: `as_of` may not be later, papers not later than `as_of`.
    pub fn from_json(json: &str, today: NaiveDate) -> Result<Self, InputErrors> {
        from_json::<PresenceInput>(json)?.check(today)
    }
}

impl PresenceInput {
    pub fn check(&self, today: NaiveDate) -> Result<Presence, InputErrors> {
        let mut c = Collector::default();
        let data = &Data::get().presence;
        let as_of = match self.as_of.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(s) => c.check("as_of", fields::past_date(s, today)),
            None => Some(today),
        };
        let latest = as_of.unwrap_or(today);
        if self.papers.len() > MAX_PAPERS {
            c.push("papers", Problem::TooMany { max: MAX_PAPERS });
        }
        let mut papers = Vec::new();
        for (i, p) in self.papers.iter().take(MAX_PAPERS).enumerate() {
            let f = |k: &str| format!("papers[{i}].{k}");
            let kind = match p.kind.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                None => {
                    c.push(f("kind"), Problem::Required);
                    None
                }
                Some(k) if data.kinds.iter().any(|x| x == k) => Some(k.to_string()),
                Some(k) => {
                    c.push(
                        f("kind"),
                        Problem::Unknown {
                            value: k.to_string(),
                            valid: data.kinds.clone(),
                        },
                    );
                    None
                }
            };
            let dates = match (given(&p.date), given(&p.from), given(&p.to)) {
                (Some(d), None, None) => c.check(f("date"), fields::past_date(d, latest)).map(|d| (d, d)),
                (None, Some(a), Some(b)) => {
                    let from = c.check(f("from"), fields::past_date(a, latest));
                    let to = c.check(f("to"), fields::past_date(b, latest));
                    match (from, to) {
                        (Some(from), Some(to)) if to < from => {
                            c.push(f("to"), Problem::EndsBeforeStart { from, to });
                            None
                        }
                        (Some(from), Some(to)) => Some((from, to)),
                        _ => None,
                    }
                }
                (None, Some(_), None) => {
                    c.push(f("to"), Problem::Required);
                    None
                }
                (None, None, Some(_)) => {
                    c.push(f("from"), Problem::Required);
                    None
                }
                (None, None, None) => {
                    c.push(f("date"), Problem::DateOrRange);
                    None
                }
                (Some(_), _, _) => {
                    c.push(f("date"), Problem::DateOrRange);
                    None
                }
            };
            let description = c.check(
                f("description"),
                fields::text(p.description.as_deref(), NAME_MAX, false),
            );
            let kept_at = c.check(f("kept_at"), fields::text(p.kept_at.as_deref(), NOTE_MAX, false));
            if let (Some(kind), Some((from, to)), Some(description), Some(kept_at)) =
                (kind, dates, description, kept_at)
            {
                papers.push(Paper {
                    number: 0,
                    kind,
                    from,
                    to,
                    description,
                    kept_at,
                });
            }
        }
        papers.sort_by(|a, b| (a.from, a.to, &a.kind).cmp(&(b.from, b.to, &b.kind)));
        for (i, p) in papers.iter_mut().enumerate() {
            p.number = i + 1;
        }
        c.finish(Presence { as_of: latest, papers })
    }
}

fn given(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

fn days(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days() + 1
}

fn next(d: NaiveDate) -> NaiveDate {
    d.succ_opt().unwrap_or(d)
}

fn prev(d: NaiveDate) -> NaiveDate {
    d.pred_opt().unwrap_or(d)
}

/// The window: the two years (`window_years`) before `as_of`, `as_of` included.
pub fn window(as_of: NaiveDate, data: &PresenceData) -> Span {
    let from = as_of
        .checked_sub_months(Months::new(12 * data.window_years))
        .unwrap_or(NaiveDate::MIN);
    Span { from, to: as_of }
}

/// The covered stretches, merged (overlapping or touching papers become one).
fn merged(papers: &[Paper]) -> Vec<Span> {
    let mut spans: Vec<Span> = papers.iter().map(|p| Span { from: p.from, to: p.to }).collect();
    spans.sort_by_key(|s| (s.from, s.to));
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match out.last_mut() {
            Some(last) if s.from <= next(last.to) => last.to = last.to.max(s.to),
            _ => out.push(s),
        }
    }
    out
}

impl Presence {
    /// What the papers show, by the embedded parameters.
    pub fn report(&self) -> Report {
        self.report_with(&Data::get().presence)
    }

    /// What the papers show, by the given parameters.
    pub fn report_with(&self, data: &PresenceData) -> Report {
        let w = window(self.as_of, data);
        let limit = data.gap_limit_days;
        let spans = merged(&self.papers);
        let earliest = spans.first().map(|s| s.from);
        let latest = spans.last().map(|s| s.to);
        let mut gaps = Vec::new();
        match (earliest, latest) {
            (Some(first), Some(last)) => {
                if first > w.from {
                    gaps.push(Gap {
                        from: w.from,
                        to: prev(first),
                        days: (first - w.from).num_days(),
                        kind: GapKind::BeforeFirstPaper,
                    });
                }
                for pair in spans.windows(2) {
                    let (from, to) = (next(pair[0].to), prev(pair[1].from));
                    let n = days(from, to);
                    // A gap counts if it is too long and reaches into the window (measured in full, even where
                    // it starts before the window: the stretch without papers is what it is).
                    if n > limit && to >= w.from {
                        gaps.push(Gap {
                            from,
                            to,
                            days: n,
                            kind: GapKind::BetweenPapers,
                        });
                    }
                }
                if last < self.as_of {
                    let from = next(last);
                    let n = days(from, self.as_of);
                    if n > limit {
                        gaps.push(Gap {
                            from,
                            to: self.as_of,
                            days: n,
                            kind: GapKind::AfterLastPaper,
                        });
                    }
                }
            }
            _ => gaps.push(Gap {
                from: w.from,
                to: w.to,
                days: days(w.from, w.to),
                kind: GapKind::NoPapers,
            }),
        }
        let covered_days = spans
            .iter()
            .map(|s| {
                let (a, b) = (s.from.max(w.from), s.to.min(w.to));
                if a <= b { days(a, b) } else { 0 }
            })
            .sum();
        Report {
            as_of: self.as_of,
            window: w,
            gap_limit_days: limit,
            earliest,
            latest,
            covers_two_years: earliest.is_some_and(|e| e <= w.from) && gaps.is_empty(),
            gaps,
            covered_days,
            window_days: days(w.from, w.to),
            months: months(w, &spans, &self.papers),
            papers: self.papers.clone(),
        }
    }
}

/// Each calendar month that the window touches, with its coverage.
fn months(w: Span, spans: &[Span], papers: &[Paper]) -> Vec<Month> {
    let mut out = Vec::new();
    let mut first = NaiveDate::from_ymd_opt(w.from.year(), w.from.month(), 1).unwrap_or(w.from);
    while first <= w.to {
        let after = first.checked_add_months(Months::new(1)).unwrap_or(NaiveDate::MAX);
        let (a, b) = (first.max(w.from), prev(after).min(w.to));
        let touches = |from: NaiveDate, to: NaiveDate| from <= b && to >= a;
        out.push(Month {
            month: first.format("%Y-%m").to_string(),
            covered: spans.iter().any(|s| touches(s.from, s.to)),
            papers: papers.iter().filter(|p| touches(p.from, p.to)).count(),
        });
        first = after;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        fields::date(s).expect("date")
    }

    fn today() -> NaiveDate {
        d("2026-12-01")
    }

    fn run(json: &str) -> Report {
        Presence::from_json(json, today()).expect("valid").report()
    }

    #[test]
    fn monthly_pay_stubs_and_a_lease_cover_two_years() {
        let mut papers = vec![r#"{"kind": "lease", "from": "2024-06-01", "to": "2025-05-31"}"#.to_string()];
        let mut day = d("2025-06-15");
        while day <= today() {
            papers.push(format!(r#"{{"kind": "pay_stub", "date": "{day}"}}"#));
            day = day.checked_add_months(Months::new(1)).expect("month");
        }
        let r = run(&format!(
            r#"{{"as_of": "2026-12-01", "papers": [{}]}}"#,
            papers.join(",")
        ));
        assert_eq!(
            r.window,
            Span {
                from: d("2024-12-01"),
                to: today()
            }
        );
        assert!(r.covers_two_years, "{:?}", r.gaps);
        assert!(r.gaps.is_empty());
        assert_eq!(r.earliest, Some(d("2024-06-01")));
        assert_eq!(r.months.len(), 25);
        // The last stub is 2026-11-15: the one day of December in the window has no paper (16 days, no gap).
        assert!(r.months[..24].iter().all(|m| m.covered), "{:?}", r.months);
        assert_eq!((r.months[24].month.as_str(), r.months[24].covered), ("2026-12", false));
    }

    #[test]
    fn a_long_stretch_without_papers_is_a_gap() {
        let r = run(r#"{"as_of": "2026-12-01", "papers": [
            {"kind": "lease", "from": "2024-01-01", "to": "2025-01-31"},
            {"kind": "pay_stub", "date": "2025-06-01"},
            {"kind": "utility_bill", "from": "2025-06-02", "to": "2026-11-30"}]}"#);
        assert!(!r.covers_two_years);
        assert_eq!(
            r.gaps,
            [Gap {
                from: d("2025-02-01"),
                to: d("2025-05-31"),
                days: 120,
                kind: GapKind::BetweenPapers
            }]
        );
        assert!(!r.months.iter().find(|m| m.month == "2025-03").expect("March").covered);
        // Exactly the limit is not a gap; one day more is.
        let at = |to: &str| {
            run(&format!(
                r#"{{"as_of": "2026-12-01", "papers": [{{"kind": "lease", "from": "2024-01-01", "to": "{to}"}},
                {{"kind": "lease", "from": "2025-06-01", "to": "2026-12-01"}}]}}"#
            ))
        };
        assert!(at("2025-03-02").covers_two_years, "2025-03-03 … 2025-05-31 is 90 days");
        assert!(!at("2025-03-01").covers_two_years, "91 days");
    }

    #[test]
    fn the_start_of_the_window_must_be_covered() {
        let r =
            run(r#"{"as_of": "2026-12-01", "papers": [{"kind": "lease", "from": "2024-12-11", "to": "2026-12-01"}]}"#);
        assert!(!r.covers_two_years);
        assert_eq!(r.gaps[0].kind, GapKind::BeforeFirstPaper);
        assert_eq!(
            (r.gaps[0].from, r.gaps[0].to, r.gaps[0].days),
            (d("2024-12-01"), d("2024-12-10"), 10)
        );
        let none = run(r#"{"as_of": "2026-12-01", "papers": []}"#);
        assert_eq!(none.gaps[0].kind, GapKind::NoPapers);
        assert_eq!(none.earliest, None);
    }

    #[test]
    fn bad_papers_are_named() {
        let e = Presence::from_json(
            r#"{"as_of": "2027-01-01", "papers": [{"kind": "lease", "from": "2025-01-01"},
              {"kind": "horoscope", "date": "2025-01-01"}, {"kind": "pay_stub"},
              {"kind": "lease", "from": "2025-02-01", "to": "2025-01-01"},
              {"kind": "pay_stub", "date": "2025-01-01", "from": "2025-01-01", "to": "2025-01-02"}]}"#,
            today(),
        )
        .expect_err("invalid");
        let fields: Vec<&str> = e.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "as_of",
                "papers[0].to",
                "papers[1].kind",
                "papers[2].date",
                "papers[3].to",
                "papers[4].date"
            ]
        );
        let e = Presence::from_json(r#"{"papers": [{"kind": "pay_stub", "date": "2026-12-02"}]}"#, today())
            .expect_err("future");
        assert!(matches!(e.0[0].problem, Problem::FutureDate { .. }), "{e}");
    }
}
