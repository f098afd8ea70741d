//! What the writer knows of requests and actions while writing: each request's current entry and the
//! actions already recorded, loaded from the database on demand or in bulk.

use std::collections::HashMap;

use serde_json::Value;
use sqlx::Row;

use crate::error::RegisterError;
use crate::event::RequestKind;
use crate::store::{Appender, built};
use crate::time::When;

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
pub(super) struct ActionKey {
    pub(super) at: String,
    pub(super) action: String,
    pub(super) by: String,
    pub(super) note: Option<String>,
}

/// What the writer knows, filled from the database on demand (or in bulk, by [`Lookup::prefetch`]) and
/// kept up to date with what it writes.
#[derive(Default)]
pub struct Lookup {
    pub(super) requests: HashMap<String, Option<Known>>,
    pub(super) actions: HashMap<String, Vec<(i64, ActionKey)>>,
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
