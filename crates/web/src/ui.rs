//! Interface words of the web app (navigation, forms, the privacy page, errors) in one locale.
//!
//! They are Fluent messages with the `ui-` prefix in `crates/guide/locales/<id>/ui.ftl`, looked up through the
//! guide's bundles so that every word shown comes from one place (English included: `en/ui.ftl` is the source
//! text). The test suite requires every id in every locale; should a locale still lack one, the guide's English
//! text is used and the element is marked `lang="en"`, so screen readers pronounce it right and the gap is
//! visible.

use std::collections::HashMap;

use amparo_guide::{Guide, SOURCE_LOCALE};
use amparo_law::warrant::{HomeEntry, Judicial, Kind};

/// The interface message ids the web app uses that are not derived from the law's values, in the order of
/// `en/ui.ftl`; [`ids`] adds the derived ones.
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
    "ui-warrant-your-name",
    "ui-warrant-your-address",
    "ui-warrant-upload",
    "ui-warrant-upload-note",
    "ui-check",
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
    "ui-warrant-top-bottom",
    "ui-doc-empty",
    "ui-doc-too-large",
    "ui-doc-unreadable",
    "ui-doc-pdf",
    "ui-doc-failed",
    "ui-appears",
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
    "ui-ran-device",
    "ui-ran-server",
    "ui-ondevice-title",
    "ui-ondevice-intro",
    "ui-ondevice-size",
    "ui-ondevice-keep",
    "ui-ondevice-kept",
    "ui-ondevice-text",
    "ui-ondevice-check",
    "ui-ondevice-photo",
    "ui-ondevice-reading",
    "ui-ondevice-failed",
];

/// Every interface message id the web app uses: [`IDS`], then one `ui-kind-<id>` per kind of paper, one
/// `ui-judicial-<id>` per judicial answer and one `ui-entry-<id>` per home-entry answer, derived from the law
/// crate's lists so that a new kind or answer cannot be forgotten here.
pub fn ids() -> Vec<String> {
    let mut v: Vec<String> = IDS.iter().map(|s| (*s).to_owned()).collect();
    v.extend(Kind::ALL.iter().map(|k| format!("ui-kind-{}", k.id())));
    v.extend(Judicial::ALL.iter().map(|j| format!("ui-judicial-{}", j.id())));
    v.extend(HomeEntry::ALL.iter().map(|e| format!("ui-entry-{}", e.id())));
    v
}

/// The interface words for one locale.
pub struct Ui {
    /// For each of [`ids`]: the text, and whether it is not in the page's language.
    words: HashMap<String, (String, bool)>,
}

impl Ui {
    /// Look up every id of [`ids`]. A word the locale lacks is the English text, marked as a fallback; a word
    /// missing even in English (a bug the test suite catches) is its id, marked likewise.
    pub fn new(guide: &Guide, locale: &str) -> Self {
        let english = guide.resolve_locale(locale).is_ok_and(|l| l == SOURCE_LOCALE);
        let words = ids()
            .into_iter()
            .map(|id| {
                let word = match guide.message(locale, &id) {
                    Ok(s) => (s, !english && !guide.has_message(locale, &id)),
                    Err(_) => (id.clone(), true),
                };
                (id, word)
            })
            .collect();
        Self { words }
    }

    /// The word for `id`, and whether it fell back to English in a non-English page (or is missing). An id
    /// not in [`ids`] is returned as is.
    pub fn get<'a>(&'a self, id: &'a str) -> (&'a str, bool) {
        match self.words.get(id) {
            Some((text, fallback)) => (text.as_str(), *fallback),
            None => (id, false),
        }
    }
}
