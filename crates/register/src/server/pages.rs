//! The staff web UI: server-rendered HTML forms (maud), no JavaScript. Every read of a request or of a
//! person's records is logged before the page is sent.

use axum::Form;
use axum::Router;
use axum::extract::{Extension, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use chrono::Utc;
use maud::{DOCTYPE, Markup, html};
use serde_json::{Map, Value};
use sqlx::Row;

use super::{ClientIp, SESSION_COOKIE, Shared, page_principal, status_of};
use crate::auth::{self, Permission, Principal, Role};
use crate::error::{FieldError, RegisterError};
use crate::event::{ActionKind, Agency, Basis, Event, I247aBox, Info, RequestKind, RequestedBy};
use crate::record::{self, Corrections, Lookup, WriteError, Written};
use crate::report::{self, Law, Options, Period};

pub fn routes() -> Router<Shared> {
    Router::new()
        .route("/", get(home))
        .route("/style.css", get(style))
        .route("/login", get(login_form).post(login))
        .route("/logout", post(logout))
        .route("/requests", get(search).post(create_request))
        .route("/requests/new", get(new_request))
        .route("/requests/{id}", get(show_request))
        .route("/requests/{id}/actions", post(add_action))
        .route("/requests/{id}/corrections", post(propose_correction))
        .route("/proposals", get(proposals))
        .route("/proposals/{seq}/review", post(review))
        .route("/reports", get(reports_form))
        .route("/reports/run", get(run_report))
        .route("/log", get(log_page))
        .route("/verify", post(verify))
        .route("/accounts", get(accounts).post(create_account))
        .route("/accounts/{name}", post(change_account))
        .route("/tokens", post(create_token))
        .route("/tokens/{id}/revoke", post(revoke_token))
}

/// A signed-in page request.
struct Ctx {
    p: Principal,
    csrf: String,
    cookie: String,
}

async fn ctx(state: &Shared, headers: &HeaderMap) -> Result<Ctx, Response> {
    match page_principal(state, headers).await {
        Ok(Some((p, csrf, cookie))) => Ok(Ctx { p, csrf, cookie }),
        Ok(None) => Err(Redirect::to("/login").into_response()),
        Err(e) => Err(error_page(None, &e)),
    }
}

/// The signed-in request, if its role may do `perm`.
async fn allowed(state: &Shared, headers: &HeaderMap, perm: Permission) -> Result<Ctx, Response> {
    let c = ctx(state, headers).await?;
    if let Err(e) = c.p.require(perm) {
        return Err(error_page(Some(&c), &e));
    }
    Ok(c)
}

/// A state-changing form: signed in, allowed, and carrying the session's CSRF token.
async fn posted(
    state: &Shared,
    headers: &HeaderMap,
    perm: Permission,
    form: &[(String, String)],
) -> Result<Ctx, Response> {
    let c = allowed(state, headers, perm).await?;
    let token = field(form, "csrf");
    if token.is_empty() || token != c.csrf {
        return Err((
            StatusCode::FORBIDDEN,
            "the form's CSRF token is missing or stale: reload the page",
        )
            .into_response());
    }
    Ok(c)
}

fn field<'a>(form: &'a [(String, String)], name: &str) -> &'a str {
    form.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim())
        .unwrap_or("")
}

fn fields<'a>(form: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    form.iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.trim())
        .filter(|v| !v.is_empty())
        .collect()
}

fn csrf_input(c: &Ctx) -> Markup {
    html! { input type="hidden" name="csrf" value=(c.csrf); }
}

fn page(title: &str, c: Option<&Ctx>, body: Markup) -> Response {
    let markup = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · Amparo register" }
                link rel="stylesheet" href="/style.css";
            }
            body {
                header {
                    strong { a href="/" { "Amparo register" } }
                    @if let Some(c) = c {
                        @if c.p.role.may(Permission::Record) { a href="/requests/new" { "New request" } }
                        @if c.p.role.may(Permission::ApproveCorrection) { a href="/proposals" { "Corrections to review" } }
                        @if c.p.role.may(Permission::RunReports) { a href="/reports" { "Reports" } }
                        @if c.p.role.may(Permission::ReadLog) { a href="/log" { "Log and verify" } }
                        @if c.p.role.may(Permission::ManageAccounts) { a href="/accounts" { "Accounts" } }
                        span class="who" { (c.p.name) " (" (c.p.role.id()) ")" }
                        form method="post" action="/logout" { (csrf_input(c)) button type="submit" { "Sign out" } }
                    }
                }
                main { h1 { (title) } (body) }
            }
        }
    };
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        )],
        markup.into_string(),
    )
        .into_response()
}

fn error_page(c: Option<&Ctx>, e: &RegisterError) -> Response {
    let (status, message) = status_of(e);
    let mut res = page(
        "Not done",
        c,
        html! { p class="error" { (message) } p { a href="/" { "Back to the start" } } },
    );
    *res.status_mut() = status;
    res
}

async fn style() -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/css; charset=utf-8"),
        )],
        include_str!("style.css"),
    )
        .into_response()
}

// ---------------------------------------------------------------------------------------------------------
// Signing in

async fn login_form(State(state): State<Shared>, headers: HeaderMap) -> Response {
    if let Ok(Some(_)) = page_principal(&state, &headers).await {
        return Redirect::to("/").into_response();
    }
    login_page(None, StatusCode::OK)
}

fn login_page(message: Option<&str>, status: StatusCode) -> Response {
    let mut res = page(
        "Sign in",
        None,
        html! {
            @if let Some(m) = message { p class="error" { (m) } }
            form method="post" action="/login" {
                label for="name" { "Name" }
                input type="text" id="name" name="name" autocomplete="username" required;
                label for="password" { "Password" }
                input type="password" id="password" name="password" autocomplete="current-password" required;
                button type="submit" { "Sign in" }
            }
            p class="note" { "For the staff of the agency that keeps this register. Every reading of a record is logged." }
        },
    );
    *res.status_mut() = status;
    res
}

async fn login(
    State(state): State<Shared>,
    Extension(ip): Extension<ClientIp>,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let name = field(&form, "name").to_owned();
    let password = form
        .iter()
        .find(|(k, _)| k == "password")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    if let Some(wait) = state.limiter.blocked(&name, &ip.0) {
        let mut res = login_page(
            Some(&format!(
                "Too many failed sign-ins. Try again in {} minute(s).",
                wait.div_ceil(60)
            )),
            StatusCode::TOO_MANY_REQUESTS,
        );
        if let Ok(v) = HeaderValue::from_str(&wait.to_string()) {
            res.headers_mut().insert(header::RETRY_AFTER, v);
        }
        return res;
    }
    match auth::check_password(&state.reg, &name, &password).await {
        Ok(Some(p)) => {
            state.limiter.succeeded(&name);
            match auth::start_session(&state.reg, &p).await {
                Ok((cookie, _)) => {
                    let secure = if state.secure_cookies { "; Secure" } else { "" };
                    let value = format!(
                        "{SESSION_COOKIE}={cookie}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}{secure}",
                        auth::SESSION_HOURS * 3600
                    );
                    let mut res = Redirect::to("/").into_response();
                    if let Ok(v) = HeaderValue::from_str(&value) {
                        res.headers_mut().insert(header::SET_COOKIE, v);
                    }
                    res
                }
                Err(e) => error_page(None, &e),
            }
        }
        Ok(None) => {
            state.limiter.failed(&name, &ip.0);
            login_page(Some("Name or password not recognized."), StatusCode::UNAUTHORIZED)
        }
        Err(e) => error_page(None, &e),
    }
}

async fn logout(State(state): State<Shared>, headers: HeaderMap, Form(form): Form<Vec<(String, String)>>) -> Response {
    let c = match ctx(&state, &headers).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    if field(&form, "csrf") != c.csrf {
        return (StatusCode::FORBIDDEN, "stale form").into_response();
    }
    if let Err(e) = auth::end_session(&state.reg, &c.cookie, &c.p).await {
        return error_page(None, &e);
    }
    let mut res = Redirect::to("/login").into_response();
    let clear = format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    if let Ok(v) = HeaderValue::from_str(&clear) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    res
}

// ---------------------------------------------------------------------------------------------------------
// Home and search

async fn home(State(state): State<Shared>, headers: HeaderMap) -> Response {
    let c = match ctx(&state, &headers).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let recent = if c.p.role.may(Permission::ReadRecords) {
        // The list shows no person ids: opening a request (a logged read) shows them.
        sqlx::query(
            "SELECT r.id, r.type, r.agency, r.received_at, r.decision FROM requests r WHERE NOT EXISTS (SELECT 1 FROM requests n WHERE n.corrects = r.seq) ORDER BY r.seq DESC LIMIT 50",
        )
        .fetch_all(state.reg.pool())
        .await
        .unwrap_or_default()
    } else {
        Vec::new()
    };
    page(
        "Start",
        Some(&c),
        html! {
            @if c.p.role.may(Permission::ReadRecords) {
                form method="get" action="/requests" {
                    label for="q" { "Find a request by its id, or a person's requests by their pseudonymous id" }
                    input type="search" id="q" name="q" required;
                    button type="submit" { "Find" }
                }
                h2 { "Latest requests" }
                table {
                    tr { th { "Request" } th { "Type" } th { "Agency" } th { "Received" } th { "Engine's decision" } }
                    @for r in &recent {
                        @let id: String = r.try_get(0).unwrap_or_default();
                        tr {
                            td { a href={ "/requests/" (urlencode(&id)) } { (id) } }
                            td { (r.try_get::<String, _>(1).unwrap_or_default()) }
                            td { (r.try_get::<String, _>(2).unwrap_or_default()) }
                            td { (r.try_get::<String, _>(3).unwrap_or_default()) }
                            td { (r.try_get::<Option<String>, _>(4).ok().flatten().unwrap_or_default()) }
                        }
                    }
                }
            }
            @if c.p.role == Role::Admin {
                p { a href="/accounts" { "Manage accounts and API tokens" } }
            }
        },
    )
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[derive(serde::Deserialize)]
struct Q {
    q: Option<String>,
}

async fn search(State(state): State<Shared>, headers: HeaderMap, Query(q): Query<Q>) -> Response {
    let c = match allowed(&state, &headers, Permission::ReadRecords).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let q = q.q.unwrap_or_default().trim().to_owned();
    if q.is_empty() {
        return Redirect::to("/").into_response();
    }
    let is_request = sqlx::query("SELECT 1 FROM requests WHERE id = $1")
        .bind(&q)
        .fetch_optional(state.reg.pool())
        .await;
    if let Ok(Some(_)) = is_request {
        return Redirect::to(&format!("/requests/{}", urlencode(&q))).into_response();
    }
    // A person's requests: a read of that person's records, logged first.
    let logged = async {
        let mut a = state.reg.append().await?;
        record::log_read(&mut a, &c.p.actor(), "person", &q, "web");
        a.commit().await
    };
    if let Err(e) = logged.await {
        return error_page(Some(&c), &e);
    }
    let rows = sqlx::query(
        "SELECT r.id, r.type, r.agency, r.received_at, r.decision FROM requests r WHERE r.person = $1 AND NOT EXISTS (SELECT 1 FROM requests n WHERE n.corrects = r.seq) ORDER BY r.received_day",
    )
    .bind(&q)
    .fetch_all(state.reg.pool())
    .await
    .unwrap_or_default();
    page(
        &format!("Requests about {q}"),
        Some(&c),
        html! {
            @if rows.is_empty() { p { "No request has this id, and no person this pseudonymous id." } }
            @else {
                table {
                    tr { th { "Request" } th { "Type" } th { "Agency" } th { "Received" } th { "Engine's decision" } }
                    @for r in &rows {
                        @let id: String = r.try_get(0).unwrap_or_default();
                        tr {
                            td { a href={ "/requests/" (urlencode(&id)) } { (id) } }
                            td { (r.try_get::<String, _>(1).unwrap_or_default()) }
                            td { (r.try_get::<String, _>(2).unwrap_or_default()) }
                            td { (r.try_get::<String, _>(3).unwrap_or_default()) }
                            td { (r.try_get::<Option<String>, _>(4).ok().flatten().unwrap_or_default()) }
                        }
                    }
                }
            }
        },
    )
}

// ---------------------------------------------------------------------------------------------------------
// New requests

#[derive(serde::Deserialize)]
struct NewQ {
    #[serde(rename = "type")]
    kind: Option<String>,
}

async fn new_request(State(state): State<Shared>, headers: HeaderMap, Query(q): Query<NewQ>) -> Response {
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
        Some(k) => request_form(&c, k, &[], None),
    }
}

fn request_form(c: &Ctx, kind: RequestKind, values: &[(String, String)], error: Option<&FieldError>) -> Response {
    let v = |n: &str| field(values, n).to_owned();
    let checked = |n: &str, val: &str| values.iter().any(|(k, x)| k == n && x == val);
    let title = match kind {
        RequestKind::Detainer => "New detainer",
        RequestKind::InfoRequest => "New request for information",
        RequestKind::AssistanceRequest => "New request for assistance",
    };
    let select = |name: &str, options: &[(&str, &str)]| {
        let current = v(name);
        html! {
            select id=(name) name=(name) {
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
    let mut res = page(
        title,
        Some(c),
        html! {
            @if let Some(e) = error { p class="error" { "Not recorded: " strong { (e.field) } ": " (e.message) } }
            form method="post" action="/requests" {
                (csrf_input(c))
                input type="hidden" name="type" value=(kind.id());
                label for="id" { "Request id (your agency's reference)" }
                input type="text" id="id" name="id" value=(v("id")) required;
                label for="received_at" { "Received (2025-08-01T10:00 New York time, or a day)" }
                input type="text" id="received_at" name="received_at" value=(v("received_at")) required;
                @if kind == RequestKind::AssistanceRequest {
                    label for="receiving_agency" { "Receiving agency (code, as dss, acs, hra)" }
                    input type="text" id="receiving_agency" name="receiving_agency" value=(v("receiving_agency")) required;
                } @else {
                    label for="agency" { "Agency" }
                    (select("agency", &agencies))
                }
                label for="requested_by" { "Requested by" }
                (select("requested_by", &requesters))
                @if kind != RequestKind::AssistanceRequest {
                    label for="person" { "Person (pseudonymous id; never a name)" }
                    input type="text" id="person" name="person" value=(v("person")) required;
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
                    fieldset class="inline" {
                        legend { "Form I-247A boxes ticked" }
                        @for b in I247aBox::ALL {
                            label { input type="checkbox" name="i247a_boxes" value=(b.id()) checked[checked("i247a_boxes", b.id())]; " " (b.id().replace('_', " ")) }
                        }
                    }
                }
                @if kind == RequestKind::InfoRequest {
                    fieldset class="inline" {
                        legend { "What was asked" }
                        @for i in Info::ALL {
                            label { input type="checkbox" name="info" value=(i.id()) checked[checked("info", i.id())]; " " (i.id().replace('_', " ")) }
                        }
                    }
                }
                @if kind == RequestKind::AssistanceRequest {
                    label for="description" { "What was asked" }
                    textarea id="description" name="description" required { (v("description")) }
                    label for="exempt" { "Withhold from the § 10-178(d) report because disclosure would …" }
                    (select("exempt", &[("", "— (report it)"), ("investigation", "interfere with a law enforcement investigation"), ("public_safety", "compromise public safety (cooperative arrangement, (e)(i))")]))
                }
                @if kind != RequestKind::AssistanceRequest {
                    h2 { "The facts the detainer engine needs" }
                    @if kind == RequestKind::InfoRequest { p class="note" { "Optional for an information request: give them and the engine says whether staff may answer (§ 9-131(h)(1))." } }
                    label for="arrest_date" { "Date of the arrest (YYYY-MM-DD)" }
                    input type="text" id="arrest_date" name="arrest_date" value=(v("arrest_date"));
                    div class="inline" {
                        label { input type="checkbox" name="judicial_warrant" value="true" checked[checked("judicial_warrant", "true")]; " A judicial warrant (Article III or federal magistrate judge) was presented with the detainer" }
                        br;
                        label { input type="checkbox" name="tsdb_possible_match" value="true" checked[checked("tsdb_possible_match", "true")]; " The search shows a possible terrorist screening database match" }
                        br;
                        label { input type="checkbox" name="reentered_after_removal" value="true" checked[checked("reentered_after_removal", "true")]; " The search shows illegal re-entry after removal" }
                    }
                    label for="convictions" { "Convictions, one a line: statute | felony or not felony | judgment date [| jurisdiction | New York equivalent]" }
                    textarea id="convictions" name="convictions" placeholder="PL 120.05 | felony | 2021-03-01" { (v("convictions")) }
                }
                button type="submit" { "Record" }
            }
        },
    );
    if error.is_some() {
        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    res
}

/// The conviction lines of the form, as the engine's JSON.
fn convictions(text: &str) -> Result<Vec<Value>, FieldError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().map(str::trim).filter(|l| !l.is_empty()).enumerate() {
        let parts: Vec<&str> = line.split('|').map(str::trim).collect();
        let bad = |m: &str| FieldError::new(format!("convictions line {}", i + 1), m.to_owned());
        if parts.len() < 3 {
            return Err(bad("write: statute | felony or not felony | judgment date"));
        }
        let felony = match parts[1].to_ascii_lowercase().as_str() {
            "felony" | "yes" | "true" => true,
            "not felony" | "misdemeanor" | "no" | "false" => false,
            _ => return Err(bad("the second part is \"felony\" or \"not felony\"")),
        };
        let mut m = Map::new();
        m.insert("statute".into(), parts[0].into());
        m.insert("felony".into(), felony.into());
        m.insert("judgment_date".into(), parts[2].into());
        if let Some(j) = parts.get(3).filter(|s| !s.is_empty()) {
            m.insert("jurisdiction".into(), (*j).into());
        }
        if let Some(e) = parts.get(4).filter(|s| !s.is_empty()) {
            m.insert("ny_equivalent".into(), (*e).into());
        }
        out.push(Value::Object(m));
    }
    Ok(out)
}

/// The form's fields as the import contract's JSON line.
fn form_event(form: &[(String, String)]) -> Result<Value, FieldError> {
    let kind = RequestKind::parse(field(form, "type")).map_err(|e| FieldError::new("type", e))?;
    let mut m = Map::new();
    m.insert("type".into(), kind.id().into());
    for k in ["id", "received_at", "requested_by"] {
        m.insert(k.into(), field(form, k).into());
    }
    match kind {
        RequestKind::AssistanceRequest => {
            m.insert("receiving_agency".into(), field(form, "receiving_agency").into());
            m.insert("description".into(), field(form, "description").into());
            if !field(form, "exempt").is_empty() {
                m.insert("exempt".into(), field(form, "exempt").into());
            }
            return Ok(Value::Object(m));
        }
        _ => {
            m.insert("agency".into(), field(form, "agency").into());
            m.insert("person".into(), field(form, "person").into());
        }
    }
    if kind == RequestKind::Detainer {
        let b = field(form, "basis");
        m.insert("basis".into(), if b.is_empty() { Value::Null } else { b.into() });
        let boxes = fields(form, "i247a_boxes");
        if !boxes.is_empty() {
            m.insert("i247a_boxes".into(), boxes.into());
        }
    } else {
        m.insert("info".into(), fields(form, "info").into());
    }
    let arrest = field(form, "arrest_date");
    let has_facts = !arrest.is_empty() || kind == RequestKind::Detainer;
    if has_facts {
        m.insert("arrest_date".into(), arrest.into());
        for k in ["judicial_warrant", "tsdb_possible_match", "reentered_after_removal"] {
            if field(form, k) == "true" {
                m.insert(k.into(), true.into());
            }
        }
        let c = convictions(field(form, "convictions"))?;
        if !c.is_empty() {
            m.insert("convictions".into(), c.into());
        }
    }
    Ok(Value::Object(m))
}

async fn write_one(state: &Shared, actor: &str, event: Event, corrections: Corrections) -> Result<Written, WriteError> {
    let mut a = state.reg.append().await?;
    let mut look = Lookup::default();
    let w = record::write_event(&mut a, &mut look, actor, event, corrections).await?;
    a.commit().await?;
    Ok(w)
}

async fn create_request(
    State(state): State<Shared>,
    headers: HeaderMap,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let c = match posted(&state, &headers, Permission::Record, &form).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let kind = RequestKind::parse(field(&form, "type")).unwrap_or(RequestKind::Detainer);
    let event = form_event(&form).and_then(|v| Event::from_value(v, Utc::now()));
    let event = match event {
        Ok(e @ Event::Request(_)) => e,
        Ok(_) => return request_form(&c, kind, &form, Some(&FieldError::new("type", "not a request"))),
        Err(e) => return request_form(&c, kind, &form, Some(&e)),
    };
    let id = field(&form, "id").to_owned();
    match write_one(&state, &c.p.actor(), event, Corrections::Proposed).await {
        Ok(Written::Entry(_)) => Redirect::to(&format!("/requests/{}", urlencode(&id))).into_response(),
        Ok(Written::Already(_)) => Redirect::to(&format!("/requests/{}", urlencode(&id))).into_response(),
        Ok(Written::Proposed(_)) => Redirect::to("/").into_response(),
        Err(WriteError::Refused(e)) => request_form(&c, kind, &form, Some(&e)),
        Err(WriteError::Failed(e)) => error_page(Some(&c), &e),
    }
}

// ---------------------------------------------------------------------------------------------------------
// One request

async fn show_request(State(state): State<Shared>, headers: HeaderMap, Path(id): Path<String>) -> Response {
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

async fn add_action(
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

async fn propose_correction(
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

// ---------------------------------------------------------------------------------------------------------
// Review of corrections

async fn proposals(State(state): State<Shared>, headers: HeaderMap) -> Response {
    let c = match allowed(&state, &headers, Permission::ApproveCorrection).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let pending = match crate::view::pending_proposals(&state.reg).await {
        Ok(p) => p,
        Err(e) => return error_page(Some(&c), &e),
    };
    page(
        "Corrections to review",
        Some(&c),
        html! {
            @if pending.is_empty() { p { "None waiting." } }
            table {
                tr { th { "Entry" } th { "Request" } th { "Proposed by" } th { "When" } th { "Review" } }
                @for (seq, rid, by, at) in &pending {
                    tr {
                        td { (seq) }
                        td { a href={ "/requests/" (urlencode(rid)) } { (rid) } }
                        td { (by) }
                        td { (at) }
                        td {
                            @if *by == c.p.actor() { "yours: another supervisor reviews it" }
                            @else {
                                form method="post" action={ "/proposals/" (seq) "/review" } {
                                    (csrf_input(&c))
                                    button type="submit" name="approve" value="yes" { "Approve" }
                                    " "
                                    button type="submit" name="approve" value="no" { "Reject" }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}

async fn review(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(seq): Path<i64>,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let c = match posted(&state, &headers, Permission::ApproveCorrection, &form).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let approve = field(&form, "approve") == "yes";
    let result = async {
        let mut a = state.reg.append().await?;
        let w = record::review(&mut a, &c.p.actor(), seq, approve, Utc::now()).await?;
        a.commit().await?;
        Ok::<_, WriteError>(w)
    }
    .await;
    match result {
        Ok(_) => Redirect::to("/proposals").into_response(),
        Err(WriteError::Refused(e)) => error_page(Some(&c), &RegisterError::Field(e)),
        Err(WriteError::Failed(e)) => error_page(Some(&c), &e),
    }
}

// ---------------------------------------------------------------------------------------------------------
// Reports

async fn reports_form(State(state): State<Shared>, headers: HeaderMap) -> Response {
    let c = match allowed(&state, &headers, Permission::RunReports).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    page(
        "Reports",
        Some(&c),
        html! {
            form method="get" action="/reports/run" {
                label for="law" { "Report" }
                select id="law" name="law" {
                    @for l in Law::ALL { option value=(l.id()) { (l.spec().subdivision) " — " (l.spec().title) } }
                }
                label for="period" { "Period: a year for the 12 months ending June 30 (2026), a quarter (2026Q1), or FROM/TO" }
                input type="text" id="period" name="period" required;
                label for="format" { "Format" }
                select id="format" name="format" { option value="pdf" { "PDF" } option value="json" { "JSON (figures with their records)" } option value="csv" { "CSV" } }
                div class="inline" {
                    label { input type="checkbox" name="anonymize" value="yes"; " Anonymized (small cells suppressed, no record ids; always for § 10-178(d))" }
                }
                button type="submit" { "Make the report" }
            }
            p class="note" { (report::SUPPRESSION_RULE) }
        },
    )
}

#[derive(serde::Deserialize)]
struct RunQ {
    law: String,
    period: String,
    format: Option<String>,
    anonymize: Option<String>,
    min_cell: Option<u64>,
}

async fn run_report(State(state): State<Shared>, headers: HeaderMap, Query(q): Query<RunQ>) -> Response {
    let c = match allowed(&state, &headers, Permission::RunReports).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    match make_report(
        &state,
        &c.p,
        &q.law,
        &q.period,
        q.format.as_deref(),
        q.anonymize.as_deref(),
        q.min_cell,
    )
    .await
    {
        Ok(r) => r,
        Err(e) => error_page(Some(&c), &e),
    }
}

/// A report as a download (shared with the API).
pub async fn make_report(
    state: &Shared,
    p: &Principal,
    law: &str,
    period: &str,
    format: Option<&str>,
    anonymize: Option<&str>,
    min_cell: Option<u64>,
) -> Result<Response, RegisterError> {
    p.require(Permission::RunReports)?;
    let law = Law::parse(law)?;
    let period = Period::parse(law, period)?;
    let format = report::Format::parse(format.unwrap_or("json"))?;
    let mut options = Options::for_law(law);
    if matches!(anonymize, Some("yes" | "true" | "1")) {
        options.anonymize = true;
    }
    if let Some(m) = min_cell {
        options.min_cell = m.max(2);
    }
    let r = report::compute::build(&state.reg, law, period, options, &p.actor()).await?;
    let bytes = report::render(&r, format)?;
    let name = format!(
        "amparo-{}-{}-{}.{}",
        law.id(),
        period.from,
        period.to,
        format.extension()
    );
    let disposition = format!("attachment; filename=\"{name}\"");
    let mut res = bytes.into_response();
    res.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(format.content_type()));
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(res)
}

// ---------------------------------------------------------------------------------------------------------
// The log and verify (auditors)

#[derive(serde::Deserialize)]
struct LogQ {
    before: Option<i64>,
}

async fn log_page(State(state): State<Shared>, headers: HeaderMap, Query(q): Query<LogQ>) -> Response {
    let c = match allowed(&state, &headers, Permission::ReadLog).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let before = q.before.unwrap_or(i64::MAX);
    let rows =
        sqlx::query("SELECT seq, at, actor, kind, subject, body FROM log WHERE seq < $1 ORDER BY seq DESC LIMIT 100")
            .bind(before)
            .fetch_all(state.reg.pool())
            .await
            .unwrap_or_default();
    let first = rows.first().and_then(|r| r.try_get::<i64, _>(0).ok()).unwrap_or(0);
    let last = rows.last().and_then(|r| r.try_get::<i64, _>(0).ok()).unwrap_or(0);
    // The log holds records: reading it is logged too.
    let logged = async {
        let mut a = state.reg.append().await?;
        record::log_read(&mut a, &c.p.actor(), "log", &format!("{last}-{first}"), "web");
        a.commit().await
    };
    if let Err(e) = logged.await {
        return error_page(Some(&c), &e);
    }
    page(
        "Log",
        Some(&c),
        html! {
            form method="post" action="/verify" { (csrf_input(&c)) button type="submit" { "Verify the whole register now" } }
            table {
                tr { th { "Entry" } th { "When" } th { "Who" } th { "Kind" } th { "Subject" } th { "Body" } }
                @for r in &rows {
                    @let body: String = r.try_get(5).unwrap_or_default();
                    tr {
                        td { (r.try_get::<i64, _>(0).unwrap_or(0)) }
                        td { (r.try_get::<String, _>(1).unwrap_or_default()) }
                        td { (r.try_get::<String, _>(2).unwrap_or_default()) }
                        td { (r.try_get::<String, _>(3).unwrap_or_default()) }
                        td { (r.try_get::<String, _>(4).unwrap_or_default()) }
                        td class="mono" { (body.chars().take(240).collect::<String>()) @if body.chars().count() > 240 { "…" } }
                    }
                }
            }
            @if last > 1 { p { a href={ "/log?before=" (last) } { "Older entries" } } }
        },
    )
}

async fn verify(State(state): State<Shared>, headers: HeaderMap, Form(form): Form<Vec<(String, String)>>) -> Response {
    let c = match posted(&state, &headers, Permission::ReadLog, &form).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    match crate::verify::verify(&state.reg, None).await {
        Ok(v) => page(
            "Verify",
            Some(&c),
            html! {
                @if v.ok { p class="ok" { "The register verifies: " (v.entries) " entries, head entry " (v.head_seq) ", hash " code { (v.head_hash) } "." } }
                @else {
                    p class="error" { (v.problem_count) " problem(s) found:" }
                    ul { @for p in &v.problems { li { (p) } } }
                }
                p class="note" { "Keep the head hash somewhere outside this database (every report prints it): `amparo register verify --expect SEQ:HASH` then proves that the chain up to it was not rewritten." }
            },
        ),
        Err(e) => error_page(Some(&c), &e),
    }
}

// ---------------------------------------------------------------------------------------------------------
// Accounts (administrators)

async fn accounts(State(state): State<Shared>, headers: HeaderMap) -> Response {
    let c = match allowed(&state, &headers, Permission::ManageAccounts).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    accounts_page(&state, &c, None).await
}

async fn accounts_page(state: &Shared, c: &Ctx, message: Option<Markup>) -> Response {
    let list = auth::accounts(&state.reg).await.unwrap_or_default();
    let tokens = auth::tokens(&state.reg).await.unwrap_or_default();
    let roles = Role::ALL;
    page(
        "Accounts",
        Some(c),
        html! {
            @if let Some(m) = message { (m) }
            table {
                tr { th { "Name" } th { "Role" } th { "State" } th { "Change" } }
                @for a in &list {
                    tr {
                        td { (a.name) }
                        td { (a.role.id()) }
                        td { (if a.disabled { "disabled" } else { "active" }) @if !a.has_password { " (tokens only)" } }
                        td {
                            form method="post" action={ "/accounts/" (urlencode(&a.name)) } {
                                (csrf_input(c))
                                select name="role" aria-label="role" { @for r in roles { option value=(r.id()) selected[*r == a.role] { (r.id()) } } }
                                button type="submit" name="op" value="role" { "Set role" }
                                " "
                                @if a.disabled { button type="submit" name="op" value="enable" { "Enable" } }
                                @else { button type="submit" name="op" value="disable" { "Disable" } }
                                " "
                                input type="password" name="password" aria-label="new password" placeholder="new password" autocomplete="new-password";
                                button type="submit" name="op" value="password" { "Set password" }
                            }
                        }
                    }
                }
            }
            h2 { "New account" }
            form method="post" action="/accounts" {
                (csrf_input(c))
                label for="name" { "Name" }
                input type="text" id="name" name="name" required;
                label for="role" { "Role" }
                select id="role" name="role" { @for r in roles { option value=(r.id()) { (r.id()) } } }
                label for="password" { "Password (at least " (auth::MIN_PASSWORD) " characters; empty: an account for API tokens only)" }
                input type="password" id="password" name="password" autocomplete="new-password";
                button type="submit" { "Create" }
            }
            h2 { "API tokens" }
            table {
                tr { th { "Token" } th { "Account" } th { "Label" } th { "Created" } th { "" } }
                @for (id, account, label, created, revoked) in &tokens {
                    tr {
                        td { code { (id) } }
                        td { (account) }
                        td { (label) }
                        td { (created) }
                        td {
                            @if *revoked { "revoked" }
                            @else {
                                form method="post" action={ "/tokens/" (id) "/revoke" } { (csrf_input(c)) button type="submit" { "Revoke" } }
                            }
                        }
                    }
                }
            }
            form method="post" action="/tokens" {
                (csrf_input(c))
                label for="account" { "New token for account" }
                select id="account" name="account" { @for a in &list { option value=(a.name) { (a.name) " (" (a.role.id()) ")" } } }
                label for="label" { "Label (which system uses it)" }
                input type="text" id="label" name="label" required;
                button type="submit" { "Create token" }
            }
        },
    )
}

async fn create_account(
    State(state): State<Shared>,
    headers: HeaderMap,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let c = match posted(&state, &headers, Permission::ManageAccounts, &form).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let password = form
        .iter()
        .find(|(k, _)| k == "password")
        .map(|(_, v)| v.as_str())
        .filter(|p| !p.is_empty());
    let result = match Role::parse(field(&form, "role")) {
        Ok(role) => auth::create_account(&state.reg, &c.p.actor(), field(&form, "name"), role, password).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => Redirect::to("/accounts").into_response(),
        Err(e) => error_page(Some(&c), &e),
    }
}

async fn change_account(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(name): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let c = match posted(&state, &headers, Permission::ManageAccounts, &form).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let actor = c.p.actor();
    let result = match field(&form, "op") {
        "role" => match Role::parse(field(&form, "role")) {
            Ok(r) => auth::set_role(&state.reg, &actor, &name, r).await,
            Err(e) => Err(e),
        },
        "disable" if name == c.p.name => Err(RegisterError::Conflict("you cannot disable your own account".into())),
        "disable" => auth::set_disabled(&state.reg, &actor, &name, true).await,
        "enable" => auth::set_disabled(&state.reg, &actor, &name, false).await,
        "password" => {
            let pw = form
                .iter()
                .find(|(k, _)| k == "password")
                .map(|(_, v)| v.as_str())
                .unwrap_or("");
            auth::set_password(&state.reg, &actor, &name, pw).await
        }
        other => Err(FieldError::new("op", format!("unknown change {other:?}")).into()),
    };
    match result {
        Ok(()) => Redirect::to("/accounts").into_response(),
        Err(e) => error_page(Some(&c), &e),
    }
}

async fn create_token(
    State(state): State<Shared>,
    headers: HeaderMap,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let c = match posted(&state, &headers, Permission::ManageAccounts, &form).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    match auth::create_token(&state.reg, &c.p.actor(), field(&form, "account"), field(&form, "label")).await {
        Ok(token) => {
            let msg = html! {
                div class="ok" {
                    p { "The new token, shown this once (the register keeps only its hash):" }
                    p { code { (token) } }
                    p class="note" { "Send it as: Authorization: Bearer <token>" }
                }
            };
            accounts_page(&state, &c, Some(msg)).await
        }
        Err(e) => error_page(Some(&c), &e),
    }
}

async fn revoke_token(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let c = match posted(&state, &headers, Permission::ManageAccounts, &form).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    match auth::revoke_token(&state.reg, &c.p.actor(), &id).await {
        Ok(()) => Redirect::to("/accounts").into_response(),
        Err(e) => error_page(Some(&c), &e),
    }
}
