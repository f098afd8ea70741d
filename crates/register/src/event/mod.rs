//! The import contract: one event a line, as a JSON object (`"type"` first by convention) or a CSV row.
//!
//! - `detainer`: `id`, `received_at`, `agency` (`doc|nypd|probation`), `requested_by`, `person`, `basis`,
//!   optional `i247a_boxes`, and the detainer case fields of `amparo detainer` (`arrest_date`,
//!   `judicial_warrant`, `tsdb_possible_match`, `reentered_after_removal`, `convictions`, optional `as_of`),
//!   which the engine reads exactly as `amparo detainer` does.
//! - `info_request`: `id`, `received_at`, `agency`, `requested_by`, `person`, `info` (what was asked), and
//!   optionally the same case fields (then the engine decides whether the information may be given).
//! - `assistance_request` (§ 10-178(d)): `id`, `received_at`, `receiving_agency`, `requested_by`,
//!   `description`, optional `exempt` (`investigation|public_safety`: the subdivision's proviso).
//! - `action`: `ref` (the request id), `at`, `action`, `by`, optional `note` (why).
//! - `correction`: `ref` (request id), `reason`, `record` (the corrected request line, or `null` to withdraw
//!   a request recorded in error); or `ref`, `action_seq` (the log entry of the action) and `record` (the
//!   corrected action, or `null` to withdraw it).
//! - `scaap_funding` (§ 9-131(f)(6)): `id`, `agency`, `period` (`FROM/TO`), `requested_usd`, `received_usd`.
//!
//! Every error names the field; the importer adds the line.

mod csv_row;
mod fields;
mod parse;
mod stored;
mod types;
mod vocabulary;

pub use csv_row::csv_row_to_json;
pub use fields::parse_period;
pub use parse::MAX_LINE_BYTES;
pub use stored::cents_text;
pub use types::{Action, Correction, CorrectionTarget, Event, Funding, Request};
pub use vocabulary::{ActionKind, Basis, Exempt, I247aBox, Info, RequestKind, parse_agency, parse_requested_by};

/// The agency a detainer or an information request was sent to (`doc|nypd|probation`, the three whose
/// sections regulate them) and who sent the request (`ice|hsi|cbp|fbi|usms|other_federal`): the detainer
/// engine's own types, so that the register and the engine cannot disagree on an id. Whether a sender is one
/// of the "federal immigration authorities" depends on the version of the law in force that day: see
/// [`crate::engine::requester_scope`].
pub use amparo_law::detainer::{Agency, RequestedBy};

#[cfg(test)]
mod tests;

#[cfg(test)]
mod round_trip {
    use super::*;

    /// What the log stores (the normalized record) reads back as the same request (the fuzz target
    /// `register_event` checks the same on any input).
    #[test]
    fn the_stored_record_reads_back_as_the_same_request() {
        let now = chrono::Utc::now();
        for line in crate::sample::lines(300, 11).chain([
            r#"{"type":"detainer","id":"D-1","received_at":"2025-08-01T10:00:00-04:00","agency":"nypd","requested_by":"cbp","person":"P","basis":null,"i247a_boxes":["statements","final_order"],"arrest_date":"2025-07-30"}"#.to_owned(),
            r#"{"type":"info_request","id":"I-1","received_at":"2025-08-01","agency":"doc","requested_by":"ice","person":"P","info":["other","release_date","other"],"arrest_date":"2025-07-30"}"#.to_owned(),
            r#"{"type":"assistance_request","id":"A-1","received_at":"2025-08-01","receiving_agency":"dss","requested_by":"fbi","description":"x","exempt":"public_safety"}"#.to_owned(),
        ]) {
            if let Ok(Event::Request(r)) = Event::from_json(line.as_bytes(), now) {
                match Event::from_value(r.to_json(), now) {
                    Ok(Event::Request(again)) => assert_eq!(again, r, "{line}"),
                    other => panic!("{line}: {other:?}"),
                }
            }
        }
    }
}
