//! Interface words of the web app (navigation, forms, the privacy page) in one locale.
//!
//! They are Fluent messages with the `ui-` prefix, looked up through the guide's bundles so that every word
//! shown comes from one place. Where a locale lacks a message, the English default below is used and the
//! element is marked `lang="en"`, so screen readers pronounce it right and the gap is visible.

use amparo_guide::Guide;

/// (message id, English default).
pub const DEFAULTS: &[(&str, &str)] = &[
    ("ui-choose-language", "Choose your language"),
    ("ui-door-now", "Agents at the door right now?"),
    ("ui-door-now-hint", "What to do and say, on one screen."),
    ("ui-check-warrant", "Check a warrant or paper"),
    ("ui-check-warrant-hint", "Is it signed by a judge? What does it allow?"),
    ("ui-detainer", "Detainer checker (for lawyers and city staff)"),
    ("ui-privacy", "Privacy"),
    ("ui-languages", "Languages"),
    ("ui-read-aloud", "Read aloud"),
    ("ui-all-scenarios", "All situations"),
    (
        "ui-offline-note",
        "Once opened, these pages also work without a connection on this device.",
    ),
    ("ui-warrant-title", "Check a warrant or paper"),
    (
        "ui-warrant-intro",
        "Do not open the door. Ask them to slide the paper under the door or hold it to the window. Then answer what you see, or upload a photo.",
    ),
    ("ui-warrant-q-top", "What is printed at the top of the paper?"),
    (
        "ui-warrant-q-corner",
        "What is printed in the bottom corner (a form number such as I-200 or AO 442)?",
    ),
    (
        "ui-warrant-q-signature",
        "What is printed under the signature (name and title)?",
    ),
    ("ui-warrant-q-names", "Whose name and which address are on it?"),
    ("ui-warrant-your-name", "Your name (optional, not stored)"),
    ("ui-warrant-your-address", "This address (optional, not stored)"),
    ("ui-warrant-upload", "Or upload a photo or PDF of the paper"),
    ("ui-warrant-upload-note", "The file is read in memory and never stored."),
    ("ui-check", "Check"),
    ("ui-result", "Result"),
    ("ui-back", "Back"),
    ("ui-privacy-title", "Privacy"),
    (
        "ui-privacy-1",
        "Amparo keeps nothing about you. It sets no cookies, runs no analytics, and loads nothing from any other website.",
    ),
    (
        "ui-privacy-2",
        "A photo, PDF or text you send to check a paper is read in memory to answer you and then dropped. It is never written to disk or to a log.",
    ),
    (
        "ui-privacy-3",
        "The server writes no log of who visited or what they looked at: no addresses, no pages, no content.",
    ),
    (
        "ui-privacy-4",
        "After your first visit, your phone can keep this language's pages so they open without a connection. They stay on your device.",
    ),
    (
        "ui-privacy-5",
        "Amparo is free software. Anyone can run it on their own computer and check what it does.",
    ),
    ("ui-not-found", "This page does not exist."),
    ("ui-error", "Something went wrong. Nothing you sent was kept."),
];

/// The interface words for one locale.
pub struct Ui {
    words: Vec<(String, bool)>,
}

impl Ui {
    pub fn new(guide: &Guide, locale: &str) -> Self {
        let words = DEFAULTS
            .iter()
            .map(|(id, en)| match guide.message(locale, id) {
                Ok(s) => (s, false),
                Err(_) => ((*en).to_owned(), locale != "en"),
            })
            .collect();
        Self { words }
    }

    /// The word for `id`, and whether it fell back to English in a non-English page.
    pub fn get<'a>(&'a self, id: &'a str) -> (&'a str, bool) {
        match DEFAULTS.iter().position(|(k, _)| *k == id) {
            Some(i) => (self.words[i].0.as_str(), self.words[i].1),
            None => (id, false),
        }
    }
}
