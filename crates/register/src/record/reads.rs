//! Logging reads: who looked at a person's records, when, and at what.

use serde_json::json;

use crate::store::{Appender, Register};

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
