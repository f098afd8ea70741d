//! The words of a warrant check's answer, in one locale, from this guide's messages only: what the paper
//! appears to be, whether it is judicial, what it allows at the door, and what to do and say (each with its
//! citations). The CLI and the web app both call [`Guide::warrant_words`], so that a person reads the same
//! answer whichever way they asked; the law crate returns ids and has no words of its own.

use amparo_law::warrant::Assessment;

use crate::render::statement_args;
use crate::{Guide, GuideError, RenderedStatement, StatementData, by_id};

/// A warrant check's answer, worded in one locale.
#[derive(Debug, Clone)]
pub struct WarrantWords {
    /// The resolved locale id.
    pub locale: &'static str,
    /// "This paper appears to be:" (`ui-appears`).
    pub appears: String,
    /// What kind of paper (`ui-kind-<kind>`).
    pub kind: String,
    /// Whether it is judicial (`ui-judicial-<answer>`).
    pub judicial: String,
    /// What it allows at the door (`ui-entry-<answer>`).
    pub entry: String,
    /// "What to do and say" (`ui-what-to-do`).
    pub what_to_do: String,
    /// The advice, in the assessment's order, each with its citations (`advice-<id>`).
    pub advice: Vec<RenderedStatement>,
    /// "Legal information, not legal advice".
    pub disclaimer: String,
    /// The locale's translation status, in its own words.
    pub status: String,
}

impl WarrantWords {
    /// The advice texts alone, in order.
    pub fn advice_texts(&self) -> Vec<String> {
        self.advice.iter().map(|a| a.text.clone()).collect()
    }
}

impl Guide {
    /// The answer of a warrant check in `locale` (any form [`Guide::resolve_locale`] accepts).
    pub fn warrant_words(&self, a: &Assessment, locale: &str) -> Result<WarrantWords, GuideError> {
        let locale = self.resolve_locale(locale)?;
        let m = |id: &str| self.message(locale, id);
        Ok(WarrantWords {
            locale,
            appears: m("ui-appears")?,
            kind: m(&format!("ui-kind-{}", a.kind.id()))?,
            judicial: m(&format!("ui-judicial-{}", a.judicial.id()))?,
            entry: m(&format!("ui-entry-{}", a.authorizes_home_entry.id()))?,
            what_to_do: m("ui-what-to-do")?,
            advice: a
                .advice
                .iter()
                .map(|adv| self.advice_item(adv.id.id(), locale))
                .collect::<Result<_, _>>()?,
            disclaimer: self.disclaimer(locale)?,
            status: self.status_line(locale)?,
        })
    }
}

/// The advice items of the warrant check (`[[advice]]` in `data/scenarios.toml`, message `advice-<id>`).
impl Guide {
    /// The advice ids the warrant check may return.
    pub fn advice_ids(&self) -> Vec<&str> {
        self.advice.iter().map(|a| a.id.as_str()).collect()
    }

    fn advice_data(&self, id: &str) -> Result<&StatementData, GuideError> {
        by_id(
            &self.advice,
            id,
            |a| &a.id,
            |id, valid| GuideError::UnknownAdvice { id, valid },
        )
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
