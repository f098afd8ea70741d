//! Proof of two years: the covered months and the gaps of a presence report, and the kinds of paper that count.

use amparo_guide::GuideError;
use chrono::NaiveDate;

use crate::data::Data;
use crate::presence::Report;

use super::{Block, Document, Line, Style, Tool, Words, opt_field, push_fields};

/// What the papers show, the gaps, the months, the index of the papers, and what counts as a paper.
pub fn presence(r: &Report, locale: &str, today: NaiveDate) -> Result<Document, GuideError> {
    let w = Words::new(locale)?;
    let data = &Data::get().presence;
    let kind = |k: &str| w.t(&format!("tools-kind-{k}"));
    let mut b = Vec::new();
    let window = [
        ("from", r.window.from.to_string()),
        ("to", r.window.to.to_string()),
        ("limit", r.gap_limit_days.to_string()),
        ("count", r.gaps.len().to_string()),
    ];
    let verdict = if r.covers_two_years {
        "tools-presence-covers"
    } else {
        "tools-presence-not-covered"
    };
    b.push(Block::Paragraph {
        text: w.ta(verdict, &window)?,
        style: Style::Strong,
    });
    b.push(w.para("tools-presence-not-legal", Style::Normal)?);
    push_fields(
        &mut b,
        vec![
            Some(w.field("tools-field-as-of", r.as_of.to_string())?),
            Some(w.field("tools-field-window", format!("{} – {}", r.window.from, r.window.to))?),
            opt_field(&w, "tools-field-earliest", r.earliest.map(|d| d.to_string()))?,
            opt_field(&w, "tools-field-latest", r.latest.map(|d| d.to_string()))?,
            Some(w.field(
                "tools-field-covered-days",
                format!("{} / {}", r.covered_days, r.window_days),
            )?),
        ],
    );
    if !r.gaps.is_empty() {
        b.push(Block::Heading {
            label: w.label("tools-presence-gaps-heading")?,
        });
        b.push(Block::Table {
            header: vec![
                w.label("tools-field-from")?,
                w.label("tools-field-to")?,
                w.label("tools-field-days")?,
                w.label("tools-field-where-gap")?,
            ],
            rows: r
                .gaps
                .iter()
                .map(|g| {
                    Ok(vec![
                        g.from.to_string(),
                        g.to.to_string(),
                        g.days.to_string(),
                        w.t(&format!("tools-gap-{}", g.kind.id()))?,
                    ])
                })
                .collect::<Result<_, GuideError>>()?,
        });
    }
    b.push(Block::Heading {
        label: w.label("tools-presence-months-heading")?,
    });
    let (yes, no) = (w.t("tools-month-covered")?, w.t("tools-month-gap")?);
    b.push(Block::Table {
        header: vec![
            w.label("tools-field-month")?,
            w.label("tools-field-shown")?,
            w.label("tools-field-papers")?,
        ],
        rows: r
            .months
            .iter()
            .map(|m| {
                vec![
                    m.month.clone(),
                    if m.covered { yes.clone() } else { no.clone() },
                    m.papers.to_string(),
                ]
            })
            .collect(),
    });
    if !r.papers.is_empty() {
        b.push(Block::Heading {
            label: w.label("tools-presence-index-heading")?,
        });
        b.push(Block::Table {
            header: vec![
                w.label("tools-field-number")?,
                w.label("tools-field-kind")?,
                w.label("tools-field-dates")?,
                w.label("tools-field-description")?,
                w.label("tools-field-kept-at")?,
            ],
            rows: r
                .papers
                .iter()
                .map(|p| {
                    Ok(vec![
                        p.number.to_string(),
                        kind(&p.kind)?,
                        if p.from == p.to {
                            p.from.to_string()
                        } else {
                            format!("{} – {}", p.from, p.to)
                        },
                        p.description.clone().unwrap_or_default(),
                        p.kept_at.clone().unwrap_or_default(),
                    ])
                })
                .collect::<Result<_, GuideError>>()?,
        });
    }
    b.push(Block::Heading {
        label: w.label("tools-presence-rule-heading")?,
    });
    b.push(Block::Paragraph {
        text: w.ta("tools-presence-rule", &window)?,
        style: Style::Normal,
    });
    b.push(Block::Sources {
        citations: crate::data::resolve(&data.window_cite)
            .into_iter()
            .chain(crate::data::resolve(&data.gap_cite))
            .collect(),
    });
    b.extend(presence_checklist(&w)?);
    w.document(Tool::Presence, "tools-presence-title", b, today)
}

/// What counts as a paper, and how to keep them.
pub(crate) fn presence_checklist(w: &Words) -> Result<Vec<Block>, GuideError> {
    let data = &Data::get().presence;
    Ok(vec![
        Block::Heading {
            label: w.label("tools-presence-kinds-heading")?,
        },
        Block::Checklist {
            lines: data
                .kinds
                .iter()
                .map(|k| {
                    Ok(Line {
                        text: w.t(&format!("tools-kind-{k}"))?,
                        heading: false,
                        status: None,
                        citations: Vec::new(),
                    })
                })
                .collect::<Result<_, GuideError>>()?,
        },
        w.para("tools-presence-keep", Style::Normal)?,
        Block::Sources {
            citations: crate::data::resolve(&["ice-er-guidance-2019".to_string()]),
        },
    ])
}

/// The checklist of papers alone, for the page before anything is entered.
pub fn presence_kinds(locale: &str) -> Result<Vec<Block>, GuideError> {
    presence_checklist(&Words::new(locale)?)
}
