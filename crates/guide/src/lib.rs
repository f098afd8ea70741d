//! # amparo-guide
//!
//! Amparo's know-your-rights guide: scenarios → sections → statements as data (`data/scenarios.toml`), each
//! statement with its citations (authority ids of `amparo-law`) and review date; the words as Project Fluent
//! resources in English and New York City's ten designated languages (`locales/<id>/guide.ftl`, and the web
//! app's interface words in `locales/<id>/ui.ftl`, both in one bundle per locale); and a rendering-neutral model
//! that the CLI, the web app and the printable cards all use, so no text is written twice.
//!
//! ```
//! let guide = amparo_guide::Guide::load()?;
//! let home = guide.render("home", "es")?;
//! assert!(home.sections.iter().all(|s| s.statements.iter().all(|st| !st.citations.is_empty())));
//! # Ok::<(), amparo_guide::GuideError>(())
//! ```
//!
//! Placeables are not wrapped in Unicode bidi isolation marks: the output is plain text for terminals, HTML
//! (which sets `dir` from [`LocaleInfo::direction`]) and typst (which does its own bidi).

pub mod changes;
pub mod contacts;
mod data;
pub mod drift;
mod legal_status;
pub mod lint;
#[cfg(test)]
mod load_tests;
mod model;
pub mod punct;
pub mod script;
pub mod sheet;
mod warrant;

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use amparo_law::Authority;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::{CharacterDirection, LanguageIdentifier};

pub use changes::{RenderedChange, TouchedStatement};
pub use contacts::RenderedContact;
pub use data::{LOCALE_FILES, RECORD_FILES, RESOURCES, ScenarioData, SectionData, StatementData};
pub use legal_status::{CaseRule, LegalStatus};
pub use model::{
    DoorCard, Labels, RenderedScenario, RenderedSection, RenderedStatement, RenderedStatus, Say, ScenarioSummary,
    SpeakLine, Stale,
};
pub use warrant::WarrantWords;

/// The locale of the source text, and the language of the lines read out to officers.
pub const SOURCE_LOCALE: &str = "en";

/// Errors: unknown ids from the caller, and (caught by the test suite, never by users) bad embedded data.
#[derive(Debug, thiserror::Error)]
pub enum GuideError {
    #[error("unknown scenario {id:?}; the scenarios are: {}", .valid.join(", "))]
    UnknownScenario { id: String, valid: Vec<String> },
    #[error("unknown language {id:?}; the languages are: {}", .valid.join(", "))]
    UnknownLocale { id: String, valid: Vec<String> },
    #[error("unknown advice id {id:?}; the advice ids are: {}", .valid.join(", "))]
    UnknownAdvice { id: String, valid: Vec<String> },
    #[error("unknown contact block {id:?}; the blocks are: {}", .valid.join(", "))]
    UnknownContactBlock { id: String, valid: Vec<String> },
    #[error("{file}: {source}")]
    Data {
        file: &'static str,
        #[source]
        source: toml::de::Error,
    },
    #[error("{file}: {message}")]
    Invalid { file: &'static str, message: String },
    #[error("locales/{locale}/{file}: {message}")]
    Resource {
        locale: String,
        file: &'static str,
        message: String,
    },
    #[error("message {id:?} is missing in locale {locale} and in English")]
    MissingMessage { locale: String, id: String },
    #[error("message {id:?} in locale {locale}: {message}")]
    Format {
        locale: String,
        id: String,
        message: String,
    },
}

/// A value for a message variable ([`Guide::message_args`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessageArg {
    Text(String),
    Number(i64),
}

/// Text direction of a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The HTML `dir` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ltr => "ltr",
            Self::Rtl => "rtl",
        }
    }
}

/// Whether a locale's text has been reviewed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TranslationStatus {
    /// The original text (English).
    Source,
    /// Machine-assisted translation, not yet reviewed by a native speaker.
    MachineAssisted,
    /// Reviewed by a native speaker.
    Reviewed,
}

impl TranslationStatus {
    /// The message that tells users this status, in their language.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Source => "status-source",
            Self::MachineAssisted => "status-machine-assisted",
            Self::Reviewed => "status-reviewed",
        }
    }

    /// Stable id (`source`, `machine-assisted`, `reviewed`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Source => "source",
            Self::MachineAssisted => "machine-assisted",
            Self::Reviewed => "reviewed",
        }
    }
}

/// What a language picker needs to know about a locale.
#[derive(Debug, Clone, Serialize)]
pub struct LocaleInfo {
    /// BCP 47 id, e.g. `zh-Hant`.
    pub id: &'static str,
    /// The language's name in that language.
    pub native_name: String,
    /// The language's name in English.
    pub english_name: String,
    pub direction: Direction,
    pub status: TranslationStatus,
    /// The status, in that language (shown to users).
    pub status_text: String,
    /// How many of its messages are translated from the current English and reviewed by a person
    /// ([`drift`]).
    pub translation: drift::Summary,
    /// Those shares in that language, e.g. "100 % up to date · 0 % reviewed by a person".
    pub translation_text: String,
}

struct Locale {
    id: &'static str,
    langid: LanguageIdentifier,
    english_name: String,
    status: TranslationStatus,
    bundle: FluentBundle<FluentResource>,
    /// Messages translated from an older English ([`drift`]): shown with the current English beside them.
    stale: HashSet<String>,
    translation: drift::Summary,
}

/// The whole guide: data, messages for every locale, and the authorities they cite. `Send + Sync`: load it
/// once and share it (see [`Guide::get`]).
pub struct Guide {
    scenarios: Vec<ScenarioData>,
    statements: HashMap<String, StatementData>,
    advice: Vec<StatementData>,
    key_points: Vec<String>,
    door_front: Vec<String>,
    door_back: Vec<String>,
    door_check: Vec<String>,
    /// "Speak for me": (statement id, icon name), in order.
    speak: Vec<(String, String)>,
    locales: Vec<Locale>,
}

impl std::fmt::Debug for Guide {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Guide")
            .field("scenarios", &self.scenarios.len())
            .field("statements", &self.statements.len())
            .field("advice", &self.advice.len())
            .field("locales", &self.locales.iter().map(|l| l.id).collect::<Vec<_>>())
            .finish()
    }
}

fn invalid(file: &'static str, message: String) -> GuideError {
    GuideError::Invalid { file, message }
}

impl Guide {
    /// Parse and check the embedded data and every locale's messages.
    pub fn load() -> Result<Self, GuideError> {
        Self::load_from(data::SCENARIOS_TOML)
    }

    /// [`Guide::load`] with other translation records (`l10n/<locale>/<stem>.toml` texts: (locale, resource
    /// file, text)) in place of the embedded ones, e.g. to see how a page shows a stale translation.
    pub fn load_with_records(records: &[(&str, &str, &str)]) -> Result<Self, GuideError> {
        let catalog = drift::Catalog::new(LOCALE_FILES.iter().copied(), records.iter().copied());
        Self::load_with(data::SCENARIOS_TOML, &catalog)
    }

    /// [`Guide::load`] with another `data/scenarios.toml` (the tests feed it broken copies).
    fn load_from(scenarios_toml: &str) -> Result<Self, GuideError> {
        Self::load_with(scenarios_toml, drift::Catalog::embedded())
    }

    fn load_with(scenarios_toml: &str, catalog: &drift::Catalog) -> Result<Self, GuideError> {
        let file: data::GuideFile = toml::from_str(scenarios_toml).map_err(|source| GuideError::Data {
            file: data::SCENARIOS_FILE,
            source,
        })?;
        let status: data::StatusFile = toml::from_str(data::STATUS_TOML).map_err(|source| GuideError::Data {
            file: data::STATUS_FILE,
            source,
        })?;
        let locales = load_locales(status, catalog)?;
        let guide = Self::assemble(file, locales)?;
        guide.check()?;
        Ok(guide)
    }

    /// The embedded guide, loaded once for the whole process.
    ///
    /// # Panics
    /// If the embedded data is invalid. It ships inside the binary and the test suite loads it, so no user
    /// input can reach this.
    pub fn get() -> &'static Guide {
        static CELL: OnceLock<Guide> = OnceLock::new();
        CELL.get_or_init(|| match Guide::load() {
            Ok(g) => g,
            Err(e) => panic!("embedded guide data is invalid: {e}"),
        })
    }

    fn assemble(file: data::GuideFile, locales: Vec<Locale>) -> Result<Self, GuideError> {
        const F: &str = data::SCENARIOS_FILE;
        let mut statements = HashMap::new();
        for s in file.statement {
            if statements.contains_key(&s.id) {
                return Err(invalid(F, format!("statement {:?} is defined twice", s.id)));
            }
            statements.insert(s.id.clone(), s);
        }
        let mut seen = HashSet::new();
        for a in &file.advice {
            if !seen.insert(a.id.as_str()) {
                return Err(invalid(F, format!("advice {:?} is defined twice", a.id)));
            }
        }
        let mut seen = HashSet::new();
        for sc in &file.scenario {
            if !seen.insert(sc.id.as_str()) {
                return Err(invalid(F, format!("scenario {:?} is defined twice", sc.id)));
            }
            for sec in &sc.section {
                for id in &sec.statements {
                    if !statements.contains_key(id) {
                        return Err(invalid(F, format!("scenario {}: unknown statement {id:?}", sc.id)));
                    }
                }
            }
        }
        for id in file
            .key_points
            .iter()
            .chain(&file.door_card.front)
            .chain(&file.door_card.back)
        {
            if !statements.contains_key(id) {
                return Err(invalid(F, format!("unknown statement {id:?}")));
            }
        }
        let mut seen = HashSet::new();
        for line in &file.speak {
            let Some(st) = statements.get(&line.statement) else {
                return Err(invalid(F, format!("speak: unknown statement {:?}", line.statement)));
            };
            if st.say.is_none() {
                return Err(invalid(
                    F,
                    format!("speak: statement {:?} has no `say` line", line.statement),
                ));
            }
            if !seen.insert(line.statement.as_str()) || line.icon.trim().is_empty() {
                return Err(invalid(
                    F,
                    format!("speak: {:?} is listed twice or has no icon", line.statement),
                ));
            }
        }
        for id in &file.door_card.check {
            if !file.advice.iter().any(|a| &a.id == id) {
                return Err(invalid(F, format!("door_card.check: unknown advice {id:?}")));
            }
        }
        Ok(Self {
            scenarios: file.scenario,
            statements,
            advice: file.advice,
            key_points: file.key_points,
            door_front: file.door_card.front,
            door_back: file.door_card.back,
            door_check: file.door_card.check,
            speak: file.speak.into_iter().map(|l| (l.statement, l.icon)).collect(),
            locales,
        })
    }

    /// Every statement and advice item has a citation, every citation resolves, and every message it names
    /// exists in English.
    fn check(&self) -> Result<(), GuideError> {
        const F: &str = data::SCENARIOS_FILE;
        let en = self.locale_ref(SOURCE_LOCALE)?;
        let all = self.statements.values().chain(&self.advice);
        for s in all {
            if s.cite.is_empty() {
                return Err(invalid(F, format!("{} has no citation", s.id)));
            }
            for c in &s.cite {
                if amparo_law::authorities().get(c).is_none() {
                    return Err(invalid(F, format!("{} cites unknown authority {c:?}", s.id)));
                }
            }
            check_case(s)?;
            for m in std::iter::once(&s.text).chain(&s.say).chain(&s.dont) {
                if !en.bundle.has_message(m) {
                    return Err(invalid(F, format!("{}: no English message {m:?}", s.id)));
                }
            }
        }
        for id in ["translation-stale", "translation-shares"] {
            if !en.bundle.has_message(id) {
                return Err(invalid(F, format!("no English message {id:?}")));
            }
        }
        for status in LegalStatus::ALL {
            if !en.bundle.has_message(status.message_id()) {
                return Err(invalid(F, format!("no English message {:?}", status.message_id())));
            }
        }
        for sc in &self.scenarios {
            let ids = [&sc.title, &sc.intro]
                .into_iter()
                .chain(sc.section.iter().map(|s| &s.heading));
            for m in ids {
                if !en.bundle.has_message(m) {
                    return Err(invalid(F, format!("{}: no English message {m:?}", sc.id)));
                }
            }
        }
        contacts::check(self)?;
        changes::check(self)?;
        Ok(())
    }

    // --- Locales ---------------------------------------------------------------------------------------------

    /// The locale ids, English first.
    pub fn locale_ids(&self) -> Vec<&'static str> {
        self.locales.iter().map(|l| l.id).collect()
    }

    /// Every locale with its native name, direction and translation status (in its own language).
    pub fn locales(&self) -> Result<Vec<LocaleInfo>, GuideError> {
        self.locales.iter().map(|l| self.info(l)).collect()
    }

    /// One locale's details.
    pub fn locale(&self, locale: &str) -> Result<LocaleInfo, GuideError> {
        self.info(self.locale_ref(locale)?)
    }

    fn info(&self, l: &Locale) -> Result<LocaleInfo, GuideError> {
        Ok(LocaleInfo {
            id: l.id,
            native_name: self.format(l, "language-name", None)?,
            english_name: l.english_name.clone(),
            direction: direction(&l.langid),
            status: l.status,
            status_text: self.format(l, l.status.message_id(), None)?,
            translation: l.translation,
            translation_text: self.translation_shares(l)?,
        })
    }

    /// "N % up to date · M % reviewed by a person", in the locale's own language.
    fn translation_shares(&self, l: &Locale) -> Result<String, GuideError> {
        let mut args = FluentArgs::new();
        args.set("current", FluentValue::from(l.translation.current_percent()));
        args.set("reviewed", FluentValue::from(l.translation.reviewed_percent()));
        self.format(l, "translation-shares", Some(&args))
    }

    /// The locale Amparo would use for a requested language tag: an exact match (any case, `_` or `-`), else
    /// Chinese by script or region (`zh-TW`, `zh-HK`, `zh-MO` → `zh-Hant`; other `zh` → `zh-Hans`), else the
    /// same language (`es-MX` → `es`). An unsupported language is an error listing the supported ones.
    pub fn resolve_locale(&self, requested: &str) -> Result<&'static str, GuideError> {
        let unknown = || GuideError::UnknownLocale {
            id: requested.to_string(),
            valid: self.locale_ids().iter().map(|s| s.to_string()).collect(),
        };
        let tag = requested.trim().replace('_', "-");
        let wanted: LanguageIdentifier = tag.parse().map_err(|_| unknown())?;
        if let Some(l) = self.locales.iter().find(|l| l.langid == wanted) {
            return Ok(l.id);
        }
        let language = wanted.language.as_str();
        if language == "zh" {
            let traditional = wanted.script.is_some_and(|s| s.as_str() == "Hant")
                || (wanted.script.is_none() && wanted.region.is_some_and(|r| matches!(r.as_str(), "TW" | "HK" | "MO")));
            let id = if traditional { "zh-Hant" } else { "zh-Hans" };
            if let Some(l) = self.locales.iter().find(|l| l.id == id) {
                return Ok(l.id);
            }
        }
        self.locales
            .iter()
            .find(|l| l.langid.language.as_str() == language && l.langid.script.is_none())
            .map(|l| l.id)
            .ok_or_else(unknown)
    }

    fn locale_ref(&self, locale: &str) -> Result<&Locale, GuideError> {
        let id = self.resolve_locale(locale)?;
        self.locales
            .iter()
            .find(|l| l.id == id)
            .ok_or_else(|| GuideError::UnknownLocale {
                id: locale.to_string(),
                valid: self.locale_ids().iter().map(|s| s.to_string()).collect(),
            })
    }

    // --- Messages --------------------------------------------------------------------------------------------

    /// Format one message. A message missing in a locale falls back to English (the test suite requires
    /// every locale to be complete, so this only matters for a partial community translation). A stale
    /// translation ([`drift`]) comes with the current English after it: `translation [FSI]note[PDI] [FSI]English[PDI]`, the
    /// note and the English each between U+2068 and U+2069 (see [`split_stale`]), so that no renderer can show
    /// an outdated translation as if it were current.
    fn format(&self, l: &Locale, id: &str, args: Option<&FluentArgs<'_>>) -> Result<String, GuideError> {
        let text = self.format_plain(l, id, args)?;
        match self.stale_english(l, id, args)? {
            None => Ok(text),
            Some(english) => Ok(format!(
                "{text} {o}{}{c} {o}{english}{c}",
                self.format_plain(l, "translation-stale", None)?,
                o = drift::STALE_OPEN,
                c = drift::STALE_CLOSE,
            )),
        }
    }

    /// The current English of message `id` where `l`'s translation of it is stale.
    fn stale_english(&self, l: &Locale, id: &str, args: Option<&FluentArgs<'_>>) -> Result<Option<String>, GuideError> {
        if !l.stale.contains(id) || !l.bundle.has_message(id) {
            return Ok(None);
        }
        let en = self.locale_ref(SOURCE_LOCALE)?;
        self.format_plain(en, id, args).map(Some)
    }

    /// Whether `locale`'s translation of message `id` is stale (made from an older English).
    pub fn is_stale(&self, locale: &str, id: &str) -> bool {
        self.locale_ref(locale).is_ok_and(|l| l.stale.contains(id))
    }

    fn format_plain(&self, l: &Locale, id: &str, args: Option<&FluentArgs<'_>>) -> Result<String, GuideError> {
        let (bundle, locale) = if l.bundle.has_message(id) {
            (&l.bundle, l.id)
        } else {
            let en = self
                .locales
                .iter()
                .find(|x| x.id == SOURCE_LOCALE)
                .filter(|x| x.bundle.has_message(id))
                .ok_or_else(|| GuideError::MissingMessage {
                    locale: l.id.to_string(),
                    id: id.to_string(),
                })?;
            (&en.bundle, en.id)
        };
        let pattern = bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(|| GuideError::MissingMessage {
                locale: locale.to_string(),
                id: id.to_string(),
            })?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(GuideError::Format {
                locale: locale.to_string(),
                id: id.to_string(),
                message: errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "),
            })
        }
    }

    /// Any message of the guide by id (for renderers that need a label not in [`Labels`]), falling back to
    /// English where the locale lacks it (see [`Guide::has_message`]).
    pub fn message(&self, locale: &str, id: &str) -> Result<String, GuideError> {
        self.format(self.locale_ref(locale)?, id, None)
    }

    /// A message with variables (`$name` in Fluent). A [`MessageArg::Number`] takes part in plural selection.
    pub fn message_args(&self, locale: &str, id: &str, args: &[(&str, MessageArg)]) -> Result<String, GuideError> {
        let mut fluent = FluentArgs::new();
        for (k, v) in args {
            match v {
                MessageArg::Text(s) => fluent.set(*k, s.clone()),
                MessageArg::Number(n) => fluent.set(*k, FluentValue::from(*n)),
            }
        }
        self.format(self.locale_ref(locale)?, id, Some(&fluent))
    }

    /// Whether the locale itself defines message `id` (so [`Guide::message`] gives it without falling back to
    /// English). False for an unknown locale.
    pub fn has_message(&self, locale: &str, id: &str) -> bool {
        self.locale_ref(locale).is_ok_and(|l| l.bundle.has_message(id))
    }

    /// The interface labels, in one locale.
    pub fn labels(&self, locale: &str) -> Result<Labels, GuideError> {
        let l = self.locale_ref(locale)?;
        let m = |id: &str| self.format(l, id, None);
        Ok(Labels {
            guide_title: m("guide-title")?,
            guide_subtitle: m("guide-subtitle")?,
            key_points_heading: m("key-points-heading")?,
            scenarios_heading: m("scenarios-heading")?,
            say: m("say-label")?,
            say_english: m("say-english-label")?,
            dont: m("dont-label")?,
            sources: m("sources-label")?,
            case: m("legal-status-case")?,
            door_card_title: m("door-card-title")?,
            door_card_back_title: m("door-card-back-title")?,
            door_card_check_title: m("door-card-check-title")?,
        })
    }

    /// "Last reviewed: DATE", in one locale.
    pub fn reviewed_line(&self, locale: &str, date: chrono::NaiveDate) -> Result<String, GuideError> {
        let mut args = FluentArgs::new();
        args.set("date", date.format("%Y-%m-%d").to_string());
        self.format(self.locale_ref(locale)?, "reviewed", Some(&args))
    }

    /// "N points", with the locale's plural rules (or its explicit numeric variants, for `ht`).
    pub fn points_count(&self, locale: &str, count: usize) -> Result<String, GuideError> {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(count));
        self.format(self.locale_ref(locale)?, "points-count", Some(&args))
    }

    /// "Legal information, not legal advice", in one locale.
    pub fn disclaimer(&self, locale: &str) -> Result<String, GuideError> {
        self.message(locale, "disclaimer")
    }

    /// The locale's translation status, in that locale.
    pub fn status_line(&self, locale: &str) -> Result<String, GuideError> {
        let l = self.locale_ref(locale)?;
        self.format(l, l.status.message_id(), None)
    }

    // --- Scenarios and statements ----------------------------------------------------------------------------

    /// The scenarios as data, in order.
    pub fn scenarios(&self) -> &[ScenarioData] {
        &self.scenarios
    }

    /// The scenario ids, in order.
    pub fn scenario_ids(&self) -> Vec<&str> {
        self.scenarios.iter().map(|s| s.id.as_str()).collect()
    }

    /// One statement as data.
    pub fn statement(&self, id: &str) -> Option<&StatementData> {
        self.statements.get(id)
    }

    /// Every statement as data (scenario statements, key points, card lines), sorted by id.
    pub fn statements(&self) -> Vec<&StatementData> {
        let mut v: Vec<_> = self.statements.values().collect();
        v.sort_by(|a, b| a.id.cmp(&b.id));
        v
    }

    /// Every line the guide tells people to say to officers, in English as they say it (the `say` lines of the
    /// statements and the door card's back): the lines a page may show in English in any language.
    pub fn english_lines(&self) -> Vec<String> {
        let Ok(en) = self.locale_ref(SOURCE_LOCALE) else {
            return Vec::new();
        };
        let mut ids: Vec<&str> = self.statements.values().filter_map(|s| s.say.as_deref()).collect();
        ids.extend(
            self.door_back
                .iter()
                .filter_map(|id| self.statements.get(id))
                .map(|s| s.text.as_str()),
        );
        let mut lines: Vec<String> = ids
            .iter()
            .filter_map(|id| self.format_plain(en, id, None).ok())
            .collect();
        lines.sort();
        lines.dedup();
        // Longest first, so that a renderer marking them finds "I do not consent to a search." before "I do
        // not consent."
        lines.sort_by_key(|l| std::cmp::Reverse(l.len()));
        lines
    }

    /// The ids of the ten key points, in order.
    pub fn key_point_ids(&self) -> &[String] {
        &self.key_points
    }

    /// Titles and introductions of every scenario, in one locale (a table of contents).
    pub fn scenario_list(&self, locale: &str) -> Result<Vec<ScenarioSummary>, GuideError> {
        let l = self.locale_ref(locale)?;
        self.scenarios
            .iter()
            .map(|s| {
                let points = s.section.iter().map(|sec| sec.statements.len()).sum();
                Ok(ScenarioSummary {
                    id: s.id.clone(),
                    title: self.format(l, &s.title, None)?,
                    intro: self.format(l, &s.intro, None)?,
                    points,
                    points_label: self.points_count(l.id, points)?,
                })
            })
            .collect()
    }

    fn scenario_data(&self, id: &str) -> Result<&ScenarioData, GuideError> {
        self.scenarios
            .iter()
            .find(|s| s.id == id)
            .ok_or_else(|| GuideError::UnknownScenario {
                id: id.to_string(),
                valid: self.scenarios.iter().map(|s| s.id.clone()).collect(),
            })
    }

    /// One scenario, fully resolved in one locale: text, what to say (also in English), what not to do,
    /// citations and review dates.
    pub fn render(&self, scenario: &str, locale: &str) -> Result<RenderedScenario, GuideError> {
        let sc = self.scenario_data(scenario)?;
        let l = self.locale_ref(locale)?;
        let sections = sc
            .section
            .iter()
            .map(|sec| {
                Ok(RenderedSection {
                    id: sec.id.clone(),
                    heading: self.format(l, &sec.heading, None)?,
                    statements: sec
                        .statements
                        .iter()
                        .map(|id| self.render_statement(l, &self.statements[id]))
                        .collect::<Result<_, _>>()?,
                })
            })
            .collect::<Result<_, GuideError>>()?;
        Ok(RenderedScenario {
            id: sc.id.clone(),
            locale: l.id,
            direction: direction(&l.langid),
            title: self.format(l, &sc.title, None)?,
            intro: self.format(l, &sc.intro, None)?,
            sections,
            disclaimer: self.format(l, "disclaimer", None)?,
            status: self.format(l, l.status.message_id(), None)?,
        })
    }

    fn render_statement(&self, l: &Locale, s: &StatementData) -> Result<RenderedStatement, GuideError> {
        let args = statement_args(s);
        let say = match &s.say {
            Some(id) => Some(self.say(l, id)?),
            None => None,
        };
        let dont = match &s.dont {
            Some(id) => Some(self.format(l, id, args.as_ref())?),
            None => None,
        };
        let stale = self.statement_stale(l, s, args.as_ref())?;
        Ok(RenderedStatement {
            id: s.id.clone(),
            key_point: self.key_points.contains(&s.id),
            text: self.format(l, &s.text, args.as_ref())?,
            say,
            dont,
            stale,
            citations: citations(s),
            status: self.rendered_status(l, s)?,
            reviewed: s.reviewed,
        })
    }

    /// The current English of each stale part of a statement, with the note, or `None` when it is current.
    fn statement_stale(
        &self,
        l: &Locale,
        s: &StatementData,
        args: Option<&FluentArgs<'_>>,
    ) -> Result<Option<Stale>, GuideError> {
        let text = self.stale_english(l, &s.text, args)?;
        let say = match &s.say {
            Some(id) => self.stale_english(l, id, None)?,
            None => None,
        };
        let dont = match &s.dont {
            Some(id) => self.stale_english(l, id, args)?,
            None => None,
        };
        if text.is_none() && say.is_none() && dont.is_none() {
            return Ok(None);
        }
        Ok(Some(Stale {
            note: self.format_plain(l, "translation-stale", None)?,
            text,
            say,
            dont,
        }))
    }

    fn rendered_status(&self, l: &Locale, s: &StatementData) -> Result<RenderedStatus, GuideError> {
        Ok(RenderedStatus {
            id: s.status,
            text: self.format(l, s.status.message_id(), None)?,
            // Checked in `Guide::check`: the case resolves.
            case: s.case.as_deref().and_then(|c| amparo_law::authorities().get(c)),
        })
    }

    /// A status in plain words, in one locale (for renderers that list the statuses, e.g. a legend).
    pub fn status_text(&self, locale: &str, status: LegalStatus) -> Result<String, GuideError> {
        self.message(locale, status.message_id())
    }

    fn say(&self, l: &Locale, id: &str) -> Result<Say, GuideError> {
        let en = self.locale_ref(SOURCE_LOCALE)?;
        Ok(Say {
            text: self.format(l, id, None)?,
            english: self.format(en, id, None)?,
        })
    }

    /// The ten key points, in one locale.
    pub fn key_points(&self, locale: &str) -> Result<Vec<RenderedStatement>, GuideError> {
        let l = self.locale_ref(locale)?;
        self.key_points
            .iter()
            .map(|id| self.render_statement(l, &self.statements[id]))
            .collect()
    }

    /// The at-the-door page and wallet card: front lines in the holder's language, back lines in English for
    /// the officers (each with its translation), and what to check on a warrant.
    pub fn door_card(&self, locale: &str) -> Result<DoorCard, GuideError> {
        let l = self.locale_ref(locale)?;
        let labels = self.labels(l.id)?;
        Ok(DoorCard {
            locale: l.id,
            direction: direction(&l.langid),
            title: labels.door_card_title,
            front: self
                .door_front
                .iter()
                .map(|id| self.render_statement(l, &self.statements[id]))
                .collect::<Result<_, _>>()?,
            back_title: labels.door_card_back_title,
            back: self
                .door_back
                .iter()
                .map(|id| self.say(l, &self.statements[id].text))
                .collect::<Result<_, _>>()?,
            check_title: labels.door_card_check_title,
            check: self
                .door_check
                .iter()
                .map(|id| self.advice(id, l.id))
                .collect::<Result<_, _>>()?,
        })
    }

    /// "Speak for me": the lines to say to officers, in order, each in English and in the locale, with its
    /// picture and the scenario that explains it.
    pub fn speak(&self, locale: &str) -> Result<Vec<SpeakLine>, GuideError> {
        let l = self.locale_ref(locale)?;
        self.speak
            .iter()
            .map(|(id, icon)| {
                let scenario = self
                    .scenarios
                    .iter()
                    .find(|sc| sc.section.iter().any(|sec| sec.statements.contains(id)))
                    .map(|sc| sc.id.clone());
                Ok(SpeakLine {
                    icon: icon.clone(),
                    scenario,
                    statement: self.render_statement(l, &self.statements[id])?,
                })
            })
            .collect()
    }

    // --- Warrant-check advice --------------------------------------------------------------------------------

    /// The advice ids the warrant check may return.
    pub fn advice_ids(&self) -> Vec<&str> {
        self.advice.iter().map(|a| a.id.as_str()).collect()
    }

    fn advice_data(&self, id: &str) -> Result<&StatementData, GuideError> {
        self.advice
            .iter()
            .find(|a| a.id == id)
            .ok_or_else(|| GuideError::UnknownAdvice {
                id: id.to_string(),
                valid: self.advice.iter().map(|a| a.id.clone()).collect(),
            })
    }

    /// One advice item of the warrant check (message `advice-<id>`), in one locale.
    pub fn advice(&self, id: &str, locale: &str) -> Result<String, GuideError> {
        let a = self.advice_data(id)?;
        let l = self.locale_ref(locale)?;
        self.format(l, &a.text, statement_args(a).as_ref())
    }

    /// One advice item with its citations and review date.
    pub fn advice_item(&self, id: &str, locale: &str) -> Result<RenderedStatement, GuideError> {
        let a = self.advice_data(id)?;
        let l = self.locale_ref(locale)?;
        self.render_statement(l, a)
    }
}

/// A statement in litigation names its case; a settled or reported one names none; the case is a known
/// authority.
fn check_case(s: &StatementData) -> Result<(), GuideError> {
    const F: &str = data::SCENARIOS_FILE;
    let status = s.status.as_str();
    match (s.status.case_rule(), &s.case) {
        (CaseRule::Required, None) => Err(invalid(
            F,
            format!("{} is {status} but names no case (case = an authority id)", s.id),
        )),
        (CaseRule::Refused, Some(c)) => Err(invalid(
            F,
            format!(
                "{} is {status} but names a case ({c:?}): only a statement in litigation or contested names one",
                s.id
            ),
        )),
        (_, Some(c)) if amparo_law::authorities().get(c).is_none() => {
            Err(invalid(F, format!("{}: its case {c:?} is not a known authority", s.id)))
        }
        _ => Ok(()),
    }
}

fn statement_args(s: &StatementData) -> Option<FluentArgs<'static>> {
    if s.args.is_empty() {
        return None;
    }
    let mut args = FluentArgs::new();
    for (k, v) in &s.args {
        args.set(k.clone(), FluentValue::from(*v));
    }
    Some(args)
}

fn citations(s: &StatementData) -> Vec<&'static Authority> {
    // Checked in `Guide::check`: every id resolves.
    s.cite.iter().filter_map(|c| amparo_law::authorities().get(c)).collect()
}

fn direction(langid: &LanguageIdentifier) -> Direction {
    match langid.character_direction() {
        CharacterDirection::RTL => Direction::Rtl,
        _ => Direction::Ltr,
    }
}

/// A text [`Guide`] gave, split into the translation and, where it is stale, the note and the current English
/// (`translation [FSI]note[PDI] [FSI]English[PDI]`). Renderers that mark languages (HTML `lang`) use it.
pub fn split_stale(text: &str) -> (&str, Option<(&str, &str)>) {
    let Some(i) = text.find(drift::STALE_OPEN) else {
        return (text, None);
    };
    let rest = &text[i + drift::STALE_OPEN.len_utf8()..];
    let parts = rest.split_once(drift::STALE_CLOSE).and_then(|(note, after)| {
        let after = after.trim_start().strip_prefix(drift::STALE_OPEN)?;
        let english = after.strip_suffix(drift::STALE_CLOSE).unwrap_or(after);
        Some((note, english))
    });
    match parts {
        Some(p) => (text[..i].trim_end(), Some(p)),
        None => (text, None),
    }
}

/// The number formatter of a locale whose text writes numbers in its own digits, for Fluent (which prints
/// ASCII digits): Bengali writes ১০, ১৮ and ২০২৫ in its text, so its counts and days (`points-count`,
/// `advice-check-dates`, the translation shares) are Bengali digits too. Only numbers change: phone numbers,
/// form numbers and addresses stay as written (the text writes I-205, 311 and 26 Federal Plaza in ASCII, as
/// they are printed and dialled). Plural selection still uses the number itself.
fn native_digits<M>(locale: &str) -> Option<fn(&FluentValue<'_>, &M) -> Option<String>> {
    match locale {
        "bn" => Some(bengali_digits::<M>),
        _ => None,
    }
}

fn bengali_digits<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let digits = n
        .as_string()
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(0x09E6 + d).unwrap_or(c),
            None => c,
        })
        .collect();
    Some(digits)
}

fn load_locales(status: data::StatusFile, catalog: &drift::Catalog) -> Result<Vec<Locale>, GuideError> {
    const F: &str = data::STATUS_FILE;
    let mut locales = Vec::new();
    for s in status.locale {
        let Some(&(id, _, _)) = LOCALE_FILES.iter().find(|(id, _, _)| *id == s.id) else {
            return Err(invalid(
                F,
                format!("locale {:?} has no locales/{}/{}", s.id, s.id, RESOURCES[0]),
            ));
        };
        if locales.iter().any(|l: &Locale| l.id == id) {
            return Err(invalid(F, format!("locale {id:?} is listed twice")));
        }
        if s.status == TranslationStatus::Reviewed && (s.reviewed_by.is_none() || s.reviewed_on.is_none()) {
            return Err(invalid(
                F,
                format!("locale {id:?} is \"reviewed\" but has no reviewed_by/reviewed_on"),
            ));
        }
        let langid: LanguageIdentifier = id.parse().map_err(|e| GuideError::Resource {
            locale: id.to_string(),
            file: RESOURCES[0],
            message: format!("not a BCP 47 id: {e}"),
        })?;
        let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
        bundle.set_use_isolating(false);
        if let Some(digits) = native_digits(id) {
            bundle.set_formatter(Some(digits));
        }
        // Every file of the locale goes into its one bundle; a message defined in two files is an error.
        for &(_, file, ftl) in LOCALE_FILES.iter().filter(|(l, _, _)| *l == id) {
            let error = |message: String| GuideError::Resource {
                locale: id.to_string(),
                file,
                message,
            };
            let resource = FluentResource::try_new(ftl.to_string())
                .map_err(|(_, errors)| error(errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")))?;
            bundle
                .add_resource(resource)
                .map_err(|errors| error(errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")))?;
        }
        if id == SOURCE_LOCALE {
            // The source text is complete: a translation may lack a file (and fall back to English), English may
            // not.
            for file in RESOURCES {
                if !LOCALE_FILES.iter().any(|(l, f, _)| *l == id && f == file) {
                    return Err(GuideError::Resource {
                        locale: id.to_string(),
                        file,
                        message: "missing (the source locale must have every resource file)".to_string(),
                    });
                }
            }
        }
        locales.push(Locale {
            id,
            langid,
            english_name: s.english_name,
            status: s.status,
            bundle,
            stale: catalog.stale_ids(id).into_iter().collect(),
            translation: catalog.summary(id),
        });
    }
    for (id, file, _) in LOCALE_FILES {
        if !locales.iter().any(|l| l.id == *id) {
            return Err(invalid(
                F,
                format!("locales/{id}/{file} exists but {id:?} is not listed"),
            ));
        }
    }
    if locales.first().map(|l| l.id) != Some(SOURCE_LOCALE) {
        return Err(invalid(F, "the first locale must be \"en\"".to_string()));
    }
    Ok(locales)
}
