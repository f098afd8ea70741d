//! The guide rendered in one locale: scenarios, statements with what to say and not to do, their citations
//! and status, the key points, the door card and the "speak for me" lines.

use amparo_law::Authority;
use fluent_bundle::{FluentArgs, FluentValue};

use crate::locale::{Locale, direction};
use crate::{
    DoorCard, Guide, GuideError, LegalStatus, RenderedScenario, RenderedSection, RenderedStatement, RenderedStatus,
    SOURCE_LOCALE, Say, ScenarioData, ScenarioSummary, SpeakLine, Stale, StatementData, by_id,
};

impl Guide {
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
        by_id(
            &self.scenarios,
            id,
            |s| &s.id,
            |id, valid| GuideError::UnknownScenario { id, valid },
        )
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

    pub(crate) fn render_statement(&self, l: &Locale, s: &StatementData) -> Result<RenderedStatement, GuideError> {
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
}

pub(crate) fn statement_args(s: &StatementData) -> Option<FluentArgs<'static>> {
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
