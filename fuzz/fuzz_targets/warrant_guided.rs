//! Fuzz the guided check: any choices and any words typed for any question (as the web form and the CLI
//! take them) give an answer without panicking, and never call a paper judicial unless it reads as a
//! court's warrant signed by a judge.
#![no_main]

use amparo_documents::{GuidedAnswers, QUESTIONS, check_guided};
use amparo_law::warrant::{Judicial, Situation};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // One line per question: a choice's number, or the words seen; then the dates.
    let mut lines = text.split('\n');
    let mut a = GuidedAnswers::default();
    for q in QUESTIONS {
        let line = lines.next().unwrap_or("");
        match line.trim().parse::<usize>() {
            Ok(i) if (1..=q.choices.len()).contains(&i) => a.choose(q, &q.choices[i - 1]),
            _ => a.write(q, line),
        }
    }
    a.issued = lines.next().unwrap_or("").to_owned();
    a.execute_by = lines.next().unwrap_or("").to_owned();
    let situation = Situation {
        name: lines.next().map(str::to_owned),
        address: lines.next().map(str::to_owned),
        now: chrono::NaiveDate::from_ymd_opt(2026, 3, 5).and_then(|d| d.and_hms_opt(7, 30, 0)),
    };
    let r = check_guided(&a, &situation);
    if r.assessment.judicial == Judicial::Yes {
        assert!(r.assessment.kind.is_court_warrant());
    }
    let _ = serde_json::to_string(&r);
});
