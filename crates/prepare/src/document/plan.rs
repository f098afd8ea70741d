//! The family plan, as a document to print and keep, and the "if I am detained" wallet card.

use amparo_guide::{Guide, GuideError, SOURCE_LOCALE};
use amparo_law::Authority;
use chrono::NaiveDate;

use crate::plan::{Plan, WalletCard};

use super::{
    Block, Card, Document, Field, Label, Say, Style, Tool, Words, checklist_blocks, identity, opt_field, push_fields,
};

/// The family plan as a paper: the facts to find the person, the children, contacts, the lawyer, health,
/// papers and money, the messages written ahead, and the checklists of New York's options for the children.
pub fn plan(p: &Plan, locale: &str, today: NaiveDate) -> Result<Document, GuideError> {
    let w = Words::new(locale)?;
    let mut b = vec![w.para("tools-plan-intro", Style::Normal)?];
    b.push(Block::Heading {
        label: w.label("tools-plan-person-heading")?,
    });
    let mut person = identity(
        &w,
        Some(&p.person.name),
        p.person.a_number.as_ref(),
        p.person.country_of_birth.as_deref(),
        p.person.date_of_birth,
    )?;
    person.push(opt_field(
        &w,
        "tools-field-phone",
        p.person.phone.as_ref().map(ToString::to_string),
    )?);
    push_fields(&mut b, person);
    if !p.children.is_empty() {
        b.push(Block::Heading {
            label: w.label("tools-plan-children-heading")?,
        });
        for ch in &p.children {
            b.push(Block::Subheading {
                label: Label {
                    text: ch.name.clone(),
                    english: None,
                },
            });
            push_fields(
                &mut b,
                vec![
                    opt_field(&w, "tools-field-date-of-birth", ch.date_of_birth.map(|d| d.to_string()))?,
                    opt_field(&w, "tools-field-school", ch.school.as_deref())?,
                    opt_field(&w, "tools-field-pickup", ch.pickup.as_deref())?,
                    opt_field(&w, "tools-field-caregiver", ch.caregiver.as_deref())?,
                    opt_field(&w, "tools-field-child-medical", ch.medical.as_deref())?,
                ],
            );
        }
    }
    if !p.contacts.is_empty() {
        b.push(Block::Heading {
            label: w.label("tools-plan-contacts-heading")?,
        });
        b.push(Block::Table {
            header: vec![
                w.label("tools-field-contact-name")?,
                w.label("tools-field-relation")?,
                w.label("tools-field-phone")?,
                w.label("tools-field-email")?,
            ],
            rows: p
                .contacts
                .iter()
                .map(|c| {
                    vec![
                        c.name.clone(),
                        c.relation.clone().unwrap_or_default(),
                        c.phone.to_string(),
                        c.email.as_ref().map(ToString::to_string).unwrap_or_default(),
                    ]
                })
                .collect(),
        });
    }
    if let Some(l) = &p.lawyer {
        b.push(Block::Heading {
            label: w.label("tools-plan-lawyer-heading")?,
        });
        push_fields(
            &mut b,
            vec![
                Some(w.field("tools-field-lawyer-name", l.name.clone())?),
                opt_field(&w, "tools-field-organization", l.organization.as_deref())?,
                opt_field(&w, "tools-field-phone", l.phone.as_ref().map(ToString::to_string))?,
                opt_field(&w, "tools-field-email", l.email.as_ref().map(ToString::to_string))?,
            ],
        );
    }
    let more = vec![
        opt_field(&w, "tools-field-medical", p.medical.as_deref())?,
        opt_field(&w, "tools-field-medications", p.medications.as_deref())?,
        opt_field(&w, "tools-field-papers-location", p.papers_location.as_deref())?,
        opt_field(&w, "tools-field-money", p.money.as_deref())?,
    ];
    if more.iter().any(Option::is_some) {
        b.push(Block::Heading {
            label: w.label("tools-plan-more-heading")?,
        });
        push_fields(&mut b, more);
    }
    let msgs = crate::messages::messages(p, w.locale)?;
    if !msgs.is_empty() {
        b.push(Block::Heading {
            label: w.plain("tools-messages-heading")?,
        });
        b.push(w.para("tools-messages-intro", Style::Muted)?);
        b.push(Block::Fields {
            fields: msgs
                .into_iter()
                .map(|m| Field {
                    label: Label {
                        text: m.to,
                        english: None,
                    },
                    value: m.text,
                })
                .collect(),
        });
    }
    b.push(Block::Heading {
        label: w.label("tools-say-heading")?,
    });
    b.push(Block::Say {
        lines: say_lines(&w, p.say_fear)?,
    });
    for id in ["designation", "standby", "family"] {
        checklist_blocks(&w, id, &mut b)?;
    }
    w.document(Tool::Plan, "tools-plan-title", b, today)
}

fn say_lines(w: &Words, fear: bool) -> Result<Vec<Say>, GuideError> {
    let mut v = vec![w.say("tools-say-lawyer")?, w.say("tools-say-sign")?];
    if fear {
        v.push(w.say("tools-say-fear")?);
    }
    Ok(v)
}

/// The authorities for the card's lines (right to a lawyer, not signing, fear of return).
pub fn card_citations(fear: bool) -> Vec<&'static Authority> {
    let mut ids = vec!["usc-8-1362", "usc-8-1229c"];
    if fear {
        ids.push("usc-8-1225-b-1-a-ii");
    }
    ids.into_iter()
        .filter_map(|id| amparo_law::authorities().get(id))
        .collect()
}

/// The "if I am detained" wallet card.
pub fn card(c: &WalletCard, locale: &str) -> Result<Card, GuideError> {
    let w = Words::new(locale)?;
    let en = Words::new(SOURCE_LOCALE)?;
    let lawyer = c.lawyer.as_ref().map(|l| match &l.phone {
        Some(p) => format!("{} {}", l.name, p),
        None => l.name.clone(),
    });
    let fields = |w: &Words| -> Result<Vec<Field>, GuideError> {
        let mut f = vec![w.field("tools-field-card-name", c.name.clone())?];
        f.extend(opt_field(
            w,
            "tools-field-a-number",
            c.a_number.as_ref().map(ToString::to_string),
        )?);
        f.extend(opt_field(
            w,
            "tools-field-country-of-birth",
            c.country_of_birth.as_deref(),
        )?);
        f.extend(opt_field(w, "tools-field-lawyer-name", lawyer.clone())?);
        for ct in &c.contacts {
            f.push(w.field("tools-field-call", format!("{} {}", ct.name, ct.phone))?);
        }
        f.extend(opt_field(w, "tools-field-medical", c.medical.as_deref())?);
        Ok(f)
    };
    let g = Guide::get();
    Ok(Card {
        locale: w.locale,
        direction: g.locale(w.locale)?.direction,
        title: w.t("tools-card-title")?,
        fields: fields(&w)?,
        say_title: w.t("tools-say-heading")?,
        say: say_lines(&w, c.say_fear)?,
        back_title: en.t("tools-card-back-title")?,
        back: fields(&en)?,
        status: w.translation_status()?,
    })
}
