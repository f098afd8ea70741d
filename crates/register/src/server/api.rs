//! The JSON API, for systems (bearer tokens; no cookies). Described by `openapi.json`, served at
//! `/api/v1/openapi.json`.

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::json;

use super::{Shared, status_of};
use crate::auth::{self, Permission, Principal};
use crate::error::{LineError, RegisterError};
use crate::import::{self, Batching, Format, Progress, Stats};
use crate::record::Corrections;

pub const OPENAPI: &str = include_str!("openapi.json");

pub fn routes() -> Router<Shared> {
    Router::new()
        .route("/openapi.json", get(openapi))
        .route("/events", post(events))
        .route("/requests/{id}", get(request))
        .route("/reports/{law}", get(report))
        .route("/verify", get(verify))
}

fn problem(status: StatusCode, message: &str) -> Response {
    (status, axum::Json(json!({ "error": { "message": message } }))).into_response()
}

fn failed(e: &RegisterError) -> Response {
    let (status, message) = status_of(e);
    match e {
        RegisterError::Field(f) => (
            status,
            axum::Json(json!({ "error": { "field": f.field, "message": f.message } })),
        )
            .into_response(),
        _ => problem(status, &message),
    }
}

/// The token's principal, or 401.
async fn principal(state: &Shared, headers: &HeaderMap) -> Result<Principal, Response> {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    let unauthorized = || {
        let mut r = problem(
            StatusCode::UNAUTHORIZED,
            "send an API token: Authorization: Bearer amparo_…",
        );
        r.headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        r
    };
    let Some(token) = token else { return Err(unauthorized()) };
    match auth::token_principal(&state.reg, token).await {
        Ok(Some(p)) => Ok(p),
        Ok(None) => Err(unauthorized()),
        Err(e) => Err(failed(&e)),
    }
}

async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))],
        OPENAPI,
    )
        .into_response()
}

struct Collect {
    refused: Vec<LineError>,
}

impl Progress for Collect {
    fn refused(&mut self, e: &LineError) {
        if self.refused.len() < 1000 {
            self.refused.push(e.clone());
        }
    }
}

/// Refusals listed in an answer at most.
const MAX_LISTED: usize = 1000;

async fn events(State(state): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    let p = match principal(&state, &headers).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    if let Err(e) = p.require(Permission::Record) {
        return failed(&e);
    }
    let csv = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/csv"));
    let mut collect = Collect { refused: Vec::new() };
    // Corrections and withdrawals are proposed, as in the staff UI: a token may not skip the second
    // supervisor.
    let result = import::import_with(
        &state.reg,
        std::io::Cursor::new(body),
        if csv { Format::Csv } else { Format::JsonLines },
        &p.actor(),
        Batching::default(),
        Corrections::Proposed,
        &mut collect,
    )
    .await;
    match result {
        Ok(Stats {
            lines,
            recorded,
            already,
            refused,
            ..
        }) => {
            let status = if refused > 0 && recorded == 0 && already == 0 {
                StatusCode::UNPROCESSABLE_ENTITY
            } else {
                StatusCode::OK
            };
            (
                status,
                axum::Json(json!({
                    "lines": lines, "recorded": recorded, "already": already, "refused": refused,
                    "refusals": collect.refused, "refusals_listed_at_most": MAX_LISTED,
                })),
            )
                .into_response()
        }
        Err(e) => failed(&e),
    }
}

async fn request(State(state): State<Shared>, headers: HeaderMap, Path(id): Path<String>) -> Response {
    let p = match principal(&state, &headers).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    if let Err(e) = p.require(Permission::ReadRecords) {
        return failed(&e);
    }
    let view = match crate::view::request(&state.reg, &id).await {
        Ok(v) => v,
        Err(e) => return failed(&e),
    };
    if let Err(e) = crate::record::read_logged(&state.reg, &p.actor(), "request", &id, "api").await {
        return failed(&e);
    }
    axum::Json(view).into_response()
}

#[derive(serde::Deserialize)]
struct ReportQ {
    period: String,
    format: Option<String>,
    anonymize: Option<String>,
    min_cell: Option<u64>,
}

async fn report(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(law): Path<String>,
    Query(q): Query<ReportQ>,
) -> Response {
    let p = match principal(&state, &headers).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    match super::pages::make_report(
        &state,
        &p,
        &law,
        &q.period,
        q.format.as_deref(),
        q.anonymize.as_deref(),
        q.min_cell,
    )
    .await
    {
        Ok(r) => r,
        Err(e) => failed(&e),
    }
}

async fn verify(State(state): State<Shared>, headers: HeaderMap) -> Response {
    let p = match principal(&state, &headers).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    if let Err(e) = p.require(Permission::ReadLog) {
        return failed(&e);
    }
    match crate::verify::verify(&state.reg, None).await {
        Ok(v) => axum::Json(v).into_response(),
        Err(e) => failed(&e),
    }
}
