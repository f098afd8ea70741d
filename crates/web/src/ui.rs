//! Interface words of the web app (navigation, forms, the privacy page, errors) in one locale.
//!
//! They are Fluent messages with the `ui-` prefix in `crates/guide/locales/<id>/ui.ftl`, looked up through the
//! guide's bundles so that every word shown comes from one place (English included: `en/ui.ftl` is the source
//! text). The test suite requires every id in every locale; should a locale still lack one, the guide's English
//! text is used and the element is marked `lang="en"`, so screen readers pronounce it right and the gap is
//! visible.

use amparo_guide::{Guide, SOURCE_LOCALE};

/// Every interface message id the web app uses, in the order of `en/ui.ftl`.
pub const IDS: &[&str] = &[
    "ui-choose-language",
    "ui-door-now",
    "ui-door-now-hint",
    "ui-check-warrant",
    "ui-check-warrant-hint",
    "ui-detainer",
    "ui-detainer-note",
    "ui-privacy",
    "ui-languages",
    "ui-read-aloud",
    "ui-all-scenarios",
    "ui-offline-note",
    "ui-warrant-title",
    "ui-warrant-intro",
    "ui-warrant-q-top",
    "ui-warrant-q-corner",
    "ui-warrant-q-signature",
    "ui-warrant-q-names",
    "ui-warrant-your-name",
    "ui-warrant-your-address",
    "ui-warrant-upload",
    "ui-warrant-upload-note",
    "ui-check",
    "ui-result",
    "ui-back",
    "ui-privacy-title",
    "ui-privacy-1",
    "ui-privacy-2",
    "ui-privacy-3",
    "ui-privacy-4",
    "ui-privacy-5",
    "ui-not-found",
    "ui-error",
    "ui-warrant-unavailable",
    "ui-appears",
    "ui-kind-federal_arrest_warrant",
    "ui-kind-federal_search_warrant",
    "ui-kind-state_arrest_warrant",
    "ui-kind-state_search_warrant",
    "ui-kind-ice_arrest_warrant",
    "ui-kind-ice_removal_warrant",
    "ui-kind-ice_detainer",
    "ui-kind-ice_custody_order",
    "ui-kind-notice_to_appear",
    "ui-kind-immigration_court_order",
    "ui-kind-administrative_subpoena",
    "ui-kind-unknown",
    "ui-judicial-yes",
    "ui-judicial-no",
    "ui-judicial-unknown",
    "ui-entry-yes",
    "ui-entry-limited",
    "ui-entry-no",
    "ui-entry-contested",
    "ui-entry-unknown",
    "ui-what-to-do",
    "ui-evidence",
    "ui-how-decided",
    "ui-check-another",
    "ui-cards-title",
    "ui-cards-intro",
    "ui-cards-wallet",
    "ui-cards-door",
    "ui-cards-large",
    "ui-cards-letter",
    "ui-cards-a4",
];

/// The interface words for one locale.
pub struct Ui {
    /// For each of [`IDS`]: the text, and whether it is not in the page's language.
    words: Vec<(String, bool)>,
}

impl Ui {
    /// Look up every id of [`IDS`]. A word the locale lacks is the English text, marked as a fallback; a word
    /// missing even in English (a bug the test suite catches) is its id, marked likewise.
    pub fn new(guide: &Guide, locale: &str) -> Self {
        let english = guide.resolve_locale(locale).is_ok_and(|l| l == SOURCE_LOCALE);
        let words = IDS
            .iter()
            .map(|id| match guide.message(locale, id) {
                Ok(s) => (s, !english && !guide.has_message(locale, id)),
                Err(_) => ((*id).to_owned(), true),
            })
            .collect();
        Self { words }
    }

    /// The word for `id`, and whether it fell back to English in a non-English page (or is missing). An id
    /// not in [`IDS`] is returned as is.
    pub fn get<'a>(&'a self, id: &'a str) -> (&'a str, bool) {
        match IDS.iter().position(|k| *k == id) {
            Some(i) => (self.words[i].0.as_str(), self.words[i].1),
            None => (id, false),
        }
    }
}
