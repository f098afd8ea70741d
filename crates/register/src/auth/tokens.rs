//! API tokens, `amparo_<id>_<secret>`: the register keeps the id and SHA-256 of the secret.

use chrono::Utc;
use serde_json::json;
use sqlx::Row;

use super::accounts::account_exists;
use super::staff_log::logged;
use super::{Principal, Role, Via};
use crate::chain::{random_hex, sha256_hex};
use crate::error::{RegisterError, Result};
use crate::store::Register;
use crate::time::stamp;

/// Creates an API token for an account; returns the token (shown once).
pub async fn create_token(reg: &Register, actor: &str, account: &str, label: &str) -> Result<String> {
    if !account_exists(reg, account).await? {
        return Err(RegisterError::NotFound(format!("no account {account:?}")));
    }
    let id = random_hex(6);
    let secret = random_hex(32);
    let insert = sqlx::query(
        "INSERT INTO tokens (id, account, secret_sha256, label, created_at, revoked) VALUES ($1, $2, $3, $4, $5, 0)",
    )
    .bind(&id)
    .bind(account)
    .bind(sha256_hex(secret.as_bytes()))
    .bind(label)
    .bind(stamp(Utc::now()));
    logged(
        reg,
        (actor, "token", account),
        json!({ "op": "create", "token": id, "label": label }),
        vec![insert],
        None,
    )
    .await?;
    Ok(format!("amparo_{id}_{secret}"))
}

pub async fn revoke_token(reg: &Register, actor: &str, id: &str) -> Result<()> {
    logged(
        reg,
        (actor, "token", id),
        json!({ "op": "revoke", "token": id }),
        vec![sqlx::query("UPDATE tokens SET revoked = 1 WHERE id = $1").bind(id)],
        Some(format!("no token {id:?}")),
    )
    .await
}

/// Tokens as listed (never their secrets).
pub async fn tokens(reg: &Register) -> Result<Vec<(String, String, String, String, bool)>> {
    let rows = sqlx::query("SELECT id, account, label, created_at, revoked FROM tokens ORDER BY created_at")
        .fetch_all(reg.pool())
        .await?;
    rows.iter()
        .map(|r| {
            Ok((
                r.try_get(0)?,
                r.try_get(1)?,
                r.try_get(2)?,
                r.try_get(3)?,
                r.try_get::<i64, _>(4)? != 0,
            ))
        })
        .collect()
}

/// The principal a bearer token signs in as.
pub async fn token_principal(reg: &Register, token: &str) -> Result<Option<Principal>> {
    let Some(rest) = token.strip_prefix("amparo_") else {
        return Ok(None);
    };
    let Some((id, secret)) = rest.split_once('_') else {
        return Ok(None);
    };
    let row = sqlx::query(
        "SELECT t.secret_sha256, t.revoked, a.name, a.role, a.disabled FROM tokens t JOIN accounts a ON a.name = t.account WHERE t.id = $1",
    )
    .bind(id)
    .fetch_optional(reg.pool())
    .await?;
    let Some(r) = row else { return Ok(None) };
    let stored: String = r.try_get(0)?;
    let given = sha256_hex(secret.as_bytes());
    if !constant_time_eq(stored.as_bytes(), given.as_bytes())
        || r.try_get::<i64, _>(1)? != 0
        || r.try_get::<i64, _>(4)? != 0
    {
        return Ok(None);
    }
    Ok(Some(Principal {
        name: r.try_get(2)?,
        role: Role::parse(&r.try_get::<String, _>(3)?)?,
        via: Via::Token(id.to_owned()),
    }))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
