//! Backup, restore and export.
//!
//! A backup is the log itself (every entry with its hash) plus the accounts and tokens, as JSON lines,
//! read in one snapshot. It restores into any backend (SQLite to PostgreSQL and back): restore checks each
//! entry's hash as it goes, rebuilds the projection rows from the entries, and must end at the same head,
//! so `verify` on the restored register reports the same head as on the original. A backup holds
//! everything the register holds (and its secret): keep it as safely as the database.

use std::io::{BufRead, Write};

use serde_json::{Value, json};
use sqlx::Row;

use crate::chain::{Entry, GENESIS};
use crate::error::{RegisterError, Result};
use crate::projection::{REQUESTS, row_for_entry};
use crate::record::log_read;
use crate::store::{LOG, Register, built, entry_from_row};

pub const BACKUP_FORMAT: i64 = 1;

/// What a backup or restore did.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Copied {
    pub entries: i64,
    pub accounts: i64,
    pub tokens: i64,
    pub head_seq: i64,
    pub head_hash: String,
}

/// Writes a backup of the whole register.
pub async fn backup(reg: &Register, out: &mut impl Write) -> Result<Copied> {
    let (mut tx, (head_seq, head_hash)) = reg.snapshot().await?;
    let meta = sqlx::query("SELECT key, value FROM register_meta ORDER BY key")
        .fetch_all(&mut *tx)
        .await?;
    let mut m = serde_json::Map::new();
    for r in &meta {
        m.insert(r.try_get::<String, _>(0)?, Value::String(r.try_get(1)?));
    }
    let header = json!({
        "amparo_register_backup": BACKUP_FORMAT,
        "schema": crate::store::SCHEMA_VERSION,
        "meta": m,
        "head": { "seq": head_seq, "hash": head_hash },
    });
    writeln!(out, "{header}")?;
    let mut entries = 0;
    let mut start = 1i64;
    while start <= head_seq {
        let rows = sqlx::query(built(format!(
            "SELECT {} FROM log WHERE seq >= $1 AND seq < $2 AND seq <= $3 ORDER BY seq",
            LOG.column_list()
        )))
        .bind(start)
        .bind(start + 20_000)
        .bind(head_seq)
        .fetch_all(&mut *tx)
        .await?;
        for r in &rows {
            let e = entry_from_row(r)?;
            writeln!(out, "{}", json!({ "entry": e }))?;
            entries += 1;
        }
        start += 20_000;
    }
    let accounts = sqlx::query("SELECT name, role, password_hash, disabled, created_at FROM accounts ORDER BY name")
        .fetch_all(&mut *tx)
        .await?;
    for r in &accounts {
        let a = json!({
            "name": r.try_get::<String, _>(0)?, "role": r.try_get::<String, _>(1)?,
            "password_hash": r.try_get::<Option<String>, _>(2)?, "disabled": r.try_get::<i64, _>(3)?,
            "created_at": r.try_get::<String, _>(4)?,
        });
        writeln!(out, "{}", json!({ "account": a }))?;
    }
    let tokens = sqlx::query("SELECT id, account, secret_sha256, label, created_at, revoked FROM tokens ORDER BY id")
        .fetch_all(&mut *tx)
        .await?;
    for r in &tokens {
        let t = json!({
            "id": r.try_get::<String, _>(0)?, "account": r.try_get::<String, _>(1)?,
            "secret_sha256": r.try_get::<String, _>(2)?, "label": r.try_get::<String, _>(3)?,
            "created_at": r.try_get::<String, _>(4)?, "revoked": r.try_get::<i64, _>(5)?,
        });
        writeln!(out, "{}", json!({ "token": t }))?;
    }
    out.flush()?;
    tx.commit().await?;
    Ok(Copied {
        entries,
        accounts: accounts.len() as i64,
        tokens: tokens.len() as i64,
        head_seq,
        head_hash,
    })
}

fn bad(line: u64, what: impl std::fmt::Display) -> RegisterError {
    RegisterError::Integrity(format!("backup line {line}: {what}"))
}

/// Restores a backup into a new register at `url` (a file that does not exist yet, or an empty database),
/// in one transaction: all of it, or nothing.
pub async fn restore(url: &str, input: impl BufRead) -> Result<Copied> {
    let mut lines = input.lines();
    let first = lines.next().ok_or_else(|| bad(1, "empty file"))??;
    let header: Value = serde_json::from_str(&first).map_err(|e| bad(1, e))?;
    if header.get("amparo_register_backup").and_then(Value::as_i64) != Some(BACKUP_FORMAT) {
        return Err(bad(1, "not an Amparo register backup (format 1)"));
    }
    let meta = |k: &str| {
        header
            .pointer(&format!("/meta/{k}"))
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| bad(1, format!("no {k}")))
    };
    let want_seq = header
        .pointer("/head/seq")
        .and_then(Value::as_i64)
        .ok_or_else(|| bad(1, "no head"))?;
    let want_hash = header
        .pointer("/head/hash")
        .and_then(Value::as_str)
        .ok_or_else(|| bad(1, "no head"))?
        .to_owned();
    let reg = Register::create_empty(url, &meta("register_id")?, &meta("secret")?, &meta("created_at")?).await?;
    let mut a = reg.append().await?;
    let (mut prev_seq, mut prev_hash) = (0i64, GENESIS.to_owned());
    let (mut entries, mut accounts, mut tokens) = (0i64, 0i64, 0i64);
    let mut n = 1u64;
    for line in lines {
        n += 1;
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(&line).map_err(|e| bad(n, e))?;
        if let Some(e) = v.get("entry") {
            let e: Entry = serde_json::from_value(e.clone()).map_err(|e| bad(n, e))?;
            if e.seq != prev_seq + 1 || e.prev != prev_hash || e.hash != e.expected_hash() {
                return Err(bad(
                    n,
                    format!("entry {} does not continue the chain: the backup was altered", e.seq),
                ));
            }
            let row = row_for_entry(e.seq, &e.kind, &e.actor, &e.at, &e.body).map_err(|p| bad(n, p))?;
            prev_seq = e.seq;
            prev_hash = e.hash.clone();
            a.push_entry(e);
            if let Some((t, values)) = row {
                a.row(t, values);
            }
            entries += 1;
            if entries % 5_000 == 0 {
                a.flush().await?;
            }
        } else if let Some(acc) = v.get("account") {
            a.flush().await?;
            let s = |k: &str| acc.get(k).and_then(Value::as_str).map(str::to_owned);
            sqlx::query(
                "INSERT INTO accounts (name, role, password_hash, disabled, created_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(s("name").ok_or_else(|| bad(n, "account without name"))?)
            .bind(s("role").ok_or_else(|| bad(n, "account without role"))?)
            .bind(s("password_hash"))
            .bind(acc.get("disabled").and_then(Value::as_i64).unwrap_or(0))
            .bind(s("created_at").unwrap_or_default())
            .execute(&mut **a.tx())
            .await?;
            accounts += 1;
        } else if let Some(t) = v.get("token") {
            a.flush().await?;
            let s = |k: &str| t.get(k).and_then(Value::as_str).map(str::to_owned).unwrap_or_default();
            sqlx::query("INSERT INTO tokens (id, account, secret_sha256, label, created_at, revoked) VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(s("id"))
                .bind(s("account"))
                .bind(s("secret_sha256"))
                .bind(s("label"))
                .bind(s("created_at"))
                .bind(t.get("revoked").and_then(Value::as_i64).unwrap_or(0))
                .execute(&mut **a.tx())
                .await?;
            tokens += 1;
        } else {
            return Err(bad(n, "neither an entry, an account nor a token"));
        }
    }
    if prev_seq != want_seq || prev_hash != want_hash {
        return Err(RegisterError::Integrity(format!(
            "the backup ends at entry {prev_seq}, but its header names entry {want_seq} (the file is cut short or altered)"
        )));
    }
    let (head_seq, head_hash) = a.commit().await?;
    reg.close().await;
    Ok(Copied {
        entries,
        accounts,
        tokens,
        head_seq,
        head_hash,
    })
}

/// What to export.
#[derive(Debug, Clone, Default)]
pub struct ExportFilter {
    /// One person's records (logged as a read of that person).
    pub person: Option<String>,
    /// Requests received in this period (New York days, both included).
    pub period: Option<(chrono::NaiveDate, chrono::NaiveDate)>,
}

/// Writes the current records (each request as now corrected, with its decision as the engine wrote it,
/// its history and its actions) as JSON lines. The export itself is logged.
pub async fn export(reg: &Register, actor: &str, filter: &ExportFilter, out: &mut impl Write) -> Result<u64> {
    let mut sql = format!(
        "SELECT r.{} FROM requests r WHERE NOT EXISTS (SELECT 1 FROM requests n WHERE n.corrects = r.seq)",
        REQUESTS
            .columns
            .iter()
            .map(|(c, _)| *c)
            .collect::<Vec<_>>()
            .join(", r.")
    );
    let mut binds: Vec<String> = Vec::new();
    if let Some(p) = &filter.person {
        binds.push(p.clone());
        sql.push_str(&format!(" AND r.person = ${}", binds.len()));
    }
    if let Some((from, to)) = filter.period {
        binds.push(from.to_string());
        sql.push_str(&format!(" AND r.received_day >= ${}", binds.len()));
        binds.push(to.to_string());
        sql.push_str(&format!(" AND r.received_day <= ${}", binds.len()));
    }
    sql.push_str(" ORDER BY r.received_day, r.id");
    let mut q = sqlx::query(built(sql));
    for b in &binds {
        q = q.bind(b.clone());
    }
    let rows = q.fetch_all(reg.pool()).await?;
    let mut count = 0u64;
    for row in &rows {
        let id: String = row.try_get(1)?;
        let view = crate::view::request(reg, &id).await?;
        writeln!(
            out,
            "{}",
            serde_json::to_string(&view).map_err(|e| RegisterError::Report(e.to_string()))?
        )?;
        count += 1;
    }
    out.flush()?;
    let mut a = reg.append().await?;
    match &filter.person {
        Some(p) => {
            log_read(&mut a, actor, "person", p, "export");
        }
        None => {
            let body = json!({
                "period": filter.period.map(|(f, t)| format!("{f}/{t}")),
                "requests": count,
            })
            .to_string();
            a.push(actor, "export", "(records)", body);
        }
    }
    a.commit().await?;
    Ok(count)
}
