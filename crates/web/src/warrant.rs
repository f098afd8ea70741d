//! The warrant check on the web: the guided questions as a form of choices (radio buttons, a small drawing
//! of where on the page to look, free text where no choice fits; no JavaScript, no upload, no OCR), an
//! upload form for a photo or PDF, and `POST /api/v1/warrant-check`. The questions are the documents
//! crate's [`QUESTIONS`], the ones `amparo check-warrant --interactive` asks; every word comes from the
//! guide, the answer's through [`Guide::warrant_words`], as in the CLI. Everything sent is read in memory,
//! answered, and dropped.

use std::sync::Arc;

use amparo_documents::{
    DocumentError, Limits, QUESTIONS, Region, Report, check_bytes, check_guided, in_new_york, now_in_new_york,
};
use amparo_guide::Guide;
use amparo_law::warrant::Situation;
use amparo_warrant_view::{Ran, field};
use axum::Json;
use axum::extract::{Form, Multipart, Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use maud::{Markup, PreEscaped, html};
use serde::Deserialize;
use serde_json::json;

use crate::pages::{self, Chrome};
use crate::site::HTML;
use crate::{App, MAX_UPLOAD_BYTES};

/// What an uploaded paper is read within (the upload size limit; the rest as the documents crate sets).
pub(crate) fn upload_limits() -> Limits {
    Limits {
        max_bytes: MAX_UPLOAD_BYTES,
        ..Limits::default()
    }
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

/// A guide message in the page's locale (the guided questions' words live in the guide, as the CLI's do).
fn words(c: &Chrome<'_>, id: &str) -> String {
    Guide::get().message(c.locale.id, id).unwrap_or_else(|_| id.to_owned())
}

/// A small drawing of a page with the part to look at marked, beside each question. Decorative (the
/// question says where): hidden from screen readers. Attributes only, no inline style (the CSP has none).
fn drawing(region: Region) -> Markup {
    let (x, y, w, h) = match region {
        Region::Top => (4, 3, 22, 4),
        Region::Title => (7, 9, 16, 3),
        Region::Corner => (2, 34, 9, 4),
        Region::Signature => (14, 27, 13, 6),
        Region::Body => (4, 14, 22, 11),
    };
    PreEscaped(format!(
        "<svg class=\"where\" viewBox=\"0 0 30 40\" width=\"45\" height=\"60\" aria-hidden=\"true\" focusable=\"false\">\
         <rect x=\"1\" y=\"1\" width=\"28\" height=\"38\" rx=\"1\" fill=\"#fff\" stroke=\"#555\"/>\
         <path d=\"M5 16h20M5 19h20M5 22h14M5 29h8\" stroke=\"#bbb\"/>\
         <rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"none\" stroke=\"#9b1c1c\" stroke-width=\"1.5\"/></svg>"
    ))
}

pub fn form(c: &Chrome<'_>, values: &[(String, String)]) -> Markup {
    let v = |k: &str| field(values, k).unwrap_or("");
    let id = c.locale.id;
    let t = |k: &str| pages::t(c.ui, k);
    let w = |k: &str| words(c, k);
    html! {
        p.lede { (t("ui-warrant-intro")) }
        form method="post" action={ "/" (id) "/warrant" } {
            @for q in QUESTIONS {
                fieldset {
                    legend { (drawing(q.region)) (w(q.message)) }
                    @if let Some(hint) = q.hint { p.muted { (w(hint)) } }
                    @for ch in q.choices {
                        label {
                            input type="radio" name=(q.id) value=(ch.id) checked[v(q.id) == ch.id];
                            @match (ch.label, ch.gloss) {
                                (Some(label), _) => (w(label)),
                                (None, gloss) => {
                                    span lang="en" dir="ltr" { (ch.printed) }
                                    @if let Some(g) = gloss { " " small { "(" (w(g)) ")" } }
                                }
                            }
                        }
                    }
                    @if q.free_text {
                        @let other = format!("{}-other", q.id);
                        label { (w("check-other")) input type="text" name=(other) value=(v(&other)); }
                    }
                }
            }
            fieldset {
                legend { (drawing(Region::Body)) (w("check-q-dates")) }
                label { (w("check-q-issued")) input type="date" name="issued" value=(v("issued")); }
                label { (w("check-q-execute-by")) input type="date" name="execute_by" value=(v("execute_by")); }
            }
            label { (t("ui-warrant-your-name")) input type="text" name="my_name" autocomplete="off" value=(v("my_name")); }
            label { (t("ui-warrant-your-address")) input type="text" name="my_address" autocomplete="off" value=(v("my_address")); }
            button type="submit" { (t("ui-check")) }
            " " (crate::ondevice::guided_button(c))
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

/// The guided answers from the form's fields (the renderer's, shared with the check run on the phone).
pub(crate) use amparo_warrant_view::answers;

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
            (crate::ondevice::section(c))
            (form(c, values))
        },
    )
}

/// The server's answer: the renderer shared with the check run on the phone (`amparo_warrant_view`).
fn result(c: &Chrome<'_>, r: &Report) -> Markup {
    amparo_warrant_view::result(c.locale.id, r, Ran::Server)
}

fn failure(c: &Chrome<'_>, e: &DocumentError) -> Markup {
    amparo_warrant_view::failure(c.locale.id, e, Ran::Server)
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
    let answers = answers(&fields);
    let report = check_guided(
        &answers,
        &situation(field(&fields, "my_name"), field(&fields, "my_address")),
    );
    let (title, _) = w.ui.get("ui-warrant-title");
    let c = w.chrome(title, "warrant");
    html_response(StatusCode::OK, page(&c, &fields, Some(result(&c, &report))))
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
        Some(Ok(report)) => html_response(StatusCode::OK, page(&c, &[], Some(result(&c, &report)))),
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
    // One New York clock: a time given in any offset is read as New York time; none given is now there.
    let now = match q.now.as_deref().map(chrono::DateTime::parse_from_rfc3339) {
        None => Some(now_in_new_york()),
        Some(Ok(t)) => Some(in_new_york(t)),
        Some(Err(e)) => {
            return api_error(
                StatusCode::UNPROCESSABLE_ENTITY,
                "now",
                &format!("{e}: write RFC 3339, e.g. 2026-03-05T07:30:00-05:00"),
            );
        }
    };
    let locale = match q.lang.as_deref().map(|l| Guide::get().resolve_locale(l)) {
        None => amparo_guide::SOURCE_LOCALE,
        Some(Ok(l)) => l,
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
            let (Ok(mut v), Ok(words)) = (
                serde_json::to_value(&report),
                Guide::get().warrant_words(&report.assessment, locale),
            ) else {
                return api_error(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "body",
                    "the answer could not be written",
                );
            };
            // The same words as `amparo check-warrant --format json --lang …`, from the same helper.
            v["lang"] = json!(words.locale);
            v["advice_text"] = json!(words.advice_texts());
            Json(v).into_response()
        }
        Some(Err(e @ DocumentError::TooLarge { .. })) => {
            api_error(StatusCode::PAYLOAD_TOO_LARGE, "body", &e.to_string())
        }
        Some(Err(e)) => api_error(StatusCode::UNPROCESSABLE_ENTITY, "body", &e.to_string()),
        None => api_error(StatusCode::SERVICE_UNAVAILABLE, "body", "the server is shutting down"),
    }
}
