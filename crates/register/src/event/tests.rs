//! Tests of reading events: JSON lines, corrections, CSV rows and dollar amounts.

use super::fields::dollars;
use super::*;
use crate::error::FieldError;
use chrono::{DateTime, TimeZone, Utc};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 1, 12, 0, 0).unwrap()
}

fn err(line: &str) -> FieldError {
    Event::from_json(line.as_bytes(), now()).unwrap_err()
}

#[test]
fn a_detainer_keeps_its_case_fields_for_the_engine() {
    let e = Event::from_json(
        br#"{"type":"detainer","id":"D-1","received_at":"2025-08-01T10:00","agency":"doc","requested_by":"ice","person":"P-1","basis":"removal_order","arrest_date":"2025-07-30","convictions":[]}"#,
        now(),
    )
    .unwrap();
    let Event::Request(r) = e else { panic!() };
    assert_eq!(r.kind, RequestKind::Detainer);
    assert_eq!(r.basis, Some(Basis::RemovalOrder));
    let case = r.case.unwrap();
    // In any order: serde_json keeps insertion order when another crate of the build enables
    // `preserve_order`, and sorts otherwise.
    let mut keys: Vec<&String> = case.keys().collect();
    keys.sort();
    assert_eq!(keys, ["arrest_date", "convictions"]);
    assert_eq!(r.received_at.text(), "2025-08-01T14:00:00Z");
}

#[test]
fn errors_name_the_field() {
    assert_eq!(err(r#"{"type":"subpoena"}"#).field, "type");
    assert_eq!(err(r#"{"type":"detainer","id":"D-1","received_at":"2025-08-01","agency":"doc","requested_by":"dea","person":"P","basis":null}"#).field, "requested_by");
    assert_eq!(err(r#"{"type":"detainer","id":"D 1","received_at":"2025-08-01","agency":"doc","requested_by":"ice","person":"P","basis":null}"#).field, "id");
    let future = err(r#"{"type":"action","ref":"D-1","at":"2030-01-01","action":"declined","by":"x"}"#);
    assert_eq!(future.field, "at");
    assert!(future.message.contains("future"), "{future}");
    assert_eq!(err(r#"{"type":"info_request","id":"I-1","received_at":"2025-08-01","agency":"doc","requested_by":"ice","person":"P","info":["shoe_size"]}"#).field, "info[0]");
    assert_eq!(err(r#"{"type":"assistance_request","id":"A-1","received_at":"2025-08-01","receiving_agency":"dss","requested_by":"ice","description":"x","colour":"red"}"#).field, "colour");
    assert_eq!(
        err(r#"{"type":"action","ref":"D-1","at":"2025-08-01","action":"declined"}"#).field,
        "by"
    );
    assert_eq!(err("{not json").field, "(line)");
}

#[test]
fn corrections_point_at_what_they_correct() {
    let e = Event::from_json(
        br#"{"type":"correction","ref":"D-1","action_seq":7,"reason":"wrong action","record":null}"#,
        now(),
    )
    .unwrap();
    assert_eq!(
        e,
        Event::Correction(Correction {
            reference: "D-1".into(),
            reason: "wrong action".into(),
            target: CorrectionTarget::Action {
                seq: 7,
                replacement: None
            }
        })
    );
    let other_id = err(
        r#"{"type":"correction","ref":"D-1","reason":"typo","record":{"type":"assistance_request","id":"A-2","received_at":"2025-08-01","receiving_agency":"dss","requested_by":"ice","description":"x"}}"#,
    );
    assert_eq!(other_id.field, "record.id");
    let bad_inner = err(
        r#"{"type":"correction","ref":"D-1","reason":"typo","record":{"type":"assistance_request","id":"D-1","received_at":"2025-08-01","receiving_agency":"DSS","requested_by":"ice","description":"x"}}"#,
    );
    assert_eq!(bad_inner.field, "record.receiving_agency");
}

#[test]
fn csv_rows_read_as_the_same_events() {
    let header = csv::StringRecord::from(vec![
        "type",
        "id",
        "received_at",
        "agency",
        "requested_by",
        "person",
        "info",
        "judicial_warrant",
    ]);
    let row = csv::StringRecord::from(vec![
        "info_request",
        "I-1",
        "2025-08-01",
        "nypd",
        "hsi",
        "P-9",
        "release_date;court_date",
        "",
    ]);
    let v = csv_row_to_json(&header, &row).unwrap();
    let Event::Request(r) = Event::from_value(v, now()).unwrap() else {
        panic!()
    };
    assert_eq!(r.info, vec![Info::ReleaseDate, Info::CourtDate]);
    assert!(r.case.is_none());
    let bad = csv::StringRecord::from(vec![
        "detainer",
        "D-1",
        "2025-08-01",
        "nypd",
        "hsi",
        "P-9",
        "",
        "perhaps",
    ]);
    assert_eq!(csv_row_to_json(&header, &bad).unwrap_err().field, "judicial_warrant");
}

#[test]
fn amounts_are_read_to_the_cent() {
    assert_eq!(dollars("1,234.5"), Ok(123450));
    assert_eq!(dollars("$0.07"), Ok(7));
    assert!(dollars("12.345").is_err());
    assert!(dollars("-3").is_err());
}
