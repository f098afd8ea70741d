//! The schema: its migrations (the same SQL for both databases), applied in order and refused when newer than
//! this build, and a new register's first rows.

use chrono::Utc;
use sqlx::{AnyPool, Row};

use crate::chain::GENESIS;
use crate::error::{RegisterError, Result};
use crate::time::stamp;

/// The schema's migrations, in order; the same SQL for both databases.
const MIGRATIONS: &[(i64, &str, &str)] = &[
    (1, "register", include_str!("../../migrations/0001_register.sql")),
    (
        2,
        "withdrawals_signin",
        include_str!("../../migrations/0002_withdrawals_signin.sql"),
    ),
    (
        3,
        "report_index",
        include_str!("../../migrations/0003_report_index.sql"),
    ),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = 3;

pub(super) async fn migrate(pool: &AnyPool) -> Result<()> {
    sqlx::raw_sql(
        "CREATE TABLE IF NOT EXISTS register_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    )
    .execute(pool)
    .await?;
    let applied: Vec<i64> = sqlx::query("SELECT version FROM register_migrations ORDER BY version")
        .fetch_all(pool)
        .await?
        .iter()
        .map(|r| r.try_get(0))
        .collect::<std::result::Result<_, _>>()?;
    if let Some(newer) = applied.iter().find(|v| **v > SCHEMA_VERSION) {
        return Err(RegisterError::NotARegister(format!(
            "its schema is version {newer}, newer than this build's {SCHEMA_VERSION}: use a newer amparo"
        )));
    }
    for (version, name, sql) in MIGRATIONS {
        if applied.contains(version) {
            continue;
        }
        let mut tx = pool.begin().await?;
        sqlx::raw_sql(sqlx::AssertSqlSafe(*sql)).execute(&mut *tx).await?;
        sqlx::query("INSERT INTO register_migrations (version, name, applied_at) VALUES ($1, $2, $3)")
            .bind(*version)
            .bind(*name)
            .bind(stamp(Utc::now()))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
    }
    Ok(())
}

/// A new register's identity (`register_meta`) and the chain's head at the genesis hash, in one transaction:
/// the tables as both a new register and a restore start from.
pub(super) async fn seed(pool: &AnyPool, register_id: &str, secret: &str, created_at: &str) -> Result<()> {
    let mut tx = pool.begin().await?;
    for (k, v) in [
        ("register_id", register_id),
        ("secret", secret),
        ("created_at", created_at),
    ] {
        sqlx::query("INSERT INTO register_meta (key, value) VALUES ($1, $2)")
            .bind(k)
            .bind(v)
            .execute(&mut *tx)
            .await?;
    }
    sqlx::query("INSERT INTO chain_head (id, seq, hash) VALUES (1, 0, $1)")
        .bind(GENESIS)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}
