//! The tools before and after, on the web: `/{lang}/plan` (family plan, wallet card, messages written
//! ahead, the "someone was taken" sheet from the plan), `/{lang}/taken`, `/{lang}/presence` and
//! `/{lang}/record`. Every page works without JavaScript; `draft.js` only adds a draft kept on the phone,
//! encrypted with the person's passphrase.
//!
//! Each tool is a [`Tool`]: its schema, its page, how its posted form is read into the tool's contract, and
//! what each button answers. One handler, [`handle`], serves them all: it reads the form, puts each problem
//! back beside its input (422), or sends the answer.
//!
//! Privacy by architecture: a form posted here is turned into its paper in memory and dropped. Nothing is
//! written to disk or to a log, no cookie is set, and the answer is marked `Cache-Control: no-store`.

pub mod form;
pub mod html;
pub mod page;
pub mod schemas;
pub mod words;

use std::sync::Arc;

use amparo_cards::Paper;
use amparo_cards::tools::{card_pdf, document_pdf};
use amparo_guide::GuideError;
use amparo_prepare::{Document, InputErrors, Plan, Presence, Record, Search, document, messages};
use axum::extract::{Form, Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};

use crate::App;
use crate::pages::{self, Chrome};
use crate::site::{HTML, LocaleWords};
use form::{Fields, Problems, Schema, value};
pub use page::{home_links, scenario_links};
use words::Words;

/// One tool's form on the web.
pub trait Tool {
    /// The page's path after the locale (`/{lang}/plan`), and the key of its draft.
    const PATH: &'static str;
    /// Message id of the page's title.
    const TITLE: &'static str;
    const SCHEMA: &'static Schema;
    /// The tool's contract, read from the form's JSON.
    type Input;
    /// Reads the form's JSON (`Schema::to_json`), every problem at once.
    fn read(json: &str) -> Result<Self::Input, InputErrors>;
    /// The page, with what was typed and the problems beside their inputs.
    fn page(c: &Chrome<'_>, values: &Fields, problems: &Problems) -> Markup;
    /// What the pressed button (the posted `make`) answers.
    fn answer(input: Self::Input, lw: &LocaleWords, fields: &Fields) -> Answer;
}

/// Typesets a PDF (off the async workers).
type MakePdf = Box<dyn FnOnce() -> Result<Vec<u8>, String> + Send>;

/// What a tool sends back for a valid form.
pub enum Answer {
    /// A PDF, downloaded as `name`.
    Pdf { name: String, make: MakePdf },
    /// Another file, downloaded as `name`.
    File {
        bytes: Vec<u8>,
        content_type: &'static str,
        name: String,
    },
    /// A whole page.
    Page(Markup),
    /// The form again, with problems found beyond the contract (a wallet card's medical note too long).
    Invalid(InputErrors),
    /// A step that cannot fail on valid input failed (a bug): the error page.
    Failure,
}

/// The family plan's form: the plan, the wallet card, the messages written ahead, the taken sheet.
pub struct PlanForm;
/// "Someone was taken", typed on its own page.
pub struct TakenForm;
/// Proof of two years: the covered months and gaps on the page, or the printable index.
pub struct PresenceForm;
/// The encounter record, as a PDF or as JSON for a lawyer.
pub struct RecordForm;

fn today() -> chrono::NaiveDate {
    amparo_documents::now_in_new_york().date()
}

/// The paper size the person chose.
fn paper(values: &Fields) -> Paper {
    if value(values, "paper") == "a4" {
        Paper::A4
    } else {
        Paper::Letter
    }
}

/// A tool's document typeset as `amparo-{tool}-{locale}.pdf`.
fn document_answer(
    tool: &str,
    locale: &'static str,
    paper: Paper,
    doc: impl FnOnce() -> Result<Document, GuideError> + Send + 'static,
) -> Answer {
    Answer::Pdf {
        name: format!("amparo-{tool}-{locale}.pdf"),
        make: Box::new(move || document_pdf(&doc().map_err(|e| e.to_string())?, paper).map_err(|e| e.to_string())),
    }
}

/// The "someone was taken" sheet: from the plan form and from its own page.
fn taken_answer(search: Search, locale: &'static str, paper: Paper) -> Answer {
    document_answer("taken", locale, paper, move || {
        document::taken(&search, locale, today())
    })
}

impl Tool for PlanForm {
    const PATH: &'static str = "plan";
    const TITLE: &'static str = "tools-plan-title";
    const SCHEMA: &'static Schema = &schemas::PLAN;
    type Input = Plan;

    fn read(json: &str) -> Result<Plan, InputErrors> {
        Plan::from_json(json, today())
    }

    fn page(c: &Chrome<'_>, values: &Fields, problems: &Problems) -> Markup {
        page::plan_page(c, values, problems)
    }

    fn answer(plan: Plan, lw: &LocaleWords, fields: &Fields) -> Answer {
        let locale = lw.info.id;
        let paper = paper(fields);
        match value(fields, "make") {
            "card" => match plan.wallet_card() {
                Ok(card) => Answer::Pdf {
                    name: format!("amparo-card-{locale}.pdf"),
                    make: Box::new(move || {
                        let card = document::card(&card, locale).map_err(|e| e.to_string())?;
                        card_pdf(&card, false).map_err(|e| e.to_string())
                    }),
                },
                Err(e) => Answer::Invalid(e),
            },
            "messages" => match messages::messages(&plan, locale) {
                Ok(msgs) => Answer::Page(page::messages_page(lw, &msgs)),
                Err(_) => Answer::Failure,
            },
            "taken" => taken_answer(Search::from(&plan), locale, paper),
            _ => document_answer("plan", locale, paper, move || document::plan(&plan, locale, today())),
        }
    }
}

impl Tool for TakenForm {
    const PATH: &'static str = "taken";
    const TITLE: &'static str = "tools-taken-title";
    const SCHEMA: &'static Schema = &schemas::TAKEN;
    type Input = Search;

    fn read(json: &str) -> Result<Search, InputErrors> {
        Search::from_json(json, today())
    }

    fn page(c: &Chrome<'_>, values: &Fields, problems: &Problems) -> Markup {
        page::taken_page(c, values, problems)
    }

    fn answer(search: Search, lw: &LocaleWords, fields: &Fields) -> Answer {
        taken_answer(search, lw.info.id, paper(fields))
    }
}

impl Tool for PresenceForm {
    const PATH: &'static str = "presence";
    const TITLE: &'static str = "tools-presence-title";
    const SCHEMA: &'static Schema = &schemas::PRESENCE;
    type Input = Presence;

    fn read(json: &str) -> Result<Presence, InputErrors> {
        Presence::from_json(json, today())
    }

    fn page(c: &Chrome<'_>, values: &Fields, problems: &Problems) -> Markup {
        page::presence_page(c, values, problems, None)
    }

    fn answer(presence: Presence, lw: &LocaleWords, fields: &Fields) -> Answer {
        let locale = lw.info.id;
        let report = presence.report();
        if value(fields, "make") == "pdf" {
            return document_answer("presence", locale, paper(fields), move || {
                document::presence(&report, locale, today())
            });
        }
        let Ok(doc) = document::presence(&report, locale, today()) else {
            return Answer::Failure;
        };
        let t = Words::new(locale).s(Self::TITLE);
        Answer::Page(page::presence_page(
            &lw.chrome(&t, Self::PATH),
            fields,
            &Problems::default(),
            Some(&doc),
        ))
    }
}

impl Tool for RecordForm {
    const PATH: &'static str = "record";
    const TITLE: &'static str = "tools-record-title";
    const SCHEMA: &'static Schema = &schemas::RECORD;
    type Input = Record;

    fn read(json: &str) -> Result<Record, InputErrors> {
        Record::from_json(json, amparo_documents::now_in_new_york())
    }

    fn page(c: &Chrome<'_>, values: &Fields, problems: &Problems) -> Markup {
        page::record_page(c, values, problems)
    }

    fn answer(record: Record, lw: &LocaleWords, fields: &Fields) -> Answer {
        let locale = lw.info.id;
        if value(fields, "make") == "json" {
            let body = serde_json::json!({
                "record": record,
                "ny_ag_form": record.ny_ag_form(),
                "ny_ag_form_source": amparo_law::authorities().get("nyag-federal-action-form"),
            });
            return match serde_json::to_vec_pretty(&body) {
                Ok(bytes) => Answer::File {
                    bytes,
                    content_type: "application/json",
                    name: format!("amparo-record-{locale}.json"),
                },
                Err(_) => Answer::Failure,
            };
        }
        document_answer("record", locale, paper(fields), move || {
            document::record(&record, locale, today())
        })
    }
}

/// The paths of one locale's tool pages (pre-rendered, cached offline).
pub fn paths(locale: &str) -> Vec<String> {
    [PlanForm::PATH, TakenForm::PATH, PresenceForm::PATH, RecordForm::PATH]
        .iter()
        .map(|p| format!("/{locale}/{p}"))
        .collect()
}

/// A tool's empty page, for the pre-rendered site.
fn empty_page<T: Tool>(w: &LocaleWords) -> (String, Markup) {
    let id = w.info.id;
    let title = page::title(id, T::TITLE);
    (
        format!("/{id}/{}", T::PATH),
        T::page(&w.chrome(&title, T::PATH), &[], &Problems::default()),
    )
}

/// Every tool page of one locale, for the pre-rendered site.
pub fn pages(w: &LocaleWords) -> Vec<(String, Markup)> {
    vec![
        empty_page::<PlanForm>(w),
        empty_page::<TakenForm>(w),
        empty_page::<PresenceForm>(w),
        empty_page::<RecordForm>(w),
    ]
}

// --- Answers ----------------------------------------------------------------------------------------------------

/// The handler of every tool's form (`POST /{lang}/{tool}`).
pub async fn handle<T: Tool>(
    State(app): State<Arc<App>>,
    Path(lang): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let Some(lw) = app.words(&lang) else {
        return crate::not_found(&app, &lang);
    };
    let locale = lw.info.id;
    let form = T::SCHEMA.to_json(&fields);
    let answer = match T::read(&form.json.to_string()) {
        Ok(input) => T::answer(input, lw, &fields),
        Err(e) => Answer::Invalid(e),
    };
    match answer {
        Answer::Pdf { name, make } => match crate::warrant::blocking(&app, make).await {
            Some(Ok(pdf)) => download(pdf, "application/pdf", name),
            Some(Err(_)) | None => failure(&app, locale),
        },
        Answer::File {
            bytes,
            content_type,
            name,
        } => download(bytes, content_type, name),
        Answer::Page(page) => html_answer(StatusCode::OK, page),
        Answer::Invalid(errors) => {
            let w = Words::new(locale);
            let problems = Problems::new(&w, T::SCHEMA, &form, &errors);
            let title = w.s(T::TITLE);
            html_answer(
                StatusCode::UNPROCESSABLE_ENTITY,
                T::page(&lw.chrome(&title, T::PATH), &fields, &problems),
            )
        }
        Answer::Failure => failure(&app, locale),
    }
}

/// Personal data: never stored by a cache, shown or downloaded once.
fn private(mut res: Response) -> Response {
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

fn html_answer(status: StatusCode, page: Markup) -> Response {
    private((status, [(header::CONTENT_TYPE, HTML)], page.into_string()).into_response())
}

fn download(bytes: Vec<u8>, content_type: &'static str, name: String) -> Response {
    let mut res = (StatusCode::OK, [(header::CONTENT_TYPE, content_type)], bytes).into_response();
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    private(res)
}

fn failure(app: &App, lang: &str) -> Response {
    let w = app.words(lang).or_else(|| app.words("en"));
    let body = match w {
        Some(w) => pages::layout(&w.chrome("Amparo", ""), html! { h1 { (pages::t(&w.ui, "ui-error")) } }).into_string(),
        None => "Something went wrong. Nothing you sent was kept.".to_string(),
    };
    private((StatusCode::INTERNAL_SERVER_ERROR, [(header::CONTENT_TYPE, HTML)], body).into_response())
}
