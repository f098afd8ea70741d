//! Any bytes as the input of a tool (family plan, proof of presence, encounter record, the "someone was taken"
//! search): reading, checking and making the paper's document must never panic, and the presence report must
//! keep its own rules (a gap holds no paper; `covers_two_years` exactly when a paper reaches the start of the
//! window and no gap is found).
#![no_main]

use amparo_prepare::{Plan, Presence, Record, Search, document, messages};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
    let now = today.and_hms_opt(12, 0, 0).expect("time");
    if let Ok(plan) = Plan::from_json(text, today) {
        let _ = plan.wallet_card().map(|c| document::card(&c, "ar"));
        let _ = messages::messages(&plan, "es");
        let _ = document::plan(&plan, "en", today);
    }
    if let Ok(p) = Presence::from_json(text, today) {
        let r = p.report();
        for g in &r.gaps {
            assert!(g.from <= g.to && g.days == (g.to - g.from).num_days() + 1);
            assert!(r.papers.iter().all(|p| p.to < g.from || p.from > g.to), "a gap holds a paper");
        }
        assert_eq!(
            r.covers_two_years,
            r.gaps.is_empty() && r.earliest.is_some_and(|e| e <= r.window.from)
        );
    }
    if let Ok(r) = Record::from_json(text, now) {
        assert_eq!(r.ny_ag_form().len(), 5);
    }
    let _ = Search::from_json(text, today);
});
