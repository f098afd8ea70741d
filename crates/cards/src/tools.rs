//! The papers of Amparo's tools as PDF: the family plan, "someone was taken", proof of two years and the
//! encounter record (`tools-doc.typ`, Letter or A4), and the "if I am detained" wallet card (`tools-card.typ`,
//! the cards' own size). The content is an [`amparo_prepare::Document`] or [`amparo_prepare::Card`], already
//! in the reader's language; it reaches typst as JSON data, never spliced into markup. Fonts as for the cards:
//! Noto, embedded and subset; right-to-left for Arabic and Urdu.
//!
//! Everything happens in memory: the PDF is returned, nothing is written anywhere.

use amparo_prepare::{Card, Document};
use serde_json::json;

use amparo_typeset::Template;

use crate::typography::{english, holder, value_fonts};
use crate::{CardError, IN, Paper, card_size, check_fonts, typeset};

const DOC: Template = Template {
    path: "/tools-doc.typ",
    text: include_str!("tools-doc.typ"),
};

const CARD: Template = Template {
    path: "/tools-card.typ",
    text: include_str!("tools-card.typ"),
};

/// The helpers both templates import (`#import "/tools-lib.typ": *`).
const LIB: Template = Template {
    path: "/tools-lib.typ",
    text: include_str!("tools-lib.typ"),
};

fn error<'a>(what: &'static str, locale: &'a str) -> impl Fn(String) -> CardError + 'a {
    move |message| CardError::Tool {
        what,
        locale: locale.to_string(),
        message,
    }
}

/// A tool's paper as PDF on `paper`.
pub fn document_pdf(doc: &Document, paper: Paper) -> Result<Vec<u8>, CardError> {
    let locale = doc.locale;
    check_fonts(locale)?;
    let page = paper.size();
    let sources = amparo_guide::Guide::get().message(locale, "tools-sources")?;
    let data = json!({
        "page": { "w": page.w, "h": page.h },
        "margin": 0.7 * IN,
        "holder": holder(locale, doc.direction)?,
        "english": english()?,
        "values": { "fonts": value_fonts(locale)? },
        "title": doc.title,
        "blocks": doc.blocks,
        "disclaimer": doc.disclaimer,
        "status": doc.status,
        "made": doc.made,
        "sources_label": sources,
    });
    let tool = doc.tool.as_str();
    typeset(DOC, &[LIB], &data, format!("amparo-{tool}-{paper}-{locale}"), true).map_err(error(tool_name(tool), locale))
}

fn tool_name(tool: &str) -> &'static str {
    match tool {
        "plan" => "family plan",
        "taken" => "someone-was-taken sheet",
        "presence" => "proof of presence",
        _ => "encounter record",
    }
}

/// The "if I am detained" wallet card as PDF: 3.5 × 2 in (5 × 3 in in large print), two pages.
pub fn card_pdf(card: &Card, large: bool) -> Result<Vec<u8>, CardError> {
    let locale = card.locale;
    check_fonts(locale)?;
    let size = card_size(large);
    let sizes: Vec<f64> = if large {
        vec![16.0, 15.0, 14.0, 13.0, 12.0, 11.0, 10.0, 9.0, 8.5, 8.0, 7.5, 7.0]
    } else {
        vec![10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0, 5.5, 5.0]
    };
    let data = json!({
        "page": { "w": size.w, "h": size.h },
        "pad": if large { 12.0 } else { 8.0 },
        "sizes": sizes,
        "holder": holder(locale, card.direction)?,
        "english": english()?,
        "values": { "fonts": value_fonts(locale)? },
        "card": card,
    });
    typeset(
        CARD,
        &[LIB],
        &data,
        format!("amparo-detained-card-{large}-{locale}"),
        true,
    )
    .map_err(error("\"if I am detained\" card", locale))
}
