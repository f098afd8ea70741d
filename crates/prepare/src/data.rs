//! The embedded data: the presence calculator's parameters (`data/presence.toml`), the checklists of the New
//! York options (`data/checklists.toml`) and the steps after someone is taken (`data/taken.toml`). Parsed once;
//! [`Data::load`] (run by the test suite) requires every cited authority to exist and every legal item to cite one.

use std::sync::OnceLock;

use amparo_guide::contacts::Contact;
use amparo_law::Authority;
use chrono::NaiveDate;
use serde::Deserialize;

pub(crate) const PRESENCE_FILE: &str = "data/presence.toml";
pub(crate) const CHECKLISTS_FILE: &str = "data/checklists.toml";
pub(crate) const TAKEN_FILE: &str = "data/taken.toml";

/// Whether a statement is settled law or something less (the guide's statuses).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Settled,
    Contested,
    InLitigation,
    Reported,
}

impl Status {
    /// The message that says so in plain words (none for settled).
    pub fn message_id(self) -> Option<&'static str> {
        match self {
            Self::Settled => None,
            Self::Contested => Some("tools-status-contested"),
            Self::InLitigation => Some("tools-status-in-litigation"),
            Self::Reported => Some("tools-status-reported"),
        }
    }
}

/// The presence calculator's parameters.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PresenceData {
    /// How many years of presence the papers must show (two: expedited removal).
    pub window_years: u32,
    pub window_cite: Vec<String>,
    /// The longest stretch without a paper that is not called a gap.
    pub gap_limit_days: i64,
    pub gap_cite: Vec<String>,
    #[serde(deserialize_with = "amparo_law::data::date")]
    pub reviewed: NaiveDate,
    /// The kinds of paper, in the order the checklist shows them (message `tools-kind-<id>`).
    pub kinds: Vec<String>,
}

/// One item of a checklist or of the steps after someone is taken.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Message id of its words.
    pub text: String,
    #[serde(default)]
    pub cite: Vec<String>,
    /// Practical advice, not a statement of law.
    #[serde(default)]
    pub practical: bool,
    /// A line that introduces the items after it (no box to tick).
    #[serde(default)]
    pub heading: bool,
    #[serde(default)]
    pub status: Status,
}

impl Item {
    /// The authorities it cites (checked to exist when [`Data::load`] runs).
    pub fn citations(&self) -> Vec<&'static Authority> {
        resolve(&self.cite)
    }
}

pub(crate) fn resolve(ids: &[String]) -> Vec<&'static Authority> {
    ids.iter().filter_map(|id| amparo_law::authorities().get(id)).collect()
}

/// A checklist of what one New York option must contain, or of practical steps.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    pub id: String,
    pub title: String,
    pub intro: String,
    #[serde(default)]
    pub cite: Vec<String>,
    #[serde(deserialize_with = "amparo_law::data::date")]
    pub reviewed: NaiveDate,
    pub item: Vec<Item>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChecklistsFile {
    checklist: Vec<Checklist>,
}

/// The guide's contacts (by id, `crates/guide/data/contacts.toml`) whose number and address the steps quote.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TakenContacts {
    /// The immigration courts' automated line: its phone number.
    pub eoir: String,
    /// ICE's detainee locator: its address.
    pub locator: String,
}

/// One section of the steps after someone is taken.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub heading: String,
    pub item: Vec<Item>,
}

/// The steps after someone is taken.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TakenData {
    pub contacts: TakenContacts,
    pub section: Vec<Section>,
}

/// Errors in the embedded data (the test suite catches them; no user input reaches them).
#[derive(Debug, thiserror::Error)]
pub enum DataError {
    #[error("{file}: {source}")]
    Parse {
        file: &'static str,
        #[source]
        source: toml::de::Error,
    },
    #[error("{file}: {message}")]
    Invalid { file: &'static str, message: String },
}

/// All the embedded data.
#[derive(Debug)]
pub struct Data {
    pub presence: PresenceData,
    pub checklists: Vec<Checklist>,
    pub taken: TakenData,
}

fn parse<T: serde::de::DeserializeOwned>(file: &'static str, text: &str) -> Result<T, DataError> {
    toml::from_str(text).map_err(|source| DataError::Parse { file, source })
}

impl TakenData {
    /// The courts' automated line (checked at load to be a shown contact with a phone number).
    pub fn eoir_phone(&self) -> &'static str {
        amparo_guide::contacts::data()
            .get(&self.contacts.eoir)
            .and_then(|c| c.phone.as_deref())
            .unwrap_or_default()
    }

    /// The locator's address (checked at load to be a shown contact with one).
    pub fn locator_url(&self) -> &'static str {
        amparo_guide::contacts::data()
            .get(&self.contacts.locator)
            .and_then(|c| c.url.as_deref())
            .unwrap_or_default()
    }
}

impl Data {
    /// Parse and check the embedded files.
    pub fn load() -> Result<Self, DataError> {
        let data = Self {
            presence: parse(PRESENCE_FILE, include_str!("../data/presence.toml"))?,
            checklists: parse::<ChecklistsFile>(CHECKLISTS_FILE, include_str!("../data/checklists.toml"))?.checklist,
            taken: parse(TAKEN_FILE, include_str!("../data/taken.toml"))?,
        };
        data.check()?;
        Ok(data)
    }

    /// The embedded data, parsed once.
    ///
    /// # Panics
    /// If the embedded data is invalid: it ships inside the binary and the test suite loads it, so no user
    /// input can reach this.
    pub fn get() -> &'static Data {
        static CELL: OnceLock<Data> = OnceLock::new();
        CELL.get_or_init(|| match Data::load() {
            Ok(d) => d,
            Err(e) => panic!("embedded amparo-prepare data is invalid: {e}"),
        })
    }

    /// Every id cited resolves; every item that is not practical advice cites something; the parameters are
    /// sane.
    fn check(&self) -> Result<(), DataError> {
        let unknown = |file: &'static str, ids: &[String]| -> Result<(), DataError> {
            for id in ids {
                if amparo_law::authorities().get(id).is_none() {
                    return Err(DataError::Invalid {
                        file,
                        message: format!("unknown authority {id:?}"),
                    });
                }
            }
            Ok(())
        };
        let p = &self.presence;
        unknown(PRESENCE_FILE, &p.window_cite)?;
        unknown(PRESENCE_FILE, &p.gap_cite)?;
        if p.window_cite.is_empty() || p.gap_cite.is_empty() || p.gap_limit_days < 1 || p.window_years < 1 {
            return Err(DataError::Invalid {
                file: PRESENCE_FILE,
                message: "the window and the gap limit must be positive and cited".into(),
            });
        }
        let items = |file: &'static str, items: &[Item]| -> Result<(), DataError> {
            for it in items {
                unknown(file, &it.cite)?;
                if !it.practical && it.cite.is_empty() {
                    return Err(DataError::Invalid {
                        file,
                        message: format!(
                            "{}: a statement of law needs a citation (or `practical = true`)",
                            it.text
                        ),
                    });
                }
            }
            Ok(())
        };
        for c in &self.checklists {
            unknown(CHECKLISTS_FILE, &c.cite)?;
            items(CHECKLISTS_FILE, &c.item)?;
        }
        for s in &self.taken.section {
            items(TAKEN_FILE, &s.item)?;
        }
        let c = &self.taken.contacts;
        let contact = |id: &str, what: &str, has: fn(&Contact) -> bool| match amparo_guide::contacts::data().get(id) {
            Some(k) if k.is_shown() && has(k) => Ok(()),
            _ => Err(DataError::Invalid {
                file: TAKEN_FILE,
                message: format!("contacts: {id:?} is not a shown contact of the guide with {what}"),
            }),
        };
        contact(&c.eoir, "a phone number", |k| k.phone.is_some())?;
        contact(&c.locator, "an address", |k| k.url.is_some())?;
        Ok(())
    }

    /// A checklist by id.
    pub fn checklist(&self, id: &str) -> Option<&Checklist> {
        self.checklists.iter().find(|c| c.id == id)
    }

    /// Every Fluent message id the data names (for the test that each exists in every locale).
    pub fn message_ids(&self) -> Vec<&str> {
        let mut v: Vec<&str> = Vec::new();
        for c in &self.checklists {
            v.push(&c.title);
            v.push(&c.intro);
            v.extend(c.item.iter().map(|i| i.text.as_str()));
        }
        for s in &self.taken.section {
            v.push(&s.heading);
            v.extend(s.item.iter().map(|i| i.text.as_str()));
        }
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_data_loads_and_checks() {
        let d = Data::load().expect("valid data");
        assert_eq!(d.presence.window_years, 2);
        assert!(d.checklist("designation").is_some() && d.checklist("standby").is_some());
    }

    #[test]
    fn a_legal_item_without_a_citation_is_refused() {
        let mut d = Data::load().expect("valid data");
        d.checklists[0].item[0].cite.clear();
        let e = d.check().expect_err("uncited");
        assert!(e.to_string().contains("needs a citation"), "{e}");
        let mut d = Data::load().expect("valid data");
        d.taken.section[0].item[0].cite = vec!["no-such-authority".into()];
        assert!(
            d.check()
                .expect_err("dangling")
                .to_string()
                .contains("no-such-authority")
        );
    }

    #[test]
    fn the_steps_quote_the_guides_contacts_and_refuse_a_missing_one() {
        let d = Data::load().expect("valid data");
        let g = amparo_guide::contacts::data();
        assert_eq!(
            Some(d.taken.eoir_phone()),
            g.get("eoir-case-line").and_then(|c| c.phone.as_deref())
        );
        assert_eq!(
            Some(d.taken.locator_url()),
            g.get("ice-detainee-locator").and_then(|c| c.url.as_deref())
        );
        let mut d = Data::load().expect("valid data");
        d.taken.contacts.eoir = "no-such-contact".into();
        assert!(d.check().expect_err("unknown").to_string().contains("no-such-contact"));
        // The locator has no phone number: it cannot stand for the courts' line.
        let mut d = Data::load().expect("valid data");
        d.taken.contacts.eoir = "ice-detainee-locator".into();
        assert!(d.check().expect_err("no phone").to_string().contains("a phone number"));
        // A hidden contact is not a source.
        let mut d = Data::load().expect("valid data");
        d.taken.contacts.eoir = "idp-helpline".into();
        assert!(d.check().is_err());
    }
}
