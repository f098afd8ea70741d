//! The JSON API: the same contracts as the command line.

use amparo_guide::Guide;
use amparo_law::detainer::{Case, evaluate};
use axum::Json;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::json;

/// The OpenAPI document, written by hand next to the handlers it describes.
pub const OPENAPI: &str = include_str!("../assets/openapi.json");

/// The default "as of" day of a detainer decision: today in New York, whatever the server's time zone.
pub fn today() -> chrono::NaiveDate {
    amparo_documents::clock::today_in_new_york()
}

fn error(status: StatusCode, field: &str, message: &str) -> Response {
    (status, Json(json!({ "error": { "field": field, "message": message } }))).into_response()
}

/// `POST /api/v1/detainer`: one case (the `amparo detainer` contract) → the decision with its trace.
pub async fn detainer(body: Bytes) -> Response {
    match Case::from_json_slice(&body).and_then(|case| evaluate(&case, today())) {
        Ok(o) => Json(o).into_response(),
        Err(e) => {
            let mut body = json!({ "error": { "field": e.field, "message": e.message } });
            if let Some(code) = e.code {
                body["error"]["code"] = code.into();
            }
            (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response()
        }
    }
}

/// `GET /api/v1/guide/{lang}/{scenario}`: one scenario in one language, with citations.
pub async fn guide(Path((lang, scenario)): Path<(String, String)>) -> Response {
    let g = Guide::get();
    let locale = match g.resolve_locale(&lang) {
        Ok(l) => l,
        Err(e) => return error(StatusCode::NOT_FOUND, "lang", &e.to_string()),
    };
    match g.render(&scenario, locale) {
        Ok(r) => Json(r).into_response(),
        Err(e) => error(StatusCode::NOT_FOUND, "scenario", &e.to_string()),
    }
}

/// `GET /api/v1/guide`: the languages and scenarios.
pub async fn guide_index() -> Response {
    let g = Guide::get();
    match g.locales() {
        Ok(l) => Json(json!({ "languages": l, "scenarios": g.scenario_ids() })).into_response(),
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, "", &e.to_string()),
    }
}
