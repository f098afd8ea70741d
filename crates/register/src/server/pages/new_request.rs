//! The request form: recording a new request, and correcting one (the same fields, filled in from the record
//! in force). A refused form comes back filled in, with every error next to the field it names. How the form's
//! fields become an event, and a record the form's fields, is `request_fields`.

use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use maud::html;

use super::common::{Ctx, allowed, csrf_input, error_page, field, page, posted, urlencode, write_one};
use super::request_fields::form_to_event;
use crate::auth::Permission;
use crate::error::FieldError;
use crate::event::{Agency, Basis, Event, I247aBox, Info, RequestKind, RequestedBy};
use crate::record::{Corrections, WriteError, Written};
use crate::server::Shared;

#[derive(serde::Deserialize)]
pub(super) struct NewQ {
    #[serde(rename = "type")]
    kind: Option<String>,
}

pub(super) async fn new_request(State(state): State<Shared>, headers: HeaderMap, Query(q): Query<NewQ>) -> Response {
    let c = match allowed(&state, &headers, Permission::Record).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let kind = q.kind.as_deref().and_then(|k| RequestKind::parse(k).ok());
    match kind {
        None => page(
            "New request",
            Some(&c),
            html! {
                ul {
                    li { a href="/requests/new?type=detainer" { "A civil immigration detainer (Form I-247A or similar)" } }
                    li { a href="/requests/new?type=info_request" { "A request for information (release date, court date, custody status …)" } }
                    li { a href="/requests/new?type=assistance_request" { "A request for support or assistance (§ 10-178(d))" } }
                }
                p class="note" { "Many records at once: `amparo register import FILE`, or the API (POST /api/v1/events)." }
            },
        ),
        Some(k) => request_form(&c, k, &[], &[], Mode::New),
    }
}

/// What the request form is for.
#[derive(Clone, Copy)]
pub(super) enum Mode<'a> {
    New,
    /// Proposing a correction of the request with this id (the id and the type cannot change).
    Correct {
        id: &'a str,
    },
}

/// The error's message if it names this form field: the field itself, or a part of it (`convictions line 2`,
/// `convictions[0].statute`, named before the message), or the same inside a correction's `record.`.
fn error_at(e: &FieldError, name: &str) -> Option<String> {
    let f = e.field.strip_prefix("record.").unwrap_or(&e.field);
    let rest = f.strip_prefix(name)?;
    if rest.is_empty() {
        Some(e.message.clone())
    } else if let Some(part) = rest.strip_prefix(' ') {
        Some(format!("{part}: {}", e.message))
    } else {
        rest.starts_with(['[', '.']).then(|| format!("{f}: {}", e.message))
    }
}

/// Whether the form shows the error at one of its fields.
fn placed(e: &FieldError) -> bool {
    FORM_FIELDS.iter().any(|f| error_at(e, f).is_some())
}

/// The form fields the error can be shown at.
const FORM_FIELDS: &[&str] = &[
    "id",
    "received_at",
    "receiving_agency",
    "agency",
    "requested_by",
    "person",
    "basis",
    "i247a_boxes",
    "info",
    "description",
    "exempt",
    "arrest_date",
    "judicial_warrant",
    "tsdb_possible_match",
    "reentered_after_removal",
    "convictions",
    "as_of",
    "reason",
];

pub(super) fn request_form(
    c: &Ctx,
    kind: RequestKind,
    values: &[(String, String)],
    errors: &[FieldError],
    mode: Mode<'_>,
) -> Response {
    let v = |n: &str| field(values, n).to_owned();
    let checked = |n: &str, val: &str| values.iter().any(|(k, x)| k == n && x == val);
    // Every error, shown at its field (and, for a screen reader, tied to it).
    let at = |name: &str| -> Vec<String> { errors.iter().filter_map(|e| error_at(e, name)).collect() };
    let err = |name: &str| {
        let messages = at(name);
        html! {
            @if !messages.is_empty() {
                p class="error field-error" id={ (name) "-error" } {
                    @for (i, m) in messages.iter().enumerate() { @if i > 0 { br; } (m) }
                }
            }
        }
    };
    let invalid = |name: &str| !at(name).is_empty();
    let described = |name: &str| invalid(name).then(|| format!("{name}-error"));
    let marked: Vec<&str> = errors
        .iter()
        .filter(|e| placed(e))
        .map(|e| e.field.strip_prefix("record.").unwrap_or(&e.field))
        .collect();
    let unplaced: Vec<&FieldError> = errors.iter().filter(|e| !placed(e)).collect();
    let title = match (mode, kind) {
        (Mode::New, RequestKind::Detainer) => "New detainer".to_owned(),
        (Mode::New, RequestKind::InfoRequest) => "New request for information".to_owned(),
        (Mode::New, RequestKind::AssistanceRequest) => "New request for assistance".to_owned(),
        (Mode::Correct { id }, _) => format!("Correct request {id}"),
    };
    let (action, submit) = match mode {
        Mode::New => ("/requests".to_owned(), "Record"),
        Mode::Correct { id } => (
            format!("/requests/{}/corrections", urlencode(id)),
            "Propose the correction",
        ),
    };
    let select = |name: &str, options: &[(&str, &str)]| {
        let current = v(name);
        html! {
            select id=(name) name=(name) aria-invalid=[invalid(name).then_some("true")] aria-describedby=[described(name)] {
                @for (id, label) in options {
                    option value=(id) selected[current == *id] { (label) }
                }
            }
        }
    };
    let agencies: Vec<(&str, &str)> = Agency::ALL
        .iter()
        .map(|a| {
            (
                a.id(),
                match a {
                    Agency::Doc => "Department of Correction",
                    Agency::Nypd => "Police Department",
                    Agency::Probation => "Department of Probation",
                },
            )
        })
        .collect();
    let requesters: Vec<(&str, &str)> = RequestedBy::ALL
        .iter()
        .map(|r| {
            (
                r.id(),
                match r {
                    RequestedBy::Ice => "ICE Enforcement and Removal Operations",
                    RequestedBy::Hsi => "Homeland Security Investigations",
                    RequestedBy::Cbp => "Customs and Border Protection",
                    RequestedBy::Fbi => "FBI",
                    RequestedBy::Usms => "U.S. Marshals Service",
                    RequestedBy::OtherFederal => "Other federal agency",
                },
            )
        })
        .collect();
    let text_input = |name: &str, required: bool| {
        html! {
            input type="text" id=(name) name=(name) value=(v(name)) required[required]
                aria-invalid=[invalid(name).then_some("true")] aria-describedby=[described(name)];
            (err(name))
        }
    };
    let mut res = page(
        &title,
        Some(c),
        html! {
            @if !errors.is_empty() {
                div class="error" role="alert" {
                    p {
                        @if let Mode::New = mode { "Not recorded: " } @else { "Not proposed: " }
                        @match marked.len() {
                            0 => {}
                            1 => { "see the field marked below (" (marked[0]) ")." }
                            n => { "see the " (n) " fields marked below (" (marked.join(", ")) ")." }
                        }
                    }
                    @if !unplaced.is_empty() {
                        ul { @for e in &unplaced { li { strong { (e.field) } ": " (e.message) } } }
                    }
                }
            }
            @if let Mode::Correct { .. } = mode {
                p class="note" { "Change what was recorded wrongly and give the reason. The correction is a new entry pointing to the old one (nothing is overwritten); the engine decides the corrected request again; it takes effect when a supervisor other than you approves it." }
            }
            form method="post" action=(action) {
                (csrf_input(c))
                input type="hidden" name="type" value=(kind.id());
                @if let Mode::Correct { id } = mode {
                    input type="hidden" name="target" value="request";
                    input type="hidden" name="id" value=(id);
                    p { "Request id: " code { (id) } " (an id cannot be corrected)" }
                    @if !v("as_of").is_empty() { input type="hidden" name="as_of" value=(v("as_of")); }
                } @else {
                    label for="id" { "Request id (your agency's reference)" }
                    (text_input("id", true))
                }
                label for="received_at" { "Received (2025-08-01T10:00 New York time, or a day)" }
                (text_input("received_at", true))
                @if kind == RequestKind::AssistanceRequest {
                    label for="receiving_agency" { "Receiving agency (code, as dss, acs, hra)" }
                    (text_input("receiving_agency", true))
                } @else {
                    label for="agency" { "Agency" }
                    (select("agency", &agencies))
                    (err("agency"))
                }
                label for="requested_by" { "Requested by" }
                (select("requested_by", &requesters))
                (err("requested_by"))
                @if kind != RequestKind::AssistanceRequest {
                    label for="person" { "Person (pseudonymous id; never a name)" }
                    (text_input("person", true))
                }
                @if kind == RequestKind::Detainer {
                    label for="basis" { "Basis stated by federal immigration authorities (§ 9-131(f)(1))" }
                    @let bases: Vec<(&str, &str)> = [("", "Not stated")].into_iter().chain(Basis::ALL.iter().map(|b| (b.id(), match b {
                        Basis::ReasonToBelieve => "Reason to believe the person is subject to removal",
                        Basis::ProceedingsStarted => "Removal proceedings started (notice to appear served)",
                        Basis::WarrantOfArrest => "Warrant of arrest for removal proceedings served",
                        Basis::RemovalOrder => "Order of deportation or removal obtained",
                    }))).collect();
                    (select("basis", &bases))
                    (err("basis"))
                    fieldset class="inline" {
                        legend { "Form I-247A boxes ticked" }
                        @for b in I247aBox::ALL {
                            label { input type="checkbox" name="i247a_boxes" value=(b.id()) checked[checked("i247a_boxes", b.id())]; " " (b.id().replace('_', " ")) }
                        }
                        (err("i247a_boxes"))
                    }
                }
                @if kind == RequestKind::InfoRequest {
                    fieldset class="inline" {
                        legend { "What was asked" }
                        @for i in Info::ALL {
                            label { input type="checkbox" name="info" value=(i.id()) checked[checked("info", i.id())]; " " (i.id().replace('_', " ")) }
                        }
                        (err("info"))
                    }
                }
                @if kind == RequestKind::AssistanceRequest {
                    label for="description" { "What was asked" }
                    textarea id="description" name="description" required aria-invalid=[invalid("description").then_some("true")] aria-describedby=[described("description")] { (v("description")) }
                    (err("description"))
                    label for="exempt" { "Withhold from the § 10-178(d) report because disclosure would …" }
                    (select("exempt", &[("", "— (report it)"), ("investigation", "interfere with a law enforcement investigation"), ("public_safety", "compromise public safety (cooperative arrangement, (e)(i))")]))
                    (err("exempt"))
                }
                @if kind != RequestKind::AssistanceRequest {
                    h2 { "The facts the detainer engine needs" }
                    @if kind == RequestKind::InfoRequest { p class="note" { "Optional for an information request: give them and the engine says whether staff may answer (§ 9-131(h)(1))." } }
                    label for="arrest_date" { "Date of the arrest (YYYY-MM-DD)" }
                    (text_input("arrest_date", false))
                    div class="inline" {
                        label { input type="checkbox" name="judicial_warrant" value="true" checked[checked("judicial_warrant", "true")]; " A judicial warrant (Article III or federal magistrate judge) was presented with the detainer" }
                        br;
                        label { input type="checkbox" name="tsdb_possible_match" value="true" checked[checked("tsdb_possible_match", "true")]; " The search shows a possible terrorist screening database match" }
                        br;
                        label { input type="checkbox" name="reentered_after_removal" value="true" checked[checked("reentered_after_removal", "true")]; " The search shows illegal re-entry after removal" }
                    }
                    (err("judicial_warrant"))
                    (err("tsdb_possible_match"))
                    (err("reentered_after_removal"))
                    label for="convictions" { "Convictions, one a line: statute | felony or not felony | judgment date [| jurisdiction | New York equivalent] (or one conviction as a JSON object, as the import contract writes it)" }
                    textarea id="convictions" name="convictions" placeholder="PL 120.05 | felony | 2021-03-01" aria-invalid=[invalid("convictions").then_some("true")] aria-describedby=[described("convictions")] { (v("convictions")) }
                    (err("convictions"))
                }
                @if let Mode::Correct { .. } = mode {
                    label for="reason" { "Reason for the correction" }
                    (text_input("reason", true))
                }
                button type="submit" { (submit) }
            }
        },
    );
    if !errors.is_empty() {
        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    res
}

pub(super) async fn create_request(
    State(state): State<Shared>,
    headers: HeaderMap,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let c = match posted(&state, &headers, Permission::Record, &form).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let kind = RequestKind::parse(field(&form, "type")).unwrap_or(RequestKind::Detainer);
    let event = match form_to_event(&form, |line| line) {
        Ok(e @ Event::Request(_)) => e,
        Ok(_) => {
            return request_form(&c, kind, &form, &[FieldError::new("type", "not a request")], Mode::New);
        }
        Err(errors) => return request_form(&c, kind, &form, &errors, Mode::New),
    };
    let id = field(&form, "id").to_owned();
    match write_one(&state, &c.p.actor(), event, Corrections::Proposed).await {
        Ok(Written::Entry(_)) => Redirect::to(&format!("/requests/{}", urlencode(&id))).into_response(),
        Ok(Written::Already(_)) => Redirect::to(&format!("/requests/{}", urlencode(&id))).into_response(),
        Ok(Written::Proposed(_)) => Redirect::to("/").into_response(),
        Err(WriteError::Refused(e)) => request_form(&c, kind, &form, &[e], Mode::New),
        Err(WriteError::Failed(e)) => error_page(Some(&c), &e),
    }
}
