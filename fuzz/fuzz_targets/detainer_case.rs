//! Any bytes as a detainer case: reading and deciding must never panic, and an outcome must serialise.
#![no_main]

use amparo_law::detainer::{Case, evaluate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).expect("date");
    if let Ok(case) = Case::from_json_slice(data)
        && let Ok(outcome) = evaluate(&case, today)
    {
        let _ = outcome.to_string_json();
    }
});
