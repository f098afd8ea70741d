//! What changed in the law, for readers: each change of `amparo_law::changes` with its summary in the reader's
//! language (the Fluent message `change-<id>`), its status and kind in plain words, and the statements of the
//! guide it touches (those that cite an authority it affects), each with the page that shows it.
//!
//! [`stale_statements`] is the guard behind `tests/stale.rs`: a statement (or warrant-check advice item) citing
//! an authority that a change affects must have been reviewed on or after the day that change is due for review.

use amparo_law::Authority;
use amparo_law::LegalStatus;
use amparo_law::changes::{Change, Changes, Kind, Precision};
use chrono::NaiveDate;
use serde::Serialize;

use crate::{Guide, GuideError, SOURCE_LOCALE, StatementData};

/// The Fluent message of a change's summary.
pub fn summary_message(change_id: &str) -> String {
    format!("change-{change_id}")
}

fn status_message(s: LegalStatus) -> String {
    format!("changes-status-{}", s.as_str().replace('_', "-"))
}

fn kind_message(k: Kind) -> String {
    format!("changes-kind-{}", k.as_str().replace('_', "-"))
}

/// A statement a change touches, in one locale.
#[derive(Debug, Clone, Serialize)]
pub struct TouchedStatement {
    pub id: String,
    /// The page that shows it, without the locale prefix: `detained#detained-consulate`, `door`, `warrant`.
    pub page: String,
    /// Its text in the locale.
    pub text: String,
}

/// One change of the law, in one locale.
#[derive(Debug, Clone, Serialize)]
pub struct RenderedChange {
    pub id: String,
    pub date: NaiveDate,
    pub precision: Precision,
    /// `2026-01-29`, or `2026-06` when only the month is known.
    pub date_text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective: Option<NaiveDate>,
    /// "In force from DATE.", in the locale, when `effective` is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_line: Option<String>,
    pub recorded: NaiveDate,
    pub kind: Kind,
    /// The kind, in the locale.
    pub kind_text: String,
    pub status: LegalStatus,
    /// The status, in plain words in the locale.
    pub status_text: String,
    /// The English label of the data.
    pub title: String,
    /// What changed, in the locale.
    pub summary: String,
    pub source: &'static Authority,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub case: Option<&'static Authority>,
    pub affects: Vec<&'static Authority>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    /// What is unconfirmed (English, as in the data).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Whether it changes the law (a bill does not).
    pub changes_law: bool,
    pub statements: Vec<TouchedStatement>,
}

/// Every change has its summary in English.
pub(crate) fn check(guide: &Guide) -> Result<(), GuideError> {
    let log = amparo_law::changes::load().map_err(|e| GuideError::Invalid {
        file: amparo_law::changes::CHANGES_FILE,
        message: e.to_string(),
    })?;
    let en = |id: &str| guide.has_message(SOURCE_LOCALE, id);
    for c in log.iter() {
        for id in [summary_message(&c.id), status_message(c.status), kind_message(c.kind)] {
            if !en(&id) {
                return Err(GuideError::Invalid {
                    file: amparo_law::changes::CHANGES_FILE,
                    message: format!("change {}: no English message {id:?}", c.id),
                });
            }
        }
    }
    Ok(())
}

impl Guide {
    /// Every change of the law, newest first, in one locale.
    pub fn changes(&self, locale: &str) -> Result<Vec<RenderedChange>, GuideError> {
        let locale = self.resolve_locale(locale)?;
        amparo_law::changes::changes()
            .newest_first()
            .into_iter()
            .map(|c| self.render_change(c, locale))
            .collect()
    }

    fn render_change(&self, c: &Change, locale: &str) -> Result<RenderedChange, GuideError> {
        let l = self.locale_ref(locale)?;
        let statements = self
            .statements_touched_by(c)
            .into_iter()
            .map(|s| {
                Ok(TouchedStatement {
                    id: s.id.clone(),
                    page: self.statement_page(&s.id).unwrap_or_default(),
                    text: self.render_statement(l, s)?.text,
                })
            })
            .collect::<Result<_, GuideError>>()?;
        Ok(RenderedChange {
            id: c.id.clone(),
            date: c.date,
            precision: c.precision,
            date_text: match c.precision {
                Precision::Day => c.date.format("%Y-%m-%d").to_string(),
                Precision::Month => c.date.format("%Y-%m").to_string(),
            },
            effective: c.effective,
            effective_line: match c.effective {
                Some(d) => {
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("date", d.format("%Y-%m-%d").to_string());
                    Some(self.format(l, "changes-effective", Some(&args))?)
                }
                None => None,
            },
            recorded: c.recorded,
            kind: c.kind,
            kind_text: self.message(locale, &kind_message(c.kind))?,
            status: c.status,
            status_text: self.message(locale, &status_message(c.status))?,
            title: c.title.clone(),
            summary: self.message(locale, &summary_message(&c.id))?,
            source: c.source_authority(),
            case: c.case_authority(),
            affects: c.affected(),
            evidence: c.evidence.clone(),
            note: c.note.clone(),
            changes_law: c.kind.changes_law(),
            statements,
        })
    }

    /// The statements and warrant-check advice items that cite an authority the change affects, sorted by id.
    pub fn statements_touched_by(&self, change: &Change) -> Vec<&StatementData> {
        let mut v: Vec<&StatementData> = self
            .statements
            .values()
            .chain(&self.advice)
            .filter(|s| s.cite.iter().any(|a| change.affects(a)))
            .collect();
        v.sort_by(|a, b| a.id.cmp(&b.id));
        v
    }

    /// The page that shows a statement, without the locale prefix: the first scenario that has it (with its
    /// anchor), the door page for a card line, the warrant check for an advice item.
    pub fn statement_page(&self, id: &str) -> Option<String> {
        for sc in &self.scenarios {
            if sc.section.iter().any(|sec| sec.statements.iter().any(|s| s == id)) {
                return Some(format!("{}#{id}", sc.id));
            }
        }
        if self.door_front.iter().chain(&self.door_back).any(|s| s == id) {
            return Some("door".to_owned());
        }
        if self.advice.iter().any(|a| a.id == id) {
            return Some("warrant".to_owned());
        }
        None
    }
}

/// A statement reviewed before a change that affects what it cites.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaleStatement {
    pub statement: String,
    pub reviewed: NaiveDate,
    pub change: String,
    pub change_title: String,
    /// The day from which a review takes the change into account.
    pub due: NaiveDate,
    /// The cited authorities the change affects.
    pub authorities: Vec<String>,
}

impl std::fmt::Display for StaleStatement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} (reviewed {}) cites {} which change {:?} ({}) affects: review it on or after {}",
            self.statement,
            self.reviewed,
            self.authorities.join(", "),
            self.change,
            self.change_title,
            self.due
        )
    }
}

/// Every statement or advice item of `statements` reviewed before a change of `log` that affects an authority it
/// cites (bills are skipped: they change no law), by statement id then change id.
pub fn stale_statements<'a>(
    statements: impl IntoIterator<Item = &'a StatementData>,
    log: &Changes,
) -> Vec<StaleStatement> {
    let mut out = Vec::new();
    let statements: Vec<&StatementData> = statements.into_iter().collect();
    for change in log.iter().filter(|c| c.kind.changes_law()) {
        let due = change.review_due();
        for s in &statements {
            let hit: Vec<String> = s.cite.iter().filter(|a| change.affects(a)).cloned().collect();
            if !hit.is_empty() && s.reviewed < due {
                out.push(StaleStatement {
                    statement: s.id.clone(),
                    reviewed: s.reviewed,
                    change: change.id.clone(),
                    change_title: change.title.clone(),
                    due,
                    authorities: hit,
                });
            }
        }
    }
    out.sort_by(|a, b| a.statement.cmp(&b.statement).then_with(|| a.change.cmp(&b.change)));
    out
}

impl Guide {
    /// [`stale_statements`] for every statement and advice item of the guide against the embedded change log.
    pub fn stale_statements(&self) -> Vec<StaleStatement> {
        stale_statements(
            self.statements.values().chain(&self.advice),
            amparo_law::changes::changes(),
        )
    }
}
