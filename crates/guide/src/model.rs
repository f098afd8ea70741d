//! The rendering-neutral model: resolved text in one locale, with citations. Every renderer (terminal, JSON,
//! Markdown, HTML, PDF cards) starts from these types.

use amparo_law::Authority;
use chrono::NaiveDate;
use serde::Serialize;

use crate::{Direction, LegalStatus};

/// One scenario in one locale.
#[derive(Debug, Clone, Serialize)]
pub struct RenderedScenario {
    pub id: String,
    pub locale: &'static str,
    pub direction: Direction,
    pub title: String,
    pub intro: String,
    pub sections: Vec<RenderedSection>,
    /// "Legal information, not legal advice".
    pub disclaimer: String,
    /// The translation status, in this locale.
    pub status: String,
}

/// One section of a scenario.
#[derive(Debug, Clone, Serialize)]
pub struct RenderedSection {
    pub id: String,
    pub heading: String,
    pub statements: Vec<RenderedStatement>,
}

/// One statement, resolved.
#[derive(Debug, Clone, Serialize)]
pub struct RenderedStatement {
    pub id: String,
    /// Whether it is one of the ten key points (renderers make these prominent).
    pub key_point: bool,
    pub text: String,
    /// What to say, in this locale and in English (to read out).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub say: Option<Say>,
    /// What not to do.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dont: Option<String>,
    /// Present when the translation was made from an older English: the current English of each part that
    /// changed, and a note in the reader's language. (`text`, `say.text` and `dont` then already end with the
    /// note and the English; see [`crate::split_stale`].)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stale: Option<Stale>,
    /// The authorities it rests on (never empty).
    pub citations: Vec<&'static Authority>,
    /// How certain it is, in this locale (and the case that decides it, if a court is deciding).
    pub status: RenderedStatus,
    /// The day it was last checked against its sources.
    pub reviewed: NaiveDate,
}

/// A statement whose translation is being updated: the English changed since it was translated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stale {
    /// "The translation is being updated. The current English:", in the reader's language.
    pub note: String,
    /// The current English of the text, if the text's translation is stale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The current English of the line to say, if its translation is stale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub say: Option<String>,
    /// The current English of what not to do, if its translation is stale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dont: Option<String>,
}

/// The certainty of a statement, told to the reader.
#[derive(Debug, Clone, Serialize)]
pub struct RenderedStatus {
    /// `settled`, `contested`, `in_litigation` or `reported`.
    pub id: LegalStatus,
    /// The status in plain words, in this locale (e.g. "Courts are still deciding this.").
    pub text: String,
    /// The case that decides it (always present for `in_litigation`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub case: Option<&'static Authority>,
}

/// Words to say: in the reader's language, and the English to read out to officers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Say {
    pub text: String,
    pub english: String,
}

/// One line of "Speak for me": the English to say to the officers, with the statement it comes from (its
/// translation, authorities and status) and a picture for people who do not read well.
#[derive(Debug, Clone, Serialize)]
pub struct SpeakLine {
    /// The name of the picture beside the line (e.g. `silent`, `door`); the renderer draws it.
    pub icon: String,
    /// The first scenario that has the statement (where its explanation and sources are).
    pub scenario: Option<String>,
    /// The statement; its `say` is always present.
    pub statement: RenderedStatement,
}

impl SpeakLine {
    /// What to say: in the reader's language and in English.
    pub fn say(&self) -> Option<&Say> {
        self.statement.say.as_ref()
    }
}

/// The at-the-door page, the wallet card and the door sign.
#[derive(Debug, Clone, Serialize)]
pub struct DoorCard {
    pub locale: &'static str,
    pub direction: Direction,
    pub title: String,
    /// Front: short lines in the holder's language.
    pub front: Vec<RenderedStatement>,
    pub back_title: String,
    /// Back: lines addressed to officers; `english` is printed, `text` is the holder's translation.
    pub back: Vec<Say>,
    pub check_title: String,
    /// What to check on a warrant (door sign).
    pub check: Vec<String>,
}

/// A table-of-contents entry.
#[derive(Debug, Clone, Serialize)]
pub struct ScenarioSummary {
    pub id: String,
    pub title: String,
    pub intro: String,
    /// How many statements it has.
    pub points: usize,
    /// "N points", in this locale.
    pub points_label: String,
}

/// Interface labels in one locale.
#[derive(Debug, Clone, Serialize)]
pub struct Labels {
    pub guide_title: String,
    pub guide_subtitle: String,
    pub key_points_heading: String,
    pub scenarios_heading: String,
    pub say: String,
    pub say_english: String,
    pub dont: String,
    pub sources: String,
    /// "Case", before the citation of the case that decides a statement.
    pub case: String,
    pub door_card_title: String,
    pub door_card_back_title: String,
    pub door_card_check_title: String,
}
