//! The one place the register meets the detainer engine (`amparo_law::detainer`).
//!
//! The register stores what the engine *wrote*: its JSON output, byte for byte, and the law version and
//! citations that output names. Nothing in the schema depends on the engine's Rust types, so a later engine
//! (a new law version in `crates/law/data/detainer.toml`) changes what is stored for new requests and nothing
//! about old ones.
//!
//! - [`decide`] builds the engine's case from a request line, with the request's receiving agency and its
//!   `requested_by`, and stores the engine's answer.
//! - [`requester_scope`] says, for a report, whether a requesting agency is one of the "federal immigration
//!   authorities" on a day. The law of it is the law crate's: each dated version of a section says how its
//!   definition reads each requester (`requesters` in `data/detainer.toml`, [`Version::reach`], with the
//!   definition's authority). What stays here is a reporting rule, not law: a figure never guesses, so a day on
//!   which the version may not yet have been in force, and the version before it reads the requester otherwise,
//!   counts as uncertain.

use amparo_law::detainer::law::Reach;
use amparo_law::detainer::{Agency, Case, OutcomeJson, RequestedBy, TraceLevel, Version, detainer_law, evaluate};
use chrono::NaiveDate;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::error::FieldError;
use crate::event::Request;

/// What the engine decided, as it wrote it.
#[derive(Debug, Clone)]
pub struct Decided {
    /// `honor`, `hold_48h_pending_judicial_warrant` or `decline`.
    pub decision: String,
    /// The law version the output names (`law_version`, as written) with that version's dates and sections
    /// from the law crate's data: see [`law_version`].
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
    /// `may_share_information` as the engine wrote it (§ 9-131(h)(1); DOC only): `not_permitted`,
    /// `except_release_date` or `including_release_date`.
    pub info_sharing: Option<String>,
}

/// The engine and its version, as stored with each decision.
pub fn engine_name() -> String {
    format!("amparo-law {}", env!("CARGO_PKG_VERSION"))
}

/// Decides a detainer (or an information request that carries the case facts) as the law stood on the
/// day it was received, for the request's requester. `None` for a request without case facts.
pub fn decide(req: &Request) -> Result<Option<Decided>, FieldError> {
    let Some(facts) = &req.case else {
        return Ok(None);
    };
    let day = req.received_at.day();
    let mut case: Map<String, Value> = facts.clone();
    let as_of_given = case.contains_key("as_of");
    case.insert("agency".into(), req.agency.clone().into());
    case.insert("requested_by".into(), req.requested_by.id().into());
    case.entry("id").or_insert_with(|| req.id.clone().into());
    case.entry("as_of").or_insert_with(|| day.to_string().into());
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
    let version = v
        .get("law_version")
        .and_then(Value::as_str)
        .ok_or_else(|| bad("law_version"))?;
    Ok(Some(Decided {
        decision,
        law_version: law_version(version),
        citations,
        vsc_any: holds("violent_or_serious_crime"),
        vsc_lookback: holds("conviction_within_look_back"),
        tsdb: holds("terrorist_screening_database_match"),
        info_sharing: v
            .get("may_share_information")
            .and_then(Value::as_str)
            .map(str::to_owned),
        output: RawValue::from_string(text).map_err(|e| FieldError::new("(engine)", e.to_string()))?,
    }))
}

/// The law version an output names: its id as the engine wrote it, and that version's dates, section and
/// amending instrument as the law crate's data states them (`null` where this build does not know the id).
pub fn law_version(id: &str) -> Value {
    let v = detainer_law().versions().iter().find(|v| v.id == id);
    serde_json::json!({
        "id": id,
        "engine": engine_name(),
        "valid_from": v.map(|v| v.valid_from.to_string()),
        "valid_to": v.and_then(|v| v.valid_to).map(|d| d.to_string()),
        "certain_from": v.and_then(|v| v.certain_from).map(|d| d.to_string()),
        "section": v.map(|v| v.section.id.as_str()),
        "amended_by": v.and_then(|v| v.amended_by).map(|a| a.id.as_str()),
        "effective_date_note": v.and_then(|v| v.effective_date_note.as_deref()),
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

// ---------------------------------------------------------------------------------------------------------
// Who counts as "federal immigration authorities", for a report

/// Whether a request came from "federal immigration authorities" under the definition in force that day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    Within,
    Outside,
    /// The register cannot tell (the definition turns on the officer's duties, or the day may fall before the
    /// version took effect and the earlier one reads the requester otherwise): reported apart, never guessed.
    Uncertain,
}

/// The answer, with the version and definition that gave it.
#[derive(Debug, Clone, Copy)]
pub struct ScopeAnswer {
    pub scope: Scope,
    /// The version of the section in force that day (`None`: none was, e.g. a day before 2014-12-14).
    pub version: Option<&'static Version>,
    /// The authority id of the definition applied.
    pub definition: Option<&'static str>,
}

fn scope_of(reach: Reach) -> Scope {
    match reach {
        Reach::Covered => Scope::Within,
        Reach::NotCovered => Scope::Outside,
        Reach::Depends => Scope::Uncertain,
    }
}

/// Under §§ 9-131(a)(4) (DOC; Probation by § 9-205(a)) and 14-154(a)(3) (NYPD), as the law crate's version
/// in force on `day` reads the requester (`requesters` in `crates/law/data/detainer.toml`).
pub fn requester_scope(agency: Agency, by: RequestedBy, day: NaiveDate) -> ScopeAnswer {
    let law = detainer_law();
    let Some(v) = law.version(agency, day) else {
        return ScopeAnswer {
            scope: Scope::Uncertain,
            version: None,
            definition: None,
        };
    };
    let mut scope = scope_of(v.reach(by));
    if v.uncertain_on(day) {
        // The version may not yet have been in force: the one before it may still have applied.
        let before = v.valid_from.pred_opt().and_then(|d| law.version(agency, d));
        if before.is_none_or(|b| scope_of(b.reach(by)) != scope) {
            scope = Scope::Uncertain;
        }
    }
    ScopeAnswer {
        scope,
        version: Some(v),
        definition: Some(v.rules.federal_immigration_authorities.id.as_str()),
    }
}

/// The definitions of "federal immigration authorities" in force for an agency between two days, as a
/// report states them: one span per version of the section, from the law crate's data.
pub fn definitions_in(agency: Agency, from: NaiveDate, to: NaiveDate) -> Value {
    let law = detainer_law();
    let spans = law
        .versions_of(agency)
        .filter(|v| v.valid_from <= to && v.valid_to.is_none_or(|t| t >= from))
        .map(|v| {
            let def = v.rules.federal_immigration_authorities;
            let reach: Map<String, Value> = RequestedBy::ALL
                .into_iter()
                .map(|r| {
                    (
                        r.id().to_owned(),
                        serde_json::to_value(scope_of(v.reach(r))).unwrap_or(Value::Null),
                    )
                })
                .collect();
            serde_json::json!({
                "version": v.id,
                "definition": def.id,
                "citation": def.citation,
                "from": from.max(v.valid_from).to_string(),
                "until": v.valid_to.map_or(to, |t| t.min(to)).to_string(),
                "text": law.quote(def).map(|q| q.text.as_str()),
                "requesters": reach,
                "effective_date_note": v.effective_date_note,
                "text_note": v.text_note,
            })
        })
        .collect();
    Value::Array(spans)
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

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// A detainer to `agency` from `by`, received on `received`, with a recent assault conviction.
    fn detainer(agency: &str, by: &str, received: &str) -> Request {
        request(&format!(
            r#"{{"type":"detainer","id":"D-1","received_at":"{received}","agency":"{agency}","requested_by":"{by}","person":"P","basis":"removal_order","arrest_date":"2017-07-01","judicial_warrant":true,"convictions":[{{"statute":"PL 120.05","felony":true,"judgment_date":"2016-01-01"}}]}}"#
        ))
    }

    /// The engine's requester step in a stored output: (holds, authority id).
    fn requester_step(d: &Decided) -> (bool, String) {
        let v: Value = serde_json::from_str(d.output.get()).unwrap();
        let step = v["trace"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["rule"] == "requested_by_federal_immigration_authorities")
            .expect("the engine's trace has the requester step")
            .clone();
        (
            step["holds"].as_bool().unwrap(),
            step["authority"].as_str().unwrap().to_owned(),
        )
    }

    #[test]
    fn the_decision_is_stored_as_the_engine_wrote_it() {
        let r = request(
            r#"{"type":"detainer","id":"D-1","received_at":"2025-08-01","agency":"doc","requested_by":"hsi","person":"P","basis":"removal_order","arrest_date":"2025-07-01","judicial_warrant":true,"convictions":[{"statute":"PL 120.05","felony":true,"judgment_date":"2022-01-01"}]}"#,
        );
        let d = decide(&r).unwrap().unwrap();
        assert_eq!(d.decision, "honor");
        assert!(d.vsc_any && d.vsc_lookback && !d.tsdb);
        assert_eq!(d.info_sharing.as_deref(), Some("including_release_date"));
        // Byte for byte what `amparo detainer --format json` would write for this case (compact), the
        // requester included.
        let case = Case::from_json(
            r#"{"id":"D-1","agency":"doc","as_of":"2025-08-01","arrest_date":"2025-07-01","requested_by":"hsi","judicial_warrant":true,"convictions":[{"statute":"PL 120.05","felony":true,"judgment_date":"2022-01-01"}]}"#,
        )
        .unwrap();
        let direct = evaluate(&case, day("2025-08-01")).unwrap();
        let direct = serde_json::to_string(&OutcomeJson {
            outcome: &direct,
            level: TraceLevel::Full,
        })
        .unwrap();
        assert_eq!(d.output.get(), direct);
        assert!(d.citations.iter().any(|c| c.contains("9-131")));
        assert_eq!(d.law_version["id"], "doc-2014");
        assert_eq!(d.law_version["section"], "nyc-admin-9-131");
        assert_eq!(d.law_version["valid_to"], "2026-01-28");
    }

    #[test]
    fn the_requester_reaches_the_engine() {
        let d = decide(&detainer("doc", "ice", "2025-08-01")).unwrap().unwrap();
        assert_eq!(requester_step(&d), (true, "nyc-admin-9-131-a-4".to_owned()));
        // The FBI is outside the 2014 definition; under the Safer Sanctuary Act's it depends on its duties.
        let d = decide(&detainer("doc", "fbi", "2025-08-01")).unwrap().unwrap();
        assert_eq!(requester_step(&d), (false, "nyc-admin-9-131-a-4".to_owned()));
        assert!(d.output.get().contains("outside"), "{}", d.output.get());
        let d = decide(&detainer("doc", "fbi", "2026-03-01")).unwrap().unwrap();
        assert_eq!(requester_step(&d), (false, "nyc-admin-9-131-a-4-2026".to_owned()));
        assert_eq!(d.law_version["id"], "doc-2026");
        assert_eq!(d.law_version["amended_by"], "nyc-int-1412-2025");
    }

    /// The reports' reading of a requester and the engine's trace agree wherever the day is certain.
    #[test]
    fn the_reports_scope_agrees_with_the_engines_trace() {
        for agency in Agency::ALL {
            for by in RequestedBy::ALL {
                for received in ["2018-06-01", "2025-12-01", "2026-01-29", "2026-05-01"] {
                    let d = decide(&detainer(agency.id(), by.id(), received)).unwrap().unwrap();
                    let (holds, authority) = requester_step(&d);
                    let answer = requester_scope(agency, by, day(received));
                    assert_eq!(
                        answer.definition,
                        Some(authority.as_str()),
                        "{agency:?} {by:?} {received}"
                    );
                    assert_eq!(answer.scope == Scope::Within, holds, "{agency:?} {by:?} {received}");
                }
            }
        }
    }

    #[test]
    fn who_counts_as_federal_immigration_authorities_depends_on_the_day() {
        let scope = |a, b, d: &str| requester_scope(a, b, day(d)).scope;
        assert_eq!(scope(Agency::Doc, RequestedBy::Fbi, "2025-12-01"), Scope::Outside);
        assert_eq!(scope(Agency::Doc, RequestedBy::Fbi, "2026-03-01"), Scope::Uncertain);
        assert_eq!(
            requester_scope(Agency::Doc, RequestedBy::Fbi, day("2026-03-01")).definition,
            Some("nyc-admin-9-131-a-4-2026")
        );
        assert_eq!(scope(Agency::Nypd, RequestedBy::Hsi, "2026-03-01"), Scope::Within);
        assert_eq!(
            scope(Agency::Probation, RequestedBy::OtherFederal, "2025-12-01"),
            Scope::Uncertain
        );
        // No section before it was enacted: nothing to count against.
        assert_eq!(scope(Agency::Doc, RequestedBy::Ice, "2014-01-01"), Scope::Uncertain);
    }

    #[test]
    fn a_day_the_version_may_not_yet_be_in_force_is_uncertain_unless_both_readings_agree() {
        // § 9-205 took effect on enactment, some day from 2017-10-31 to 2017-12-01; before it there was none.
        let probation = |d: &str| requester_scope(Agency::Probation, RequestedBy::Ice, day(d)).scope;
        assert_eq!(probation("2017-11-15"), Scope::Uncertain);
        assert_eq!(probation("2017-12-15"), Scope::Within);
        // The Safer Sanctuary Act's effective date is not known either, but ICE is within both definitions,
        // and the FBI outside one and uncertain in the other.
        let doc = |by, d: &str| requester_scope(Agency::Doc, by, day(d)).scope;
        assert_eq!(doc(RequestedBy::Ice, "2026-02-01"), Scope::Within);
        assert_eq!(doc(RequestedBy::Fbi, "2026-02-01"), Scope::Uncertain);
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
    fn a_report_states_each_version_of_the_definition_in_its_period() {
        let spans = definitions_in(Agency::Doc, day("2025-07-01"), day("2026-06-30"));
        let spans = spans.as_array().unwrap();
        assert_eq!(spans.len(), 2);
        assert_eq!(spans[0]["version"], "doc-2014");
        assert_eq!(spans[0]["until"], "2026-01-28");
        assert_eq!(spans[0]["requesters"]["fbi"], "outside");
        assert!(
            spans[0]["text"]
                .as_str()
                .unwrap()
                .contains("immigration and customs enforcement")
        );
        assert_eq!(spans[1]["definition"], "nyc-admin-9-131-a-4-2026");
        assert_eq!(spans[1]["from"], "2026-01-29");
        assert_eq!(spans[1]["requesters"]["fbi"], "uncertain");
        assert!(spans[1]["effective_date_note"].is_string());
        let nypd = definitions_in(Agency::Nypd, day("2025-07-01"), day("2026-06-30"));
        assert_eq!(nypd.as_array().unwrap().len(), 1);
    }
}
