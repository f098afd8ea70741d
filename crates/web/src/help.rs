//! The "Get help" page (`/{lang}/help`): who to call, every number with the source that confirms it and the day it
//! was checked; and the small pieces other pages show from the same data (a scenario's contact block, the door
//! page's line, the footer links). Every word comes from the guide's `help.ftl`; every number from
//! `crates/guide/data/contacts.toml`.

use amparo_guide::{Guide, GuideError, RenderedContact};
use maud::{Markup, html};

use crate::pages::{Chrome, layout};

/// A message of the guide in the page's language, marked English where the locale lacks it.
pub(crate) fn word(guide: &Guide, locale: &str, id: &str) -> Markup {
    let text = guide.message(locale, id).unwrap_or_else(|_| id.to_owned());
    if locale != amparo_guide::SOURCE_LOCALE && !guide.has_message(locale, id) {
        html! { span lang="en" dir="ltr" { (text) } }
    } else {
        html! { (text) }
    }
}

fn phone_link(c: &RenderedContact) -> Markup {
    html! {
        @if let (Some(phone), Some(tel)) = (&c.phone, &c.tel) {
            a href=(tel) { bdi dir="ltr" { (phone) } }
        }
    }
}

/// One contact: name, number (a `tel:` link), website, email, what it is for, hours, languages, and where and
/// when it was checked.
fn contact(guide: &Guide, locale: &str, c: &RenderedContact, heading: bool) -> Markup {
    html! {
        div.st id={ "contact-" (c.id) } {
            @if heading { h3 lang="en" dir="ltr" { (c.name) } } @else { p { strong lang="en" dir="ltr" { (c.name) } } }
            @if let (Some(line), Some(phone)) = (&c.call_line, &c.phone) {
                @let (before, after) = split_phone(line, phone);
                p { (before) (phone_link(c)) (after) }
            }
            p { (c.purpose) }
            @if let Some(h) = &c.hours { p { (word(guide, locale, "help-hours")) (amparo_guide::punct::colon(locale)) (h) } }
            @for line in [&c.languages_line, &c.interpreters_line].into_iter().flatten() { p { (line) } }
            @if let Some(n) = &c.note { p.muted { (n) } }
            @if c.url.is_some() || c.email.is_some() {
                p {
                    @if let Some(u) = &c.url { a href=(u) rel="noreferrer" { (word(guide, locale, "help-website")) } " " }
                    @if let Some(e) = &c.email { a href={ "mailto:" (e) } { bdi dir="ltr" { (e) } } }
                }
            }
            small {
                a href=(c.source.url) rel="noreferrer" {
                    @match c.verified_line.rfind(c.source.title.as_str()) {
                        Some(i) => { (&c.verified_line[..i]) span lang="en" dir="ltr" { (c.source.title) } (&c.verified_line[i + c.source.title.len()..]) }
                        None => (c.verified_line),
                    }
                }
            }
        }
    }
}

/// `/{lang}/help`.
pub fn page(c: &Chrome<'_>, guide: &Guide) -> Result<Markup, GuideError> {
    let locale = c.locale.id;
    let contacts = guide.contacts(locale)?;
    Ok(layout(
        c,
        html! {
            h1 { (word(guide, locale, "help-title")) }
            p.lede { (word(guide, locale, "help-intro")) }
            @for k in &contacts { (contact(guide, locale, k, true)) }
            p { a href={ "/" (locale) "/changes" } { (word(guide, locale, "help-changes-link")) } }
        },
    ))
}

/// The contact block at the end of a scenario (empty for a scenario without one).
pub fn block(guide: &Guide, locale: &str, scenario: &str) -> Markup {
    let contacts = guide.contacts_for(scenario, locale).unwrap_or_default();
    html! {
        @if !contacts.is_empty() {
            section id="help" {
                h2 { (word(guide, locale, "help-block-title")) }
                @for k in &contacts { (contact(guide, locale, k, false)) }
                p { a href={ "/" (locale) "/help" } { (word(guide, locale, "help-all")) } }
            }
        }
    }
}

/// The door page's one line: who to call now, and where all the numbers are.
pub fn door_line(guide: &Guide, locale: &str) -> Markup {
    html! {
        @if let Ok(Some((text, k))) = guide.help_line("door", locale) {
            @let (before, after) = split_phone(&text, k.phone.as_deref().unwrap_or(""));
            p { (before) (phone_link(&k)) (after) " " a href={ "/" (locale) "/help" } { (word(guide, locale, "help-all")) } }
        }
    }
}

/// The footer links to "Get help" and "What changed".
pub fn footer_links(locale: &str) -> Markup {
    let guide = Guide::get();
    html! {
        a href={ "/" (locale) "/help" } { (word(guide, locale, "help-title")) }
        a href={ "/" (locale) "/changes" } { (word(guide, locale, "changes-title")) }
    }
}

/// The text around a phone number the message placed in it (so that the number can be a link).
fn split_phone<'a>(text: &'a str, phone: &str) -> (&'a str, &'a str) {
    match (phone.is_empty(), text.find(phone)) {
        (false, Some(i)) => (&text[..i], &text[i + phone.len()..]),
        _ => (text, ""),
    }
}
