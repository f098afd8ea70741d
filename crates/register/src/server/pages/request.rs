//! One request: its versions, the decision the engine gave on entry, its actions; recording an action or
//! proposing a correction (of the request, in the request form's fields; of an action, in its fields; or
//! withdrawing either as recorded in error). Every view is logged before the page is sent.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use maud::{Markup, html};
use serde_json::{Map, Value};

use super::common::{
    Ctx, allowed, csrf_input, error_page, field, field_errors_page, page, posted, urlencode, write_one,
};
use super::new_request::{Mode, request_form};
use super::request_fields::{form_to_event, record_values};
use crate::auth::Permission;
use crate::error::{FieldError, RegisterError};
use crate::event::{ActionKind, Event, RequestKind};
use crate::record::{self, Corrections, WriteError};
use crate::server::Shared;
use crate::view::RequestView;

/// A request read for a page by a signed-in role that may `perm`, the read logged before anything is shown.
async fn read_request(
    state: &Shared,
    headers: &HeaderMap,
    id: &str,
    perm: Permission,
) -> Result<(Ctx, RequestView), Response> {
    let c = allowed(state, headers, perm).await?;
    let view = match crate::view::request(&state.reg, id).await {
        Ok(v) => v,
        Err(e) => return Err(error_page(Some(&c), &e)),
    };
    if let Err(e) = record::read_logged(&state.reg, &c.p.actor(), "request", id, "web").await {
        return Err(error_page(Some(&c), &e));
    }
    Ok((c, view))
}

pub(super) async fn show_request(State(state): State<Shared>, headers: HeaderMap, Path(id): Path<String>) -> Response {
    let (c, view) = match read_request(&state, &headers, &id, Permission::ReadRecords).await {
        Ok(r) => r,
        Err(r) => return r,
    };
    let Some(current) = view.versions.last() else {
        return error_page(Some(&c), &RegisterError::NotFound(id));
    };
    let kind = current
        .record
        .get("type")
        .and_then(Value::as_str)
        .and_then(|k| RequestKind::parse(k).ok());
    // A withdrawal carries no decision: the one shown is that of the entry it withdrew.
    let decided = view.versions.iter().rev().find(|v| v.decision.is_some());
    let decision: Option<Value> = decided
        .and_then(|v| v.decision.as_ref())
        .and_then(|d| serde_json::from_str(d.get()).ok());
    let withdrawn = current.withdrawn;
    let actions_for: Vec<ActionKind> = ActionKind::ALL
        .iter()
        .copied()
        .filter(|a| Some(a.answers()) == kind)
        .collect();
    page(
        &format!("Request {id}"),
        Some(&c),
        html! {
            @if withdrawn {
                p class="error withdrawn" {
                    strong { "Withdrawn as recorded in error" } " — entry " (current.seq) ", " (current.logged_at) " by " (current.logged_by)
                    @if let Some(r) = &current.reason { ": " (r) }
                    ". It is in no report figure (the reports' review lists it), and no action can be recorded on it. A correction of the request reinstates it."
                }
            }
            h2 { @if withdrawn { "The record withdrawn" } @else { "The record" } }
            (record_table(&current.record))
            p class="note" { "Entry " (current.seq) ", logged " (current.logged_at) " by " (current.logged_by) "." }
            @if let Some(d) = &decision { (decision_block(d, decided.and_then(|v| v.law_version.as_ref()))) }
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
                            td { @if v.withdrawn { strong { "withdrawn" } } @else { (v.decision.as_ref().and_then(|d| serde_json::from_str::<Value>(d.get()).ok()).and_then(|d| d["decision"].as_str().map(str::to_owned)).unwrap_or_default()) } }
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
            @if c.p.role.may(Permission::Record) && !actions_for.is_empty() && !withdrawn {
                h2 { "Record an action" }
                form method="post" action={ "/requests/" (urlencode(&id)) "/actions" } {
                    (csrf_input(&c))
                    (action_fields("", &Value::Null, &actions_for))
                    button type="submit" { "Record the action" }
                }
            }
            @if c.p.role.may(Permission::ProposeCorrection) {
                h2 { "Propose a correction" }
                p class="note" { "A correction is a new entry pointing to the old one (nothing is overwritten), and takes effect when a supervisor other than you approves it." }
                p { a href={ "/requests/" (urlencode(&id)) "/correct" } { "Correct the request's fields" } }
                @for a in view.actions.iter().filter(|a| a.corrected_by.is_none() && !a.record.is_null()) {
                    (action_correction_form(&c, &id, a.seq, &a.record, &actions_for))
                }
                @if !withdrawn {
                    form method="post" action={ "/requests/" (urlencode(&id)) "/corrections" } {
                        (csrf_input(&c))
                        input type="hidden" name="target" value="withdraw";
                        h3 { "Withdraw this request" }
                        p class="note" { "Only for a record made in error (entered twice, never received, a test). A request the federal agency itself withdrew was received: record it as disavowed instead." }
                        label for="withdraw-reason" { "Reason" }
                        input type="text" id="withdraw-reason" name="reason" required;
                        button type="submit" { "Propose the withdrawal" }
                    }
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
    let mut line = action_line(&form, &id);
    line.insert("type".into(), "action".into());
    let errors = match Event::from_value_all(Value::Object(line), Utc::now()) {
        Ok(e) => match write_one(&state, &c.p.actor(), e, Corrections::Proposed).await {
            Ok(_) => return Redirect::to(&format!("/requests/{}", urlencode(&id))).into_response(),
            Err(WriteError::Refused(e)) => vec![e],
            Err(WriteError::Failed(e)) => return error_page(Some(&c), &e),
        },
        Err(errors) => errors,
    };
    field_errors_page(Some(&c), &errors)
}

/// An action's fields as a form posts them, as the import contract's action (without its `type`).
fn action_line(form: &[(String, String)], id: &str) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("ref".into(), id.into());
    for k in ["at", "action", "by", "note"] {
        if !field(form, k).is_empty() {
            m.insert(k.into(), field(form, k).into());
        }
    }
    m
}

/// An action's fields (what, when, by whom, why), filled in from `record` (or empty); the element ids start
/// with `prefix`, as several forms share a page.
fn action_fields(prefix: &str, record: &Value, kinds: &[ActionKind]) -> Markup {
    let s = |k: &str| record.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
    let f = |name: &str| format!("{prefix}{name}");
    html! {
        label for=(f("action")) { "Action" }
        select id=(f("action")) name="action" {
            @for a in kinds { option value=(a.id()) selected[s("action") == a.id()] { (a.id().replace('_', " ")) } }
        }
        label for=(f("at")) { "When (2025-08-02T10:00 New York time)" }
        input type="text" id=(f("at")) name="at" value=(s("at")) required;
        label for=(f("by")) { "By (name or badge number of who did it)" }
        input type="text" id=(f("by")) name="by" value=(s("by")) required;
        label for=(f("note")) { "Why (the reason, for information given or refused)" }
        textarea id=(f("note")) name="note" { (s("note")) }
    }
}

/// An action's correction, in its fields: replace it, or withdraw it (entered in error).
fn action_correction_form(c: &Ctx, id: &str, seq: i64, record: &Value, kinds: &[ActionKind]) -> Markup {
    let s = |k: &str| record.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
    let f = |name: &str| format!("a{seq}-{name}");
    html! {
        form method="post" action={ "/requests/" (urlencode(id)) "/corrections" } {
            (csrf_input(c))
            input type="hidden" name="target" value=(seq);
            h3 { "Action entry " (seq) " (" (s("action").replace('_', " ")) ")" }
            (action_fields(&f(""), record, kinds))
            label for=(f("reason")) { "Reason for the correction" }
            input type="text" id=(f("reason")) name="reason" required;
            button type="submit" name="op" value="replace" { "Propose the corrected action" }
            " "
            button type="submit" name="op" value="withdraw" { "Propose withdrawing it (entered in error)" }
        }
    }
}

/// The request form, filled in from the record in force, for proposing a correction.
pub(super) async fn correct_form(State(state): State<Shared>, headers: HeaderMap, Path(id): Path<String>) -> Response {
    let (c, view) = match read_request(&state, &headers, &id, Permission::ProposeCorrection).await {
        Ok(r) => r,
        Err(r) => return r,
    };
    let Some(current) = view.versions.last() else {
        return error_page(Some(&c), &RegisterError::NotFound(id));
    };
    let Some(kind) = current
        .record
        .get("type")
        .and_then(Value::as_str)
        .and_then(|k| RequestKind::parse(k).ok())
    else {
        return error_page(Some(&c), &RegisterError::Integrity(format!("{id}: no type")));
    };
    request_form(
        &c,
        kind,
        &record_values(&current.record),
        &[],
        Mode::Correct { id: &id },
    )
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
    let target = field(&form, "target");
    // The correction, around the corrected record.
    let wrap = |record: Value| {
        let mut m = Map::new();
        m.insert("type".into(), "correction".into());
        m.insert("ref".into(), id.clone().into());
        m.insert("reason".into(), field(&form, "reason").into());
        if !matches!(target, "request" | "withdraw") {
            m.insert("action_seq".into(), target.into());
        }
        m.insert("record".into(), record);
        Value::Object(m)
    };
    let event = match target {
        // The corrected request, from the form's fields (as the request form reads them).
        "request" => form_to_event(&form, |mut line| {
            // The id is the one in the address: a correction cannot change it.
            line["id"] = id.clone().into();
            wrap(line)
        }),
        "withdraw" => Event::from_value_all(wrap(Value::Null), Utc::now()),
        _ if field(&form, "op") == "withdraw" => Event::from_value_all(wrap(Value::Null), Utc::now()),
        _ => Event::from_value_all(wrap(Value::Object(action_line(&form, &id))), Utc::now()),
    };
    let errors: Vec<FieldError> = match event {
        Ok(e) => match write_one(&state, &c.p.actor(), e, Corrections::Proposed).await {
            Ok(_) => return Redirect::to(&format!("/requests/{}", urlencode(&id))).into_response(),
            Err(WriteError::Refused(e)) => vec![e],
            Err(WriteError::Failed(e)) => return error_page(Some(&c), &e),
        },
        Err(errors) => errors,
    };
    if target == "request" {
        // The request form comes back as filled in, every error at its field.
        let kind = RequestKind::parse(field(&form, "type")).unwrap_or(RequestKind::Detainer);
        return request_form(&c, kind, &form, &errors, Mode::Correct { id: &id });
    }
    field_errors_page(Some(&c), &errors)
}
