//! "Someone was taken": what the family knows about the person, the steps to find them, and who can help.

use amparo_guide::GuideError;
use chrono::NaiveDate;

use crate::contacts::{HelpContact, help_contacts};
use crate::data::Data;
use crate::fields::ANumber;
use crate::plan::Plan;

use super::{Block, Document, Label, Style, Tool, Words, identity, opt_field, push_fields};

/// What a family has to search with (from the plan, or typed on the page).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    pub name: Option<String>,
    pub a_number: Option<ANumber>,
    pub country_of_birth: Option<String>,
    pub date_of_birth: Option<NaiveDate>,
    pub lawyer: Option<String>,
}

/// The "someone was taken" form's JSON: `name`, `a_number`, `country_of_birth`, `date_of_birth`, `lawyer`.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchInput {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub a_number: Option<String>,
    #[serde(default)]
    pub country_of_birth: Option<String>,
    #[serde(default)]
    pub date_of_birth: Option<String>,
    #[serde(default)]
    pub lawyer: Option<String>,
}

impl Search {
    /// Parse and check the form's JSON (every field optional; what is given must be right).
    pub fn from_json(json: &str, today: NaiveDate) -> Result<Self, crate::InputErrors> {
        use crate::fields::{self, NAME_MAX, SHORT_MAX};
        let i: SearchInput = crate::error::from_json(json)?;
        let mut c = crate::error::Collector::default();
        let given = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        let s = Search {
            name: c
                .check("name", fields::text(i.name.as_deref(), NAME_MAX, false))
                .flatten(),
            a_number: given(&i.a_number).and_then(|a| c.check("a_number", ANumber::parse(&a))),
            country_of_birth: c
                .check(
                    "country_of_birth",
                    fields::text(i.country_of_birth.as_deref(), SHORT_MAX, false),
                )
                .flatten(),
            date_of_birth: given(&i.date_of_birth).and_then(|d| c.check("date_of_birth", fields::past_date(&d, today))),
            lawyer: c
                .check("lawyer", fields::text(i.lawyer.as_deref(), NAME_MAX, false))
                .flatten(),
        };
        c.finish(s)
    }
}

impl From<&Plan> for Search {
    fn from(p: &Plan) -> Self {
        Self {
            name: Some(p.person.name.clone()),
            a_number: p.person.a_number.clone(),
            country_of_birth: p.person.country_of_birth.clone(),
            date_of_birth: p.person.date_of_birth,
            lawyer: p.lawyer.as_ref().map(|l| match &l.phone {
                Some(ph) => format!("{} {}", l.name, ph),
                None => l.name.clone(),
            }),
        }
    }
}

/// "Someone was taken": how to search the locator, the courts' line, a lawyer in the first hours, the
/// consulate, the children, and what to have ready; pre-filled with what the family has.
pub fn taken(s: &Search, locale: &str, today: NaiveDate) -> Result<Document, GuideError> {
    taken_with(s, locale, today, &help_contacts(locale)?)
}

/// [`taken`] with the contacts given (tests, and the integration point in [`crate::contacts`]).
pub fn taken_with(s: &Search, locale: &str, today: NaiveDate, help: &[HelpContact]) -> Result<Document, GuideError> {
    let w = Words::new(locale)?;
    let d = &Data::get().taken;
    let mut b = vec![w.para("tools-taken-intro", Style::Strong)?];
    let mut facts = identity(
        &w,
        s.name.as_deref(),
        s.a_number.as_ref(),
        s.country_of_birth.as_deref(),
        s.date_of_birth,
    )?;
    facts.push(opt_field(&w, "tools-field-lawyer-name", s.lawyer.as_deref())?);
    if facts.iter().any(Option::is_some) {
        b.push(Block::Heading {
            label: w.label("tools-taken-search-with")?,
        });
        push_fields(&mut b, facts);
    }
    let args = [
        ("phone", d.eoir_phone().to_owned()),
        ("url", d.locator_url().to_owned()),
        (
            "a_number",
            s.a_number.as_ref().map(|a| a.digits().to_string()).unwrap_or_default(),
        ),
    ];
    for sec in &d.section {
        b.push(Block::Heading {
            label: w.plain(&sec.heading)?,
        });
        b.push(Block::Checklist {
            lines: sec.item.iter().map(|i| w.line(i, &args)).collect::<Result<_, _>>()?,
        });
        if sec.id == "case" {
            b.push(Block::Heading {
                label: w.plain("tools-taken-help-heading")?,
            });
            if help.is_empty() {
                b.push(w.para("tools-taken-help-pending", Style::Normal)?);
            }
            for h in help {
                push_help_contact(&mut b, &w, h)?;
            }
        }
    }
    w.document(Tool::Taken, "tools-taken-title", b, today)
}

/// One verified contact: its name, what it is for, how to reach it, its hours, and the day it was checked.
fn push_help_contact(b: &mut Vec<Block>, w: &Words, h: &HelpContact) -> Result<(), GuideError> {
    b.push(Block::Subheading {
        label: Label {
            text: h.name.clone(),
            english: None,
        },
    });
    let text = match &h.note {
        Some(n) => format!("{} {n}", h.purpose),
        None => h.purpose.clone(),
    };
    b.push(Block::Paragraph {
        text,
        style: Style::Normal,
    });
    push_fields(
        b,
        vec![
            opt_field(w, "tools-field-phone", h.phone.clone())?,
            opt_field(w, "tools-field-email", h.email.clone())?,
            opt_field(w, "help-website", h.url.clone())?,
            opt_field(w, "tools-field-hours", h.hours.clone())?,
            Some(w.field("tools-field-checked", h.verified.to_string())?),
        ],
    );
    Ok(())
}
