//! Who to call in New York City when someone was taken: the guide's verified contacts (the `taken` block of
//! `crates/guide/data/contacts.toml`, each with its source and the day it was checked), as the "someone was
//! taken" sheet lists them. No phone number is written in this crate: each comes from the guide's contacts,
//! which show a number only when a primary source states it.

use amparo_guide::{Guide, GuideError, RenderedContact};
use chrono::NaiveDate;
use serde::Serialize;

/// The guide's contact block the sheet lists.
pub const TAKEN_BLOCK: &str = "taken";

/// One place to call, as the paper shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HelpContact {
    pub name: String,
    /// What it is for, in the reader's language.
    pub purpose: String,
    /// What else to know, in the reader's language.
    pub note: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub url: Option<String>,
    /// When it answers, in the reader's language (absent: its source does not say).
    pub hours: Option<String>,
    /// The day the number was checked at its source.
    pub verified: NaiveDate,
}

impl From<RenderedContact> for HelpContact {
    fn from(c: RenderedContact) -> Self {
        Self {
            name: c.name,
            purpose: c.purpose,
            note: c.note,
            phone: c.phone,
            email: c.email,
            url: c.url,
            hours: c.hours,
            verified: c.verified,
        }
    }
}

/// The contacts for someone taken, in `locale`, in the order of the guide's block.
pub fn help_contacts(locale: &str) -> Result<Vec<HelpContact>, GuideError> {
    Ok(Guide::get()
        .contacts_for(TAKEN_BLOCK, locale)?
        .into_iter()
        .map(HelpContact::from)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_taken_block_is_listed_with_numbers_from_the_guide() {
        let en = help_contacts("en").expect("contacts");
        assert!(!en.is_empty());
        let ids = amparo_guide::contacts::data().block(TAKEN_BLOCK).expect("block");
        assert_eq!(en.len(), ids.len());
        for (h, c) in en.iter().zip(ids) {
            assert_eq!(
                (&h.name, &h.phone, &h.url, &h.email),
                (&c.name, &c.phone, &c.url, &c.email)
            );
            assert_eq!(Some(h.verified), c.verified);
        }
        // Words in the reader's language, numbers as they are.
        let es = help_contacts("es").expect("contacts");
        assert_ne!(es[0].purpose, en[0].purpose);
        assert_eq!(
            es.iter().map(|h| &h.phone).collect::<Vec<_>>(),
            en.iter().map(|h| &h.phone).collect::<Vec<_>>()
        );
        assert!(help_contacts("xx").is_err());
    }
}
