//! Any string as a statute citation, as people or records write it: reading never panics; what it prints it reads
//! back the same; the catalogue's resolution of a record's form ("H", glued letters) and its check never panic;
//! and an error always says something (a code and words).
#![no_main]

use amparo_law::offenses::offenses;
use amparo_law::statute::Statute;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    match Statute::read(data) {
        Ok(r) => {
            assert_eq!(Statute::parse(&r.statute.to_string()), Ok(r.statute));
            let resolved = offenses().catalogue().resolve(r);
            let _ = offenses().catalogue().check(&resolved.statute);
            let _ = offenses().lookup(&resolved.statute, chrono::NaiveDate::from_ymd_opt(2026, 11, 26).expect("date"));
        }
        Err(e) => {
            assert!(!e.code().is_empty());
            assert!(!e.to_string().is_empty());
        }
    }
});
