//! Authorities: the statutes, rules, regulations and cases every finding rests on.
//!
//! All authorities live in data files (`data/authorities/*.toml`), embedded at build time. Everything
//! else refers to them by id; a test fails on a dangling id.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::json_text::is_plain_json;

/// One source of law: a statute section, a rule, a regulation, a case.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Authority {
    /// Stable id, e.g. `nyc-admin-9-131-b-1`.
    pub id: String,
    /// The citation as a lawyer writes it, e.g. "NYC Admin. Code § 9-131(b)(1)".
    pub citation: String,
    /// What it says, in a line.
    pub title: String,
    /// Where its text can be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// First day this text is in force (absent: not date-bound for our purposes).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::data::opt_date"
    )]
    pub effective_from: Option<NaiveDate>,
    /// Last day this text is in force (absent: still in force).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::data::opt_date"
    )]
    pub effective_until: Option<NaiveDate>,
    /// The instrument that made it, e.g. "L.L. 2014/058".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instrument: Option<String>,
    /// Where the effective date is uncertain: the first day on which it is certainly in force. Between
    /// `effective_from` (the earliest possible day) and this day, answers carry a warning.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::data::opt_date"
    )]
    pub certain_from: Option<NaiveDate>,
    /// The latest day on which the encoded text was checked against a source.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::data::opt_date"
    )]
    pub verified_through: Option<NaiveDate>,
    /// A caveat that users should see.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Authority {
    /// Whether `day` falls where the authority may or may not yet be in force (its effective date is uncertain).
    pub fn uncertain_on(&self, day: NaiveDate) -> bool {
        self.in_force(day) && self.certain_from.is_some_and(|c| day < c)
    }

    /// Whether this authority is in force on `day`.
    pub fn in_force(&self, day: NaiveDate) -> bool {
        self.effective_from.is_none_or(|from| day >= from) && self.effective_until.is_none_or(|until| day <= until)
    }
}

/// Every authority Amparo knows, by id.
#[derive(Debug)]
pub struct Authorities {
    by_id: HashMap<String, Authority>,
    order: Vec<String>,
}

/// Errors in the embedded authority data (a build of Amparo with bad data must not ship; tests catch it).
#[derive(Debug, thiserror::Error)]
pub enum AuthorityDataError {
    #[error("{file}: {source}")]
    Parse {
        file: &'static str,
        #[source]
        source: toml::de::Error,
    },
    #[error(
        "{file}: authority {id:?}: its {field} {value:?} must be plain text (no quotes, backslashes or control characters): JSON writers copy it as it is"
    )]
    NotPlain {
        file: &'static str,
        id: String,
        field: &'static str,
        value: String,
    },
    #[error(
        "{file}: authority {id:?} has the citation {citation:?} of authority {other:?}: each citation names one authority"
    )]
    DuplicateCitation {
        file: &'static str,
        id: String,
        citation: String,
        other: String,
    },
    #[error("{file}: authority id {id:?} is defined twice")]
    Duplicate { file: &'static str, id: String },
    #[error("{file}: authority {id:?} ends ({until}) before it starts ({from})")]
    BadDates {
        file: &'static str,
        id: String,
        from: NaiveDate,
        until: NaiveDate,
    },
}

/// The embedded authority files. Each owner of a set of rules keeps its own file.
pub const AUTHORITY_FILES: &[(&str, &str)] = &[
    (
        "authorities/detainer.toml",
        include_str!("../data/authorities/detainer.toml"),
    ),
    (
        "authorities/warrant.toml",
        include_str!("../data/authorities/warrant.toml"),
    ),
    ("authorities/guide.toml", include_str!("../data/authorities/guide.toml")),
    (
        "authorities/developments.toml",
        include_str!("../data/authorities/developments.toml"),
    ),
    (
        "authorities/prepare.toml",
        include_str!("../data/authorities/prepare.toml"),
    ),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AuthorityFile {
    #[serde(default)]
    authority: Vec<Authority>,
}

impl Authorities {
    /// Parse a set of authority files.
    pub fn parse(files: &[(&'static str, &str)]) -> Result<Self, AuthorityDataError> {
        let mut by_id = HashMap::new();
        let mut order = Vec::new();
        for &(file, text) in files {
            let parsed: AuthorityFile =
                toml::from_str(text).map_err(|source| AuthorityDataError::Parse { file, source })?;
            for a in parsed.authority {
                if let (Some(from), Some(until)) = (a.effective_from, a.effective_until)
                    && until < from
                {
                    return Err(AuthorityDataError::BadDates {
                        file,
                        id: a.id,
                        from,
                        until,
                    });
                }
                for (field, value) in [("id", &a.id), ("citation", &a.citation)] {
                    if !is_plain_json(value) {
                        return Err(AuthorityDataError::NotPlain {
                            file,
                            id: a.id.clone(),
                            field,
                            value: value.clone(),
                        });
                    }
                }
                if by_id.contains_key(&a.id) {
                    return Err(AuthorityDataError::Duplicate { file, id: a.id });
                }
                if let Some(other) = by_id.values().find(|o: &&Authority| o.citation == a.citation) {
                    return Err(AuthorityDataError::DuplicateCitation {
                        file,
                        id: a.id,
                        citation: a.citation,
                        other: other.id.clone(),
                    });
                }
                order.push(a.id.clone());
                by_id.insert(a.id.clone(), a);
            }
        }
        Ok(Self { by_id, order })
    }

    /// Look an authority up by id.
    pub fn get(&self, id: &str) -> Option<&Authority> {
        self.by_id.get(id)
    }

    /// All authorities, in the order of the data files.
    pub fn iter(&self) -> impl Iterator<Item = &Authority> {
        self.order.iter().filter_map(|id| self.by_id.get(id))
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }
}

/// The embedded authorities, parsed once.
///
/// # Panics
/// If the embedded data does not parse. The data ships inside the binary and the test suite parses it,
/// so this cannot be reached by any input a user gives.
pub fn authorities() -> &'static Authorities {
    static CELL: OnceLock<Authorities> = OnceLock::new();
    CELL.get_or_init(|| match Authorities::parse(AUTHORITY_FILES) {
        Ok(a) => a,
        Err(e) => panic!("embedded authority data is invalid: {e}"),
    })
}

/// The authority with this id.
///
/// # Panics
/// If `id` is not defined. Ids used in code are constants checked by the test suite
/// (`every_referenced_authority_exists`), so a user can never reach this.
pub fn authority(id: &str) -> &'static Authority {
    match authorities().get(id) {
        Some(a) => a,
        None => panic!("authority {id:?} is referenced in code but not defined in data/authorities"),
    }
}
