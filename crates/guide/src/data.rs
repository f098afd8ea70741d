//! The embedded data: scenarios and statements (`data/scenarios.toml`), locale status (`locales/status.toml`)
//! and the Fluent resources (`locales/<id>/guide.ftl` and `locales/<id>/ui.ftl`, listed at build time).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Deserialize;

include!(concat!(env!("OUT_DIR"), "/locale_files.rs"));

pub(crate) const SCENARIOS_FILE: &str = "data/scenarios.toml";
pub(crate) const SCENARIOS_TOML: &str = include_str!("../data/scenarios.toml");
pub(crate) const STATUS_FILE: &str = "locales/status.toml";
pub(crate) const STATUS_TOML: &str = include_str!("../locales/status.toml");

/// `data/scenarios.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct GuideFile {
    pub key_points: Vec<String>,
    pub door_card: DoorCardData,
    pub speak: Vec<SpeakData>,
    pub scenario: Vec<ScenarioData>,
    pub statement: Vec<StatementData>,
    pub advice: Vec<StatementData>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DoorCardData {
    pub front: Vec<String>,
    pub back: Vec<String>,
    pub check: Vec<String>,
}

/// One line of "Speak for me" (`[[speak]]`): a statement whose `say` line is shown and played in English.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SpeakData {
    /// The statement id (it must have a `say` line).
    pub statement: String,
    /// The name of the picture shown beside the line (the renderers draw it).
    pub icon: String,
}

/// One scenario as data.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioData {
    /// Stable id, e.g. `home`.
    pub id: String,
    /// Message id of the title.
    pub title: String,
    /// Message id of the introduction.
    pub intro: String,
    /// The sections, in order.
    pub section: Vec<SectionData>,
}

/// One section of a scenario as data.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionData {
    /// Id, unique within its scenario.
    pub id: String,
    /// Message id of the heading.
    pub heading: String,
    /// Statement ids, in order.
    pub statements: Vec<String>,
}

/// One statement (or advice item) as data: message ids, citations, review date.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementData {
    /// Stable id.
    pub id: String,
    /// Message id of the text.
    pub text: String,
    /// Message id of what to say (read out in English; shown translated too).
    #[serde(default)]
    pub say: Option<String>,
    /// Message id of what not to do.
    #[serde(default)]
    pub dont: Option<String>,
    /// Authority ids (`amparo_law::authorities()`).
    pub cite: Vec<String>,
    /// Numeric arguments passed to the message (e.g. the days a warrant may be used).
    #[serde(default)]
    pub args: BTreeMap<String, i64>,
    /// How certain the statement is: settled, contested, in litigation or only reported.
    pub status: crate::LegalStatus,
    /// The case that decides it (an authority id): required when `status` is `in_litigation`, allowed for
    /// `contested`, refused otherwise.
    #[serde(default)]
    pub case: Option<String>,
    /// The day this statement was last checked against its sources.
    #[serde(deserialize_with = "date")]
    pub reviewed: NaiveDate,
}

/// `locales/status.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct StatusFile {
    pub locale: Vec<LocaleStatusData>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LocaleStatusData {
    pub id: String,
    pub english_name: String,
    pub status: crate::TranslationStatus,
    #[serde(default)]
    pub reviewed_by: Option<String>,
    #[serde(default, deserialize_with = "opt_date")]
    pub reviewed_on: Option<NaiveDate>,
}

pub(crate) use amparo_law::data::{date, opt_date};
