//! Writing records: a request (with the engine's decision), an action, a correction, funding figures,
//! proposals and their review, and reads. Each is one log entry plus (for records) one projection row
//! derived from that entry alone, by the same functions `verify` uses.

use std::collections::HashMap;

use serde_json::value::RawValue;
use serde_json::{Value, json};
use sqlx::Row;

use crate::engine::{self, Decided};
use crate::error::{FieldError, RegisterError};
use crate::event::{Action, Correction, CorrectionTarget, Event, Funding, Request, RequestKind};
use crate::store::{Appender, Register, built};
use crate::time::When;

use crate::projection::{WITHDRAWN, row_for_entry};

// ---------------------------------------------------------------------------------------------------------
// What is known of requests and actions while writing

/// A request as the writer needs it: its current entry and what checks read.
#[derive(Debug, Clone)]
pub struct Known {
    pub id: String,
    /// The current entry (the original, or the latest correction).
    pub seq: i64,
    pub original_seq: i64,
    pub kind: RequestKind,
    pub received_at: When,
    /// The original entry's record (for telling a repeated line from a conflicting one).
    pub original_record: Option<Value>,
    /// The current entry withdrew the request (recorded in error).
    pub withdrawn: bool,
}

/// An action already recorded (for telling a repeated line).
#[derive(Debug, Clone, PartialEq, Eq)]
struct ActionKey {
    at: String,
    action: String,
    by: String,
    note: Option<String>,
}

/// What the writer knows, filled from the database on demand (or in bulk, by [`Lookup::prefetch`]) and
/// kept up to date with what it writes.
#[derive(Default)]
pub struct Lookup {
    requests: HashMap<String, Option<Known>>,
    actions: HashMap<String, Vec<(i64, ActionKey)>>,
}

impl Lookup {
    /// Loads what the database has for these request ids (and their actions), in a few queries.
    pub async fn prefetch(&mut self, a: &mut Appender, ids: &[&str]) -> Result<(), RegisterError> {
        let ids: Vec<&str> = ids
            .iter()
            .copied()
            .filter(|id| !self.requests.contains_key(*id))
            .collect();
        for chunk in ids.chunks(500) {
            let marks = (1..=chunk.len()).map(|i| format!("${i}")).collect::<Vec<_>>().join(",");
            let sql = format!(
                "SELECT r.id, r.seq, r.corrects, r.type, r.received_at, l.body, r.withdrawn FROM requests r JOIN log l ON l.seq = r.seq WHERE r.id IN ({marks}) ORDER BY r.seq"
            );
            let mut q = sqlx::query(built(sql));
            for id in chunk {
                q = q.bind(*id);
            }
            let rows = q.fetch_all(&mut **a.tx()).await?;
            for id in chunk {
                self.requests.insert((*id).to_owned(), None);
                self.actions.insert((*id).to_owned(), Vec::new());
            }
            for row in rows {
                self.absorb_request_row(&row)?;
            }
            let sql = format!(
                "SELECT request_id, seq, at, action, by_name, note FROM actions WHERE corrects IS NULL AND request_id IN ({marks}) ORDER BY seq"
            );
            let mut q = sqlx::query(built(sql));
            for id in chunk {
                q = q.bind(*id);
            }
            for row in q.fetch_all(&mut **a.tx()).await? {
                let id: String = row.try_get(0)?;
                self.actions.entry(id).or_default().push((
                    row.try_get(1)?,
                    ActionKey {
                        at: row.try_get(2)?,
                        action: row.try_get(3)?,
                        by: row.try_get(4)?,
                        note: row.try_get(5)?,
                    },
                ));
            }
        }
        Ok(())
    }

    fn absorb_request_row(&mut self, row: &sqlx::any::AnyRow) -> Result<(), RegisterError> {
        let id: String = row.try_get(0)?;
        let seq: i64 = row.try_get(1)?;
        let corrects: Option<i64> = row.try_get(2)?;
        let kind = RequestKind::parse(&row.try_get::<String, _>(3)?).map_err(RegisterError::Integrity)?;
        let received_at = When::parse(&row.try_get::<String, _>(4)?).map_err(RegisterError::Integrity)?;
        let body: String = row.try_get(5)?;
        let withdrawn = row.try_get::<Option<i64>, _>(6)?.is_some_and(|w| w != 0);
        let record = serde_json::from_str::<Value>(&body)
            .ok()
            .and_then(|mut b| b.get_mut("record").map(Value::take));
        let slot = self.requests.entry(id.clone()).or_insert(None);
        match slot {
            // Rows come in order of entry: a later one is a correction.
            Some(k) if corrects.is_some() => {
                k.seq = seq;
                k.kind = kind;
                k.received_at = received_at;
                k.withdrawn = withdrawn;
            }
            _ => {
                *slot = Some(Known {
                    id,
                    seq,
                    original_seq: seq,
                    kind,
                    received_at,
                    original_record: if corrects.is_none() { record } else { None },
                    withdrawn,
                })
            }
        }
        Ok(())
    }

    /// The request with this id, if recorded.
    pub async fn request(&mut self, a: &mut Appender, id: &str) -> Result<Option<Known>, RegisterError> {
        if !self.requests.contains_key(id) {
            self.prefetch(a, &[id]).await?;
        }
        Ok(self.requests.get(id).cloned().flatten())
    }
}

// ---------------------------------------------------------------------------------------------------------
// Writing

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

fn request_body(
    r: &Request,
    d: Option<&Decided>,
    corrects: Option<i64>,
    reason: Option<&str>,
    approval: Option<i64>,
) -> String {
    // The engine's output goes in as it was written (a raw value: not re-encoded).
    #[derive(serde::Serialize)]
    struct Body<'a> {
        record: Value,
        corrects: Option<i64>,
        reason: Option<&'a str>,
        approval: Option<i64>,
        engine: Option<String>,
        law_version: Option<&'a Value>,
        decision: Option<&'a RawValue>,
    }
    serde_json::to_string(&Body {
        record: r.to_json(),
        corrects,
        reason,
        approval,
        engine: d.map(|_| engine::engine_name()),
        law_version: d.map(|d| &d.law_version),
        decision: d.map(|d| &*d.output),
    })
    .unwrap_or_default()
}

/// Appends an entry and queues its row (derived from the entry, exactly as verify derives it).
fn append_with_row(a: &mut Appender, actor: &str, kind: &str, subject: &str, body: String) -> Result<i64, WriteError> {
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

async fn write_request(a: &mut Appender, look: &mut Lookup, actor: &str, r: Request) -> Result<Written, WriteError> {
    if let Some(k) = look.request(a, &r.id).await? {
        let same = k.original_record.as_ref() == Some(&r.to_json());
        return if same {
            Ok(Written::Already(k.original_seq))
        } else {
            Err(FieldError::new(
                "id",
                format!(
                    "{} is already recorded (entry {}) with other content; to change a record, send a correction",
                    r.id, k.original_seq
                ),
            )
            .into())
        };
    }
    let decided = engine::decide(&r)?;
    let body = request_body(&r, decided.as_ref(), None, None, None);
    let seq = append_with_row(a, actor, "request", &r.id, body)?;
    look.requests.insert(
        r.id.clone(),
        Some(Known {
            id: r.id.clone(),
            seq,
            original_seq: seq,
            kind: r.kind,
            received_at: r.received_at,
            original_record: Some(r.to_json()),
            withdrawn: false,
        }),
    );
    look.actions.insert(r.id.clone(), Vec::new());
    Ok(Written::Entry(seq))
}

/// The checks an action must pass against its request.
fn check_action(act: &Action, k: Option<&Known>, prefix: &str) -> Result<(), FieldError> {
    let f = |name: &str| format!("{prefix}{name}");
    let Some(k) = k else {
        return Err(FieldError::new(
            f("ref"),
            format!("unknown request id {:?}: record the request first", act.reference),
        ));
    };
    if k.withdrawn {
        return Err(FieldError::new(
            f("ref"),
            format!(
                "{} was withdrawn as recorded in error (entry {}): no action can be recorded on it; a correction of the request reinstates it",
                k.id, k.seq
            ),
        ));
    }
    if act.action.answers() != k.kind {
        return Err(FieldError::new(
            f("action"),
            format!(
                "{} answers a {}; {} is a {}",
                act.action.id(),
                act.action.answers().id(),
                k.id,
                k.kind.id()
            ),
        ));
    }
    if act.at.before(&k.received_at) {
        return Err(FieldError::new(
            f("at"),
            format!(
                "{} is before the request {} was received ({})",
                act.at.text(),
                k.id,
                k.received_at.text()
            ),
        ));
    }
    Ok(())
}

async fn write_action(a: &mut Appender, look: &mut Lookup, actor: &str, act: Action) -> Result<Written, WriteError> {
    let k = look.request(a, &act.reference).await?;
    check_action(&act, k.as_ref(), "")?;
    let key = ActionKey {
        at: act.at.text(),
        action: act.action.id().to_owned(),
        by: act.by.clone(),
        note: act.note.clone(),
    };
    let known = look.actions.entry(act.reference.clone()).or_default();
    if let Some((seq, _)) = known.iter().find(|(_, k)| *k == key) {
        return Ok(Written::Already(*seq));
    }
    let body = json!({ "record": act.to_json(), "corrects": null }).to_string();
    let seq = append_with_row(a, actor, "action", &act.reference, body)?;
    look.actions.entry(act.reference.clone()).or_default().push((seq, key));
    Ok(Written::Entry(seq))
}

async fn write_funding(a: &mut Appender, actor: &str, f: Funding) -> Result<Written, WriteError> {
    let existing = sqlx::query("SELECT f.seq, l.body FROM funding f JOIN log l ON l.seq = f.seq WHERE f.id = $1")
        .bind(&f.id)
        .fetch_optional(&mut **a.tx())
        .await?;
    if let Some(row) = existing {
        let seq: i64 = row.try_get(0)?;
        let body: String = row.try_get(1)?;
        let same = serde_json::from_str::<Value>(&body)
            .ok()
            .and_then(|b| b.get("record").cloned())
            == Some(f.to_json());
        return if same {
            Ok(Written::Already(seq))
        } else {
            Err(FieldError::new(
                "id",
                format!("{} is already recorded (entry {seq}) with other figures", f.id),
            )
            .into())
        };
    }
    if a.pending_entries()
        .iter()
        .any(|e| e.kind == "funding" && e.subject == f.id)
    {
        return Err(FieldError::new("id", format!("{} appears twice", f.id)).into());
    }
    let body = json!({ "record": f.to_json() }).to_string();
    Ok(Written::Entry(append_with_row(a, actor, "funding", &f.id, body)?))
}

impl Correction {
    pub fn to_json(&self) -> Value {
        match &self.target {
            CorrectionTarget::Request(r) => json!({
                "type": "correction", "ref": self.reference, "reason": self.reason, "record": r.to_json()
            }),
            CorrectionTarget::Action { seq, replacement } => json!({
                "type": "correction", "ref": self.reference, "reason": self.reason, "action_seq": seq,
                "record": replacement.as_ref().map(Action::to_json),
            }),
            CorrectionTarget::Withdraw => json!({
                "type": "correction", "ref": self.reference, "reason": self.reason, "record": null
            }),
        }
    }
}

/// The entry a correction replaces, after checking it can be replaced.
async fn correction_target(a: &mut Appender, look: &mut Lookup, c: &Correction) -> Result<(Known, i64), WriteError> {
    let Some(k) = look.request(a, &c.reference).await? else {
        return Err(FieldError::new("ref", format!("unknown request id {:?}", c.reference)).into());
    };
    match &c.target {
        CorrectionTarget::Withdraw => {
            if k.withdrawn {
                return Err(
                    FieldError::new("record", format!("{} is already withdrawn (entry {})", k.id, k.seq)).into(),
                );
            }
            Ok((k.clone(), k.seq))
        }
        CorrectionTarget::Request(r) => {
            if r.kind != k.kind {
                return Err(FieldError::new(
                    "record.type",
                    format!("{} is a {}: a correction keeps the type", k.id, k.kind.id()),
                )
                .into());
            }
            // Actions already recorded must still come after the request.
            let earliest =
                sqlx::query("SELECT at FROM actions WHERE request_id = $1 AND action <> $2 ORDER BY at LIMIT 1")
                    .bind(&k.id)
                    .bind(WITHDRAWN)
                    .fetch_optional(&mut **a.tx())
                    .await?;
            if let Some(row) = earliest {
                let at: String = row.try_get(0)?;
                if let Ok(w) = When::parse(&at)
                    && w.before(&r.received_at)
                {
                    return Err(FieldError::new(
                        "record.received_at",
                        format!(
                            "an action on {} is recorded at {at}, before this time; correct the action first",
                            k.id
                        ),
                    )
                    .into());
                }
            }
            Ok((k.clone(), k.seq))
        }
        CorrectionTarget::Action { seq, replacement } => {
            let row = sqlx::query("SELECT request_id, action FROM actions WHERE seq = $1")
                .bind(*seq)
                .fetch_optional(&mut **a.tx())
                .await?;
            let Some(row) = row else {
                return Err(FieldError::new("action_seq", format!("entry {seq} is not an action")).into());
            };
            let rid: String = row.try_get(0)?;
            let action: String = row.try_get(1)?;
            if rid != k.id {
                return Err(
                    FieldError::new("action_seq", format!("entry {seq} is an action on {rid}, not {}", k.id)).into(),
                );
            }
            if action == WITHDRAWN {
                return Err(FieldError::new(
                    "action_seq",
                    format!("entry {seq} withdrew an action; it cannot be corrected"),
                )
                .into());
            }
            let corrected = sqlx::query("SELECT seq FROM actions WHERE corrects = $1")
                .bind(*seq)
                .fetch_optional(&mut **a.tx())
                .await?;
            if let Some(r) = corrected {
                let by: i64 = r.try_get(0)?;
                return Err(FieldError::new(
                    "action_seq",
                    format!("entry {seq} was already corrected by entry {by}; correct that one"),
                )
                .into());
            }
            if let Some(rep) = replacement {
                check_action(rep, Some(&k), "record.")?;
            }
            Ok((k, *seq))
        }
    }
}

/// Writes a correction as a new entry pointing to the old (`approval`: the review that approved it).
pub async fn apply_correction(
    a: &mut Appender,
    look: &mut Lookup,
    actor: &str,
    c: &Correction,
    approval: Option<i64>,
) -> Result<Written, WriteError> {
    let (k, target) = correction_target(a, look, c).await?;
    let seq = match &c.target {
        CorrectionTarget::Request(r) => {
            let decided = engine::decide(r).map_err(|e| FieldError::new(format!("record.{}", e.field), e.message))?;
            let body = request_body(r, decided.as_ref(), Some(target), Some(&c.reason), approval);
            let seq = append_with_row(a, actor, "request", &r.id, body)?;
            if let Some(Some(known)) = look.requests.get_mut(&k.id) {
                known.seq = seq;
                known.received_at = r.received_at;
                known.withdrawn = false;
            }
            seq
        }
        CorrectionTarget::Withdraw => {
            // The withdrawn record goes in the entry, so that its row (and verify) need nothing else.
            let record = current_record(a, target).await?;
            let body = json!({
                "record": record,
                "corrects": target,
                "reason": c.reason,
                "approval": approval,
                "withdrawn": true,
            })
            .to_string();
            let seq = append_with_row(a, actor, "request", &k.id, body)?;
            if let Some(Some(known)) = look.requests.get_mut(&k.id) {
                known.seq = seq;
                known.withdrawn = true;
            }
            seq
        }
        CorrectionTarget::Action { replacement, .. } => {
            let body = json!({
                "ref": k.id,
                "record": replacement.as_ref().map(Action::to_json),
                "corrects": target,
                "reason": c.reason,
                "approval": approval,
            })
            .to_string();
            append_with_row(a, actor, "action", &k.id, body)?
        }
    };
    Ok(Written::Entry(seq))
}

/// The record of the request entry `seq` (written in this transaction or before).
async fn current_record(a: &mut Appender, seq: i64) -> Result<Value, WriteError> {
    let body = match a.pending_entries().iter().find(|e| e.seq == seq) {
        Some(e) => e.body.clone(),
        None => sqlx::query("SELECT body FROM log WHERE seq = $1")
            .bind(seq)
            .fetch_one(&mut **a.tx())
            .await?
            .try_get(0)?,
    };
    serde_json::from_str::<Value>(&body)
        .ok()
        .and_then(|mut b| b.get_mut("record").map(Value::take))
        .filter(Value::is_object)
        .ok_or_else(|| RegisterError::Integrity(format!("entry {seq}: no record in its body")).into())
}

async fn propose(a: &mut Appender, look: &mut Lookup, actor: &str, c: Correction) -> Result<Written, WriteError> {
    let (_, target) = correction_target(a, look, &c).await?;
    if let CorrectionTarget::Request(r) = &c.target {
        // Refuse now what the engine would refuse at approval.
        engine::decide(r).map_err(|e| FieldError::new(format!("record.{}", e.field), e.message))?;
    }
    let body = json!({ "correction": c.to_json(), "target_seq": target }).to_string();
    Ok(Written::Proposed(append_with_row(
        a,
        actor,
        "proposal",
        &c.reference,
        body,
    )?))
}

/// A supervisor approves (the correction takes effect) or rejects a proposal. The reviewer may not be its
/// author.
pub async fn review(
    a: &mut Appender,
    actor: &str,
    proposal: i64,
    approve: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Written, WriteError> {
    let row = sqlx::query("SELECT p.proposed_by, l.body FROM proposals p JOIN log l ON l.seq = p.seq WHERE p.seq = $1")
        .bind(proposal)
        .fetch_optional(&mut **a.tx())
        .await?;
    let Some(row) = row else {
        return Err(FieldError::new("proposal", format!("entry {proposal} is not a proposed correction")).into());
    };
    let author: String = row.try_get(0)?;
    if author == actor {
        return Err(WriteError::Failed(RegisterError::Forbidden(
            "a correction is approved by a supervisor other than its author".into(),
        )));
    }
    let done = sqlx::query("SELECT seq FROM reviews WHERE proposal_seq = $1")
        .bind(proposal)
        .fetch_optional(&mut **a.tx())
        .await?;
    if done.is_some() {
        return Err(FieldError::new("proposal", format!("entry {proposal} was already reviewed")).into());
    }
    let body: String = row.try_get(1)?;
    let body: Value = serde_json::from_str(&body).map_err(|e| RegisterError::Integrity(e.to_string()))?;
    let correction = body.get("correction").cloned().unwrap_or(Value::Null);
    let c = match Event::from_value(correction, now).map_err(|e| RegisterError::Integrity(e.to_string()))? {
        Event::Correction(c) => c,
        _ => return Err(RegisterError::Integrity(format!("entry {proposal} holds no correction")).into()),
    };
    let review_body = json!({ "proposal": proposal, "approved": approve }).to_string();
    let review_seq = append_with_row(a, actor, "review", &c.reference, review_body)?;
    if approve {
        let mut look = Lookup::default();
        apply_correction(a, &mut look, actor, &c, Some(review_seq)).await?;
    }
    Ok(Written::Entry(review_seq))
}

/// Logs a read of a person's records (who looked, when, at what).
pub fn log_read(a: &mut Appender, actor: &str, what: &str, id: &str, via: &str) -> i64 {
    let body = json!({ "what": what, "id": id, "via": via }).to_string();
    a.push(actor, "read", id, body)
}

/// Logs a read in a write of its own, before what was read is shown.
pub async fn read_logged(reg: &Register, actor: &str, what: &str, id: &str, via: &str) -> crate::error::Result<()> {
    let mut a = reg.append().await?;
    log_read(&mut a, actor, what, id, via);
    a.commit().await?;
    Ok(())
}
