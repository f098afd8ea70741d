//! One request: its versions, the decision the engine gave on entry, its actions; recording an action or
//! proposing a correction. Every view is logged before the page is sent.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use maud::{Markup, html};
use serde_json::{Map, Value};

use super::common::{allowed, csrf_input, error_page, field, page, posted, urlencode, write_one};
use crate::auth::Permission;
use crate::error::{FieldError, RegisterError};
use crate::event::{ActionKind, Event, RequestKind};
use crate::record::{self, Corrections, WriteError};
use crate::server::Shared;

pub(super) async fn show_request(State(state): State<Shared>, headers: HeaderMap, Path(id): Path<String>) -> Response {
    let c = match allowed(&state, &headers, Permission::ReadRecords).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let view = match crate::view::request(&state.reg, &id).await {
        Ok(v) => v,
        Err(e) => return error_page(Some(&c), &e),
    };
    // Logged before anything is shown.
    let logged = async {
        let mut a = state.reg.append().await?;
        record::log_read(&mut a, &c.p.actor(), "request", &id, "web");
        a.commit().await
    };
    if let Err(e) = logged.await {
        return error_page(Some(&c), &e);
    }
    let Some(current) = view.versions.last() else {
        return error_page(Some(&c), &RegisterError::NotFound(id));
    };
    let kind = current
        .record
        .get("type")
        .and_then(Value::as_str)
        .and_then(|k| RequestKind::parse(k).ok());
    let decision: Option<Value> = current
        .decision
        .as_ref()
        .and_then(|d| serde_json::from_str(d.get()).ok());
    let actions_for: Vec<ActionKind> = ActionKind::ALL
        .iter()
        .copied()
        .filter(|a| Some(a.answers()) == kind)
        .collect();
    page(
        &format!("Request {id}"),
        Some(&c),
        html! {
            h2 { "The record" }
            (record_table(&current.record))
            p class="note" { "Entry " (current.seq) ", logged " (current.logged_at) " by " (current.logged_by) "." }
            @if let Some(d) = &decision { (decision_block(d, current.law_version.as_ref())) }
            @if view.versions.len() > 1 {
                h2 { "History (nothing is overwritten)" }
                table {
                    tr { th { "Entry" } th { "Logged" } th { "By" } th { "Corrects" } th { "Reason" } th { "Engine's decision" } }
                    @for v in &view.versions {
                        tr {
                            td { (v.seq) }
                            td { (v.logged_at) }
                            td { (v.logged_by) }
                            td { (v.corrects.map(|s| s.to_string()).unwrap_or_default()) }
                            td { (v.reason.clone().unwrap_or_default()) }
                            td { (v.decision.as_ref().and_then(|d| serde_json::from_str::<Value>(d.get()).ok()).and_then(|d| d["decision"].as_str().map(str::to_owned)).unwrap_or_default()) }
                        }
                    }
                }
            }
            h2 { "What the agency did" }
            @if view.actions.is_empty() { p { "No action recorded yet." } }
            @else {
                table {
                    tr { th { "Entry" } th { "When" } th { "Action" } th { "By" } th { "Note" } th { "Status" } }
                    @for a in &view.actions {
                        tr {
                            td { (a.seq) }
                            td { (a.record.get("at").and_then(Value::as_str).unwrap_or(&a.logged_at)) }
                            td { (a.record.get("action").and_then(Value::as_str).unwrap_or("withdrawn")) }
                            td { (a.record.get("by").and_then(Value::as_str).unwrap_or(&a.logged_by)) }
                            td { (a.record.get("note").and_then(Value::as_str).or(a.reason.as_deref()).unwrap_or("")) }
                            td {
                                @if let Some(by) = a.corrected_by { "corrected by entry " (by) }
                                @else if let Some(c) = a.corrects { "corrects entry " (c) }
                            }
                        }
                    }
                }
            }
            @if c.p.role.may(Permission::Record) && !actions_for.is_empty() {
                h2 { "Record an action" }
                form method="post" action={ "/requests/" (urlencode(&id)) "/actions" } {
                    (csrf_input(&c))
                    label for="action" { "Action" }
                    select id="action" name="action" { @for a in &actions_for { option value=(a.id()) { (a.id().replace('_', " ")) } } }
                    label for="at" { "When (2025-08-02T10:00 New York time)" }
                    input type="text" id="at" name="at" required;
                    label for="by" { "By (name or badge number of who did it)" }
                    input type="text" id="by" name="by" required;
                    label for="note" { "Why (the reason, for information given or refused)" }
                    textarea id="note" name="note" {}
                    button type="submit" { "Record the action" }
                }
            }
            @if c.p.role.may(Permission::ProposeCorrection) {
                h2 { "Propose a correction" }
                p class="note" { "A correction is a new entry pointing to the old one, and takes effect when a supervisor other than you approves it." }
                form method="post" action={ "/requests/" (urlencode(&id)) "/corrections" } {
                    (csrf_input(&c))
                    label for="target" { "What to correct" }
                    select id="target" name="target" {
                        option value="request" { "The request (edit its record below)" }
                        @for a in view.actions.iter().filter(|a| a.corrected_by.is_none() && !a.record.is_null()) {
                            option value=(a.seq) { "Action entry " (a.seq) " (" (a.record.get("action").and_then(Value::as_str).unwrap_or("")) ")" }
                        }
                    }
                    label for="record" { "The corrected record (JSON, as the import contract writes it; for an action, empty withdraws it)" }
                    textarea id="record" name="record" { (serde_json::to_string_pretty(&current.record).unwrap_or_default()) }
                    label for="reason" { "Reason" }
                    input type="text" id="reason" name="reason" required;
                    button type="submit" { "Propose" }
                }
            }
            @let pending: Vec<_> = view.proposals.iter().filter(|p| p.reviewed.is_none()).collect();
            @if !pending.is_empty() {
                h2 { "Corrections waiting for a supervisor" }
                ul { @for p in pending { li { "Entry " (p.seq) " by " (p.proposed_by) ": " (p.correction.get("reason").and_then(Value::as_str).unwrap_or("")) } } }
            }
        },
    )
}

fn record_table(record: &Value) -> Markup {
    html! {
        table {
            @if let Value::Object(m) = record {
                @for (k, v) in m {
                    tr { th { (k) } td class="mono" { (match v { Value::String(s) => s.clone(), other => other.to_string() }) } }
                }
            }
        }
    }
}

fn decision_block(d: &Value, law_version: Option<&Value>) -> Markup {
    let s = |k: &str| d.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
    html! {
        h2 { "The decision the law allowed (as the engine gave it on entry)" }
        p { strong { (s("decision").replace('_', " ").to_uppercase()) } " — " (s("summary")) }
        @if let Some(share) = d.get("may_share_information").and_then(Value::as_str) {
            p { "May staff answer a federal immigration request for information about this person (§ 9-131(h)(1))? " strong { (match share {
                "not_permitted" => "no",
                "except_release_date" => "yes, but not the release date",
                "including_release_date" => "yes, release date included",
                other => other,
            }) } }
        }
        @if let Some(lv) = law_version {
            p class="note" { "Law version: " code { (lv.get("id").and_then(Value::as_str).unwrap_or("")) }
                @if let Some(from) = lv.get("valid_from").and_then(Value::as_str) {
                    " (in force from " (from)
                    @if let Some(to) = lv.get("valid_to").and_then(Value::as_str) { " to " (to) }
                    ")"
                }
                @if lv.get("effective_date_note").is_some_and(|n| !n.is_null()) { "; its effective date is not certain" }
                ", decided by " (lv.get("engine").and_then(Value::as_str).unwrap_or("")) "."
            }
        }
        table {
            tr { th { "Rule" } th { "Held" } th { "Citation" } th { "Why" } }
            @for step in d.get("trace").and_then(Value::as_array).into_iter().flatten() {
                @let holds = step.get("holds").and_then(Value::as_bool).unwrap_or(false);
                tr {
                    td { code { (step.get("rule").and_then(Value::as_str).unwrap_or("")) } }
                    td class=(if holds { "holds" } else { "fails" }) { (if holds { "yes" } else { "no" }) }
                    td { (step.get("citation").and_then(Value::as_str).unwrap_or("")) }
                    td { (step.get("detail").and_then(Value::as_str).unwrap_or("")) }
                }
            }
        }
        @let warnings: Vec<&str> = d.get("warnings").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
        @if !warnings.is_empty() {
            h2 { "Warnings" }
            ul { @for w in warnings { li { (w) } } }
        }
        p class="note" { "Citations: " (d.get("citations").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect::<Vec<_>>().join("; ")) ". Legal information, not legal advice." }
    }
}

pub(super) async fn add_action(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let c = match posted(&state, &headers, Permission::Record, &form).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let mut m = Map::new();
    m.insert("type".into(), "action".into());
    m.insert("ref".into(), id.clone().into());
    for k in ["at", "action", "by", "note"] {
        if !field(&form, k).is_empty() {
            m.insert(k.into(), field(&form, k).into());
        }
    }
    let result = match Event::from_value(Value::Object(m), Utc::now()) {
        Ok(e) => write_one(&state, &c.p.actor(), e, Corrections::Proposed).await,
        Err(e) => Err(WriteError::Refused(e)),
    };
    match result {
        Ok(_) => Redirect::to(&format!("/requests/{}", urlencode(&id))).into_response(),
        Err(WriteError::Refused(e)) => error_page(Some(&c), &RegisterError::Field(e)),
        Err(WriteError::Failed(e)) => error_page(Some(&c), &e),
    }
}

pub(super) async fn propose_correction(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let c = match posted(&state, &headers, Permission::ProposeCorrection, &form).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let record_text = field(&form, "record");
    let record: Result<Value, FieldError> = if record_text.is_empty() {
        Ok(Value::Null)
    } else {
        serde_json::from_str(record_text).map_err(|e| FieldError::new("record", format!("not valid JSON: {e}")))
    };
    let event = record.and_then(|record| {
        let mut m = Map::new();
        m.insert("type".into(), "correction".into());
        m.insert("ref".into(), id.clone().into());
        m.insert("reason".into(), field(&form, "reason").into());
        let target = field(&form, "target");
        if target != "request" {
            m.insert("action_seq".into(), target.into());
        }
        m.insert("record".into(), record);
        Event::from_value(Value::Object(m), Utc::now())
    });
    let result = match event {
        Ok(e) => write_one(&state, &c.p.actor(), e, Corrections::Proposed).await,
        Err(e) => Err(WriteError::Refused(e)),
    };
    match result {
        Ok(_) => Redirect::to(&format!("/requests/{}", urlencode(&id))).into_response(),
        Err(WriteError::Refused(e)) => error_page(Some(&c), &RegisterError::Field(e)),
        Err(WriteError::Failed(e)) => error_page(Some(&c), &e),
    }
}
