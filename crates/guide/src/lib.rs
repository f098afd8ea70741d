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
pub mod lint;
mod load;
#[cfg(test)]
mod load_tests;
mod locale;
mod message;
mod model;
pub mod punct;
mod render;
pub mod script;
pub mod sheet;
mod warrant;

use std::collections::HashMap;

pub use amparo_law::{CaseRule, LegalStatus};
pub use changes::{RenderedChange, TouchedStatement};
pub use contacts::RenderedContact;
pub use data::{LOCALE_FILES, RECORD_FILES, RESOURCES, ScenarioData, SectionData, StatementData};
use locale::Locale;
pub use locale::{Direction, LocaleInfo, TranslationStatus};
pub use message::split_stale;
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

/// The item of `items` whose id (`id_of`) is `id`, else the error `unknown` makes from the id and the valid ids.
fn by_id<'a, T>(
    items: &'a [T],
    id: &str,
    id_of: fn(&T) -> &String,
    unknown: fn(String, Vec<String>) -> GuideError,
) -> Result<&'a T, GuideError> {
    items
        .iter()
        .find(|x| id_of(x) == id)
        .ok_or_else(|| unknown(id.to_string(), items.iter().map(|x| id_of(x).clone()).collect()))
}
