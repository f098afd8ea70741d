//! The one place the register meets the detainer engine (`amparo_law::detainer`).
//!
//! The register stores what the engine *wrote*: its JSON output, byte for byte, and the law version and
//! citations that output names. Nothing in the schema depends on the engine's Rust types, so a later engine
//! (law versions as data, branch `detainer`) changes what is stored for new requests and nothing about
//! old ones.
//!
//! Integration points, kept small on purpose:
//! - [`decide`] builds the engine's case from a request line and stores its answer. It passes
//!   `requested_by` to the engine as soon as the engine's case accepts that field (detected once, by
//!   [`engine_takes_requested_by`]); until then the field is stored by the register only.
//! - [`requester_scope`] says whether a requesting agency is one of the "federal immigration authorities"
//!   on a day. It belongs in the law crate; until the engine exposes it, it lives here, with its sources.

use std::sync::OnceLock;

use amparo_law::detainer::{Case, OutcomeJson, TraceLevel, evaluate};
use chrono::NaiveDate;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::error::FieldError;
use crate::event::{Agency, Request, RequestKind, RequestedBy};

/// What the engine decided, as it wrote it.
#[derive(Debug, Clone)]
pub struct Decided {
    /// `honor`, `hold_48h_pending_judicial_warrant` or `decline`.
    pub decision: String,
    /// The law version the output names (its `law_version` if the engine writes one, else derived from the
    /// trace's `law_in_force` step and that authority's dates).
    pub law_version: Value,
    pub citations: Vec<String>,
    /// The engine's JSON output, exactly as written.
    pub output: Box<RawValue>,
    /// A `violent_or_serious_crime` step held: the person has at least one conviction for a violent or
    /// serious crime (the reports' words), whatever its age.
    pub vsc_any: bool,
    /// `conviction_within_look_back` held (the defined term "convicted of a violent or serious crime").
    pub vsc_lookback: bool,
    /// `terrorist_screening_database_match` held.
    pub tsdb: bool,
    /// `may_share_information` (§ 9-131(h)(1); DOC only).
    pub may_share: Option<bool>,
}

/// The engine and its version, as stored with each decision.
pub fn engine_name() -> String {
    format!("amparo-law {}", env!("CARGO_PKG_VERSION"))
}

/// Decides a detainer (or an information request that carries the case facts) as the law stood on the
/// day it was received. `None` for a request without case facts.
pub fn decide(req: &Request) -> Result<Option<Decided>, FieldError> {
    let Some(facts) = &req.case else {
        return Ok(None);
    };
    let day = req.received_at.day();
    let mut case: Map<String, Value> = facts.clone();
    let as_of_given = case.contains_key("as_of");
    case.insert("agency".into(), req.agency.clone().into());
    case.entry("id").or_insert_with(|| req.id.clone().into());
    case.entry("as_of").or_insert_with(|| day.to_string().into());
    if engine_takes_requested_by() {
        case.insert("requested_by".into(), req.requested_by.id().into());
    }
    let bytes = serde_json::to_vec(&case).map_err(|e| FieldError::new("(line)", e.to_string()))?;
    // The day the law is taken at is the day received, unless the line gave its own "as_of".
    let field = |f: &str| {
        if f == "as_of" && !as_of_given {
            "received_at".to_owned()
        } else {
            f.to_owned()
        }
    };
    let case = Case::from_json_slice(&bytes).map_err(|e| case_field(&field(&e.field), e.message))?;
    let outcome = evaluate(&case, day).map_err(|e| case_field(&field(&e.field), e.message))?;
    let text = serde_json::to_string(&OutcomeJson {
        outcome: &outcome,
        level: TraceLevel::Full,
    })
    .map_err(|e| FieldError::new("(engine)", e.to_string()))?;
    read_output(text)
}

/// Reads what the register needs from the engine's JSON contract (never from its Rust types).
pub fn read_output(text: String) -> Result<Option<Decided>, FieldError> {
    let bad = |what: &str| FieldError::new("(engine)", format!("the engine's output has no {what}"));
    let v: Value = serde_json::from_str(&text).map_err(|e| FieldError::new("(engine)", e.to_string()))?;
    let decision = v
        .get("decision")
        .and_then(Value::as_str)
        .ok_or_else(|| bad("decision"))?
        .to_owned();
    let trace = v.get("trace").and_then(Value::as_array).ok_or_else(|| bad("trace"))?;
    let holds = |rule: &str| {
        trace
            .iter()
            .any(|s| s.get("rule").and_then(Value::as_str) == Some(rule) && s.get("holds") == Some(&Value::Bool(true)))
    };
    let citations = v
        .get("citations")
        .and_then(Value::as_array)
        .ok_or_else(|| bad("citations"))?
        .iter()
        .filter_map(|c| c.as_str().map(str::to_owned))
        .collect();
    let law_version = match v.get("law_version") {
        Some(lv) => lv.clone(),
        None => derived_law_version(&v, trace),
    };
    Ok(Some(Decided {
        decision,
        law_version,
        citations,
        vsc_any: holds("violent_or_serious_crime"),
        vsc_lookback: holds("conviction_within_look_back"),
        tsdb: holds("terrorist_screening_database_match"),
        may_share: v.get("may_share_information").and_then(Value::as_bool),
        output: RawValue::from_string(text).map_err(|e| FieldError::new("(engine)", e.to_string()))?,
    }))
}

/// The law version named by the `law_in_force` step: its authority with that authority's dates.
fn derived_law_version(v: &Value, trace: &[Value]) -> Value {
    let step = trace
        .iter()
        .find(|s| s.get("rule").and_then(Value::as_str) == Some("law_in_force"));
    let id = step.and_then(|s| s.get("authority")).and_then(Value::as_str);
    let a = id.and_then(|id| amparo_law::authorities().get(id));
    serde_json::json!({
        "engine": engine_name(),
        "as_of": v.get("as_of"),
        "authority": id,
        "citation": step.and_then(|s| s.get("citation")),
        "instrument": a.and_then(|a| a.instrument.clone()),
        "effective_from": a.and_then(|a| a.effective_from).map(|d| d.to_string()),
        "effective_until": a.and_then(|a| a.effective_until).map(|d| d.to_string()),
        "verified_through": a.and_then(|a| a.verified_through).map(|d| d.to_string()),
        "derived_from": "the trace step law_in_force (the engine wrote no law_version)",
    })
}

/// The engine's error, with its field as the import line writes it (the case fields sit at the top of the
/// line). serde names an unknown field only in its message: put it in the field.
fn case_field(field: &str, message: String) -> FieldError {
    let unknown = message
        .strip_prefix("unknown field `")
        .and_then(|rest| rest.split('`').next())
        .map(str::to_owned);
    let field = match (field, unknown) {
        ("(case)", Some(name)) => name,
        ("as_of (today)", _) => "received_at".to_owned(),
        (f, _) => f.to_owned(),
    };
    FieldError::new(field, message)
}

/// Whether the engine's case accepts `requested_by` (branch `detainer` adds it). Asked once, with a
/// minimal case.
pub fn engine_takes_requested_by() -> bool {
    static TAKES: OnceLock<bool> = OnceLock::new();
    *TAKES
        .get_or_init(|| Case::from_json(r#"{"agency":"doc","arrest_date":"2020-01-01","requested_by":"ice"}"#).is_ok())
}

// ---------------------------------------------------------------------------------------------------------
// Who counts as "federal immigration authorities"

/// Whether a request came from "federal immigration authorities" under the definition in force that day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    Within,
    Outside,
    /// The register cannot tell (the definition turns on the officer's duties, or its text or effective date
    /// is not confirmed): reported apart, never guessed.
    Uncertain,
}

/// The answer with the definition applied and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScopeAnswer {
    pub scope: Scope,
    /// Authority id of the definition (ids of branch `detainer`'s `authorities/detainer.toml`).
    pub definition: &'static str,
    pub reason: &'static str,
}

/// The day the Council overrode the veto of Int. 1412-2025, the Safer Sanctuary Act (Queens Eagle
/// 2026-01-30; Council press release https://council.nyc.gov/press/?p=3066). Its local-law number,
/// enacted text beyond § 1 and effective date were not confirmed (`coord/shared-facts.md`, branch
/// `detainer`, 2026-12-01).
pub fn safer_sanctuary_act_enacted() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 29).unwrap_or(NaiveDate::MIN)
}

/// Under §§ 9-131(a)(4) (DOC; Probation by § 9-205(a)) and 14-154(a)(3) (NYPD), as they stood on `day`.
///
/// - Before 2026-01-29 (L.L. 2014/058–059): officers of ICE or its divisions, or other DHS officers
///   charged with enforcing the INA's civil provisions. ICE ERO, HSI and CBP are within; the FBI and the
///   Marshals Service (Department of Justice) are not; "other federal" cannot be told.
/// - From 2026-01-29 (the Safer Sanctuary Act's § 1, for § 9-131(a)(4)): any federal officer, employee or
///   agent, or person working in collaboration with the federal government, whose duties include civil
///   immigration enforcement, federal crimes of entry or presence, or registration and supervision rules.
///   ICE ERO, HSI and CBP are within both texts; for the FBI, the Marshals Service and others it turns on
///   the officer's duties, which a request record does not show, and the effective date is not confirmed:
///   uncertain. For § 14-154(a)(3) the amendment itself is not confirmed: the same answer.
pub fn requester_scope(agency: Agency, by: RequestedBy, day: NaiveDate) -> ScopeAnswer {
    let new = day >= safer_sanctuary_act_enacted();
    let definition = match (agency, new) {
        (Agency::Nypd, _) => "nyc-admin-14-154-a-3",
        (_, false) => "nyc-admin-9-131-a-4",
        (_, true) => "nyc-admin-9-131-a-4-2026",
    };
    let (scope, reason) = match (by, new) {
        (RequestedBy::Ice | RequestedBy::Hsi, _) => (Scope::Within, "ICE or one of its divisions"),
        (RequestedBy::Cbp, _) => (
            Scope::Within,
            "a Department of Homeland Security component that enforces the civil provisions of the Immigration and Nationality Act",
        ),
        (RequestedBy::Fbi | RequestedBy::Usms, false) => (
            Scope::Outside,
            "a Department of Justice agency: not ICE and not a DHS officer under the 2014 definition",
        ),
        (RequestedBy::OtherFederal, false) => (
            Scope::Uncertain,
            "the record does not name the agency: within the 2014 definition only if it is a DHS officer enforcing the INA's civil provisions",
        ),
        (RequestedBy::Fbi | RequestedBy::Usms | RequestedBy::OtherFederal, true) => (
            Scope::Uncertain,
            "within the Safer Sanctuary Act's definition if the officer's duties include immigration enforcement or the officer works in collaboration with it, which the record does not show; the Act's effective date and, for § 14-154, whether it amended the definition, are not confirmed",
        ),
    };
    ScopeAnswer {
        scope,
        definition,
        reason,
    }
}

/// The definitions of "federal immigration authorities" in force for an agency between two days, as a
/// report states them.
pub fn definitions_in(agency: Agency, from: NaiveDate, to: NaiveDate) -> Value {
    let act = safer_sanctuary_act_enacted();
    let mut spans = Vec::new();
    let old = match agency {
        Agency::Nypd => ("nyc-admin-14-154-a-3", "NYC Admin. Code § 14-154(a)(3) (L.L. 2014/059)"),
        _ => ("nyc-admin-9-131-a-4", "NYC Admin. Code § 9-131(a)(4) (L.L. 2014/058)"),
    };
    if from < act {
        spans.push(serde_json::json!({
            "definition": old.0,
            "citation": old.1,
            "from": from.to_string(),
            "until": to.min(act.pred_opt().unwrap_or(act)).to_string(),
            "text": "any officer, employee or agent of ICE (or any ICE division), or any other DHS officer, employee or agent charged with enforcing the civil provisions of the Immigration and Nationality Act",
            "confirmed": true,
        }));
    }
    if to >= act {
        let (id, citation, note) = match agency {
            Agency::Nypd => (
                old.0,
                old.1,
                "Whether the Safer Sanctuary Act (Int. 1412-2025) also rewrote this definition was not confirmed.",
            ),
            _ => (
                "nyc-admin-9-131-a-4-2026",
                "NYC Admin. Code § 9-131(a)(4) as amended by the Safer Sanctuary Act (Int. 1412-2025)",
                "Enacted over the veto on 2026-01-29; its local-law number, effective date and full enacted text were not confirmed.",
            ),
        };
        spans.push(serde_json::json!({
            "definition": id,
            "citation": citation,
            "from": from.max(act).to_string(),
            "until": to.to_string(),
            "confirmed": false,
            "note": note,
        }));
    }
    Value::Array(spans)
}

/// Whether a request's sender is within § 10-178(d) ("a non-local law enforcement agency"): every
/// requesting agency of the contract is one.
pub fn assistance_scope(_by: RequestedBy) -> Scope {
    Scope::Within
}

/// Whether the request type is one the engine decides.
pub fn decided_by_engine(kind: RequestKind) -> bool {
    kind == RequestKind::Detainer
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::Event;
    use chrono::{TimeZone, Utc};

    fn request(line: &str) -> Request {
        let now = Utc.with_ymd_and_hms(2026, 6, 1, 0, 0, 0).unwrap();
        match Event::from_json(line.as_bytes(), now).unwrap() {
            Event::Request(r) => r,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_decision_is_stored_as_the_engine_wrote_it() {
        let r = request(
            r#"{"type":"detainer","id":"D-1","received_at":"2025-08-01","agency":"doc","requested_by":"ice","person":"P","basis":"removal_order","arrest_date":"2025-07-01","judicial_warrant":true,"convictions":[{"statute":"PL 120.05","felony":true,"judgment_date":"2022-01-01"}]}"#,
        );
        let d = decide(&r).unwrap().unwrap();
        assert_eq!(d.decision, "honor");
        assert!(d.vsc_any && d.vsc_lookback && !d.tsdb);
        assert_eq!(d.may_share, Some(true));
        // Byte for byte what `amparo detainer --format json` would write for this case (compact).
        let case = Case::from_json(
            r#"{"id":"D-1","agency":"doc","as_of":"2025-08-01","arrest_date":"2025-07-01","judicial_warrant":true,"convictions":[{"statute":"PL 120.05","felony":true,"judgment_date":"2022-01-01"}]}"#,
        )
        .unwrap();
        let direct = evaluate(&case, NaiveDate::from_ymd_opt(2025, 8, 1).unwrap()).unwrap();
        let direct = serde_json::to_string(&OutcomeJson {
            outcome: &direct,
            level: TraceLevel::Full,
        })
        .unwrap();
        assert_eq!(d.output.get(), direct);
        assert!(d.citations.iter().any(|c| c.contains("9-131")));
        assert_eq!(d.law_version["authority"], "nyc-admin-9-131");
    }

    #[test]
    fn the_engines_errors_keep_their_field() {
        let r = request(
            r#"{"type":"detainer","id":"D-1","received_at":"2025-08-01","agency":"doc","requested_by":"ice","person":"P","basis":null,"arrest_date":"2025-07-01","convictions":[{"statute":"PL 999.99","felony":true,"judgment_date":"2022-01-01"}]}"#,
        );
        assert_eq!(decide(&r).unwrap_err().field, "convictions[0].statute");
        let r = request(
            r#"{"type":"detainer","id":"D-1","received_at":"2025-08-01","agency":"doc","requested_by":"ice","person":"P","basis":null,"arrest_date":"2025-07-01","colour":"red"}"#,
        );
        assert_eq!(decide(&r).unwrap_err().field, "colour");
    }

    #[test]
    fn who_counts_as_federal_immigration_authorities_depends_on_the_day() {
        let before = NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
        let after = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        assert_eq!(
            requester_scope(Agency::Doc, RequestedBy::Fbi, before).scope,
            Scope::Outside
        );
        assert_eq!(
            requester_scope(Agency::Doc, RequestedBy::Fbi, after).scope,
            Scope::Uncertain
        );
        assert_eq!(
            requester_scope(Agency::Doc, RequestedBy::Fbi, after).definition,
            "nyc-admin-9-131-a-4-2026"
        );
        assert_eq!(
            requester_scope(Agency::Nypd, RequestedBy::Hsi, after).scope,
            Scope::Within
        );
        assert_eq!(
            requester_scope(Agency::Probation, RequestedBy::OtherFederal, before).scope,
            Scope::Uncertain
        );
    }
}
