//! Reading one event (a JSON line or value): each type's fields checked, with every field's error where a
//! line is refused.

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

use super::fields::{
    check_code, dollars, json_message, no_more, parse_period, take_id, take_list, take_opt_str, take_str, take_text,
    take_when,
};
use super::{
    Action, ActionKind, Basis, Correction, CorrectionTarget, Event, Exempt, Funding, I247aBox, Info, Request,
    RequestKind, parse_agency, parse_requested_by,
};
use crate::error::FieldError;

/// Longest line accepted (a request is a few hundred bytes; a long conviction history a few kilobytes).
pub const MAX_LINE_BYTES: usize = 64 * 1024;

/// The case fields the detainer engine reads besides `agency` (the rest of a detainer line). Only used to
/// tell an information request that carries facts from one that does not; the engine checks them.
const CASE_MARKERS: &[&str] = &[
    "arrest_date",
    "convictions",
    "judicial_warrant",
    "tsdb_possible_match",
    "reentered_after_removal",
];

impl Event {
    /// Reads one JSON line. `now` is the clock that decides what is "in the future".
    pub fn from_json(line: &[u8], now: DateTime<Utc>) -> Result<Event, FieldError> {
        if line.len() > MAX_LINE_BYTES {
            return Err(FieldError::new(
                "(line)",
                format!("longer than {MAX_LINE_BYTES} bytes; an event is a few hundred"),
            ));
        }
        let value: Value = serde_json::from_slice(line).map_err(|e| FieldError::new("(line)", json_message(&e)))?;
        Self::from_value(value, now)
    }

    /// Reads one event from a parsed JSON value; the error is the first field's (see [`Event::from_value_all`]).
    pub fn from_value(value: Value, now: DateTime<Utc>) -> Result<Event, FieldError> {
        Self::from_value_all(value, now).map_err(first)
    }

    /// Reads one event from a parsed JSON value, with every field's error (in the order the fields are read)
    /// where it is refused: a form shows them all at once. The first is the one [`Event::from_value`] gives.
    pub fn from_value_all(value: Value, now: DateTime<Utc>) -> Result<Event, Vec<FieldError>> {
        let one = |e: FieldError| vec![e];
        let Value::Object(mut m) = value else {
            return Err(one(FieldError::new("(line)", "an event is a JSON object")));
        };
        let kind = take_str(&mut m, "type").map_err(one)?;
        let event = match kind.as_str() {
            "detainer" | "info_request" | "assistance_request" => Event::Request(request(
                RequestKind::parse(&kind).map_err(|e| one(FieldError::new("type", e)))?,
                m,
                now,
            )?),
            "action" => Event::Action(action(m, now).map_err(one)?),
            "correction" => Event::Correction(correction(m, now)?),
            "scaap_funding" => Event::Funding(funding(m).map_err(one)?),
            other => {
                return Err(one(FieldError::new(
                    "type",
                    format!(
                        "unknown type {other:?}: expected detainer, info_request, assistance_request, action, correction or scaap_funding"
                    ),
                )));
            }
        };
        Ok(event)
    }
}

/// The first of a refusal's errors.
fn first(errors: Vec<FieldError>) -> FieldError {
    errors
        .into_iter()
        .next()
        .unwrap_or_else(|| FieldError::new("(line)", "refused"))
}

/// Field errors gathered as the fields are read, so that a refusal names every field at fault.
#[derive(Default)]
struct Gathered(Vec<FieldError>);

impl Gathered {
    /// The value, or `None` with its error kept.
    fn ok<T>(&mut self, r: Result<T, FieldError>) -> Option<T> {
        r.map_err(|e| self.0.push(e)).ok()
    }

    /// The refusal: the errors kept (never none).
    fn errors(self) -> Vec<FieldError> {
        if self.0.is_empty() {
            vec![FieldError::new("(line)", "refused")]
        } else {
            self.0
        }
    }
}

fn request(kind: RequestKind, mut m: Map<String, Value>, now: DateTime<Utc>) -> Result<Request, Vec<FieldError>> {
    let mut g = Gathered::default();
    let id = g.ok(take_id(&mut m, "id"));
    let received_at = g.ok(take_when(&mut m, "received_at", now));
    let agency_field = if kind == RequestKind::AssistanceRequest {
        "receiving_agency"
    } else {
        "agency"
    };
    let agency = g.ok(take_str(&mut m, agency_field).and_then(|agency| {
        if kind == RequestKind::AssistanceRequest {
            check_code(&agency).map(|()| agency)
        } else {
            parse_agency(&agency).map(|a| a.id().to_owned())
        }
        .map_err(|e| FieldError::new(agency_field, e))
    }));
    let requested_by = g.ok(take_str(&mut m, "requested_by")
        .and_then(|s| parse_requested_by(&s).map_err(|e| FieldError::new("requested_by", e))));
    let (mut person, mut basis, mut i247a_boxes, mut info) = (None, None, Vec::new(), Vec::new());
    let (mut description, mut exempt, mut case) = (None, None, None);
    match kind {
        RequestKind::Detainer => {
            person = g.ok(take_id(&mut m, "person"));
            basis = g.ok(take_basis(&mut m)).flatten();
            i247a_boxes = g
                .ok(take_list(&mut m, "i247a_boxes", false, I247aBox::parse))
                .unwrap_or_default();
            g.ok(reject_agency_twice(&m));
            case = Some(m);
        }
        RequestKind::InfoRequest => {
            person = g.ok(take_id(&mut m, "person"));
            info = g.ok(take_list(&mut m, "info", true, Info::parse)).unwrap_or_default();
            g.ok(reject_agency_twice(&m));
            if CASE_MARKERS.iter().any(|k| m.contains_key(*k)) || m.contains_key("as_of") {
                case = Some(m);
            } else {
                g.ok(no_more(m));
            }
        }
        RequestKind::AssistanceRequest => {
            description = g
                .ok(take_text(&mut m, "description", true))
                .map(Option::unwrap_or_default);
            exempt = g
                .ok(take_opt_str(&mut m, "exempt").and_then(|e| {
                    e.map(|e| Exempt::parse(&e).map_err(|e| FieldError::new("exempt", e)))
                        .transpose()
                }))
                .flatten();
            g.ok(no_more(m));
        }
    }
    match (id, received_at, agency, requested_by) {
        (Some(id), Some(received_at), Some(agency), Some(requested_by)) if g.0.is_empty() => Ok(Request {
            id,
            kind,
            received_at,
            agency,
            requested_by,
            person,
            basis,
            i247a_boxes,
            info,
            description,
            exempt,
            case,
        }),
        _ => Err(g.errors()),
    }
}

/// A detainer's `basis`: required, but `null` says the detainer stated no reason ("to the extent possible").
fn take_basis(m: &mut Map<String, Value>) -> Result<Option<Basis>, FieldError> {
    match m.remove("basis") {
        None => Err(FieldError::new(
            "basis",
            "required: one of reason_to_believe, proceedings_started, warrant_of_arrest, removal_order, or null if the detainer states none",
        )),
        Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Basis::parse(&s).map(Some).map_err(|e| FieldError::new("basis", e)),
        Some(_) => Err(FieldError::new("basis", "a string")),
    }
}

fn reject_agency_twice(m: &Map<String, Value>) -> Result<(), FieldError> {
    if m.contains_key("receiving_agency") {
        return Err(FieldError::new(
            "receiving_agency",
            "only for assistance_request; a detainer or information request names its \"agency\"",
        ));
    }
    Ok(())
}

fn action(mut m: Map<String, Value>, now: DateTime<Utc>) -> Result<Action, FieldError> {
    let a = Action {
        reference: take_id(&mut m, "ref")?,
        at: take_when(&mut m, "at", now)?,
        action: ActionKind::parse(&take_str(&mut m, "action")?).map_err(|e| FieldError::new("action", e))?,
        by: take_text(&mut m, "by", true)?.unwrap_or_default(),
        note: take_text(&mut m, "note", false)?,
    };
    no_more(m)?;
    Ok(a)
}

fn correction(mut m: Map<String, Value>, now: DateTime<Utc>) -> Result<Correction, Vec<FieldError>> {
    let mut g = Gathered::default();
    let reference = g.ok(take_id(&mut m, "ref"));
    let reason = g.ok(take_text(&mut m, "reason", true)).map(Option::unwrap_or_default);
    let seq = g.ok(take_action_seq(&mut m));
    let record = m.remove("record");
    g.ok(no_more(m));
    let prefix = |e: FieldError| FieldError::new(format!("record.{}", e.field), e.message);
    let target = match seq {
        None => None,
        Some(Some(seq)) => match record {
            None => g.ok(Err(FieldError::new(
                "record",
                "required: the corrected action, or null to withdraw it",
            ))),
            Some(Value::Null) => Some(CorrectionTarget::Action { seq, replacement: None }),
            Some(Value::Object(mut r)) => {
                r.remove("type");
                g.ok(action(r, now).map_err(prefix).and_then(|a| {
                    if reference.as_ref().is_some_and(|id| a.reference != *id) {
                        return Err(FieldError::new("record.ref", "must be the request named in \"ref\""));
                    }
                    Ok(CorrectionTarget::Action {
                        seq,
                        replacement: Some(a),
                    })
                }))
            }
            Some(_) => g.ok(Err(FieldError::new(
                "record",
                "a JSON object (the corrected action) or null",
            ))),
        },
        Some(None) => match record {
            Some(Value::Object(mut r)) => {
                let kind = take_str(&mut r, "type")
                    .map_err(prefix)
                    .and_then(|k| RequestKind::parse(&k).map_err(|e| FieldError::new("record.type", e)));
                match g.ok(kind) {
                    None => None,
                    Some(kind) => match request(kind, r, now) {
                        Err(es) => {
                            g.0.extend(es.into_iter().map(prefix));
                            None
                        }
                        Ok(req) if reference.as_ref().is_some_and(|id| req.id != *id) => g.ok(Err(FieldError::new(
                            "record.id",
                            "must be the request named in \"ref\" (a correction cannot change an id)",
                        ))),
                        Ok(req) => Some(CorrectionTarget::Request(req)),
                    },
                }
            }
            Some(Value::Null) => Some(CorrectionTarget::Withdraw),
            _ => g.ok(Err(FieldError::new(
                "record",
                "required: the corrected request, as a JSON object with its \"type\" (or null to withdraw a request recorded in error)",
            ))),
        },
    };
    match (reference, reason, target) {
        (Some(reference), Some(reason), Some(target)) if g.0.is_empty() => Ok(Correction {
            reference,
            reason,
            target,
        }),
        _ => Err(g.errors()),
    }
}

/// A correction's `action_seq`: the action entry it corrects (none: the correction is of the request).
fn take_action_seq(m: &mut Map<String, Value>) -> Result<Option<i64>, FieldError> {
    let bad = || FieldError::new("action_seq", "a positive whole number");
    match m.remove("action_seq") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => n.as_i64().filter(|n| *n > 0).map(Some).ok_or_else(bad),
        Some(Value::String(s)) => s
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|n| *n > 0)
            .map(Some)
            .ok_or_else(bad),
        Some(_) => Err(bad()),
    }
}

fn funding(mut m: Map<String, Value>) -> Result<Funding, FieldError> {
    let id = take_id(&mut m, "id")?;
    let agency = parse_agency(&take_str(&mut m, "agency")?).map_err(|e| FieldError::new("agency", e))?;
    let period = take_str(&mut m, "period")?;
    let (from, to) = parse_period(&period).map_err(|e| FieldError::new("period", e))?;
    let requested_cents =
        dollars(&take_str(&mut m, "requested_usd")?).map_err(|e| FieldError::new("requested_usd", e))?;
    let received_cents = dollars(&take_str(&mut m, "received_usd")?).map_err(|e| FieldError::new("received_usd", e))?;
    no_more(m)?;
    Ok(Funding {
        id,
        agency,
        from,
        to,
        requested_cents,
        received_cents,
    })
}
