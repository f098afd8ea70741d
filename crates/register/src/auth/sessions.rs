//! Staff sessions (`amparo register serve`): a cookie and a CSRF token, absolute expiry.

use chrono::{Duration, Utc};
use serde_json::json;
use sqlx::Row;

use super::staff_log::logged;
use super::{Principal, Role, SESSION_HOURS, Via};
use crate::chain::{random_hex, sha256_hex};
use crate::error::Result;
use crate::store::Register;
use crate::time::stamp;

/// A new session: (cookie value, CSRF token).
pub async fn start_session(reg: &Register, p: &Principal) -> Result<(String, String)> {
    let id = random_hex(32);
    let csrf = random_hex(16);
    let now = Utc::now();
    sqlx::query("DELETE FROM sessions WHERE expires_at < $1")
        .bind(stamp(now))
        .execute(reg.pool())
        .await?;
    let insert = sqlx::query(
        "INSERT INTO sessions (id_sha256, account, csrf, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(sha256_hex(id.as_bytes()))
    .bind(&p.name)
    .bind(&csrf)
    .bind(stamp(now))
    .bind(stamp(now + Duration::hours(SESSION_HOURS)));
    logged(
        reg,
        (&p.actor(), "session", &p.name),
        json!({ "op": "sign_in" }),
        vec![insert],
        None,
    )
    .await?;
    Ok((id, csrf))
}

/// The principal and CSRF token of a session cookie, if it is live.
pub async fn session(reg: &Register, cookie: &str) -> Result<Option<(Principal, String)>> {
    let row = sqlx::query(
        "SELECT s.csrf, s.expires_at, a.name, a.role, a.disabled FROM sessions s JOIN accounts a ON a.name = s.account WHERE s.id_sha256 = $1",
    )
    .bind(sha256_hex(cookie.as_bytes()))
    .fetch_optional(reg.pool())
    .await?;
    let Some(r) = row else { return Ok(None) };
    let expires: String = r.try_get(1)?;
    if expires < stamp(Utc::now()) || r.try_get::<i64, _>(4)? != 0 {
        return Ok(None);
    }
    Ok(Some((
        Principal {
            name: r.try_get(2)?,
            role: Role::parse(&r.try_get::<String, _>(3)?)?,
            via: Via::Session,
        },
        r.try_get(0)?,
    )))
}

pub async fn end_session(reg: &Register, cookie: &str, p: &Principal) -> Result<()> {
    let delete = sqlx::query("DELETE FROM sessions WHERE id_sha256 = $1").bind(sha256_hex(cookie.as_bytes()));
    logged(
        reg,
        (&p.actor(), "session", &p.name),
        json!({ "op": "sign_out" }),
        vec![delete],
        None,
    )
    .await
}
