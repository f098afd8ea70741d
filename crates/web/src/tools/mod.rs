//! The tools before and after, on the web: `/{lang}/plan` (family plan, wallet card, messages written
//! ahead, the "someone was taken" sheet from the plan), `/{lang}/taken`, `/{lang}/presence` and
//! `/{lang}/record`. Every page works without JavaScript; `draft.js` only adds a draft kept on the phone,
//! encrypted with the person's passphrase.
//!
//! Privacy by architecture: a form posted here is turned into its paper in memory and dropped. Nothing is
//! written to disk or to a log, no cookie is set, and the answer is marked `Cache-Control: no-store`.

pub mod form;
pub mod html;
pub mod words;

use std::sync::Arc;

use amparo_cards::Paper;
use amparo_cards::tools::{card_pdf, document_pdf};
use amparo_guide::Guide;
use amparo_prepare::{Document, InputErrors, Plan, Presence, Record, Search, document, messages};
use axum::extract::{Form, Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};

use crate::App;
use crate::pages::{self, Chrome};
use crate::site::{HTML, LocaleWords};
use form::{Fields, FormJson, Group, Input, Problems, Schema, f, value};
use words::Words;

// --- The forms ------------------------------------------------------------------------------------------------

pub const PLAN: Schema = Schema {
    groups: &[
        Group {
            legend: "tools-form-person",
            prefix: "person",
            rows: 0,
            fields: &[
                f("name", "tools-field-name", Input::Text).required(),
                f("a_number", "tools-field-a-number", Input::Text).hint("tools-field-a-number-hint"),
                f("country_of_birth", "tools-field-country-of-birth", Input::Text),
                f("date_of_birth", "tools-field-date-of-birth", Input::Date),
                f("phone", "tools-field-phone", Input::Tel),
            ],
        },
        Group {
            legend: "tools-form-child",
            prefix: "children",
            rows: 3,
            fields: &[
                f("name", "tools-field-contact-name", Input::Text),
                f("date_of_birth", "tools-field-date-of-birth", Input::Date),
                f("school", "tools-field-school", Input::Text),
                f("pickup", "tools-field-pickup", Input::Text),
                f("caregiver", "tools-field-caregiver", Input::Text),
                f("medical", "tools-field-child-medical", Input::Area),
            ],
        },
        Group {
            legend: "tools-form-contact",
            prefix: "contacts",
            rows: 4,
            fields: &[
                f("name", "tools-field-contact-name", Input::Text),
                f("phone", "tools-field-phone", Input::Tel),
                f("relation", "tools-field-relation", Input::Text),
                f("email", "tools-field-email", Input::Email),
            ],
        },
        Group {
            legend: "tools-form-lawyer",
            prefix: "lawyer",
            rows: 0,
            fields: &[
                f("name", "tools-field-lawyer-name", Input::Text),
                f("organization", "tools-field-organization", Input::Text),
                f("phone", "tools-field-phone", Input::Tel),
                f("email", "tools-field-email", Input::Email),
            ],
        },
        Group {
            legend: "tools-form-more",
            prefix: "",
            rows: 0,
            fields: &[
                f("medical", "tools-field-medical", Input::Area),
                f("medications", "tools-field-medications", Input::Area),
                f("papers_location", "tools-field-papers-location", Input::Area),
                f("money", "tools-field-money", Input::Area),
                f("say_fear", "tools-form-say-fear", Input::Check),
            ],
        },
    ],
    booleans: &[],
};

pub const TAKEN: Schema = Schema {
    groups: &[Group {
        legend: "tools-taken-search-with",
        prefix: "",
        rows: 0,
        fields: &[
            f("name", "tools-field-name", Input::Text),
            f("a_number", "tools-field-a-number", Input::Text).hint("tools-field-a-number-hint"),
            f("country_of_birth", "tools-field-country-of-birth", Input::Text),
            f("date_of_birth", "tools-field-date-of-birth", Input::Date),
            f("lawyer", "tools-field-lawyer-name", Input::Text),
        ],
    }],
    booleans: &[],
};

pub const PRESENCE: Schema = Schema {
    groups: &[
        Group {
            legend: "tools-presence-title",
            prefix: "",
            rows: 0,
            fields: &[f("as_of", "tools-field-as-of", Input::Date)],
        },
        Group {
            legend: "tools-form-paper",
            prefix: "papers",
            rows: 12,
            fields: &[
                f("kind", "tools-field-kind", Input::Kind),
                f("date", "tools-field-date", Input::Date),
                f("from", "tools-field-from", Input::Date),
                f("to", "tools-field-to", Input::Date),
                f("description", "tools-field-description", Input::Text),
                f("kept_at", "tools-field-kept-at", Input::Text),
            ],
        },
    ],
    booleans: &[],
};

pub const RECORD: Schema = Schema {
    groups: &[
        Group {
            legend: "tools-form-encounter",
            prefix: "",
            rows: 0,
            fields: &[
                f("when", "tools-field-when", Input::DateTime).required(),
                f("where", "tools-field-where", Input::Text).required(),
                f("agency", "tools-field-agency", Input::Text),
                f("written_by", "tools-field-written-by", Input::Text),
            ],
        },
        Group {
            legend: "tools-form-officer",
            prefix: "officers",
            rows: 3,
            fields: &[
                f("name", "tools-field-officer-name", Input::Text),
                f("badge", "tools-field-badge", Input::Text),
                f("description", "tools-field-description", Input::Text),
            ],
        },
        Group {
            legend: "tools-form-vehicle",
            prefix: "vehicles",
            rows: 3,
            fields: &[
                f("plate", "tools-field-plate", Input::Text),
                f("state", "tools-field-state", Input::Text),
                f("description", "tools-field-description", Input::Text),
            ],
        },
        Group {
            legend: "tools-form-what",
            prefix: "",
            rows: 0,
            fields: &[
                f("what_happened", "tools-field-what-happened", Input::Area).required(),
                f("paper_shown", "tools-field-paper-shown", Input::YesNo),
                f("paper", "tools-field-paper", Input::Text),
                f("warrant_check", "tools-field-warrant-check", Input::Text),
                f("injuries", "tools-field-injuries", Input::Area),
                f("recordings", "tools-field-recordings", Input::Area),
            ],
        },
        Group {
            legend: "tools-form-witness",
            prefix: "witnesses",
            rows: 3,
            fields: &[
                f("name", "tools-field-witness-name", Input::Text),
                f("phone", "tools-field-phone", Input::Tel),
            ],
        },
    ],
    booleans: &[],
};

/// The tools, in the order the home page lists them: path, title, hint.
const TOOLS: &[(&str, &str, &str)] = &[
    ("plan", "tools-plan-title", "tools-plan-link-hint"),
    ("plan", "tools-card-title", "tools-card-link-hint"),
    ("taken", "tools-taken-title", "tools-taken-link-hint"),
    ("presence", "tools-presence-title", "tools-presence-link-hint"),
    ("record", "tools-record-title", "tools-record-link-hint"),
];

/// The paths of one locale's tool pages (pre-rendered, cached offline).
pub fn paths(locale: &str) -> Vec<String> {
    ["plan", "taken", "presence", "record"]
        .iter()
        .map(|p| format!("/{locale}/{p}"))
        .collect()
}

// --- Links from the home page and the scenarios -----------------------------------------------------------------

fn links(c: &Chrome<'_>, heading: &str, which: &[usize]) -> Markup {
    let w = Words::new(c.locale.id);
    html! {
        section.tools {
            h2 { (w.t(heading)) }
            ul.plain {
                @for &i in which {
                    @let (path, title, hint) = TOOLS[i];
                    li.st { a href={ "/" (c.locale.id) "/" (path) } { strong { (w.t(title)) } } br; (w.t(hint)) }
                }
            }
        }
    }
}

/// The home page's list of tools.
pub fn home_links(c: &Chrome<'_>) -> Markup {
    links(c, "tools-home-heading", &[0, 1, 2, 3, 4])
}

/// The tools a scenario links to (prepare, detained, after, immigration court); nothing for the others.
pub fn scenario_links(c: &Chrome<'_>, scenario: &str) -> Markup {
    let which: &[usize] = match scenario {
        "prepare" => &[0, 1, 3],
        "detained" => &[2, 1, 3],
        "after" => &[4, 2],
        "immigration-court" => &[3, 0, 2],
        _ => return html! {},
    };
    links(c, "tools-see-also", which)
}

// --- Pages ------------------------------------------------------------------------------------------------------

/// What is kept where, said on every tool page.
fn privacy(w: &Words) -> Markup {
    html! {
        section.privacy {
            h2 { (w.t("tools-privacy-heading")) }
            p { (w.t("tools-privacy-server")) }
            p { (w.t("tools-privacy-paper")) }
            p { (w.t("tools-privacy-draft")) }
        }
    }
}

/// The draft kept on the phone (shown by `draft.js` where WebCrypto exists; hidden otherwise).
fn draft(w: &Words, tool: &str) -> Markup {
    html! {
        section #draft hidden data-tool=(tool)
            data-saved=(w.s("tools-draft-saved")) data-opened=(w.s("tools-draft-opened"))
            data-deleted=(w.s("tools-draft-deleted")) data-wrong=(w.s("tools-draft-wrong"))
            data-none=(w.s("tools-draft-none")) data-short=(w.s("tools-draft-short"))
            data-working=(w.s("tools-draft-working")) {
            h2 { (w.t("tools-draft-legend")) }
            label for="draft-pass" { (w.t("tools-draft-passphrase")) }
            input type="password" id="draft-pass" autocomplete="off" minlength="8";
            p.buttons {
                button type="button" id="draft-save" { (w.t("tools-draft-save")) }
                " "
                button type="button" id="draft-open" { (w.t("tools-draft-open")) }
                " "
                button type="button" id="draft-delete" class="danger" { (w.t("tools-draft-delete")) }
            }
            p #draft-status role="status" aria-live="polite" {}
        }
        script src="/draft.js" defer {}
    }
}

fn paper_select(w: &Words, values: &Fields) -> Markup {
    let v = value(values, "paper");
    html! {
        label for="f-paper" { (w.t("tools-paper-size")) }
        select id="f-paper" name="paper" {
            option value="letter" { (w.t("ui-cards-letter")) }
            option value="a4" selected[v == "a4"] { (w.t("ui-cards-a4")) }
        }
    }
}

fn paper(values: &Fields) -> Paper {
    if value(values, "paper") == "a4" {
        Paper::A4
    } else {
        Paper::Letter
    }
}

/// A tool page: title, intro, problems, the form with its buttons, what is kept where, the draft.
#[allow(clippy::too_many_arguments)]
fn tool_page(
    c: &Chrome<'_>,
    tool: &str,
    intro: Markup,
    schema: &Schema,
    values: &Fields,
    problems: &Problems,
    buttons: &[(&str, &str)],
    before_form: Markup,
) -> Markup {
    let w = Words::new(c.locale.id);
    pages::layout(
        c,
        html! {
            h1 { (c.title) }
            (intro)
            (problems.summary(&w))
            (before_form)
            form method="post" action={ "/" (c.locale.id) "/" (tool) } data-draft=(tool) {
                (schema.render(&w, values, problems))
                (paper_select(&w, values))
                p.buttons {
                    @for (make, label) in buttons {
                        button type="submit" name="make" value=(make) { (w.t(label)) } " "
                    }
                }
            }
            (privacy(&w))
            (draft(&w, tool))
        },
    )
}

fn title(locale: &str, id: &str) -> String {
    Words::new(Guide::get().resolve_locale(locale).unwrap_or("en")).s(id)
}

fn plan_page(c: &Chrome<'_>, values: &Fields, problems: &Problems) -> Markup {
    let w = Words::new(c.locale.id);
    tool_page(
        c,
        "plan",
        html! { p.lede { (w.t("tools-plan-page-intro")) } },
        &PLAN,
        values,
        problems,
        &[
            ("plan", "tools-make-plan"),
            ("card", "tools-make-card"),
            ("messages", "tools-make-messages"),
            ("taken", "tools-make-taken"),
        ],
        html! {},
    )
}

fn taken_page(c: &Chrome<'_>, values: &Fields, problems: &Problems) -> Markup {
    let w = Words::new(c.locale.id);
    let today = amparo_documents::now_in_new_york().date();
    let doc = document::taken(&Search::default(), c.locale.id, today).ok();
    tool_page(
        c,
        "taken",
        html! { @if let Some(d) = &doc { (html::blocks(&w, d)) } },
        &TAKEN,
        values,
        problems,
        &[("pdf", "tools-make-taken")],
        html! { h2 { (w.t("tools-taken-search-with")) } p { (w.t("tools-form-taken-intro")) } },
    )
}

fn presence_page(c: &Chrome<'_>, values: &Fields, problems: &Problems, result: Option<&Document>) -> Markup {
    let w = Words::new(c.locale.id);
    let kinds = document::presence_kinds(c.locale.id).unwrap_or_default();
    let kinds_doc = Document {
        blocks: kinds,
        made: String::new(),
        ..placeholder(c.locale.id)
    };
    tool_page(
        c,
        "presence",
        html! {
            p.lede { (w.t("tools-presence-intro")) }
            @match result {
                Some(d) => { (html::blocks(&w, d)) p.muted { (d.made) } },
                None => details { summary { (w.t("tools-presence-kinds-heading")) } (html::blocks(&w, &kinds_doc)) },
            }
        },
        &PRESENCE,
        values,
        problems,
        &[("check", "tools-make-presence"), ("pdf", "tools-make-presence-pdf")],
        html! {},
    )
}

/// An empty document in `locale`, for rendering a few blocks on their own.
fn placeholder(locale: &'static str) -> Document {
    Document {
        tool: amparo_prepare::Tool::Presence,
        locale,
        direction: amparo_guide::Direction::Ltr,
        title: amparo_prepare::Label {
            text: String::new(),
            english: None,
        },
        blocks: Vec::new(),
        disclaimer: String::new(),
        status: None,
        made: String::new(),
    }
}

fn record_page(c: &Chrome<'_>, values: &Fields, problems: &Problems) -> Markup {
    let w = Words::new(c.locale.id);
    tool_page(
        c,
        "record",
        html! { p.lede { (w.t("tools-record-page-intro")) } p.muted { (w.t("tools-record-intro")) } },
        &RECORD,
        values,
        problems,
        &[("pdf", "tools-make-record"), ("json", "tools-make-record-json")],
        html! {},
    )
}

/// Every tool page of one locale, for the pre-rendered site.
pub fn pages(w: &LocaleWords) -> Vec<(String, Markup)> {
    let id = w.info.id;
    let none = Problems::default();
    let t = |k: &str| title(id, k);
    let (plan_t, taken_t, presence_t, record_t) = (
        t("tools-plan-title"),
        t("tools-taken-title"),
        t("tools-presence-title"),
        t("tools-record-title"),
    );
    vec![
        (format!("/{id}/plan"), plan_page(&w.chrome(&plan_t, "plan"), &[], &none)),
        (
            format!("/{id}/taken"),
            taken_page(&w.chrome(&taken_t, "taken"), &[], &none),
        ),
        (
            format!("/{id}/presence"),
            presence_page(&w.chrome(&presence_t, "presence"), &[], &none, None),
        ),
        (
            format!("/{id}/record"),
            record_page(&w.chrome(&record_t, "record"), &[], &none),
        ),
    ]
}

// --- Answers ----------------------------------------------------------------------------------------------------

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

/// Makes a PDF off the async workers; the error page if typesetting fails (a bug: the words are embedded).
async fn make_pdf(
    app: &Arc<App>,
    lang: &str,
    name: String,
    make: impl FnOnce() -> Result<Vec<u8>, String> + Send + 'static,
) -> Response {
    match crate::warrant::blocking(app, make).await {
        Some(Ok(pdf)) => download(pdf, "application/pdf", name),
        Some(Err(_)) | None => failure(app, lang),
    }
}

fn today() -> chrono::NaiveDate {
    amparo_documents::now_in_new_york().date()
}

/// The form again, with the problems beside their inputs.
#[allow(clippy::too_many_arguments)]
fn invalid(
    app: &App,
    lang: &str,
    schema: &Schema,
    form: &FormJson,
    errors: &InputErrors,
    page: impl Fn(&Chrome<'_>, &Problems) -> Markup,
    title_id: &str,
    path: &str,
) -> Response {
    let Some(lw) = app.words(lang) else {
        return crate::not_found(app, lang);
    };
    let w = Words::new(lw.info.id);
    let problems = Problems::new(&w, schema, form, errors);
    let t = w.s(title_id);
    html_answer(StatusCode::UNPROCESSABLE_ENTITY, page(&lw.chrome(&t, path), &problems))
}

pub async fn plan(
    State(app): State<Arc<App>>,
    Path(lang): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let Some(lw) = app.words(&lang) else {
        return crate::not_found(&app, &lang);
    };
    let locale = lw.info.id;
    let form = PLAN.to_json(&fields);
    let show = |c: &Chrome<'_>, p: &Problems| plan_page(c, &fields, p);
    let plan = match Plan::from_json(&form.json.to_string(), today()) {
        Ok(p) => p,
        Err(e) => return invalid(&app, locale, &PLAN, &form, &e, show, "tools-plan-title", "plan"),
    };
    let paper = paper(&fields);
    match value(&fields, "make") {
        "card" => {
            let card = match plan.wallet_card() {
                Ok(c) => c,
                Err(e) => return invalid(&app, locale, &PLAN, &form, &e, show, "tools-plan-title", "plan"),
            };
            make_pdf(&app, locale, format!("amparo-card-{locale}.pdf"), move || {
                let card = document::card(&card, locale).map_err(|e| e.to_string())?;
                card_pdf(&card, false).map_err(|e| e.to_string())
            })
            .await
        }
        "messages" => {
            let Ok(msgs) = messages::messages(&plan, locale) else {
                return failure(&app, locale);
            };
            let w = Words::new(locale);
            let t = w.s("tools-messages-heading");
            let c = lw.chrome(&t, "plan");
            html_answer(
                StatusCode::OK,
                pages::layout(
                    &c,
                    html! {
                        h1 { (t) }
                        p.lede { (w.t("tools-messages-page-intro")) }
                        @for m in &msgs {
                            section.st {
                                h2 dir="auto" { (m.to) @if let Some(r) = &m.relation { " " small { "(" (r) ")" } } }
                                p.msg dir="auto" { (m.text) }
                                p.buttons {
                                    @if let Some(s) = &m.sms { a.door href=(s) { (w.t("tools-messages-sms")) } }
                                    @if let Some(s) = &m.mailto { a.door href=(s) { (w.t("tools-messages-mail")) } }
                                }
                            }
                        }
                        p { a href={ "/" (locale) "/plan" } { (pages::t(&lw.ui, "ui-back")) } }
                    },
                ),
            )
        }
        "taken" => taken_pdf(&app, locale, Search::from(&plan), paper).await,
        _ => {
            make_pdf(&app, locale, format!("amparo-plan-{locale}.pdf"), move || {
                let doc = document::plan(&plan, locale, today()).map_err(|e| e.to_string())?;
                document_pdf(&doc, paper).map_err(|e| e.to_string())
            })
            .await
        }
    }
}

pub async fn taken(
    State(app): State<Arc<App>>,
    Path(lang): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let Some(lw) = app.words(&lang) else {
        return crate::not_found(&app, &lang);
    };
    let locale = lw.info.id;
    let form = TAKEN.to_json(&fields);
    let search = match Search::from_json(&form.json.to_string(), today()) {
        Ok(s) => s,
        Err(e) => {
            let show = |c: &Chrome<'_>, p: &Problems| taken_page(c, &fields, p);
            return invalid(&app, locale, &TAKEN, &form, &e, show, "tools-taken-title", "taken");
        }
    };
    taken_pdf(&app, locale, search, paper(&fields)).await
}

/// The "someone was taken" sheet as a PDF download: from the plan form and from its own page.
async fn taken_pdf(app: &Arc<App>, locale: &'static str, search: Search, paper: Paper) -> Response {
    make_pdf(app, locale, format!("amparo-taken-{locale}.pdf"), move || {
        let doc = document::taken(&search, locale, today()).map_err(|e| e.to_string())?;
        document_pdf(&doc, paper).map_err(|e| e.to_string())
    })
    .await
}

pub async fn presence(
    State(app): State<Arc<App>>,
    Path(lang): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let Some(lw) = app.words(&lang) else {
        return crate::not_found(&app, &lang);
    };
    let locale = lw.info.id;
    let form = PRESENCE.to_json(&fields);
    let report = match Presence::from_json(&form.json.to_string(), today()) {
        Ok(p) => p.report(),
        Err(e) => {
            let show = |c: &Chrome<'_>, p: &Problems| presence_page(c, &fields, p, None);
            return invalid(
                &app,
                locale,
                &PRESENCE,
                &form,
                &e,
                show,
                "tools-presence-title",
                "presence",
            );
        }
    };
    if value(&fields, "make") == "pdf" {
        let paper = paper(&fields);
        return make_pdf(&app, locale, format!("amparo-presence-{locale}.pdf"), move || {
            let doc = document::presence(&report, locale, today()).map_err(|e| e.to_string())?;
            document_pdf(&doc, paper).map_err(|e| e.to_string())
        })
        .await;
    }
    let Ok(doc) = document::presence(&report, locale, today()) else {
        return failure(&app, locale);
    };
    let t = Words::new(locale).s("tools-presence-title");
    html_answer(
        StatusCode::OK,
        presence_page(&lw.chrome(&t, "presence"), &fields, &Problems::default(), Some(&doc)),
    )
}

pub async fn record(
    State(app): State<Arc<App>>,
    Path(lang): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let Some(lw) = app.words(&lang) else {
        return crate::not_found(&app, &lang);
    };
    let locale = lw.info.id;
    let form = RECORD.to_json(&fields);
    let record = match Record::from_json(&form.json.to_string(), amparo_documents::now_in_new_york()) {
        Ok(r) => r,
        Err(e) => {
            let show = |c: &Chrome<'_>, p: &Problems| record_page(c, &fields, p);
            return invalid(&app, locale, &RECORD, &form, &e, show, "tools-record-title", "record");
        }
    };
    if value(&fields, "make") == "json" {
        let body = serde_json::json!({
            "record": record,
            "ny_ag_form": record.ny_ag_form(),
            "ny_ag_form_source": amparo_law::authorities().get("nyag-federal-action-form"),
        });
        let bytes = serde_json::to_vec_pretty(&body).unwrap_or_default();
        return download(bytes, "application/json", format!("amparo-record-{locale}.json"));
    }
    let paper = paper(&fields);
    make_pdf(&app, locale, format!("amparo-record-{locale}.pdf"), move || {
        let doc = document::record(&record, locale, today()).map_err(|e| e.to_string())?;
        document_pdf(&doc, paper).map_err(|e| e.to_string())
    })
    .await
}
