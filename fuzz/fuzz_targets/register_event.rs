//! Any bytes as a line of a register import (JSON, and as a CSV row under a fixed header): reading must
//! never panic; a request that reads must be decided (or refused) without a panic, and its normalized
//! record must read back as the same request (what the log stores is what was read).
#![no_main]

use amparo_register::event::{Event, csv_row_to_json};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let now = chrono::DateTime::from_timestamp(1_795_000_000, 0).expect("a time");
    if let Ok(Event::Request(r)) = Event::from_json(data, now) {
        let _ = amparo_register::engine::decide(&r);
        match Event::from_value(r.to_json(), now) {
            Ok(Event::Request(again)) => assert_eq!(again, r, "the stored record reads back differently"),
            other => panic!("the stored record does not read back: {other:?}"),
        }
    }
    let header = csv::StringRecord::from(vec!["type", "id", "received_at", "agency", "requested_by", "person", "basis", "info", "convictions"]);
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(data);
    for row in reader.records().take(4).flatten() {
        if let Ok(v) = csv_row_to_json(&header, &row) {
            let _ = Event::from_value(v, now);
        }
    }
});
