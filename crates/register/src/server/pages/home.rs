//! The start page and the search of requests (each search for a person is logged).

use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use maud::{Markup, html};
use sqlx::Row;
use sqlx::any::AnyRow;

use super::common::{allowed, ctx, error_page, page, urlencode};
use crate::auth::{Permission, Role};
use crate::record::{self};
use crate::server::Shared;

pub(super) async fn home(State(state): State<Shared>, headers: HeaderMap) -> Response {
    let c = match ctx(&state, &headers).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let recent = if c.p.role.may(Permission::ReadRecords) {
        // The list shows no person ids: opening a request (a logged read) shows them.
        sqlx::query(
            "SELECT r.id, r.type, r.agency, r.received_at, CASE WHEN r.withdrawn IS NULL THEN r.decision ELSE 'withdrawn (recorded in error)' END FROM requests r WHERE NOT EXISTS (SELECT 1 FROM requests n WHERE n.corrects = r.seq) ORDER BY r.seq DESC LIMIT 50",
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
                (requests_table(&recent))
            }
            @if c.p.role == Role::Admin {
                p { a href="/accounts" { "Manage accounts and API tokens" } }
            }
        },
    )
}

#[derive(serde::Deserialize)]
pub(super) struct Q {
    q: Option<String>,
}

pub(super) async fn search(State(state): State<Shared>, headers: HeaderMap, Query(q): Query<Q>) -> Response {
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
    if let Err(e) = record::read_logged(&state.reg, &c.p.actor(), "person", &q, "web").await {
        return error_page(Some(&c), &e);
    }
    let rows = sqlx::query(
        "SELECT r.id, r.type, r.agency, r.received_at, CASE WHEN r.withdrawn IS NULL THEN r.decision ELSE 'withdrawn (recorded in error)' END FROM requests r WHERE r.person = $1 AND NOT EXISTS (SELECT 1 FROM requests n WHERE n.corrects = r.seq) ORDER BY r.received_day",
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
            @else { (requests_table(&rows)) }
        },
    )
}

/// Requests as listed (id, type, agency, received, the engine's decision), from rows of those five columns.
fn requests_table(rows: &[AnyRow]) -> Markup {
    html! {
        table {
            tr { th { "Request" } th { "Type" } th { "Agency" } th { "Received" } th { "Engine's decision" } }
            @for r in rows {
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
}
