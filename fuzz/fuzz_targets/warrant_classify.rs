//! Fuzz the warrant classifier and the law rules: any text, with any name and address, must give an
//! answer without panicking, and must never call a paper judicial unless it reads as a court's warrant
//! signed by a judge.
#![no_main]

use amparo_documents::check_text;
use amparo_law::warrant::{Judicial, Situation};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // The paper, then (after a \u{1}) the person's name and address on two lines.
    let (paper, person) = text.split_once('\u{1}').unwrap_or((&text, ""));
    let mut split = person.splitn(2, '\n');
    let situation = Situation {
        name: split.next().map(str::to_owned),
        address: split.next().map(str::to_owned),
        now: chrono::NaiveDate::from_ymd_opt(2026, 3, 5).and_then(|d| d.and_hms_opt(7, 30, 0)),
    };
    let r = check_text(paper, &situation);
    if r.assessment.judicial == Judicial::Yes {
        assert!(r.assessment.kind.is_court_warrant());
    }
    let _ = serde_json::to_string(&r);
});
