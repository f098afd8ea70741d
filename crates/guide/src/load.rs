//! Loading the guide: parsing the embedded data and every locale's messages, and checking that every
//! statement cites a known authority, names its case as its status requires and has its English messages.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::locale::{Locale, load_locales};
use crate::{
    CaseRule, Guide, GuideError, LOCALE_FILES, LegalStatus, SOURCE_LOCALE, StatementData, changes, contacts, data,
    drift, invalid,
};

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
    pub(crate) fn load_from(scenarios_toml: &str) -> Result<Self, GuideError> {
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
