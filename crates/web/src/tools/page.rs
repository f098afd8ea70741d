//! The tools' pages: each form with its buttons, what is kept where, the draft panel; the page of messages
//! written ahead; and the links to the tools from the home page and the scenarios.

use amparo_guide::Guide;
use amparo_prepare::{Document, Search, document, messages::Message};
use maud::{Markup, html};

use super::form::{Fields, Problems, Schema, value};
use super::html::blocks;
use super::schemas::{PLAN, PRESENCE, RECORD, TAKEN};
use super::words::Words;
use crate::pages::{self, Chrome};
use crate::site::LocaleWords;

/// The tools, in the order the home page lists them: path, title, hint.
const TOOLS: &[(&str, &str, &str)] = &[
    ("plan", "tools-plan-title", "tools-plan-link-hint"),
    ("plan", "tools-card-title", "tools-card-link-hint"),
    ("taken", "tools-taken-title", "tools-taken-link-hint"),
    ("presence", "tools-presence-title", "tools-presence-link-hint"),
    ("record", "tools-record-title", "tools-record-link-hint"),
];

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

pub fn title(locale: &str, id: &str) -> String {
    Words::new(Guide::get().resolve_locale(locale).unwrap_or("en")).s(id)
}

pub fn plan_page(c: &Chrome<'_>, values: &Fields, problems: &Problems) -> Markup {
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

pub fn taken_page(c: &Chrome<'_>, values: &Fields, problems: &Problems) -> Markup {
    let w = Words::new(c.locale.id);
    let today = amparo_documents::now_in_new_york().date();
    let doc = document::taken(&Search::default(), c.locale.id, today).ok();
    tool_page(
        c,
        "taken",
        html! { @if let Some(d) = &doc { (blocks(&w, d)) } },
        &TAKEN,
        values,
        problems,
        &[("pdf", "tools-make-taken")],
        html! { h2 { (w.t("tools-taken-search-with")) } p { (w.t("tools-form-taken-intro")) } },
    )
}

pub fn presence_page(c: &Chrome<'_>, values: &Fields, problems: &Problems, result: Option<&Document>) -> Markup {
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
                Some(d) => { (blocks(&w, d)) p.muted { (d.made) } },
                None => details { summary { (w.t("tools-presence-kinds-heading")) } (blocks(&w, &kinds_doc)) },
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

pub fn record_page(c: &Chrome<'_>, values: &Fields, problems: &Problems) -> Markup {
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

/// The messages written ahead, each with the links that open the phone's own SMS or mail app.
pub fn messages_page(lw: &LocaleWords, msgs: &[Message]) -> Markup {
    let locale = lw.info.id;
    let w = Words::new(locale);
    let t = w.s("tools-messages-heading");
    pages::layout(
        &lw.chrome(&t, "plan"),
        html! {
            h1 { (t) }
            p.lede { (w.t("tools-messages-page-intro")) }
            @for m in msgs {
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
    )
}
