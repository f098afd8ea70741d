//! Proposed corrections (a clerk's) and their review by a supervisor other than the author.

use serde_json::{Value, json};
use sqlx::Row;

use crate::engine;
use crate::error::{FieldError, RegisterError};
use crate::event::{Correction, CorrectionTarget, Event};
use crate::store::Appender;

use super::correction::{apply_correction, correction_target};
use super::lookup::Lookup;
use super::write::{WriteError, Written, append_with_row};

pub(super) async fn propose(
    a: &mut Appender,
    look: &mut Lookup,
    actor: &str,
    c: Correction,
) -> Result<Written, WriteError> {
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
