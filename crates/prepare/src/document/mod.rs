//! A rendering-neutral document of each paper, in one locale: the cards crate typesets it as PDF, the web app
//! renders it as HTML, so no text is written twice. Every word comes from the guide's Fluent messages
//! (`tools.ftl`); what the person entered is shown as entered. Labels an officer or a lawyer must read carry
//! their English beside the person's language ([`Label::english`]).

use amparo_guide::{Direction, Guide, GuideError, MessageArg, SOURCE_LOCALE, TranslationStatus};
use amparo_law::Authority;
use chrono::NaiveDate;
use serde::Serialize;

use crate::data::{Data, Item};
use crate::fields::ANumber;

mod plan;
mod presence;
mod record;
mod taken;

pub use plan::{card, card_citations, plan};
pub use presence::{presence, presence_kinds};
pub use record::record;
pub use taken::{Search, SearchInput, taken, taken_with};

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
