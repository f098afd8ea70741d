//! Corrections: the entry a correction replaces (checked), and the new entry pointing to the old that
//! corrects a request, withdraws it, or corrects or withdraws an action.

use serde_json::{Value, json};
use sqlx::Row;

use crate::engine;
use crate::error::{FieldError, RegisterError};
use crate::event::{Action, Correction, CorrectionTarget};
use crate::projection::WITHDRAWN;
use crate::store::Appender;
use crate::time::When;

use super::action::check_action;
use super::lookup::{Known, Lookup};
use super::request::request_body;
use super::write::{WriteError, Written, append_with_row};

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
pub(super) async fn correction_target(
    a: &mut Appender,
    look: &mut Lookup,
    c: &Correction,
) -> Result<(Known, i64), WriteError> {
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
