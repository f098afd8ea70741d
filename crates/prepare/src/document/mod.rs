//! A rendering-neutral document of each paper, in one locale: the cards crate typesets it as PDF, the web app
//! renders it as HTML, so no text is written twice. Every word comes from the guide's Fluent messages
//! (`tools.ftl`); what the person entered is shown as entered. Labels an officer or a lawyer must read carry
//! their English beside the person's language ([`Label::english`]).

use amparo_guide::{Direction, Guide, GuideError, MessageArg, SOURCE_LOCALE, TranslationStatus};
use amparo_law::Authority;
use chrono::NaiveDate;
use serde::Serialize;

use crate::contacts::{HelpContact, help_contacts};
use crate::data::{Data, Item};
use crate::fields::ANumber;
use crate::plan::{Plan, WalletCard};
use crate::presence::Report;
use crate::record::Record;

/// Which paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tool {
    Plan,
    Taken,
    Presence,
    Record,
}

impl Tool {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Plan => "plan",
            Self::Taken => "taken",
            Self::Presence => "presence",
            Self::Record => "record",
        }
    }
}

/// Words in the reader's language, with the English beside them where the reader's language is not English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Label {
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub english: Option<String>,
}

/// One labelled value the person entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Field {
    pub label: Label,
    pub value: String,
}

/// One line of a checklist.
#[derive(Debug, Clone, Serialize)]
pub struct Line {
    pub text: String,
    /// A line that introduces the next ones (no box).
    pub heading: bool,
    /// "Reported, not confirmed" and the like, in plain words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    pub citations: Vec<&'static Authority>,
}

/// A line to say, in English, with its translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Say {
    pub english: String,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Style {
    Normal,
    Muted,
    /// Stands out (a result, a warning).
    Strong,
}

/// One block of a document.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    Heading {
        label: Label,
    },
    Subheading {
        label: Label,
    },
    Paragraph {
        text: String,
        style: Style,
    },
    Fields {
        fields: Vec<Field>,
    },
    Checklist {
        lines: Vec<Line>,
    },
    Say {
        lines: Vec<Say>,
    },
    Table {
        header: Vec<Label>,
        rows: Vec<Vec<String>>,
    },
    /// Authorities for what the blocks before it state.
    Sources {
        citations: Vec<&'static Authority>,
    },
}

/// One paper, in one locale.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    pub tool: Tool,
    pub locale: &'static str,
    pub direction: Direction,
    pub title: Label,
    pub blocks: Vec<Block>,
    /// "Legal information, not legal advice."
    pub disclaimer: String,
    /// The translation status (machine-assisted, …), when not English.
    pub status: Option<String>,
    /// "Made with Amparo on DATE. Amparo kept no copy."
    pub made: String,
}

/// The "if I am detained" wallet card: the front in the holder's language (each label with its English), the
/// back in English for the officers.
#[derive(Debug, Clone, Serialize)]
pub struct Card {
    pub locale: &'static str,
    pub direction: Direction,
    pub title: String,
    pub fields: Vec<Field>,
    pub say_title: String,
    pub say: Vec<Say>,
    pub back_title: String,
    pub back: Vec<Field>,
    pub status: Option<String>,
}

/// Looks words up for one locale.
pub(crate) struct Words {
    pub(crate) locale: &'static str,
    english: bool,
}

impl Words {
    pub(crate) fn new(locale: &str) -> Result<Self, GuideError> {
        let locale = Guide::get().resolve_locale(locale)?;
        Ok(Self {
            locale,
            english: locale == SOURCE_LOCALE,
        })
    }

    pub(crate) fn t(&self, id: &str) -> Result<String, GuideError> {
        Guide::get().message(self.locale, id)
    }

    pub(crate) fn ta(&self, id: &str, args: &[(&str, String)]) -> Result<String, GuideError> {
        let args: Vec<(&str, MessageArg)> = args.iter().map(|(k, v)| (*k, arg(v))).collect();
        Guide::get().message_args(self.locale, id, &args)
    }

    fn en(&self, id: &str) -> Result<String, GuideError> {
        Guide::get().message(SOURCE_LOCALE, id)
    }

    /// A label, with its English beside it unless the reader's language is English.
    pub(crate) fn label(&self, id: &str) -> Result<Label, GuideError> {
        Ok(Label {
            text: self.t(id)?,
            english: if self.english { None } else { Some(self.en(id)?) },
        })
    }

    /// A label in the reader's language only.
    fn plain(&self, id: &str) -> Result<Label, GuideError> {
        Ok(Label {
            text: self.t(id)?,
            english: None,
        })
    }

    fn field(&self, id: &str, value: impl Into<String>) -> Result<Field, GuideError> {
        Ok(Field {
            label: self.label(id)?,
            value: value.into(),
        })
    }

    fn say(&self, id: &str) -> Result<Say, GuideError> {
        Ok(Say {
            english: self.en(id)?,
            text: self.t(id)?,
        })
    }

    fn para(&self, id: &str, style: Style) -> Result<Block, GuideError> {
        Ok(Block::Paragraph {
            text: self.t(id)?,
            style,
        })
    }

    fn line(&self, item: &Item, args: &[(&str, String)]) -> Result<Line, GuideError> {
        Ok(Line {
            text: self.ta(&item.text, args)?,
            heading: item.heading,
            status: match item.status.message_id() {
                Some(id) => Some(self.t(id)?),
                None => None,
            },
            citations: item.citations(),
        })
    }

    fn translation_status(&self) -> Result<Option<String>, GuideError> {
        let g = Guide::get();
        Ok(match g.locale(self.locale)?.status {
            TranslationStatus::Source => None,
            _ => Some(g.status_line(self.locale)?),
        })
    }

    fn document(&self, tool: Tool, title: &str, blocks: Vec<Block>, today: NaiveDate) -> Result<Document, GuideError> {
        let g = Guide::get();
        Ok(Document {
            tool,
            locale: self.locale,
            direction: g.locale(self.locale)?.direction,
            title: self.label(title)?,
            blocks,
            disclaimer: g.disclaimer(self.locale)?,
            status: self.translation_status()?,
            made: self.ta("tools-made", &[("date", today.to_string())])?,
        })
    }
}

/// A number passes to Fluent as a number (plural rules), anything else as text.
fn arg(v: &str) -> MessageArg {
    match v.parse::<i64>() {
        Ok(n) if !v.starts_with('0') || v == "0" => MessageArg::Number(n),
        _ => MessageArg::Text(v.to_string()),
    }
}

fn push_fields(blocks: &mut Vec<Block>, fields: Vec<Option<Field>>) {
    let fields: Vec<Field> = fields.into_iter().flatten().collect();
    if !fields.is_empty() {
        blocks.push(Block::Fields { fields });
    }
}

fn opt_field(w: &Words, id: &str, v: Option<impl Into<String>>) -> Result<Option<Field>, GuideError> {
    v.map(|v| w.field(id, v)).transpose()
}

fn checklist_blocks(w: &Words, id: &str, blocks: &mut Vec<Block>) -> Result<(), GuideError> {
    let Some(c) = Data::get().checklist(id) else {
        return Ok(());
    };
    blocks.push(Block::Heading {
        label: w.label(&c.title)?,
    });
    blocks.push(w.para(&c.intro, Style::Normal)?);
    blocks.push(Block::Checklist {
        lines: c.item.iter().map(|i| w.line(i, &[])).collect::<Result<_, _>>()?,
    });
    let cites = crate::data::resolve(&c.cite);
    if !cites.is_empty() {
        blocks.push(Block::Sources { citations: cites });
    }
    Ok(())
}

/// The facts a family needs to find the person.
fn identity(
    w: &Words,
    name: Option<&str>,
    a: Option<&ANumber>,
    country: Option<&str>,
    dob: Option<NaiveDate>,
) -> Result<Vec<Option<Field>>, GuideError> {
    Ok(vec![
        opt_field(w, "tools-field-name", name)?,
        opt_field(w, "tools-field-a-number", a.map(ToString::to_string))?,
        opt_field(w, "tools-field-country-of-birth", country)?,
        opt_field(w, "tools-field-date-of-birth", dob.map(|d| d.to_string()))?,
    ])
}

// --- The family plan ------------------------------------------------------------------------------------------

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

// --- Someone was taken ------------------------------------------------------------------------------------------

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

// --- Proof of two years ---------------------------------------------------------------------------------------

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

// --- The encounter record ---------------------------------------------------------------------------------------

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
