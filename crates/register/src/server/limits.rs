//! Sign-in rate limits: at most [`PER_NAME`] failed sign-ins for one account name and [`PER_CLIENT`] from
//! one client address within [`WINDOW`]; beyond that, sign-in is refused (HTTP 429) until the oldest
//! failure leaves the window. The failures are kept in the register's database (table `signin_failures`,
//! migration 2), not in memory: a restart of `amparo register serve` does not clear them, and several
//! server processes on one database share them.

use chrono::{DateTime, TimeDelta, Utc};
use sqlx::Row;

use crate::error::Result;
use crate::store::Register;
use crate::time::stamp;

pub const PER_NAME: i64 = 5;
pub const PER_CLIENT: i64 = 20;
/// 15 minutes.
pub const WINDOW: TimeDelta = TimeDelta::minutes(15);

/// Longest key kept (a name or an address is far shorter; a longer one is cut, not refused).
const MAX_KEY: usize = 200;

fn keys(name: &str, client: &str) -> [(String, i64); 2] {
    let cut = |s: String| s.chars().take(MAX_KEY).collect::<String>();
    [
        (cut(format!("name:{name}")), PER_NAME),
        (cut(format!("ip:{client}")), PER_CLIENT),
    ]
}

/// Seconds to wait if sign-in is blocked for this name or client at `now`.
pub async fn blocked(reg: &Register, name: &str, client: &str, now: DateTime<Utc>) -> Result<Option<u64>> {
    let since = stamp(now - WINDOW);
    let mut wait: Option<u64> = None;
    for (key, limit) in keys(name, client) {
        let row = sqlx::query("SELECT COUNT(*), MIN(at) FROM signin_failures WHERE key = $1 AND at > $2")
            .bind(&key)
            .bind(&since)
            .fetch_one(reg.pool())
            .await?;
        let n: i64 = row.try_get(0)?;
        let oldest: Option<String> = row.try_get(1)?;
        if n >= limit {
            let oldest = oldest
                .and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
                .map(|t| t.with_timezone(&Utc))
                .unwrap_or(now);
            let secs = (WINDOW - (now - oldest)).num_seconds().max(1) as u64;
            wait = Some(wait.map_or(secs, |w| w.max(secs)));
        }
    }
    Ok(wait)
}

/// Counts a failed sign-in (and forgets failures that have left the window).
pub async fn failed(reg: &Register, name: &str, client: &str, now: DateTime<Utc>) -> Result<()> {
    let mut tx = reg.pool().begin().await?;
    sqlx::query("DELETE FROM signin_failures WHERE at <= $1")
        .bind(stamp(now - WINDOW))
        .execute(&mut *tx)
        .await?;
    for (key, _) in keys(name, client) {
        sqlx::query("INSERT INTO signin_failures (key, at) VALUES ($1, $2)")
            .bind(key)
            .bind(stamp(now))
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A successful sign-in clears the name's failures (not the address's).
pub async fn succeeded(reg: &Register, name: &str) -> Result<()> {
    let [(key, _), _] = keys(name, "");
    sqlx::query("DELETE FROM signin_failures WHERE key = $1")
        .bind(key)
        .execute(reg.pool())
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn five_failures_block_the_name_and_twenty_the_client_for_the_window() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite:{}", dir.path().join("r.db").display());
        let reg = Register::create(&url).await.unwrap();
        let t0 = DateTime::parse_from_rfc3339("2026-01-10T10:00:00Z").unwrap().to_utc();
        for i in 0..PER_NAME {
            let at = t0 + TimeDelta::seconds(i);
            assert!(blocked(&reg, "alice", "1.2.3.4", at).await.unwrap().is_none());
            failed(&reg, "alice", "1.2.3.4", at).await.unwrap();
        }
        let t1 = t0 + TimeDelta::minutes(1);
        let wait = blocked(&reg, "alice", "5.6.7.8", t1).await.unwrap();
        assert_eq!(
            wait,
            Some(14 * 60),
            "the name is blocked from any address until the oldest failure leaves"
        );
        assert!(blocked(&reg, "bob", "5.6.7.8", t1).await.unwrap().is_none());
        for i in 0..PER_CLIENT {
            failed(&reg, &format!("user{i}"), "9.9.9.9", t1).await.unwrap();
        }
        assert!(
            blocked(&reg, "carol", "9.9.9.9", t1).await.unwrap().is_some(),
            "the address is blocked for any name"
        );
        // Kept in the database: a new process (the register opened again) sees them.
        reg.close().await;
        let reg = Register::open(&url).await.unwrap();
        assert!(blocked(&reg, "alice", "5.6.7.8", t1).await.unwrap().is_some());
        // Out of the window, the failures no longer count (and are forgotten at the next failure).
        let later = t0 + WINDOW + TimeDelta::seconds(PER_NAME);
        assert!(blocked(&reg, "alice", "5.6.7.8", later).await.unwrap().is_none());
        succeeded(&reg, "alice").await.unwrap();
        failed(&reg, "dave", "1.1.1.1", later + WINDOW * 2).await.unwrap();
        let left: i64 = sqlx::query("SELECT COUNT(*) FROM signin_failures")
            .fetch_one(reg.pool())
            .await
            .unwrap()
            .try_get(0)
            .unwrap();
        assert_eq!(left, 2, "only the newest failure's two keys remain");
    }
}
