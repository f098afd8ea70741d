//! Drift protection: which English each translation was made from, and who reviewed it.
//!
//! Every translated message has a *record* beside its locale's resource, in `l10n/<locale>/<stem>.toml`
//! (`l10n/es/guide.toml` for `locales/es/guide.ftl`): the hash of the English message it was translated from,
//! the hash of the translation when that was recorded, whether it was marked stale on purpose, and the human
//! reviews it had (who, when, against which English and which translation). The `.ftl` files stay plain
//! Fluent for Pontoon and Weblate, which rewrite a target file from the source file and drop its comments;
//! the records are files those tools never open.
//!
//! A message whose English hash differs from its record's is *stale*: the guide shows the current English
//! beside the old translation, with a note in the reader's language ([`crate::Guide`]). The lint
//! ([`Catalog::problems`]) fails on a stale message that was not marked stale on purpose, on a translation
//! with no record, and on a translation edited since it was recorded. A hash covers the message's value and
//! attributes as Fluent serializes them (comments and layout do not count).
//!
//! Everything here works on texts: the embedded copy ([`Catalog::embedded`]) or files read by the command line
//! (`amparo l10n`), which writes back what [`Catalog::records_text`] returns.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use crate::SOURCE_LOCALE;
use crate::data::{LOCALE_FILES, RECORD_FILES, RESOURCES};

mod edit;
mod message;
mod records;
mod state;

pub use message::{Message, MessageHash, Selector, message_from_value, parse_messages, set_message};
pub use records::{MAX_REVIEWER_LEN, Record, Records, Review, check_reviewer};
pub use state::{DriftError, DriftProblem, MessageState, State, Summary};

/// The directory of the records, beside `locales/` in the guide crate.
pub const RECORDS_DIR: &str = "l10n";

/// The records file of a resource: `guide.ftl` → `guide.toml`.
pub fn records_file_name(resource: &str) -> String {
    format!("{}.toml", resource.strip_suffix(".ftl").unwrap_or(resource))
}

/// The character that opens the current English in a stale message's text (FIRST STRONG ISOLATE, closed by
/// POP DIRECTIONAL ISOLATE). Translations may not contain it: the lint refuses it.
pub const STALE_OPEN: char = '\u{2068}';
/// Closes what [`STALE_OPEN`] opened.
pub const STALE_CLOSE: char = '\u{2069}';

#[derive(Debug, Clone)]
struct Resource {
    locale: String,
    file: String,
    /// The resource's text.
    text: String,
    /// Messages in file order.
    messages: Vec<(String, Message)>,
    records: Records,
    records_error: Option<String>,
}

impl Resource {
    fn get(&self, id: &str) -> Option<&Message> {
        self.messages.iter().find(|(i, _)| i == id).map(|(_, m)| m)
    }
}

/// Every resource of every locale, with the records of the translations.
#[derive(Debug, Clone)]
pub struct Catalog {
    /// Locale ids in the order given, English first.
    locales: Vec<String>,
    resources: Vec<Resource>,
}

impl Catalog {
    /// From texts: `ftl` (locale, resource file, text) and `records` (locale, resource file, records text).
    /// A locale without a records file has no records; English has none.
    pub fn new<'a>(
        ftl: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>,
        records: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>,
    ) -> Self {
        let records: Vec<(&str, &str, &str)> = records.into_iter().collect();
        let mut locales: Vec<String> = Vec::new();
        let mut resources = Vec::new();
        for (locale, file, text) in ftl {
            if !locales.iter().any(|l| l == locale) {
                locales.push(locale.to_string());
            }
            let (recs, records_error) = match records.iter().find(|(l, f, _)| *l == locale && *f == file) {
                None => (Records::default(), None),
                Some((_, _, t)) => match Records::parse(t) {
                    Ok(r) => (r, None),
                    Err(e) => (Records::default(), Some(e)),
                },
            };
            resources.push(Resource {
                locale: locale.to_string(),
                file: file.to_string(),
                text: text.to_string(),
                messages: parse_messages(text),
                records: recs,
                records_error,
            });
        }
        // English first.
        if let Some(i) = locales.iter().position(|l| l == SOURCE_LOCALE) {
            let en = locales.remove(i);
            locales.insert(0, en);
        }
        Self { locales, resources }
    }

    /// The copy embedded in this build (the locales and records as they were compiled).
    pub fn embedded() -> &'static Catalog {
        static CELL: OnceLock<Catalog> = OnceLock::new();
        CELL.get_or_init(|| Catalog::new(LOCALE_FILES.iter().copied(), RECORD_FILES.iter().copied()))
    }

    /// The translated locales (every locale but English), in order.
    pub fn translated_locales(&self) -> Vec<&str> {
        self.locales
            .iter()
            .filter(|l| *l != SOURCE_LOCALE)
            .map(String::as_str)
            .collect()
    }

    fn check_locale(&self, locale: &str) -> Result<(), DriftError> {
        if locale != SOURCE_LOCALE && self.locales.iter().any(|l| l == locale) {
            Ok(())
        } else {
            Err(DriftError::UnknownLocale(
                locale.to_string(),
                self.translated_locales().join(" "),
            ))
        }
    }

    fn resource(&self, locale: &str, file: &str) -> Option<&Resource> {
        self.resources.iter().find(|r| r.locale == locale && r.file == file)
    }

    /// The resource files, in [`RESOURCES`] order, then any other (a test's).
    fn files(&self) -> Vec<&str> {
        let mut v: Vec<&str> = RESOURCES
            .iter()
            .copied()
            .filter(|f| self.resource(SOURCE_LOCALE, f).is_some())
            .collect();
        for r in &self.resources {
            if r.locale == SOURCE_LOCALE && !v.contains(&r.file.as_str()) {
                v.push(&r.file);
            }
        }
        v
    }

    /// The English message `id` and the resource that defines it.
    pub fn english(&self, id: &str) -> Option<(&str, &Message)> {
        self.files()
            .into_iter()
            .find_map(|f| self.resource(SOURCE_LOCALE, f)?.get(id).map(|m| (f, m)))
    }

    /// The English message ids of `file`, in order.
    pub fn english_ids(&self, file: &str) -> Vec<&str> {
        self.resource(SOURCE_LOCALE, file)
            .map(|r| r.messages.iter().map(|(i, _)| i.as_str()).collect())
            .unwrap_or_default()
    }

    /// The text of a message in a locale, where it has one.
    pub fn translation(&self, locale: &str, file: &str, id: &str) -> Option<&Message> {
        self.resource(locale, file)?.get(id)
    }

    /// Every English message with its translation's state in `locale`, resource by resource, in English order.
    pub fn states(&self, locale: &str) -> Vec<MessageState<'_>> {
        let mut out = Vec::new();
        for file in self.files() {
            let Some(en) = self.resource(SOURCE_LOCALE, file) else {
                continue;
            };
            let tr = self.resource(locale, file);
            for (id, english) in &en.messages {
                let translation = tr.and_then(|r| r.get(id));
                let record = tr.and_then(|r| r.records.messages.get(id)).copied();
                let state = match (translation, record) {
                    (None, _) => State::Missing,
                    (Some(_), None) => State::Untracked,
                    (Some(_), Some(r)) if r.source == english.hash => State::Current,
                    (Some(_), Some(_)) => State::Stale,
                };
                let reviewed = match (state, translation) {
                    (State::Current, Some(t)) => tr.and_then(|r| {
                        r.records
                            .reviews
                            .iter()
                            .filter(|v| v.id == *id && v.source == english.hash && v.translation == t.hash)
                            .max_by_key(|v| v.on)
                    }),
                    _ => None,
                };
                out.push(MessageState {
                    file,
                    id,
                    state,
                    english,
                    translation,
                    record,
                    reviewed,
                });
            }
        }
        out
    }

    /// The ids of `locale`'s stale messages (shown with the current English).
    pub fn stale_ids(&self, locale: &str) -> BTreeSet<String> {
        self.states(locale)
            .into_iter()
            .filter(|s| s.state == State::Stale)
            .map(|s| s.id.to_string())
            .collect()
    }

    /// Counts for one locale (English: every message current).
    pub fn summary(&self, locale: &str) -> Summary {
        let mut s = Summary::default();
        if locale == SOURCE_LOCALE {
            let n = self
                .files()
                .iter()
                .filter_map(|f| self.resource(SOURCE_LOCALE, f))
                .map(|r| r.messages.len())
                .sum();
            return Summary {
                messages: n,
                current: n,
                ..s
            };
        }
        for m in self.states(locale) {
            s.messages += 1;
            match m.state {
                State::Current => s.current += 1,
                State::Stale => s.stale += 1,
                State::Missing => s.missing += 1,
                State::Untracked => s.untracked += 1,
            }
            if m.reviewed.is_some() {
                s.reviewed += 1;
            }
        }
        s
    }

    /// What the lint refuses, locale by locale. Stale messages marked stale on purpose and missing ones are not
    /// problems here (missing keys are [`crate::lint`]'s).
    pub fn problems(&self) -> Vec<DriftProblem> {
        let mut out = Vec::new();
        for locale in self.translated_locales() {
            for r in self.resources.iter().filter(|r| r.locale == locale) {
                if let Some(e) = &r.records_error {
                    out.push(DriftProblem::Records {
                        locale: locale.to_string(),
                        file: r.file.clone(),
                        message: e.clone(),
                    });
                }
                for (id, m) in &r.messages {
                    if m.canonical.contains(STALE_OPEN) {
                        out.push(DriftProblem::Marker {
                            locale: locale.to_string(),
                            file: r.file.clone(),
                            id: id.clone(),
                        });
                    }
                }
            }
            for m in self.states(locale) {
                let (locale, file, id) = (locale.to_string(), m.file.to_string(), m.id.to_string());
                match (m.state, m.record) {
                    (State::Untracked, _) => out.push(DriftProblem::Untracked { locale, file, id }),
                    (State::Stale, Some(r)) if !r.stale => out.push(DriftProblem::EnglishChanged {
                        locale,
                        file,
                        id,
                        recorded: r.source,
                        now: m.english.hash,
                    }),
                    (State::Current, Some(_)) if m.edited() => out.push(DriftProblem::Edited { locale, file, id }),
                    _ => {}
                }
            }
        }
        out
    }

    /// Records whose message no longer exists in English or in the locale (dropped by the next command that
    /// writes that file; harmless meanwhile: a message added again with other English shows as stale).
    pub fn orphans(&self) -> Vec<(String, String, String)> {
        let mut out = Vec::new();
        for r in self.resources.iter().filter(|r| r.locale != SOURCE_LOCALE) {
            for id in r.records.messages.keys() {
                let english = self.translation(SOURCE_LOCALE, &r.file, id).is_some();
                if !english || r.get(id).is_none() {
                    out.push((r.locale.clone(), r.file.clone(), id.clone()));
                }
            }
        }
        out
    }

    /// The text of one resource.
    pub fn ftl_text(&self, locale: &str, file: &str) -> Option<&str> {
        self.resource(locale, file).map(|r| r.text.as_str())
    }

    /// The records of one resource.
    pub fn records(&self, locale: &str, file: &str) -> Option<&Records> {
        self.resource(locale, file).map(|r| &r.records)
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    const EN: &str = "a = Hello\nb = Bye { $name }\nn =\n    { $count ->\n        [one] one thing\n       *[other] { $count } things\n    }\n";
    const ES: &str = "a = Hola\nb = Adiós { $name }\nn =\n    { $count ->\n        [one] una cosa\n       *[other] { $count } cosas\n    }\n";

    fn catalog(en: &str, es: &str, records: &str) -> Catalog {
        Catalog::new(
            [("en", "guide.ftl", en), ("es", "guide.ftl", es)],
            [("es", "guide.ftl", records)],
        )
    }

    fn all_current() -> String {
        let mut c = catalog(EN, ES, "");
        c.mark_current("es", &["a".into(), "b".into(), "n".into()])
            .expect("mark");
        c.records_text("es", "guide.ftl")
    }

    #[test]
    fn states_follow_the_records() {
        let c = catalog(EN, ES, "");
        assert!(c.states("es").iter().all(|s| s.state == State::Untracked));
        assert_eq!(c.problems().len(), 3);

        let records = all_current();
        let c = catalog(EN, ES, &records);
        assert!(c.states("es").iter().all(|s| s.state == State::Current));
        assert!(c.problems().is_empty(), "{:?}", c.problems());
        assert_eq!(c.summary("es").current_percent(), 100);
        assert_eq!(c.summary("es").reviewed_percent(), 0);

        // The English changes and nobody updates the translation: the lint fails, naming the message.
        let en2 = EN.replace("Bye", "Goodbye");
        let c = catalog(&en2, ES, &records);
        assert_eq!(c.stale_ids("es"), BTreeSet::from(["b".to_string()]));
        let p = c.problems();
        assert!(
            matches!(p.as_slice(), [DriftProblem::EnglishChanged { id, .. }] if id == "b"),
            "{p:?}"
        );
        assert!(p[0].to_string().contains("mark-stale b"), "{}", p[0]);

        // Marked stale on purpose: still stale (shown with the English), and the lint passes.
        let mut c2 = c.clone();
        c2.mark_stale("es", &["b".into()]).expect("mark stale");
        let marked = c2.records_text("es", "guide.ftl");
        let c3 = catalog(&en2, ES, &marked);
        assert_eq!(c3.stale_ids("es").len(), 1);
        assert!(c3.problems().is_empty());
        assert_eq!(c3.summary("es").current, 2);

        // Translated again and marked current: current, lint passes.
        let es2 = ES.replace("Adiós", "Hasta luego");
        let mut c4 = catalog(&en2, &es2, &marked);
        assert!(matches!(c4.problems().as_slice(), [])); // still marked stale: passes
        c4.mark_current("es", &["b".into()]).expect("mark");
        let c5 = catalog(&en2, &es2, &c4.records_text("es", "guide.ftl"));
        assert!(c5.stale_ids("es").is_empty() && c5.problems().is_empty());
    }

    #[test]
    fn an_edited_translation_must_be_recorded_again() {
        let records = all_current();
        let c = catalog(EN, &ES.replace("Hola", "Buenas"), &records);
        assert!(matches!(c.problems().as_slice(), [DriftProblem::Edited { id, .. }] if id == "a"));
    }

    #[test]
    fn reviews_count_only_for_the_current_english_and_translation() {
        let mut c = catalog(EN, ES, &all_current());
        let day = NaiveDate::from_ymd_opt(2026, 12, 2).expect("date");
        c.review("es", &["a".into()], "ana-r", day).expect("review");
        let text = c.records_text("es", "guide.ftl");
        assert!(text.contains("by = \"ana-r\""), "{text}");
        let c = catalog(EN, ES, &text);
        assert_eq!(c.summary("es").reviewed, 1);
        assert_eq!(c.summary("es").reviewed_percent(), 33);
        // After the English changes, the review no longer counts.
        let c = catalog(&EN.replace("Hello", "Hi"), ES, &text);
        assert_eq!(c.summary("es").reviewed, 0);
        let mut c = catalog(EN, ES, &text);
        assert!(matches!(
            c.review("es", &["a".into()], "", day),
            Err(DriftError::Reviewer(_))
        ));
        assert!(matches!(
            c.review("xx", &["a".into()], "x", day),
            Err(DriftError::UnknownLocale(..))
        ));
        assert!(matches!(
            c.review("es", &["zz".into()], "x", day),
            Err(DriftError::UnknownMessage(_))
        ));
    }

    #[test]
    fn records_files_round_trip_and_bad_ones_are_reported() {
        let text = all_current();
        let r = Records::parse(&text).expect("parses");
        assert_eq!(r.to_toml("es", "guide.ftl"), text);
        let c = catalog(EN, ES, "[messages]\na = 3\n");
        assert!(c.problems().iter().any(|p| matches!(p, DriftProblem::Records { .. })));
    }
}
