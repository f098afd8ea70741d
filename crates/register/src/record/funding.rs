//! Writing SCAAP funding figures (§ 9-131(f)(6)): one entry an id, a repeated line told from one with
//! other figures.

use serde_json::{Value, json};
use sqlx::Row;

use crate::error::FieldError;
use crate::event::Funding;
use crate::store::Appender;

use super::write::{WriteError, Written, append_with_row};

pub(super) async fn write_funding(a: &mut Appender, actor: &str, f: Funding) -> Result<Written, WriteError> {
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
