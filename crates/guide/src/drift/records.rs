//! The records of one resource (`l10n/<locale>/<stem>.toml`): for each translated message, the English it was
//! translated from, the translation when recorded and whether it was marked stale; and the human reviews.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Deserialize;

use super::MessageHash;

/// What was recorded about one translated message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// The English message it was translated from.
    pub source: MessageHash,
    /// The translation, when this was recorded.
    pub translation: MessageHash,
    /// Marked stale on purpose: the English changed and the translation is being updated.
    #[serde(default)]
    pub stale: bool,
}

/// A person's review of one translation.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// The message id.
    pub id: String,
    /// A name or handle the reviewer chose.
    pub by: String,
    /// The day of the review.
    #[serde(deserialize_with = "crate::data::date")]
    pub on: NaiveDate,
    /// The English the translation was reviewed against.
    pub source: MessageHash,
    /// The translation reviewed.
    pub translation: MessageHash,
}

/// The records of one locale's resource (`l10n/<locale>/<stem>.toml`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Records {
    #[serde(default)]
    pub messages: BTreeMap<String, Record>,
    #[serde(default, rename = "review")]
    pub reviews: Vec<Review>,
}

/// The longest reviewer name or handle accepted.
pub const MAX_REVIEWER_LEN: usize = 60;

/// A reviewer's name or handle: 1 to [`MAX_REVIEWER_LEN`] characters, no control characters. It is published
/// with the repository: a handle is enough.
pub fn check_reviewer(name: &str) -> Result<&str, String> {
    let n = name.trim();
    if n.is_empty() {
        return Err("the reviewer's name or handle is empty".to_string());
    }
    if n.chars().count() > MAX_REVIEWER_LEN {
        return Err(format!(
            "the reviewer's name or handle is longer than {MAX_REVIEWER_LEN} characters"
        ));
    }
    if n.chars().any(char::is_control) {
        return Err("the reviewer's name or handle contains a control character".to_string());
    }
    Ok(n)
}

impl Records {
    /// Parse a records file.
    pub fn parse(text: &str) -> Result<Self, String> {
        let r: Records = toml::from_str(text).map_err(|e| e.to_string())?;
        for rev in &r.reviews {
            check_reviewer(&rev.by).map_err(|e| format!("review of {}: {e}", rev.id))?;
        }
        Ok(r)
    }

    /// The file's text: a header, then one line per message (sorted by id), then the reviews (by id, then
    /// date). Stable, so that a change shows as the lines it changes.
    pub fn to_toml(&self, locale: &str, resource: &str) -> String {
        let mut s = format!(
            "# Which English each translation in locales/{locale}/{resource} was made from (`source`: a hash of the\n\
             # English message), the translation's own hash when that was recorded, and the human reviews.\n\
             # Written by `amparo l10n mark-current | mark-stale | review | import` (see ARCHITECTURE.md,\n\
             # \"Add or change a message\"); not edited by hand, never opened by Pontoon or Weblate.\n\n[messages]\n"
        );
        for (id, r) in &self.messages {
            s.push_str(&format!(
                "{id} = {{ source = \"{}\", translation = \"{}\"{} }}\n",
                r.source,
                r.translation,
                if r.stale { ", stale = true" } else { "" }
            ));
        }
        let mut reviews = self.reviews.clone();
        reviews.sort_by(|a, b| (&a.id, a.on, &a.by).cmp(&(&b.id, b.on, &b.by)));
        for r in &reviews {
            s.push_str(&format!(
                "\n[[review]]\nid = \"{}\"\nby = {}\non = {}\nsource = \"{}\"\ntranslation = \"{}\"\n",
                r.id,
                toml::Value::String(r.by.clone()),
                r.on.format("%Y-%m-%d"),
                r.source,
                r.translation
            ));
        }
        s
    }
}
