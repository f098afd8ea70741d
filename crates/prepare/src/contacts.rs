//! Who to call in New York City when someone was taken: the verified contacts of the guide.
//!
//! INTEGRATION(changes): branch `changes` is adding `crates/guide/data/contacts.toml` (each resource with its
//! phone, hours, languages, source and verification date), loaded by the guide crate. When it lands on main,
//! [`help_contacts`] maps the guide's contacts onto [`HelpContact`] — the only place to change. Until then it
//! returns none, and the "someone was taken" paper points to Amparo's Get help page instead of listing
//! numbers: no phone number is written here that was not verified at its source.

use chrono::NaiveDate;
use serde::Serialize;

/// One place to call, as the paper shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HelpContact {
    pub name: String,
    /// What it is for, in the reader's language.
    pub purpose: String,
    pub phone: Option<String>,
    pub hours: Option<String>,
    pub url: Option<String>,
    /// The day the number was checked at its source.
    pub verified: NaiveDate,
}

/// The contacts for someone taken, in `locale` (none until the guide's contacts land: see the module docs).
pub fn help_contacts(_locale: &str) -> Vec<HelpContact> {
    Vec::new()
}
