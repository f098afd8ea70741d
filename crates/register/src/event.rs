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

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{Map, Value};

use crate::error::FieldError;
use crate::time::When;

/// Defines a closed vocabulary: each value's id as the contract writes it, parsing with the list of valid
/// ids in the error.
macro_rules! vocabulary {
    ($(#[$m:meta])* $name:ident, $what:literal { $($(#[$vm:meta])* $variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vm])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            pub fn parse(s: &str) -> Result<Self, String> {
                match s {
                    $($id => Ok($name::$variant),)+
                    other => Err(format!(
                        concat!("unknown ", $what, " {:?}: expected one of {}"),
                        other,
                        [$($id),+].join(", ")
                    )),
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.id())
            }
        }
    };
}

vocabulary!(
    /// What kind of request a record is.
    RequestKind, "request type" {
        Detainer = "detainer",
        InfoRequest = "info_request",
        AssistanceRequest = "assistance_request",
    }
);

/// The agency a detainer or an information request was sent to (`doc|nypd|probation`, the three whose
/// sections regulate them) and who sent the request (`ice|hsi|cbp|fbi|usms|other_federal`): the detainer
/// engine's own types, so that the register and the engine cannot disagree on an id. Whether a sender is one
/// of the "federal immigration authorities" depends on the version of the law in force that day: see
/// [`crate::engine::requester_scope`].
pub use amparo_law::detainer::{Agency, RequestedBy};

/// Parses one of a closed list of ids, naming the valid ones in the error (as [`vocabulary!`] does).
fn one_of<T: Copy>(all: &[T], id: fn(T) -> &'static str, what: &str, s: &str) -> Result<T, String> {
    all.iter().copied().find(|v| id(*v) == s).ok_or_else(|| {
        let ids: Vec<&str> = all.iter().map(|v| id(*v)).collect();
        format!("unknown {what} {s:?}: expected one of {}", ids.join(", "))
    })
}

/// An agency id of the contract.
pub fn parse_agency(s: &str) -> Result<Agency, String> {
    one_of(&Agency::ALL, Agency::id, "agency", s)
}

/// A requesting agency id of the contract.
pub fn parse_requested_by(s: &str) -> Result<RequestedBy, String> {
    one_of(&RequestedBy::ALL, RequestedBy::id, "requesting agency", s)
}

vocabulary!(
    /// The reason federal immigration authorities gave for a detainer: § 9-131(f)(1)(i)–(iv).
    Basis, "basis" {
        /// (i) reason to believe the person is subject to removal.
        ReasonToBelieve = "reason_to_believe",
        /// (ii) removal proceedings initiated, notice to appear or other charging document served.
        ProceedingsStarted = "proceedings_started",
        /// (iii) a warrant of arrest for removal proceedings served.
        WarrantOfArrest = "warrant_of_arrest",
        /// (iv) an order of deportation or removal obtained.
        RemovalOrder = "removal_order",
    }
);

vocabulary!(
    /// The probable-cause boxes of Form I-247A as ticked (kept as given; the report uses `basis`).
    I247aBox, "I-247A box" {
        FinalOrder = "final_order",
        PendingProceedings = "pending_proceedings",
        BiometricMatch = "biometric_match",
        Statements = "statements",
    }
);

vocabulary!(
    /// What an information request asked for (§ 9-131(f)(9), § 14-154(f)(5), § 9-205(f)(5)).
    Info, "kind of information" {
        IncarcerationStatus = "incarceration_status",
        ReleaseDate = "release_date",
        CourtDate = "court_date",
        /// Scheduled appointment dates or times (Probation, § 9-205(f)(5)).
        AppointmentDate = "appointment_date",
        Other = "other",
    }
);

vocabulary!(
    /// What the agency did.
    ActionKind, "action" {
        HeldPastRelease = "held_past_release",
        Transferred = "transferred",
        Declined = "declined",
        Released48hExpired = "released_48h_expired",
        Disavowed = "disavowed",
        InfoGiven = "info_given",
        InfoRefused = "info_refused",
        AssistanceGiven = "assistance_given",
        AssistanceRefused = "assistance_refused",
    }
);

vocabulary!(
    /// § 10-178(d)'s proviso: disclosure not required where it would interfere with a law enforcement
    /// investigation (i) or, for cooperative arrangements under (e)(i), compromise public safety (ii).
    Exempt, "exemption" {
        Investigation = "investigation",
        PublicSafety = "public_safety",
    }
);

impl ActionKind {
    /// The request types this action can answer.
    pub fn answers(self) -> RequestKind {
        match self {
            ActionKind::HeldPastRelease
            | ActionKind::Transferred
            | ActionKind::Declined
            | ActionKind::Released48hExpired
            | ActionKind::Disavowed => RequestKind::Detainer,
            ActionKind::InfoGiven | ActionKind::InfoRefused => RequestKind::InfoRequest,
            ActionKind::AssistanceGiven | ActionKind::AssistanceRefused => RequestKind::AssistanceRequest,
        }
    }
}

/// A request as recorded (normalized).
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub id: String,
    pub kind: RequestKind,
    pub received_at: When,
    /// The receiving agency: `doc|nypd|probation` for detainers and information requests, any agency code
    /// (`dss`, `acs`, `hra`, …) for assistance requests.
    pub agency: String,
    pub requested_by: RequestedBy,
    pub person: Option<String>,
    pub basis: Option<Basis>,
    pub i247a_boxes: Vec<I247aBox>,
    pub info: Vec<Info>,
    pub description: Option<String>,
    pub exempt: Option<Exempt>,
    /// The detainer case fields as given (for the engine), without `agency`.
    pub case: Option<Map<String, Value>>,
}

/// An action taken on a request.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    pub reference: String,
    pub at: When,
    pub action: ActionKind,
    pub by: String,
    pub note: Option<String>,
}

/// A correction: a new entry pointing to the one it corrects.
#[derive(Debug, Clone, PartialEq)]
pub struct Correction {
    pub reference: String,
    pub reason: String,
    pub target: CorrectionTarget,
}

#[derive(Debug, Clone, PartialEq)]
pub enum CorrectionTarget {
    /// The corrected request (same id).
    Request(Request),
    /// The action logged at `seq`, replaced (or withdrawn: `None`).
    Action { seq: i64, replacement: Option<Action> },
    /// The request itself withdrawn: it was recorded in error (a duplicate, a request never received, a test
    /// entry). A new entry, never a delete; the reports leave it out (see `report::compute::COUNTING`). A
    /// later correction of the request reinstates it.
    Withdraw,
}

/// SCAAP funding requested and received (§ 9-131(f)(6)), which no request record shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Funding {
    pub id: String,
    pub agency: Agency,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub requested_cents: i64,
    pub received_cents: i64,
}

/// One line of an import.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Request(Request),
    Action(Action),
    Correction(Correction),
    Funding(Funding),
}

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

/// "FROM/TO" with both days included.
pub fn parse_period(s: &str) -> Result<(NaiveDate, NaiveDate), String> {
    let (a, b) = s
        .split_once('/')
        .ok_or_else(|| format!("{s:?} is not a period: write FROM/TO, as 2025-07-01/2026-06-30"))?;
    let day = |t: &str| {
        NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d").map_err(|_| format!("{t:?} is not a date written YYYY-MM-DD"))
    };
    let (from, to) = (day(a)?, day(b)?);
    if to < from {
        return Err(format!("the period ends ({to}) before it starts ({from})"));
    }
    Ok((from, to))
}

/// "1234.56" (US dollars) to cents.
fn dollars(s: &str) -> Result<i64, String> {
    let t = s.trim().trim_start_matches('$').replace(',', "");
    let (whole, frac) = t.split_once('.').unwrap_or((&t, ""));
    let ok = !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && frac.len() <= 2
        && frac.bytes().all(|b| b.is_ascii_digit());
    if !ok {
        return Err(format!("{s:?} is not an amount in dollars, as 1234.56"));
    }
    let w: i64 = whole.parse().map_err(|_| format!("{s:?} is too large"))?;
    let f: i64 = format!("{frac:0<2}").parse().unwrap_or(0);
    w.checked_mul(100)
        .and_then(|c| c.checked_add(f))
        .ok_or_else(|| format!("{s:?} is too large"))
}

// ---------------------------------------------------------------------------------------------------------
// Field readers: each error names its field.

fn take_opt_str(m: &mut Map<String, Value>, key: &str) -> Result<Option<String>, FieldError> {
    match m.remove(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(FieldError::new(key, "a string")),
    }
}

fn take_str(m: &mut Map<String, Value>, key: &str) -> Result<String, FieldError> {
    let s = take_opt_str(m, key)?.ok_or_else(|| FieldError::new(key, "required"))?;
    let t = s.trim();
    if t.is_empty() {
        return Err(FieldError::new(key, "empty"));
    }
    Ok(t.to_owned())
}

/// An identifier: 1 to 64 of letters, digits and `. _ : / -`. A person's id is pseudonymous: the register
/// keeps no names.
fn take_id(m: &mut Map<String, Value>, key: &str) -> Result<String, FieldError> {
    let s = take_str(m, key)?;
    let ok = s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b':' | b'/' | b'-'));
    if !ok {
        return Err(FieldError::new(
            key,
            format!("{s:?} is not an id: 1 to 64 letters, digits or . _ : / -"),
        ));
    }
    Ok(s)
}

/// An agency code: lower-case letters, digits, `_` or `-`, up to 32.
fn check_code(s: &str) -> Result<(), String> {
    let ok = s.len() <= 32
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "{s:?} is not an agency code: lower-case letters, digits, _ or -, as \"dss\""
        ))
    }
}

/// Free text (a note, a description, a name): at most 2,000 characters, no control characters but line
/// breaks and tabs.
fn take_text(m: &mut Map<String, Value>, key: &str, required: bool) -> Result<Option<String>, FieldError> {
    let s = if required {
        Some(take_str(m, key)?)
    } else {
        take_opt_str(m, key)?
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
    };
    if let Some(t) = &s {
        if t.chars().count() > 2000 {
            return Err(FieldError::new(key, "longer than 2,000 characters"));
        }
        if t.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r')) {
            return Err(FieldError::new(key, "contains control characters"));
        }
    }
    Ok(s)
}

fn take_when(m: &mut Map<String, Value>, key: &str, now: DateTime<Utc>) -> Result<When, FieldError> {
    let s = take_str(m, key)?;
    let w = When::parse(&s).map_err(|e| FieldError::new(key, e))?;
    if w.in_future(now) {
        return Err(FieldError::new(
            key,
            format!(
                "{s} is in the future (this machine's clock says {})",
                now.format("%Y-%m-%dT%H:%M:%SZ")
            ),
        ));
    }
    Ok(w)
}

fn take_list<T: Ord + Copy>(
    m: &mut Map<String, Value>,
    key: &str,
    required: bool,
    parse: fn(&str) -> Result<T, String>,
) -> Result<Vec<T>, FieldError> {
    let items = match m.remove(key) {
        None | Some(Value::Null) if !required => return Ok(Vec::new()),
        None | Some(Value::Null) => return Err(FieldError::new(key, "required: a list")),
        Some(Value::Array(a)) => a,
        // A single value, or a CSV cell "release_date;court_date".
        Some(Value::String(s)) => s
            .split([';', ','])
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(|t| Value::String(t.to_owned()))
            .collect(),
        Some(_) => return Err(FieldError::new(key, "a list of strings")),
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, v) in items.into_iter().enumerate() {
        let Value::String(s) = v else {
            return Err(FieldError::new(format!("{key}[{i}]"), "a string"));
        };
        out.push(parse(s.trim()).map_err(|e| FieldError::new(format!("{key}[{i}]"), e))?);
    }
    if required && out.is_empty() {
        return Err(FieldError::new(key, "empty: say what was asked"));
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn no_more(m: Map<String, Value>) -> Result<(), FieldError> {
    match m.keys().next() {
        Some(k) => Err(FieldError::new(k.clone(), "unknown field for this type")),
        None => Ok(()),
    }
}

/// serde_json's message without its "at line 1 column 7" tail.
fn json_message(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) if e.line() > 0 => format!("not valid JSON: {}", &s[..i]),
        _ => format!("not valid JSON: {s}"),
    }
}

// ---------------------------------------------------------------------------------------------------------
// The record as the log stores it (a fixed, normalized JSON shape).

impl Request {
    /// The normalized record (what the log stores and what a duplicate is compared by).
    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        m.insert("type".into(), self.kind.id().into());
        m.insert("id".into(), self.id.clone().into());
        m.insert("received_at".into(), self.received_at.text().into());
        let agency_key = if self.kind == RequestKind::AssistanceRequest {
            "receiving_agency"
        } else {
            "agency"
        };
        m.insert(agency_key.into(), self.agency.clone().into());
        m.insert("requested_by".into(), self.requested_by.id().into());
        if let Some(p) = &self.person {
            m.insert("person".into(), p.clone().into());
        }
        if self.kind == RequestKind::Detainer {
            m.insert("basis".into(), self.basis.map(|b| b.id()).into());
            if !self.i247a_boxes.is_empty() {
                m.insert(
                    "i247a_boxes".into(),
                    self.i247a_boxes.iter().map(|b| b.id()).collect::<Vec<_>>().into(),
                );
            }
        }
        if !self.info.is_empty() {
            m.insert(
                "info".into(),
                self.info.iter().map(|i| i.id()).collect::<Vec<_>>().into(),
            );
        }
        if let Some(d) = &self.description {
            m.insert("description".into(), d.clone().into());
        }
        if let Some(e) = self.exempt {
            m.insert("exempt".into(), e.id().into());
        }
        if let Some(c) = &self.case {
            for (k, v) in c {
                m.insert(k.clone(), v.clone());
            }
        }
        Value::Object(m)
    }
}

impl Action {
    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        m.insert("type".into(), "action".into());
        m.insert("ref".into(), self.reference.clone().into());
        m.insert("at".into(), self.at.text().into());
        m.insert("action".into(), self.action.id().into());
        m.insert("by".into(), self.by.clone().into());
        if let Some(n) = &self.note {
            m.insert("note".into(), n.clone().into());
        }
        Value::Object(m)
    }
}

impl Funding {
    pub fn to_json(&self) -> Value {
        serde_json::json!({
            "type": "scaap_funding",
            "id": self.id,
            "agency": self.agency.id(),
            "period": format!("{}/{}", self.from, self.to),
            "requested_usd": cents_text(self.requested_cents),
            "received_usd": cents_text(self.received_cents),
        })
    }
}

/// Cents as "1234.56".
pub fn cents_text(c: i64) -> String {
    format!("{}.{:02}", c / 100, c % 100)
}

// ---------------------------------------------------------------------------------------------------------
// CSV rows: the same events, one a row, with a header naming the fields.

/// CSV columns holding booleans (written true/false, yes/no or 1/0).
const CSV_BOOLS: &[&str] = &["judicial_warrant", "tsdb_possible_match", "reentered_after_removal"];
/// CSV columns holding JSON (a list of convictions, a corrected record).
const CSV_JSON: &[&str] = &["convictions", "record"];

/// A CSV row (with its header) as the JSON object of the same event. Empty cells are absent fields.
pub fn csv_row_to_json(header: &csv::StringRecord, row: &csv::StringRecord) -> Result<Value, FieldError> {
    let mut m = Map::new();
    for (name, cell) in header.iter().zip(row.iter()) {
        let name = name.trim();
        let cell = cell.trim();
        if cell.is_empty() || name.is_empty() {
            continue;
        }
        let v = if CSV_BOOLS.contains(&name) {
            match cell.to_ascii_lowercase().as_str() {
                "true" | "yes" | "1" => Value::Bool(true),
                "false" | "no" | "0" => Value::Bool(false),
                _ => return Err(FieldError::new(name, format!("{cell:?} is not true or false"))),
            }
        } else if CSV_JSON.contains(&name) {
            if name == "record" && cell == "null" {
                Value::Null
            } else {
                serde_json::from_str(cell).map_err(|e| FieldError::new(name, json_message(&e)))?
            }
        } else {
            Value::String(cell.to_owned())
        };
        m.insert(name.to_owned(), v);
    }
    if row.len() > header.len() {
        return Err(FieldError::new(
            "(line)",
            format!("{} cells, but the header names {}", row.len(), header.len()),
        ));
    }
    Ok(Value::Object(m))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

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
}

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
