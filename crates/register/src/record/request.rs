//! Writing a request: its entry's body (the record with the engine's decision, stored as the engine wrote
//! it), and a repeated line told from a conflicting one.

use serde_json::Value;
use serde_json::value::RawValue;

use crate::engine::{self, Decided};
use crate::error::FieldError;
use crate::event::Request;
use crate::store::Appender;

use super::lookup::{Known, Lookup};
use super::write::{WriteError, Written, append_with_row};

pub(super) fn request_body(
    r: &Request,
    d: Option<&Decided>,
    corrects: Option<i64>,
    reason: Option<&str>,
    approval: Option<i64>,
) -> String {
    // The engine's output goes in as it was written (a raw value: not re-encoded).
    #[derive(serde::Serialize)]
    struct Body<'a> {
        record: Value,
        corrects: Option<i64>,
        reason: Option<&'a str>,
        approval: Option<i64>,
        engine: Option<String>,
        law_version: Option<&'a Value>,
        decision: Option<&'a RawValue>,
    }
    serde_json::to_string(&Body {
        record: r.to_json(),
        corrects,
        reason,
        approval,
        engine: d.map(|_| engine::engine_name()),
        law_version: d.map(|d| &d.law_version),
        decision: d.map(|d| &*d.output),
    })
    .unwrap_or_default()
}

pub(super) async fn write_request(
    a: &mut Appender,
    look: &mut Lookup,
    actor: &str,
    r: Request,
) -> Result<Written, WriteError> {
    if let Some(k) = look.request(a, &r.id).await? {
        let same = k.original_record.as_ref() == Some(&r.to_json());
        return if same {
            Ok(Written::Already(k.original_seq))
        } else {
            Err(FieldError::new(
                "id",
                format!(
                    "{} is already recorded (entry {}) with other content; to change a record, send a correction",
                    r.id, k.original_seq
                ),
            )
            .into())
        };
    }
    let decided = engine::decide(&r)?;
    let body = request_body(&r, decided.as_ref(), None, None, None);
    let seq = append_with_row(a, actor, "request", &r.id, body)?;
    look.requests.insert(
        r.id.clone(),
        Some(Known {
            id: r.id.clone(),
            seq,
            original_seq: seq,
            kind: r.kind,
            received_at: r.received_at,
            original_record: Some(r.to_json()),
            withdrawn: false,
        }),
    );
    look.actions.insert(r.id.clone(), Vec::new());
    Ok(Written::Entry(seq))
}
