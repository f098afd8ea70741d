//! A request as staff see it: every version (the original and its corrections, each with the decision the
//! engine gave for it), its actions (with their corrections) and the corrections waiting for review.
//! Reading a view is not logged here: the caller logs the read (it knows who and through what).

use serde::Serialize;
use serde_json::Value;
use serde_json::value::RawValue;
use sqlx::Row;

use crate::error::{RegisterError, Result};
use crate::store::Register;

#[derive(Debug, Serialize)]
pub struct RequestView {
    pub id: String,
    /// Oldest first; the last is in force.
    pub versions: Vec<Version>,
    pub actions: Vec<ActionView>,
    pub proposals: Vec<ProposalView>,
}

#[derive(Debug, Serialize)]
pub struct Version {
    pub seq: i64,
    /// When the entry was made, and by whom.
    pub logged_at: String,
    pub logged_by: String,
    pub record: Value,
    pub corrects: Option<i64>,
    pub reason: Option<String>,
    pub approval: Option<i64>,
    /// This entry withdrew the request as recorded in error (its `record` is the one withdrawn).
    pub withdrawn: bool,
    pub engine: Option<String>,
    pub law_version: Option<Value>,
    /// The engine's output, exactly as stored.
    pub decision: Option<Box<RawValue>>,
}

#[derive(Debug, Serialize)]
pub struct ActionView {
    pub seq: i64,
    pub logged_at: String,
    pub logged_by: String,
    /// Null for a withdrawal.
    pub record: Value,
    pub corrects: Option<i64>,
    pub reason: Option<String>,
    /// The entry that corrected this one, if any.
    pub corrected_by: Option<i64>,
}

#[derive(Debug, Serialize)]
pub struct ProposalView {
    pub seq: i64,
    pub logged_at: String,
    pub proposed_by: String,
    pub correction: Value,
    pub target_seq: i64,
    pub reviewed: Option<Review>,
}

#[derive(Debug, Serialize)]
pub struct Review {
    pub seq: i64,
    pub approved: bool,
    pub by: String,
}

#[derive(serde::Deserialize)]
struct RequestBody {
    record: Value,
    corrects: Option<i64>,
    reason: Option<String>,
    approval: Option<i64>,
    #[serde(default)]
    withdrawn: bool,
    engine: Option<String>,
    law_version: Option<Value>,
    decision: Option<Box<RawValue>>,
}

fn body_err(seq: i64, e: impl std::fmt::Display) -> RegisterError {
    RegisterError::Integrity(format!("entry {seq}: {e}"))
}

/// The request with this id.
pub async fn request(reg: &Register, id: &str) -> Result<RequestView> {
    let rows = sqlx::query(
        "SELECT l.seq, l.at, l.actor, l.body FROM requests r JOIN log l ON l.seq = r.seq WHERE r.id = $1 ORDER BY l.seq",
    )
    .bind(id)
    .fetch_all(reg.pool())
    .await?;
    if rows.is_empty() {
        return Err(RegisterError::NotFound(format!("no request {id:?}")));
    }
    let mut versions = Vec::new();
    for r in &rows {
        let seq: i64 = r.try_get(0)?;
        let body: String = r.try_get(3)?;
        let b: RequestBody = serde_json::from_str(&body).map_err(|e| body_err(seq, e))?;
        versions.push(Version {
            seq,
            logged_at: r.try_get(1)?,
            logged_by: r.try_get(2)?,
            record: b.record,
            corrects: b.corrects,
            reason: b.reason,
            approval: b.approval,
            withdrawn: b.withdrawn,
            engine: b.engine,
            law_version: b.law_version,
            decision: b.decision.filter(|d| d.get() != "null"),
        });
    }
    let rows = sqlx::query(
        "SELECT l.seq, l.at, l.actor, l.body, (SELECT c.seq FROM actions c WHERE c.corrects = a.seq) FROM actions a JOIN log l ON l.seq = a.seq WHERE a.request_id = $1 ORDER BY l.seq",
    )
    .bind(id)
    .fetch_all(reg.pool())
    .await?;
    let mut actions = Vec::new();
    for r in &rows {
        let seq: i64 = r.try_get(0)?;
        let body: String = r.try_get(3)?;
        let b: Value = serde_json::from_str(&body).map_err(|e| body_err(seq, e))?;
        actions.push(ActionView {
            seq,
            logged_at: r.try_get(1)?,
            logged_by: r.try_get(2)?,
            record: b.get("record").cloned().unwrap_or(Value::Null),
            corrects: b.get("corrects").and_then(Value::as_i64),
            reason: b.get("reason").and_then(Value::as_str).map(str::to_owned),
            corrected_by: r.try_get(4)?,
        });
    }
    let rows = sqlx::query(
        "SELECT l.seq, l.at, l.actor, l.body, v.seq, v.approved, v.reviewed_by FROM proposals p JOIN log l ON l.seq = p.seq LEFT JOIN reviews v ON v.proposal_seq = p.seq WHERE p.request_id = $1 ORDER BY l.seq",
    )
    .bind(id)
    .fetch_all(reg.pool())
    .await?;
    let mut proposals = Vec::new();
    for r in &rows {
        let seq: i64 = r.try_get(0)?;
        let body: String = r.try_get(3)?;
        let b: Value = serde_json::from_str(&body).map_err(|e| body_err(seq, e))?;
        let review_seq: Option<i64> = r.try_get(4)?;
        proposals.push(ProposalView {
            seq,
            logged_at: r.try_get(1)?,
            proposed_by: r.try_get(2)?,
            correction: b.get("correction").cloned().unwrap_or(Value::Null),
            target_seq: b.get("target_seq").and_then(Value::as_i64).unwrap_or(0),
            reviewed: match review_seq {
                Some(s) => Some(Review {
                    seq: s,
                    approved: r.try_get::<Option<i64>, _>(5)?.unwrap_or(0) == 1,
                    by: r.try_get::<Option<String>, _>(6)?.unwrap_or_default(),
                }),
                None => None,
            },
        });
    }
    Ok(RequestView {
        id: id.to_owned(),
        versions,
        actions,
        proposals,
    })
}

/// Corrections waiting for a supervisor, oldest first.
pub async fn pending_proposals(reg: &Register) -> Result<Vec<(i64, String, String, String)>> {
    let rows = sqlx::query(
        "SELECT p.seq, p.request_id, p.proposed_by, l.at FROM proposals p JOIN log l ON l.seq = p.seq WHERE NOT EXISTS (SELECT 1 FROM reviews v WHERE v.proposal_seq = p.seq) ORDER BY p.seq",
    )
    .fetch_all(reg.pool())
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?)))
        .collect()
}
