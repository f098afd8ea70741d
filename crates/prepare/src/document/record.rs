//! The encounter record: what happened, as the person wrote it down, laid out after the NY Attorney General's
//! form.

use amparo_guide::GuideError;
use chrono::NaiveDate;

use crate::record::Record;

use super::{Block, Document, Field, Label, Style, Tool, Words, opt_field, push_fields};

/// The encounter record for a lawyer, and what to copy into the Attorney General's form.
pub fn record(r: &Record, locale: &str, today: NaiveDate) -> Result<Document, GuideError> {
    let w = Words::new(locale)?;
    let mut b = vec![w.para("tools-record-intro", Style::Muted)?];
    let shown = r
        .paper_shown
        .map(|s| w.t(if s { "tools-yes" } else { "tools-no" }))
        .transpose()?;
    push_fields(
        &mut b,
        vec![
            Some(w.field("tools-field-when", r.when.to_string())?),
            Some(w.field("tools-field-where", r.place.clone())?),
            opt_field(&w, "tools-field-agency", r.agency.as_deref())?,
            opt_field(&w, "tools-field-written-by", r.written_by.as_deref())?,
        ],
    );
    b.push(Block::Heading {
        label: w.label("tools-field-what-happened")?,
    });
    b.push(Block::Paragraph {
        text: r.what_happened.clone(),
        style: Style::Normal,
    });
    push_fields(
        &mut b,
        vec![
            opt_field(&w, "tools-field-paper-shown", shown)?,
            opt_field(&w, "tools-field-paper", r.paper.as_deref())?,
            opt_field(&w, "tools-field-warrant-check", r.warrant_check.as_deref())?,
            opt_field(&w, "tools-field-injuries", r.injuries.as_deref())?,
            opt_field(&w, "tools-field-recordings", r.recordings.as_deref())?,
        ],
    );
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    if !r.officers.is_empty() {
        b.push(Block::Heading {
            label: w.label("tools-record-officers-heading")?,
        });
        b.push(Block::Table {
            header: vec![
                w.label("tools-field-officer-name")?,
                w.label("tools-field-badge")?,
                w.label("tools-field-description")?,
            ],
            rows: r
                .officers
                .iter()
                .map(|o| vec![opt(&o.name), opt(&o.badge), opt(&o.description)])
                .collect(),
        });
    }
    if !r.vehicles.is_empty() {
        b.push(Block::Heading {
            label: w.label("tools-record-vehicles-heading")?,
        });
        b.push(Block::Table {
            header: vec![
                w.label("tools-field-plate")?,
                w.label("tools-field-state")?,
                w.label("tools-field-description")?,
            ],
            rows: r
                .vehicles
                .iter()
                .map(|v| vec![opt(&v.plate), opt(&v.state), opt(&v.description)])
                .collect(),
        });
    }
    if !r.witnesses.is_empty() {
        b.push(Block::Heading {
            label: w.label("tools-record-witnesses-heading")?,
        });
        b.push(Block::Table {
            header: vec![w.label("tools-field-witness-name")?, w.label("tools-field-phone")?],
            rows: r
                .witnesses
                .iter()
                .map(|x| {
                    vec![
                        x.name.clone(),
                        x.phone.as_ref().map(ToString::to_string).unwrap_or_default(),
                    ]
                })
                .collect(),
        });
    }
    b.push(Block::Heading {
        label: w.label("tools-record-ag-heading")?,
    });
    b.push(w.para("tools-record-ag-intro", Style::Normal)?);
    b.push(Block::Fields {
        fields: r
            .ny_ag_form()
            .into_iter()
            .map(|f| {
                Ok(Field {
                    label: Label {
                        text: w.t(&format!("tools-ag-{}", f.id))?,
                        english: if w.english { None } else { Some(f.english.to_string()) },
                    },
                    value: if f.value.is_empty() {
                        w.t("tools-ag-your-choice")?
                    } else {
                        f.value
                    },
                })
            })
            .collect::<Result<_, GuideError>>()?,
    });
    b.push(Block::Sources {
        citations: crate::data::resolve(&["nyag-federal-action-form".to_string()]),
    });
    b.push(w.para("tools-record-keep", Style::Muted)?);
    w.document(Tool::Record, "tools-record-title", b, today)
}
