//! The warrant check on the web: the guided questions as a form (no upload, no OCR), an upload form for a
//! photo or PDF, and `POST /api/v1/warrant-check`. Everything sent is read in memory, answered, and dropped.

use std::sync::Arc;

use amparo_documents::{DocumentError, GuidedAnswers, Limits, PageRead, Report, check_bytes, check_guided};
use amparo_guide::Guide;
use amparo_law::warrant::Situation;
use axum::Json;
use axum::extract::{Form, Multipart, Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use chrono::NaiveDateTime;
use maud::{Markup, html};
use serde::Deserialize;
use serde_json::json;

use crate::pages::{self, Chrome};
use crate::site::HTML;
use crate::{App, MAX_UPLOAD_BYTES};

/// The current time at the door: New York time, whatever the server's zone.
pub fn now_in_new_york() -> NaiveDateTime {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::America::New_York)
        .naive_local()
}

/// What an uploaded paper is read within (the upload size limit; the rest as the documents crate sets).
pub(crate) fn upload_limits() -> Limits {
    Limits {
        max_bytes: MAX_UPLOAD_BYTES,
        ..Limits::default()
    }
}

fn field<'a>(fields: &'a [(String, String)], k: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(n, _)| n == k)
        .map(|(_, v)| v.trim())
        .filter(|v| !v.is_empty())
}

fn situation(name: Option<&str>, address: Option<&str>) -> Situation {
    Situation {
        name: name.map(str::to_owned),
        address: address.map(str::to_owned),
        now: Some(now_in_new_york()),
    }
}

/// OCR and PDF parsing block a thread for up to seconds: run them off the async workers, a few at a time.
pub(crate) async fn blocking<T: Send + 'static>(app: &App, f: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let _permit = app.heavy.acquire().await.ok()?;
    tokio::task::spawn_blocking(f).await.ok()
}

// ---------------------------------------------------------------------------------------------------------
// Pages

pub fn form(c: &Chrome<'_>, values: &[(String, String)]) -> Markup {
    let v = |k: &str| field(values, k).unwrap_or("");
    let id = c.locale.id;
    let t = |k: &str| pages::t(c.ui, k);
    html! {
        p.lede { (t("ui-warrant-intro")) }
        form method="post" action={ "/" (id) "/warrant" } {
            label { (t("ui-warrant-q-top")) textarea name="top" rows="2" { (v("top")) } }
            label { (t("ui-warrant-q-corner")) input type="text" name="bottom_corner" value=(v("bottom_corner")); }
            label { (t("ui-warrant-q-signature")) textarea name="under_signature" rows="2" { (v("under_signature")) } }
            label { (t("ui-warrant-q-names")) textarea name="names" rows="2" { (v("names")) } }
            label { (t("ui-warrant-your-name")) input type="text" name="my_name" autocomplete="off" value=(v("my_name")); }
            label { (t("ui-warrant-your-address")) input type="text" name="my_address" autocomplete="off" value=(v("my_address")); }
            button type="submit" { (t("ui-check")) }
        }
        form method="post" action={ "/" (id) "/warrant/upload" } enctype="multipart/form-data" {
            label { (t("ui-warrant-upload")) input type="file" name="paper" accept=(upload_accept()); }
            label { (t("ui-warrant-your-name")) input type="text" name="my_name" autocomplete="off"; }
            label { (t("ui-warrant-your-address")) input type="text" name="my_address" autocomplete="off"; }
            p.muted { (t("ui-warrant-upload-note")) }
            button type="submit" { (t("ui-check")) }
        }
    }
}

/// The upload's accepted types: HEIC only where this machine can read it (a phone offered HEIC sends it
/// as it is; offered only JPEG, it converts).
fn upload_accept() -> &'static str {
    if amparo_documents::heic::available() {
        "image/jpeg,image/png,image/webp,image/heic,image/heif,application/pdf,text/plain"
    } else {
        "image/jpeg,image/png,image/webp,application/pdf,text/plain"
    }
}

pub fn page(c: &Chrome<'_>, values: &[(String, String)], result: Option<Markup>) -> Markup {
    pages::layout(
        c,
        html! {
            h1 { (pages::t(c.ui, "ui-warrant-title")) }
            @if let Some(r) = result { (r) }
            (form(c, values))
        },
    )
}

fn result(c: &Chrome<'_>, r: &Report, guide: &Guide) -> Markup {
    let a = &r.assessment;
    let t = |k: &str| pages::t(c.ui, k);
    // The interface messages are named after the stable ids: ui-judicial-no, ui-entry-contested, …
    let judicial = format!("ui-judicial-{}", a.judicial.id());
    let entry = format!("ui-entry-{}", a.authorizes_home_entry.id());
    let labels = guide.labels(c.locale.id).ok();
    html! {
        div.result role="status" {
            p { (t("ui-appears")) }
            h2 { (t(&format!("ui-kind-{}", a.kind.id()))) }
            p { strong { (t(&judicial)) } }
            p { (t(&entry)) }
        }
        h2 { (t("ui-what-to-do")) }
        ul.plain {
            @for adv in &a.advice {
                @let id = adv.id.id();
                @match guide.advice_item(id, c.locale.id) {
                    Ok(item) => li.st {
                        p { (item.text) }
                        details {
                            summary { @if let Some(l) = &labels { (l.sources) } @else { "Sources" } }
                            ul { @for au in &item.citations { li { @match &au.url { Some(u) => a href=(u) rel="noreferrer" { (au.citation) }, None => (au.citation) } } } }
                        }
                    },
                    Err(_) => li.st lang="en" dir="ltr" { (adv.id.english()) },
                }
            }
        }
        @if !r.extraction.evidence.is_empty() {
            h2 { (t("ui-evidence")) }
            ul lang="en" dir="ltr" { @for e in &r.extraction.evidence { li { (e.finding.replace('_', " ")) ": " q { (e.text) } } } }
            @if r.page_read == PageRead::TopAndBottom {
                p.muted lang="en" dir="ltr" { "Read from the top and bottom of the photo only: enough to tell what the paper is. Give your name and address to have the names on it checked." }
            }
        }
        details {
            summary { (t("ui-how-decided")) }
            div lang="en" dir="ltr" {
                p { (a.summary().to_string()) }
                ul { @for s in &a.trace { li { (if s.holds { "✓ " } else { "✗ " }) (s.detail.to_string()) " — " (s.authority.citation) } } }
                @if !a.warnings.is_empty() { ul { @for w in &a.warnings { li { (w.to_string()) } } } }
            }
        }
        p { a href={ "/" (c.locale.id) "/warrant" } { (t("ui-check-another")) } }
    }
}

fn failure(c: &Chrome<'_>, e: &DocumentError) -> Markup {
    html! {
        div.result role="alert" {
            p { strong { (pages::t(c.ui, "ui-warrant-unavailable")) } }
            p lang="en" dir="ltr" { (e.to_string()) }
        }
    }
}

fn html_response(status: StatusCode, m: Markup) -> Response {
    (status, [(header::CONTENT_TYPE, HTML)], m.into_string()).into_response()
}

// ---------------------------------------------------------------------------------------------------------
// Handlers

/// `POST /{lang}/warrant`: the guided questions.
pub async fn guided(
    State(app): State<Arc<App>>,
    Path(lang): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let Some(w) = app.words(&lang) else {
        return crate::not_found(&app, &lang);
    };
    let names = field(&fields, "names").unwrap_or("");
    // The names question takes "name, address" on one or two lines: the classifier reads both.
    let (paper_name, paper_address) = match names.split_once('\n') {
        Some((n, a)) => (n.trim().to_owned(), a.trim().to_owned()),
        None => (names.to_owned(), String::new()),
    };
    let answers = GuidedAnswers {
        top: field(&fields, "top").unwrap_or("").to_owned(),
        bottom_corner: field(&fields, "bottom_corner").unwrap_or("").to_owned(),
        under_signature: field(&fields, "under_signature").unwrap_or("").to_owned(),
        name: paper_name,
        address: paper_address,
        ..GuidedAnswers::default()
    };
    let report = check_guided(
        &answers,
        &situation(field(&fields, "my_name"), field(&fields, "my_address")),
    );
    let (title, _) = w.ui.get("ui-warrant-title");
    let c = w.chrome(title, "warrant");
    html_response(
        StatusCode::OK,
        page(&c, &fields, Some(result(&c, &report, Guide::get()))),
    )
}

/// `POST /{lang}/warrant/upload`: a photo, PDF or text file of the paper.
pub async fn upload(State(app): State<Arc<App>>, Path(lang): Path<String>, mut multipart: Multipart) -> Response {
    let Some(w) = app.words(&lang) else {
        return crate::not_found(&app, &lang);
    };
    let (title, _) = w.ui.get("ui-warrant-title");
    let c = w.chrome(title, "warrant");
    let mut paper: Option<Bytes> = None;
    let mut fields: Vec<(String, String)> = Vec::new();
    loop {
        match multipart.next_field().await {
            Ok(Some(f)) => {
                let name = f.name().unwrap_or("").to_owned();
                match f.bytes().await {
                    Ok(b) if name == "paper" => paper = Some(b),
                    Ok(b) if name == "my_name" || name == "my_address" => {
                        fields.push((name, String::from_utf8_lossy(&b).into_owned()))
                    }
                    Ok(_) => {}
                    Err(_) => {
                        return html_response(
                            StatusCode::PAYLOAD_TOO_LARGE,
                            page(
                                &c,
                                &[],
                                Some(failure(
                                    &c,
                                    &DocumentError::TooLarge {
                                        limit: MAX_UPLOAD_BYTES,
                                    },
                                )),
                            ),
                        );
                    }
                }
            }
            Ok(None) => break,
            Err(_) => {
                return html_response(
                    StatusCode::BAD_REQUEST,
                    page(&c, &[], Some(failure(&c, &DocumentError::Empty))),
                );
            }
        }
    }
    let bytes = paper.unwrap_or_default();
    let sit = situation(field(&fields, "my_name"), field(&fields, "my_address"));
    let limits = app.limits;
    let outcome = blocking(&app, move || check_bytes(&bytes, &sit, &limits)).await;
    match outcome {
        Some(Ok(report)) => html_response(StatusCode::OK, page(&c, &[], Some(result(&c, &report, Guide::get())))),
        Some(Err(e)) => html_response(StatusCode::UNPROCESSABLE_ENTITY, page(&c, &[], Some(failure(&c, &e)))),
        None => html_response(
            StatusCode::SERVICE_UNAVAILABLE,
            page(&c, &[], Some(failure(&c, &DocumentError::Timeout("reading the paper")))),
        ),
    }
}

#[derive(Deserialize)]
pub struct ApiQuery {
    name: Option<String>,
    address: Option<String>,
    /// RFC 3339, e.g. 2026-03-05T07:30:00-05:00.
    now: Option<String>,
    /// Also return the advice in this language.
    lang: Option<String>,
}

fn api_error(status: StatusCode, field: &str, message: &str) -> Response {
    (status, Json(json!({ "error": { "field": field, "message": message } }))).into_response()
}

/// `POST /api/v1/warrant-check`: the paper as `text/plain`, `application/pdf` or an image; query `name`,
/// `address`, `now` (RFC 3339), `lang`. The `amparo check-warrant --format json` contract.
pub async fn api(State(app): State<Arc<App>>, Query(q): Query<ApiQuery>, body: Bytes) -> Response {
    let now = match q.now.as_deref().map(chrono::DateTime::parse_from_rfc3339) {
        None => None,
        Some(Ok(t)) => Some(t.naive_local()),
        Some(Err(e)) => {
            return api_error(
                StatusCode::UNPROCESSABLE_ENTITY,
                "now",
                &format!("{e}: write RFC 3339, e.g. 2026-03-05T07:30:00-05:00"),
            );
        }
    };
    let locale = match q.lang.as_deref().map(|l| Guide::get().resolve_locale(l)) {
        None => None,
        Some(Ok(l)) => Some(l),
        Some(Err(e)) => return api_error(StatusCode::UNPROCESSABLE_ENTITY, "lang", &e.to_string()),
    };
    let sit = Situation {
        name: q.name,
        address: q.address,
        now,
    };
    let limits = app.limits;
    match blocking(&app, move || check_bytes(&body, &sit, &limits)).await {
        Some(Ok(report)) => {
            let mut v = serde_json::to_value(&report).unwrap_or_default();
            if let Some(l) = locale {
                let texts: Vec<String> = report
                    .assessment
                    .advice
                    .iter()
                    .map(|a| {
                        Guide::get()
                            .advice(a.id.id(), l)
                            .unwrap_or_else(|_| a.id.english().to_owned())
                    })
                    .collect();
                v["advice_text"] = json!(texts);
                v["lang"] = json!(l);
            }
            Json(v).into_response()
        }
        Some(Err(e @ DocumentError::TooLarge { .. })) => {
            api_error(StatusCode::PAYLOAD_TOO_LARGE, "body", &e.to_string())
        }
        Some(Err(e)) => api_error(StatusCode::UNPROCESSABLE_ENTITY, "body", &e.to_string()),
        None => api_error(StatusCode::SERVICE_UNAVAILABLE, "body", "the server is shutting down"),
    }
}
