//! Any bytes as a detainer case: reading and deciding must never panic; the batch's fast reader must read
//! exactly what serde reads wherever it reads anything; and the batch's line writer must write exactly what
//! serde writes.
#![no_main]

use amparo_law::detainer::{Case, LineWriter, OutcomeJson, TraceLevel, evaluate, read_plain};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).expect("date");
    if let Some(fast) = read_plain(data) {
        let reference = serde_json::from_slice::<Case>(data);
        assert_eq!(Some(&fast), reference.as_ref().ok(), "the fast reader disagrees with serde");
    }
    if let Ok(case) = Case::from_json_slice(data)
        && let Ok(outcome) = evaluate(&case, today)
    {
        let mut writer = LineWriter::new();
        for level in [TraceLevel::Full, TraceLevel::Summary] {
            let mut fast = Vec::new();
            writer.write(&outcome, level, &mut fast);
            let reference = serde_json::to_vec(&OutcomeJson { outcome: &outcome, level }).expect("serialises");
            assert_eq!(fast, reference, "the line writer disagrees with serde");
        }
    }
});
