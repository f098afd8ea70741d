//! The answer to a warrant check (or why there is none), and which check gave it.

use amparo_documents::{DocumentError, PageRead, Report};
use amparo_guide::Guide;
use maud::{Markup, html};

use crate::{guide_text, t};

/// Which check gave the answer: said on the page, every time, in the person's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ran {
    /// In the browser, from the page's own WebAssembly: nothing was sent (`ui-ran-device`).
    Device,
    /// By the server, in memory, not stored (`ui-ran-server`).
    Server,
}

impl Ran {
    /// The message saying which check ran.
    pub fn message_id(self) -> &'static str {
        match self {
            Ran::Device => "ui-ran-device",
            Ran::Server => "ui-ran-server",
        }
    }

    fn id(self) -> &'static str {
        match self {
            Ran::Device => "device",
            Ran::Server => "server",
        }
    }
}

/// The answer in `locale`: what the paper appears to be, whether it is judicial, what it allows at the door,
/// what to do and say (each point with how certain it is and its sources), what was read, how it was decided.
pub fn result(locale: &str, r: &Report, ran: Ran) -> Markup {
    let guide = Guide::get();
    let a = &r.assessment;
    let labels = guide.labels(locale).ok();
    // The same words as the CLI's, from the same helper.
    let Ok(w) = guide.warrant_words(a, locale) else {
        return failure(
            locale,
            &DocumentError::Unsupported("the answer could not be worded in this language"),
            ran,
        );
    };
    html! {
        div.result role="status" data-ran=(ran.id()) data-kind=(a.kind.id()) data-judicial=(a.judicial.id())
            data-entry=(a.authorizes_home_entry.id()) {
            p.ran { (t(locale, ran.message_id())) }
            p { (w.appears) }
            h2 { (w.kind) }
            p { strong { (w.judicial) } }
            p { (w.entry) }
        }
        h2 { (w.what_to_do) }
        ul.plain {
            @for item in &w.advice {
                li.st {
                    p { (guide_text(locale, &item.text)) }
                    // How certain it is, where not settled law (the same words as on the scenario pages).
                    @if item.status.id.is_prominent() {
                        p.status data-status=(item.status.id.as_str()) {
                            "\u{2696} " (item.status.text)
                            @if let (Some(c), Some(l)) = (item.status.case, &labels) {
                                " " (l.case) ": "
                                span lang="en" dir="ltr" { @match &c.url { Some(u) => a href=(u) rel="noreferrer" { (c.citation) }, None => (c.citation) } }
                            }
                        }
                    }
                    details {
                        summary { @if let Some(l) = &labels { (l.sources) } @else { "Sources" } }
                        ul lang="en" dir="ltr" { @for au in &item.citations { li { @match &au.url { Some(u) => a href=(u) rel="noreferrer" { (au.citation) }, None => (au.citation) } } } }
                    }
                }
            }
        }
        p.muted { (w.disclaimer) " " (w.status) }
        @if !r.extraction.evidence.is_empty() {
            h2 { (t(locale, "ui-evidence")) }
            ul lang="en" dir="ltr" { @for e in &r.extraction.evidence { li { (e.finding.replace('_', " ")) ": " q { (e.text) } } } }
            @if r.page_read == PageRead::TopAndBottom {
                p.muted { (t(locale, "ui-warrant-top-bottom")) }
            }
        }
        details {
            summary { (t(locale, "ui-how-decided")) }
            div lang="en" dir="ltr" {
                p { (a.summary().to_string()) }
                ul { @for s in &a.trace { li { (if s.holds { "✓ " } else { "✗ " }) (s.detail.to_string()) " — " (s.authority.citation) } } }
                @if !a.warnings.is_empty() { ul { @for w in &a.warnings { li { (w.to_string()) } } } }
            }
        }
        p { a href={ "/" (locale) "/warrant" } { (t(locale, "ui-check-another")) } }
    }
}

/// The interface message that tells the person what to do about a paper that could not be read (the English
/// detail of the error is shown under it, for a helper).
pub fn error_message(e: &DocumentError) -> &'static str {
    match e {
        DocumentError::Empty => "ui-doc-empty",
        DocumentError::TooLarge { .. } | DocumentError::TooManyPixels { .. } => "ui-doc-too-large",
        DocumentError::EncryptedPdf | DocumentError::ScannedPdf => "ui-doc-pdf",
        DocumentError::NotADocument(_)
        | DocumentError::Unsupported(_)
        | DocumentError::BadPdf(_)
        | DocumentError::BadImage(_) => "ui-doc-unreadable",
        DocumentError::OcrUnavailable(_) | DocumentError::OcrFailed(_) | DocumentError::Timeout(_) => "ui-doc-failed",
    }
}

/// Why there is no answer, and which check tried.
pub fn failure(locale: &str, e: &DocumentError, ran: Ran) -> Markup {
    html! {
        div.result role="alert" data-ran=(ran.id()) {
            p { strong { (t(locale, "ui-warrant-unavailable")) } }
            p { (t(locale, error_message(e))) }
            p.ran { (t(locale, ran.message_id())) }
            details lang="en" dir="ltr" { summary { "Details (English)" } p { (e.to_string()) } }
        }
    }
}
