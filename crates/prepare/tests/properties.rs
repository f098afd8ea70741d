//! Properties of validation and of the presence calculator, checked on generated input.
//!
//! The calculator is compared with a day-by-day oracle: a bitmap of covered days, its uncovered runs, and the
//! gap rule applied to them directly.

use amparo_prepare::fields::{ANumber, Phone};
use amparo_prepare::presence::{GapKind, Presence, Report};
use amparo_prepare::{Plan, Problem, Record};
use chrono::{Duration, NaiveDate};
use proptest::prelude::*;

fn day0() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 6, 1).expect("date")
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).expect("date")
}

/// Papers as (start offset from `day0`, length in days), within about three and a half years.
fn papers() -> impl Strategy<Value = Vec<(i64, i64)>> {
    prop::collection::vec((0i64..1280, prop_oneof![Just(0i64), 0i64..400]), 0..14)
}

fn json(as_of: NaiveDate, papers: &[(i64, i64)]) -> String {
    let items: Vec<String> = papers
        .iter()
        .map(|&(start, len)| {
            let from = day0() + Duration::days(start);
            let to = (from + Duration::days(len)).min(as_of);
            let from = from.min(as_of);
            if from == to {
                format!(r#"{{"kind": "pay_stub", "date": "{from}"}}"#)
            } else {
                format!(r#"{{"kind": "lease", "from": "{from}", "to": "{to}"}}"#)
            }
        })
        .collect();
    format!(r#"{{"as_of": "{as_of}", "papers": [{}]}}"#, items.join(","))
}

fn report(as_of: NaiveDate, papers: &[(i64, i64)]) -> Report {
    Presence::from_json(&json(as_of, papers), today())
        .expect("generated papers are valid")
        .report()
}

/// The oracle: covered days as a bitmap from `day0` to `as_of`.
fn oracle(r: &Report) -> (bool, i64) {
    let n = (r.as_of - day0()).num_days() + 1;
    let mut covered = vec![false; n as usize];
    for p in &r.papers {
        let (a, b) = ((p.from - day0()).num_days(), (p.to - day0()).num_days());
        for d in a..=b {
            covered[d as usize] = true;
        }
    }
    let w = (r.window.from - day0()).num_days();
    let covered_days = (w..n).filter(|&d| covered[d as usize]).count() as i64;
    let Some(first) = covered.iter().position(|&c| c) else {
        return (false, covered_days);
    };
    if first as i64 > w {
        return (false, covered_days);
    }
    // Every uncovered run after the first paper that reaches into the window must be short enough.
    let mut run = 0i64;
    for d in first as i64..n {
        if covered[d as usize] {
            run = 0;
        } else {
            run += 1;
            if run > r.gap_limit_days && d >= w {
                return (false, covered_days);
            }
        }
    }
    (true, covered_days)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_calculator_agrees_with_a_day_by_day_oracle(ps in papers(), back in 0i64..200) {
        let as_of = today() - Duration::days(back);
        let r = report(as_of, &ps);
        let (covers, covered_days) = oracle(&r);
        prop_assert_eq!(r.covers_two_years, covers, "{:?}", r.gaps);
        prop_assert_eq!(r.covered_days, covered_days);
        prop_assert_eq!(r.covers_two_years, r.gaps.is_empty() && r.earliest.is_some_and(|e| e <= r.window.from));
        for g in &r.gaps {
            prop_assert!(g.from <= g.to && g.days == (g.to - g.from).num_days() + 1);
            // A gap holds no paper.
            prop_assert!(r.papers.iter().all(|p| p.to < g.from || p.from > g.to), "{:?}", g);
            if matches!(g.kind, GapKind::BetweenPapers | GapKind::AfterLastPaper) {
                prop_assert!(g.days > r.gap_limit_days);
            }
        }
        // A month is shown as covered exactly when a paper covers one of its days in the window.
        for m in &r.months {
            let any = r.papers.iter().any(|p| {
                let (a, b) = (p.from.max(r.window.from), p.to.min(r.window.to));
                a <= b && (a.format("%Y-%m").to_string() <= m.month && b.format("%Y-%m").to_string() >= m.month)
            });
            prop_assert_eq!(m.covered, any, "{}", m.month);
        }
    }

    #[test]
    fn another_paper_never_undoes_coverage(ps in papers(), extra in (0i64..1280, 0i64..400)) {
        let before = report(today(), &ps);
        let mut more = ps.clone();
        more.push(extra);
        let after = report(today(), &more);
        prop_assert!(!before.covers_two_years || after.covers_two_years);
        prop_assert!(after.covered_days >= before.covered_days);
    }

    #[test]
    fn a_paper_every_limit_days_covers_and_one_day_more_does_not(step in 3i64..=90) {
        // Papers every `step` days from before the window to today: covered. Remove one to open a gap.
        let start = (today() - Duration::days(800) - day0()).num_days();
        let ps: Vec<(i64, i64)> = (0..).map(|i| (start + i * step, 0)).take_while(|&(s, _)| day0() + Duration::days(s) <= today()).collect();
        prop_assert!(report(today(), &ps).covers_two_years);
        let limit = 90;
        let gap: Vec<(i64, i64)> = ps.iter().copied().filter(|&(s, _)| {
            let d = day0() + Duration::days(s);
            d < today() - Duration::days(400) || d > today() - Duration::days(400 - limit - 1)
        }).collect();
        prop_assert!(!report(today(), &gap).covers_two_years);
    }

    #[test]
    fn a_numbers_are_eight_or_nine_digits_however_written(digits in "[0-9]{8,9}", sep in "[ .-]?", prefix in prop_oneof![Just(""), Just("A"), Just("a"), Just("A-"), Just("A ")]) {
        let written = format!("{prefix}{}{sep}{}", &digits[..3], &digits[3..]);
        let a = ANumber::parse(&written);
        prop_assert!(a.is_ok(), "{written}");
        let want = format!("{digits:0>9}");
        prop_assert_eq!(a.map(|a| a.digits().to_string()).unwrap_or_default(), want);
    }

    #[test]
    fn other_digit_counts_are_not_a_numbers(digits in "[0-9]{1,7}|[0-9]{10,14}") {
        prop_assert_eq!(ANumber::parse(&digits), Err(Problem::ANumber(digits.clone())));
    }

    #[test]
    fn us_numbers_in_any_usual_writing(area in "[2-9][0-9]{2}", exch in "[2-9][0-9]{2}", line in "[0-9]{4}", style in 0usize..4) {
        let s = match style {
            0 => format!("({area}) {exch}-{line}"),
            1 => format!("{area}-{exch}-{line}"),
            2 => format!("1 {area} {exch} {line}"),
            _ => format!("+1{area}{exch}{line}"),
        };
        prop_assert_eq!(Phone::parse(&s).map(|p| p.e164().to_string()), Ok(format!("+1{area}{exch}{line}")));
    }

    #[test]
    fn arbitrary_text_is_never_a_panic(s in ".{0,40}") {
        let _ = ANumber::parse(&s);
        let _ = Phone::parse(&s);
        let _ = Plan::from_json(&s, today());
        let _ = Presence::from_json(&s, today());
        let now = today().and_hms_opt(12, 0, 0).expect("time");
        let _ = Record::from_json(&s, now);
        let _ = Plan::from_json(&format!(r#"{{"person": {{"name": {}, "a_number": {}}}}}"#, serde_json::json!(s), serde_json::json!(s)), today());
    }

    #[test]
    fn a_bad_phone_is_named_by_its_row(n in 1usize..6, bad in 0usize..6, junk in "[a-z]{1,8}") {
        let bad = bad % n;
        let contacts: Vec<String> = (0..n)
            .map(|i| {
                let phone = if i == bad { junk.clone() } else { format!("212-555-01{i:02}") };
                format!(r#"{{"name": "C{i}", "phone": "{phone}"}}"#)
            })
            .collect();
        let json = format!(r#"{{"person": {{"name": "X"}}, "contacts": [{}]}}"#, contacts.join(","));
        let e = Plan::from_json(&json, today()).expect_err("one bad phone");
        prop_assert_eq!(e.0.len(), 1);
        prop_assert_eq!(&e.0[0].field, &format!("contacts[{bad}].phone"));
        prop_assert_eq!(&e.0[0].problem, &Problem::Phone(junk.clone()));
    }

    #[test]
    fn a_date_after_today_is_refused_wherever_it_is(days in 1i64..4000) {
        let future = today() + Duration::days(days);
        let e = Plan::from_json(&format!(r#"{{"person": {{"name": "X", "date_of_birth": "{future}"}}}}"#), today()).expect_err("future");
        let is_future = matches!(e.0[0].problem, Problem::FutureDate { .. });
        prop_assert!(is_future, "{}", e);
        let e = Presence::from_json(&format!(r#"{{"papers": [{{"kind": "lease", "from": "2025-01-01", "to": "{future}"}}]}}"#), today()).expect_err("future");
        prop_assert_eq!(&e.0[0].field, "papers[0].to");
    }
}
