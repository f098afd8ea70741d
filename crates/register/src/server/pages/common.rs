//! What every page shares: the signed-in request and its permission, the CSRF check on forms, form
//! fields, the page frame and the error page, the stylesheet, and writing one event.

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use maud::{DOCTYPE, Markup, html};

use crate::auth::{Permission, Principal};
use crate::error::{FieldError, RegisterError};
use crate::event::Event;
use crate::record::{self, Corrections, Lookup, WriteError, Written};
use crate::server::{Shared, page_principal, status_of};

/// A signed-in page request.
pub(super) struct Ctx {
    pub(super) p: Principal,
    pub(super) csrf: String,
    pub(super) cookie: String,
}

pub(super) async fn ctx(state: &Shared, headers: &HeaderMap) -> Result<Ctx, Response> {
    match page_principal(state, headers).await {
        Ok(Some((p, csrf, cookie))) => Ok(Ctx { p, csrf, cookie }),
        Ok(None) => Err(Redirect::to("/login").into_response()),
        Err(e) => Err(error_page(None, &e)),
    }
}

/// The signed-in request, if its role may do `perm`.
pub(super) async fn allowed(state: &Shared, headers: &HeaderMap, perm: Permission) -> Result<Ctx, Response> {
    let c = ctx(state, headers).await?;
    if let Err(e) = c.p.require(perm) {
        return Err(error_page(Some(&c), &e));
    }
    Ok(c)
}

/// A state-changing form: signed in, allowed, and carrying the session's CSRF token.
pub(super) async fn posted(
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

pub(super) fn field<'a>(form: &'a [(String, String)], name: &str) -> &'a str {
    form.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim())
        .unwrap_or("")
}

pub(super) fn fields<'a>(form: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    form.iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.trim())
        .filter(|v| !v.is_empty())
        .collect()
}

pub(super) fn csrf_input(c: &Ctx) -> Markup {
    html! { input type="hidden" name="csrf" value=(c.csrf); }
}

pub(super) fn page(title: &str, c: Option<&Ctx>, body: Markup) -> Response {
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

pub(super) fn error_page(c: Option<&Ctx>, e: &RegisterError) -> Response {
    let (status, message) = status_of(e);
    let mut res = page(
        "Not done",
        c,
        html! { p class="error" { (message) } p { a href="/" { "Back to the start" } } },
    );
    *res.status_mut() = status;
    res
}

/// A form refused: every field at fault with its error (for forms that do not come back filled in).
pub(super) fn field_errors_page(c: Option<&Ctx>, errors: &[FieldError]) -> Response {
    let mut res = page(
        "Not done",
        c,
        html! {
            div class="error" role="alert" {
                p { "Refused; nothing was recorded:" }
                ul { @for e in errors { li { strong { (e.field) } ": " (e.message) } } }
            }
            p { "Go back to the form to correct it, or " a href="/" { "back to the start" } "." }
        },
    );
    *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    res
}

pub(super) async fn style() -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/css; charset=utf-8"),
        )],
        include_str!("../style.css"),
    )
        .into_response()
}

pub(super) fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

pub(super) async fn write_one(
    state: &Shared,
    actor: &str,
    event: Event,
    corrections: Corrections,
) -> Result<Written, WriteError> {
    let mut a = state.reg.append().await?;
    let mut look = Lookup::default();
    let w = record::write_event(&mut a, &mut look, actor, event, corrections).await?;
    a.commit().await?;
    Ok(w)
}
