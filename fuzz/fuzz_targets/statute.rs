//! Any string as a statute citation: parsing never panics, and what it prints it reads back the same.
#![no_main]

use amparo_law::offenses::offenses;
use amparo_law::statute::Statute;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    if let Ok(s) = Statute::parse(data) {
        assert_eq!(Statute::parse(&s.to_string()), Ok(s));
        let _ = offenses().catalogue().check(&s);
        let _ = offenses().lookup(&s, chrono::NaiveDate::from_ymd_opt(2026, 11, 26).expect("date"));
    }
});
