//! Writing one event: what a write did or why it did not, how corrections take effect, the dispatch to
//! each kind of event, and appending an entry with the projection row derived from it.

use crate::error::{FieldError, RegisterError};
use crate::event::Event;
use crate::projection::row_for_entry;
use crate::store::Appender;

use super::action::write_action;
use super::correction::apply_correction;
use super::funding::write_funding;
use super::lookup::Lookup;
use super::request::write_request;
use super::review::propose;

/// Why a write did not happen.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// Bad input: nothing was written for it, other lines go on.
    #[error("{0}")]
    Refused(FieldError),
    #[error("{0}")]
    Failed(#[from] RegisterError),
}

impl From<FieldError> for WriteError {
    fn from(e: FieldError) -> Self {
        WriteError::Refused(e)
    }
}

impl From<sqlx::Error> for WriteError {
    fn from(e: sqlx::Error) -> Self {
        WriteError::Failed(e.into())
    }
}

/// What a write did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// A new entry.
    Entry(i64),
    /// The same record was already there (an import run again): nothing written.
    Already(i64),
    /// A correction waiting for a supervisor.
    Proposed(i64),
}

/// How corrections take effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Corrections {
    /// At once (the CLI, which acts with the database's own access; a supervisor).
    Direct,
    /// As a proposal that a supervisor other than its author must approve (clerks).
    Proposed,
}

/// Records one event (inside `a`; nothing is written until it commits).
pub async fn write_event(
    a: &mut Appender,
    look: &mut Lookup,
    actor: &str,
    event: Event,
    corrections: Corrections,
) -> Result<Written, WriteError> {
    match event {
        Event::Request(r) => write_request(a, look, actor, r).await,
        Event::Action(act) => write_action(a, look, actor, act).await,
        Event::Funding(f) => write_funding(a, actor, f).await,
        Event::Correction(c) => match corrections {
            Corrections::Direct => apply_correction(a, look, actor, &c, None).await,
            Corrections::Proposed => propose(a, look, actor, c).await,
        },
    }
}

/// Appends an entry and queues its row (derived from the entry, exactly as verify derives it).
pub(super) fn append_with_row(
    a: &mut Appender,
    actor: &str,
    kind: &str,
    subject: &str,
    body: String,
) -> Result<i64, WriteError> {
    let seq = a.push(actor, kind, subject, body);
    let row = match a.pending_entries().last() {
        Some(e) => row_for_entry(seq, kind, actor, &e.at, &e.body).map_err(RegisterError::Integrity)?,
        None => None,
    };
    if let Some((table, values)) = row {
        a.row(table, values);
    }
    Ok(seq)
}
