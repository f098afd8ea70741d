//! Who to call: New York City resources as data (`data/contacts.toml`), each with the source that confirms it
//! and the day it was checked, and the blocks that show them (a scenario's block, the door page's line, the
//! wallet card's line, the "someone was taken" page).
//!
//! A contact is shown only with a source and a verification date, and a phone number only if a primary source
//! (the organisation's own page or a government page) states it. Contacts nobody could confirm stay in the file
//! with the reason they are hidden; [`hidden`] lists them.
//!
//! ```
//! let guide = amparo_guide::Guide::get();
//! for c in guide.contacts_for("detained", "es")? {
//!     assert!(c.phone.is_some() || c.url.is_some() || c.email.is_some());
//!     println!("{} — {} ({})", c.name, c.purpose, c.verified_line);
//! }
//! assert!(amparo_guide::contacts::all().iter().all(|c| c.verified.is_some() && c.source.is_some()));
//! # Ok::<(), amparo_guide::GuideError>(())
//! ```

use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

mod render;

pub use render::RenderedContact;
pub(crate) use render::check;

/// The contacts file, as embedded.
pub const CONTACTS_FILE: &str = "data/contacts.toml";
const CONTACTS_TOML: &str = include_str!("../../data/contacts.toml");

/// Blocks that are not a scenario: one line on the door page, one line on the card, the "someone was taken" page.
pub const SPECIAL_BLOCKS: &[&str] = &["door", "card", "taken"];

/// What a contact is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    /// A phone line for information and referrals.
    Hotline,
    /// Lawyers.
    LegalServices,
    /// A way to find a detained person.
    Locator,
    /// A place to report what happened.
    ReportingForm,
    /// The city's own services.
    CityServices,
}

/// Where a contact was confirmed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactSource {
    /// The page that states the number or address.
    pub url: String,
    /// What that page is.
    pub title: String,
    /// The organisation's own page or a government page (not news, not another project).
    pub primary: bool,
    /// The date the page itself states, if any.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::data::opt_date"
    )]
    pub published: Option<NaiveDate>,
    /// Other pages read that agree.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<String>,
}

/// One contact as data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Stable id; its words are the messages `contact-<id>-for` (and `-hours`, `-note` where English has them).
    pub id: String,
    /// The organisation's own name, shown as is.
    pub name: String,
    pub kind: ContactKind,
    /// As people write it, e.g. "(800) 354-0365" or "311".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Languages the service itself speaks (locale ids of the guide).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// Whether it offers interpreters for many languages.
    #[serde(default)]
    pub interpreters: bool,
    /// The day the source was read and agreed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::data::opt_date"
    )]
    pub verified: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<ContactSource>,
    /// Why it is not shown (a contact without a confirming source must say so).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hidden: Option<String>,
}

impl Contact {
    /// Whether it is shown to users.
    pub fn is_shown(&self) -> bool {
        self.hidden.is_none()
    }

    /// The `tel:` address of the phone number (`tel:+18003540365`, `tel:311`).
    pub fn tel(&self) -> Option<String> {
        let digits: String = self.phone.as_deref()?.chars().filter(char::is_ascii_digit).collect();
        match digits.len() {
            3 => Some(format!("tel:{digits}")),
            10 => Some(format!("tel:+1{digits}")),
            11 if digits.starts_with('1') => Some(format!("tel:+{digits}")),
            _ => None,
        }
    }

    /// The message id of what it is for.
    pub fn purpose_message(&self) -> String {
        format!("contact-{}-for", self.id)
    }
}

/// Errors in the contacts data (the embedded file is checked by the test suite, so users never meet them).
#[derive(Debug, thiserror::Error)]
pub enum ContactDataError {
    #[error("{CONTACTS_FILE}: {0}")]
    Parse(#[from] toml::de::Error),
    #[error("{CONTACTS_FILE}: contact id {0:?} is defined twice")]
    Duplicate(String),
    #[error("{CONTACTS_FILE}: contact id {0:?} must be kebab-case")]
    BadId(String),
    #[error("{CONTACTS_FILE}: contact {0:?} has no phone, url or email")]
    NoWayToReach(String),
    #[error("{CONTACTS_FILE}: contact {0:?} is shown but has no source: confirm it, or hide it with the reason")]
    NoSource(String),
    #[error("{CONTACTS_FILE}: contact {0:?} is shown but has no verification date")]
    NotVerified(String),
    #[error(
        "{CONTACTS_FILE}: contact {0:?} shows a phone number that no primary source confirms (its source is not primary): hide it with the reason, or confirm it at the organisation's own page"
    )]
    PhoneNotConfirmed(String),
    #[error("{CONTACTS_FILE}: contact {id:?}: {field} {value:?} is not valid")]
    BadField {
        id: String,
        field: &'static str,
        value: String,
    },
    #[error(
        "{CONTACTS_FILE}: contact {id:?}: its source says it was published ({published}) after it was verified ({verified})"
    )]
    PublishedAfterVerified {
        id: String,
        published: NaiveDate,
        verified: NaiveDate,
    },
    #[error("{CONTACTS_FILE}: contact {0:?} is hidden with an empty reason")]
    EmptyReason(String),
    #[error("{CONTACTS_FILE}: block {block:?} lists unknown contact {id:?}")]
    UnknownInBlock { block: String, id: String },
    #[error("{CONTACTS_FILE}: block {block:?} lists hidden contact {id:?}")]
    HiddenInBlock { block: String, id: String },
    #[error("{CONTACTS_FILE}: block {block:?} lists {id:?} twice")]
    TwiceInBlock { block: String, id: String },
    #[error("{CONTACTS_FILE}: block {0:?} must list exactly one contact, with a phone number (it is one printed line)")]
    OneLine(String),
}

/// The checked contacts data.
#[derive(Debug)]
pub struct Contacts {
    contacts: Vec<Contact>,
    shown: Vec<Contact>,
    blocks: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContactsFile {
    #[serde(default)]
    contact: Vec<Contact>,
    #[serde(default)]
    blocks: BTreeMap<String, Vec<String>>,
}

fn kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn web_address(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://")) && !url.contains(char::is_whitespace)
}

fn email(e: &str) -> bool {
    matches!(e.split_once('@'), Some((user, domain)) if !user.is_empty() && domain.contains('.') && !domain.contains('@'))
        && !e.contains(char::is_whitespace)
}

fn phone(p: &str) -> bool {
    p.chars().all(|c| c.is_ascii_digit() || " ()-+.".contains(c)) && p.chars().any(|c| c.is_ascii_digit())
}

impl Contacts {
    /// Parse and check contacts data.
    pub fn parse(text: &str) -> Result<Self, ContactDataError> {
        let file: ContactsFile = toml::from_str(text)?;
        let mut seen = HashSet::new();
        for c in &file.contact {
            let id = || c.id.clone();
            let bad = |field: &'static str, value: &str| ContactDataError::BadField {
                id: c.id.clone(),
                field,
                value: value.to_owned(),
            };
            if !kebab(&c.id) {
                return Err(ContactDataError::BadId(id()));
            }
            if !seen.insert(c.id.as_str()) {
                return Err(ContactDataError::Duplicate(id()));
            }
            if let Some(p) = &c.phone
                && (!phone(p) || c.tel().is_none())
            {
                return Err(bad("phone", p));
            }
            if let Some(u) = &c.url
                && !web_address(u)
            {
                return Err(bad("url", u));
            }
            if let Some(e) = &c.email
                && !email(e)
            {
                return Err(bad("email", e));
            }
            if let Some(s) = &c.source {
                for u in std::iter::once(&s.url).chain(&s.also) {
                    if !web_address(u) {
                        return Err(bad("source url", u));
                    }
                }
                if s.title.trim().is_empty() {
                    return Err(bad("source title", &s.title));
                }
                if let (Some(published), Some(verified)) = (s.published, c.verified)
                    && published > verified
                {
                    return Err(ContactDataError::PublishedAfterVerified {
                        id: id(),
                        published,
                        verified,
                    });
                }
            }
            match &c.hidden {
                Some(why) if why.trim().is_empty() => return Err(ContactDataError::EmptyReason(id())),
                Some(_) => {}
                None => {
                    if c.phone.is_none() && c.url.is_none() && c.email.is_none() {
                        return Err(ContactDataError::NoWayToReach(id()));
                    }
                    let Some(source) = &c.source else {
                        return Err(ContactDataError::NoSource(id()));
                    };
                    if c.verified.is_none() {
                        return Err(ContactDataError::NotVerified(id()));
                    }
                    if c.phone.is_some() && !source.primary {
                        return Err(ContactDataError::PhoneNotConfirmed(id()));
                    }
                }
            }
        }
        for (block, ids) in &file.blocks {
            let mut in_block = HashSet::new();
            for id in ids {
                let Some(c) = file.contact.iter().find(|c| &c.id == id) else {
                    return Err(ContactDataError::UnknownInBlock {
                        block: block.clone(),
                        id: id.clone(),
                    });
                };
                if !c.is_shown() {
                    return Err(ContactDataError::HiddenInBlock {
                        block: block.clone(),
                        id: id.clone(),
                    });
                }
                if !in_block.insert(id.as_str()) {
                    return Err(ContactDataError::TwiceInBlock {
                        block: block.clone(),
                        id: id.clone(),
                    });
                }
            }
            let one_line = block == "door" || block == "card";
            if one_line && !(ids.len() == 1 && file.contact.iter().any(|c| c.id == ids[0] && c.phone.is_some())) {
                return Err(ContactDataError::OneLine(block.clone()));
            }
        }
        let shown = file.contact.iter().filter(|c| c.is_shown()).cloned().collect();
        Ok(Self {
            contacts: file.contact,
            shown,
            blocks: file.blocks,
        })
    }

    /// Every contact that is shown, in the order of the file.
    pub fn shown(&self) -> &[Contact] {
        &self.shown
    }

    /// Every contact, hidden ones included (each with its reason).
    pub fn every(&self) -> &[Contact] {
        &self.contacts
    }

    /// One contact by id (hidden or not).
    pub fn get(&self, id: &str) -> Option<&Contact> {
        self.contacts.iter().find(|c| c.id == id)
    }

    /// The block names (scenario ids and [`SPECIAL_BLOCKS`]).
    pub fn block_names(&self) -> Vec<&str> {
        self.blocks.keys().map(String::as_str).collect()
    }

    /// The contacts of a block, in order (`None` for a block that does not exist).
    pub fn block(&self, name: &str) -> Option<Vec<&Contact>> {
        let ids = self.blocks.get(name)?;
        Some(ids.iter().filter_map(|id| self.get(id)).collect())
    }
}

/// The embedded contacts, parsed and checked once.
///
/// # Panics
/// If the embedded data is invalid. It ships inside the binary and the test suite loads it (and
/// [`crate::Guide::load`] checks it), so no user input can reach this.
pub fn data() -> &'static Contacts {
    static CELL: OnceLock<Contacts> = OnceLock::new();
    CELL.get_or_init(|| match Contacts::parse(CONTACTS_TOML) {
        Ok(c) => c,
        Err(e) => panic!("embedded contacts data is invalid: {e}"),
    })
}

/// Every contact that is shown (each with its source and verification date), in the order of the file.
pub fn all() -> &'static [Contact] {
    data().shown()
}

/// The contacts that are not shown, each with the reason.
pub fn hidden() -> Vec<&'static Contact> {
    data().every().iter().filter(|c| !c.is_shown()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[[contact]]
id = "a-line"
name = "A line"
kind = "hotline"
phone = "(800) 555-0100"
verified = 2026-12-01
[contact.source]
url = "https://example.gov/a"
title = "A's own page"
primary = true

[blocks]
card = ["a-line"]
"#;

    fn with(find: &str, replace: &str) -> Result<Contacts, ContactDataError> {
        assert!(GOOD.contains(find), "{find}");
        Contacts::parse(&GOOD.replacen(find, replace, 1))
    }

    #[test]
    fn a_confirmed_contact_is_shown_with_its_tel_link() {
        let c = Contacts::parse(GOOD).expect("loads");
        assert_eq!(c.shown().len(), 1);
        assert_eq!(c.shown()[0].tel().as_deref(), Some("tel:+18005550100"));
        assert_eq!(c.block("card").map(|b| b.len()), Some(1));
        assert!(c.block("nowhere").is_none());
    }

    #[test]
    fn a_number_no_primary_source_confirms_is_not_shown() {
        assert!(matches!(
            with("primary = true", "primary = false"),
            Err(ContactDataError::PhoneNotConfirmed(_))
        ));
        // Hidden, with the reason, it loads and is not shown.
        let text = GOOD
            .replace("verified = 2026-12-01", "hidden = \"only a news report has it\"")
            .replace("card = [\"a-line\"]", "");
        let c = Contacts::parse(&text).expect("a hidden contact loads");
        assert!(c.shown().is_empty());
        assert_eq!(c.every().len(), 1);
    }

    #[test]
    fn a_shown_contact_needs_a_source_and_a_verification_date() {
        let no_source = GOOD.replace(
            "[contact.source]\nurl = \"https://example.gov/a\"\ntitle = \"A's own page\"\nprimary = true\n",
            "",
        );
        assert!(matches!(
            Contacts::parse(&no_source),
            Err(ContactDataError::NoSource(_))
        ));
        assert!(matches!(
            with("verified = 2026-12-01\n", ""),
            Err(ContactDataError::NotVerified(_))
        ));
        assert!(matches!(
            with("primary = true", "primary = true\npublished = 2027-01-01"),
            Err(ContactDataError::PublishedAfterVerified { .. })
        ));
    }

    #[test]
    fn bad_fields_and_blocks_are_errors() {
        assert!(matches!(
            with("phone = \"(800) 555-0100\"", "phone = \"call us\""),
            Err(ContactDataError::BadField { field: "phone", .. })
        ));
        assert!(matches!(
            with("phone = \"(800) 555-0100\"", "phone = \"555-0100\""),
            Err(ContactDataError::BadField { field: "phone", .. })
        ));
        assert!(matches!(
            with("phone = \"(800) 555-0100\"", "url = \"example.gov\""),
            Err(ContactDataError::BadField { field: "url", .. })
        ));
        assert!(matches!(
            with("phone = \"(800) 555-0100\"", "email = \"nobody\""),
            Err(ContactDataError::BadField { field: "email", .. })
        ));
        assert!(matches!(
            with("phone = \"(800) 555-0100\"\n", ""),
            Err(ContactDataError::NoWayToReach(_))
        ));
        assert!(matches!(
            with("kind = \"hotline\"", "kind = \"oracle\""),
            Err(ContactDataError::Parse(_))
        ));
        assert!(matches!(
            with("card = [\"a-line\"]", "card = [\"b-line\"]"),
            Err(ContactDataError::UnknownInBlock { .. })
        ));
        assert!(matches!(
            with("card = [\"a-line\"]", "card = []"),
            Err(ContactDataError::OneLine(_))
        ));
        assert!(matches!(
            with("card = [\"a-line\"]", "detained = [\"a-line\", \"a-line\"]"),
            Err(ContactDataError::TwiceInBlock { .. })
        ));
        assert!(matches!(
            with("id = \"a-line\"", "id = \"A line\""),
            Err(ContactDataError::BadId(_))
        ));
    }

    #[test]
    fn the_embedded_contacts_load() {
        let c = Contacts::parse(CONTACTS_TOML).expect("embedded contacts");
        assert!(c.shown().len() >= 9);
        for contact in c.shown() {
            assert!(contact.source.is_some() && contact.verified.is_some(), "{}", contact.id);
        }
    }
}
