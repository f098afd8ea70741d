//! The contacts in one locale: each contact with its words translated and its lines ("Call …", "Checked on …"),
//! the blocks a page shows, and the check of the contacts against the guide's messages, scenarios and locales.

use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use serde::Serialize;

use super::{CONTACTS_FILE, CONTACTS_TOML, Contact, ContactKind, ContactSource, Contacts, SPECIAL_BLOCKS, all, data};
use crate::{Guide, GuideError, SOURCE_LOCALE};

/// A contact resolved in one locale: its words translated, its number and address as they are.
#[derive(Debug, Clone, Serialize)]
pub struct RenderedContact {
    pub id: String,
    /// The organisation's own name.
    pub name: String,
    pub kind: ContactKind,
    /// What it is for, in the locale.
    pub purpose: String,
    /// When it answers, in the locale (absent: not stated by the source).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours: Option<String>,
    /// What else to know, in the locale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// `tel:` link for the phone number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tel: Option<String>,
    /// "Call NUMBER", in the locale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_line: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The languages the service speaks, each in its own name.
    pub languages: Vec<String>,
    /// "Languages: …", in the locale (absent when the source names none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub languages_line: Option<String>,
    pub interpreters: bool,
    /// "Interpreters for many languages.", in the locale, when it offers them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interpreters_line: Option<String>,
    /// The day it was checked against its source.
    pub verified: NaiveDate,
    /// "Checked on DATE: SOURCE", in the locale.
    pub verified_line: String,
    pub source: ContactSource,
}

/// Check the contacts against the guide: every message the contacts need exists in English, every block is a
/// scenario or a special block, every language is a locale.
pub(crate) fn check(guide: &Guide) -> Result<(), GuideError> {
    let contacts = Contacts::parse(CONTACTS_TOML).map_err(|e| GuideError::Invalid {
        file: CONTACTS_FILE,
        message: e.to_string(),
    })?;
    let invalid = |message: String| GuideError::Invalid {
        file: CONTACTS_FILE,
        message,
    };
    for c in contacts.shown() {
        if !guide.has_message(SOURCE_LOCALE, &c.purpose_message()) {
            return Err(invalid(format!(
                "{}: no English message {:?}",
                c.id,
                c.purpose_message()
            )));
        }
        for l in &c.languages {
            if !guide.locale_ids().contains(&l.as_str()) {
                return Err(invalid(format!(
                    "{}: language {l:?} is not a locale of the guide",
                    c.id
                )));
            }
        }
    }
    for block in contacts.block_names() {
        if !SPECIAL_BLOCKS.contains(&block) && !guide.scenario_ids().contains(&block) {
            return Err(invalid(format!(
                "block {block:?} is neither a scenario nor one of {SPECIAL_BLOCKS:?}"
            )));
        }
    }
    Ok(())
}

impl Guide {
    /// Every contact that is shown, in one locale (the "Get help" page).
    pub fn contacts(&self, locale: &str) -> Result<Vec<RenderedContact>, GuideError> {
        let locale = self.resolve_locale(locale)?;
        all().iter().map(|c| self.render_contact(c, locale)).collect()
    }

    /// The contacts of a block (a scenario id, `door`, `card` or `taken`), in one locale. A scenario without a
    /// block has none; an id that is neither a scenario nor a block is an error listing the valid ones.
    pub fn contacts_for(&self, block: &str, locale: &str) -> Result<Vec<RenderedContact>, GuideError> {
        let locale = self.resolve_locale(locale)?;
        match data().block(block) {
            Some(list) => list.into_iter().map(|c| self.render_contact(c, locale)).collect(),
            None if self.scenario_ids().contains(&block) => Ok(Vec::new()),
            None => Err(GuideError::UnknownContactBlock {
                id: block.to_owned(),
                valid: self.contact_blocks().iter().map(|s| s.to_string()).collect(),
            }),
        }
    }

    /// The one printed line of the `door` or `card` block in one locale ("Free help: 1-800-…"), with its contact.
    /// `None` if the block lists no contact.
    pub fn help_line(&self, block: &str, locale: &str) -> Result<Option<(String, RenderedContact)>, GuideError> {
        let message = match block {
            "door" => "help-door-line",
            "card" => "help-card-line",
            _ => {
                return Err(GuideError::UnknownContactBlock {
                    id: block.to_owned(),
                    valid: vec!["door".to_owned(), "card".to_owned()],
                });
            }
        };
        let Some(c) = self.contacts_for(block, locale)?.into_iter().next() else {
            return Ok(None);
        };
        let mut args = FluentArgs::new();
        args.set("phone", c.phone.clone().unwrap_or_default());
        let text = self.format(self.locale_ref(locale)?, message, Some(&args))?;
        Ok(Some((text, c)))
    }

    /// Every name [`Guide::contacts_for`] accepts: the scenario ids and [`SPECIAL_BLOCKS`].
    pub fn contact_blocks(&self) -> Vec<&str> {
        let mut v = self.scenario_ids();
        v.extend(SPECIAL_BLOCKS);
        v
    }

    fn render_contact(&self, c: &Contact, locale: &str) -> Result<RenderedContact, GuideError> {
        let optional = |suffix: &str| -> Result<Option<String>, GuideError> {
            let id = format!("contact-{}-{suffix}", c.id);
            if self.has_message(SOURCE_LOCALE, &id) {
                self.message(locale, &id).map(Some)
            } else {
                Ok(None)
            }
        };
        // Shown contacts are checked to have both when the data loads.
        let (Some(verified), Some(source)) = (c.verified, c.source.clone()) else {
            return Err(GuideError::Invalid {
                file: CONTACTS_FILE,
                message: format!("{} is shown without a source or a verification date", c.id),
            });
        };
        let mut args = FluentArgs::new();
        args.set("date", verified.format("%Y-%m-%d").to_string());
        args.set("source", source.title.clone());
        let languages: Vec<String> = c
            .languages
            .iter()
            .map(|l| self.locale(l).map(|info| info.native_name))
            .collect::<Result<_, _>>()?;
        let l = self.locale_ref(locale)?;
        let languages_line = if languages.is_empty() {
            None
        } else {
            let mut list = FluentArgs::new();
            list.set("list", languages.join(", "));
            Some(self.format(l, "help-languages", Some(&list))?)
        };
        let interpreters_line = if c.interpreters {
            Some(self.format(l, "help-interpreters", None)?)
        } else {
            None
        };
        Ok(RenderedContact {
            id: c.id.clone(),
            name: c.name.clone(),
            kind: c.kind,
            purpose: self.message(locale, &c.purpose_message())?,
            hours: optional("hours")?,
            note: optional("note")?,
            call_line: match &c.phone {
                Some(phone) => {
                    let mut a = FluentArgs::new();
                    a.set("phone", phone.clone());
                    Some(self.format(l, "help-call", Some(&a))?)
                }
                None => None,
            },
            phone: c.phone.clone(),
            tel: c.tel(),
            url: c.url.clone(),
            email: c.email.clone(),
            languages,
            languages_line,
            interpreters: c.interpreters,
            interpreters_line,
            verified,
            verified_line: self.format(l, "help-checked", Some(&args))?,
            source,
        })
    }
}
