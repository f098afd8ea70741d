//! The log and `verify`, for auditors.

use axum::Form;
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use maud::html;
use sqlx::Row;

use super::common::{allowed, csrf_input, error_page, page, posted};
use crate::auth::Permission;
use crate::record::{self};
use crate::server::Shared;

#[derive(serde::Deserialize)]
pub(super) struct LogQ {
    before: Option<i64>,
}

pub(super) async fn log_page(State(state): State<Shared>, headers: HeaderMap, Query(q): Query<LogQ>) -> Response {
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
    if let Err(e) = record::read_logged(&state.reg, &c.p.actor(), "log", &format!("{last}-{first}"), "web").await {
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

pub(super) async fn verify(
    State(state): State<Shared>,
    headers: HeaderMap,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
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
