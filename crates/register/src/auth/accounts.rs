//! Staff accounts: names, creating, changing role, disabling, setting a password, listing.

use chrono::Utc;
use serde_json::json;
use sqlx::Row;

use super::Role;
use super::password::hash_password;
use super::staff_log::logged;
use crate::error::{FieldError, RegisterError, Result};
use crate::store::Register;
use crate::time::stamp;

/// A valid name: 1 to 64 of letters, digits, `. _ -` and `@`.
fn check_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'@'));
    if ok {
        Ok(())
    } else {
        Err(FieldError::new("name", "1 to 64 letters, digits, . _ - or @").into())
    }
}

fn no_account(name: &str) -> Option<String> {
    Some(format!("no account {name:?}"))
}

/// Whether an account of that name exists (enabled or not).
pub(super) async fn account_exists(reg: &Register, name: &str) -> Result<bool> {
    let row = sqlx::query("SELECT 1 FROM accounts WHERE name = $1")
        .bind(name)
        .fetch_optional(reg.pool())
        .await?;
    Ok(row.is_some())
}

/// Creates an account (with a password, or none: then only tokens sign in as it).
pub async fn create_account(reg: &Register, actor: &str, name: &str, role: Role, password: Option<&str>) -> Result<()> {
    check_name(name)?;
    let hash = password.map(hash_password).transpose()?;
    if account_exists(reg, name).await? {
        return Err(RegisterError::Conflict(format!("an account {name:?} exists")));
    }
    let insert = sqlx::query(
        "INSERT INTO accounts (name, role, password_hash, disabled, created_at) VALUES ($1, $2, $3, 0, $4)",
    )
    .bind(name)
    .bind(role.id())
    .bind(hash)
    .bind(stamp(Utc::now()));
    logged(
        reg,
        (actor, "account", name),
        json!({ "op": "create", "role": role.id() }),
        vec![insert],
        None,
    )
    .await
}

/// Changes an account's role.
pub async fn set_role(reg: &Register, actor: &str, name: &str, role: Role) -> Result<()> {
    let update = sqlx::query("UPDATE accounts SET role = $1 WHERE name = $2")
        .bind(role.id())
        .bind(name);
    logged(
        reg,
        (actor, "account", name),
        json!({ "op": "role", "role": role.id() }),
        vec![update],
        no_account(name),
    )
    .await
}

/// Disables (or enables) an account; disabling ends its sessions.
pub async fn set_disabled(reg: &Register, actor: &str, name: &str, disabled: bool) -> Result<()> {
    let mut statements = vec![
        sqlx::query("UPDATE accounts SET disabled = $1 WHERE name = $2")
            .bind(i64::from(disabled))
            .bind(name),
    ];
    if disabled {
        statements.push(sqlx::query("DELETE FROM sessions WHERE account = $1").bind(name));
    }
    logged(
        reg,
        (actor, "account", name),
        json!({ "op": if disabled { "disable" } else { "enable" } }),
        statements,
        no_account(name),
    )
    .await
}

/// Sets an account's password.
pub async fn set_password(reg: &Register, actor: &str, name: &str, password: &str) -> Result<()> {
    let hash = hash_password(password)?;
    let statements = vec![
        sqlx::query("UPDATE accounts SET password_hash = $1 WHERE name = $2")
            .bind(hash)
            .bind(name),
        sqlx::query("DELETE FROM sessions WHERE account = $1").bind(name),
    ];
    logged(
        reg,
        (actor, "account", name),
        json!({ "op": "password" }),
        statements,
        no_account(name),
    )
    .await
}

/// An account as listed.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AccountInfo {
    pub name: String,
    pub role: Role,
    pub disabled: bool,
    pub has_password: bool,
    pub created_at: String,
}

pub async fn accounts(reg: &Register) -> Result<Vec<AccountInfo>> {
    let rows = sqlx::query("SELECT name, role, disabled, password_hash, created_at FROM accounts ORDER BY name")
        .fetch_all(reg.pool())
        .await?;
    rows.iter()
        .map(|r| {
            Ok(AccountInfo {
                name: r.try_get(0)?,
                role: Role::parse(&r.try_get::<String, _>(1)?)?,
                disabled: r.try_get::<i64, _>(2)? != 0,
                has_password: r.try_get::<Option<String>, _>(3)?.is_some(),
                created_at: r.try_get(4)?,
            })
        })
        .collect()
}
