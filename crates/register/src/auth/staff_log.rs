//! One write for a change to the staff tables (accounts, tokens, sessions) and its log entry.

use crate::error::{RegisterError, Result};
use crate::store::Register;

/// A statement on the staff tables (accounts, tokens, sessions), its values bound.
pub(super) type Statement<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>;

/// Changes the staff tables and logs the change in one write: a change is never made without its entry, nor
/// an entry written without its change. `missing`: the error when the first statement changes no row.
pub(super) async fn logged(
    reg: &Register,
    (actor, kind, subject): (&str, &str, &str),
    body: serde_json::Value,
    statements: Vec<Statement<'_>>,
    missing: Option<String>,
) -> Result<()> {
    let mut a = reg.append().await?;
    for (i, q) in statements.into_iter().enumerate() {
        let n = q.execute(&mut **a.tx()).await?.rows_affected();
        if let Some(m) = missing.as_ref().filter(|_| i == 0 && n == 0) {
            // Dropped unwritten: nothing changes.
            return Err(RegisterError::NotFound(m.clone()));
        }
    }
    a.push(actor, kind, subject, body.to_string());
    a.commit().await?;
    Ok(())
}
