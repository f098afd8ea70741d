//! The "What changed" page (`/{lang}/changes`): every change of the law since 2025, newest first, each with its
//! summary in the reader's language, how certain it is in plain words, its source, and links to the pages of the
//! guide whose statements it touches.

use amparo_guide::{Guide, GuideError, RenderedChange};
use maud::{Markup, html};

use crate::help::word;
use crate::pages::{Chrome, layout};

/// Where a touched statement lives, one link per page: (path without the locale, page title).
fn pages_touched(guide: &Guide, locale: &str, c: &RenderedChange) -> Result<Vec<(String, String)>, GuideError> {
    let scenarios = guide.scenario_list(locale)?;
    let mut out: Vec<(String, String)> = Vec::new();
    for s in &c.statements {
        let base = s.page.split('#').next().unwrap_or("");
        if base.is_empty() || out.iter().any(|(p, _)| p.split('#').next() == Some(base)) {
            continue;
        }
        let title = match base {
            "door" => guide.labels(locale)?.door_card_title,
            "warrant" => guide.message(locale, "ui-warrant-title")?,
            id => match scenarios.iter().find(|x| x.id == id) {
                Some(x) => x.title.clone(),
                None => continue,
            },
        };
        out.push((s.page.clone(), title));
    }
    Ok(out)
}

/// `/{lang}/changes`.
pub fn page(c: &Chrome<'_>, guide: &Guide) -> Result<Markup, GuideError> {
    let locale = c.locale.id;
    let list = guide.changes(locale)?;
    let mut entries = Vec::new();
    for ch in &list {
        entries.push((ch, pages_touched(guide, locale, ch)?));
    }
    Ok(layout(
        c,
        html! {
            h1 { (word(guide, locale, "changes-title")) }
            p.lede { (word(guide, locale, "changes-intro")) }
            @for (ch, pages) in &entries {
                div.st id=(ch.id) {
                    p { strong { time datetime=(ch.date_text) { (ch.date_text) } } " · " (ch.kind_text) }
                    p { (ch.summary) }
                    p.muted { (ch.status_text) }
                    @if let Some(line) = &ch.effective_line { p.muted { (line) } }
                    @if !pages.is_empty() {
                        p {
                            (word(guide, locale, "changes-touches")) (amparo_guide::punct::colon(locale))
                            @for (i, (path, title)) in pages.iter().enumerate() {
                                @if i > 0 { " · " }
                                a href={ "/" (locale) "/" (path) } { (title) }
                            }
                        }
                    }
                    small {
                        (word(guide, locale, "changes-source")) (amparo_guide::punct::colon(locale))
                        span lang="en" dir="ltr" {
                            @match &ch.source.url { Some(u) => a href=(u) rel="noreferrer" { (ch.source.citation) }, None => (ch.source.citation) }
                        }
                    }
                }
            }
            p { a href={ "/" (locale) "/help" } { (word(guide, locale, "help-title")) } }
        },
    ))
}
