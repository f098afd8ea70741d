//! Any bytes as a CSV export of detainer cases: splitting the rows (the `csv` crate), reading their fields
//! into cases (`CsvColumns`) and deciding them must never panic; and a case read from CSV must survive the
//! JSON contract unchanged (CSV and JSON describe the same cases).
#![no_main]

use amparo_law::detainer::csv::Row;
use amparo_law::detainer::{Case, CsvColumns, evaluate};
use libfuzzer_sys::fuzz_target;

struct Record<'a>(&'a csv::StringRecord);

impl Row for Record<'_> {
    fn field(&self, index: usize) -> Option<&str> {
        self.0.get(index)
    }
}

fuzz_target!(|data: &[u8]| {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).expect("date");
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(data);
    let Ok(header) = rdr.headers().cloned() else { return };
    let header: Vec<&str> = header.iter().collect();
    // Both the columns' own names and a mapping to city-style names.
    for mapping in [&[][..], &[("statute", "TOP_CHARGE"), ("arrest_date", "ARREST_DT"), ("id", "CASE")][..]] {
        let Ok(cols) = CsvColumns::new(&header, mapping) else { continue };
        let records: Vec<(u64, csv::StringRecord)> = rdr
            .records()
            .take(64)
            .filter_map(Result::ok)
            .map(|r| (r.position().map_or(0, |p| p.line()), r))
            .collect();
        let views: Vec<(u64, Record<'_>)> = records.iter().map(|(l, r)| (*l, Record(r))).collect();
        for group in views.chunk_by(|(_, a), (_, b)| cols.id(a).is_some() && cols.id(a) == cols.id(b)) {
            let rows: Vec<(u64, &Record<'_>)> = group.iter().map(|(l, r)| (*l, r)).collect();
            if let Ok(case) = cols.case(&rows) {
                let _ = evaluate(&case, today);
                let json = serde_json::to_string(&case).expect("a case serialises");
                assert_eq!(Case::from_json(&json).as_ref(), Ok(&case), "CSV and JSON disagree: {json}");
            }
        }
        return;
    }
});
