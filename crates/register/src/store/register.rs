//! The [`Register`] handle: making, restoring into and opening a register, what it is, its reads (the head, a
//! snapshot, its size), and the start of every write.

use chrono::Utc;
use sqlx::{Any, AnyPool, Row, Transaction};

use super::connect::{new_database, pool};
use super::schema::{migrate, seed};
use super::{Appender, Backend, DbUrl, SCHEMA_VERSION, hide_password};
use crate::chain;
use crate::error::{RegisterError, Result};
use crate::time::stamp;

/// An open register.
#[derive(Clone)]
pub struct Register {
    pool: AnyPool,
    backend: Backend,
    /// The URL without its password, for messages.
    shown: String,
    register_id: String,
    secret: String,
    /// SQLite: this process's writers take turns here, first come first served, before `BEGIN IMMEDIATE`.
    /// SQLite's own busy wait is not a queue (a waiting connection polls, and can lose to newcomers until
    /// its timeout): at 1,000,000 requests, 16 clerks on the API got "database is locked" after 30 s.
    /// Other processes are still waited for by `busy_timeout`.
    writers: std::sync::Arc<tokio::sync::Mutex<()>>,
}

impl std::fmt::Debug for Register {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Register")
            .field("db", &self.shown)
            .finish_non_exhaustive()
    }
}

impl Register {
    /// The handle on a register whose pool is open and whose identity (id and chain secret) is known.
    fn new(pool: AnyPool, backend: Backend, url: &str, register_id: String, secret: String) -> Register {
        Register {
            pool,
            backend,
            shown: hide_password(url),
            register_id,
            secret,
            writers: Default::default(),
        }
    }

    /// Makes a new register (file or schema) and its first log entry. Refuses a database that already has
    /// tables.
    pub async fn create(url: &str) -> Result<Register> {
        let db = DbUrl::parse(url)?;
        if let Some(p) = &db.path
            && p.exists()
            && std::fs::metadata(p).map(|m| m.len() > 0).unwrap_or(false)
        {
            return Err(RegisterError::Conflict(format!(
                "{} already exists; a register is made once (use it, or restore a backup into a new file)",
                p.display()
            )));
        }
        let pool = new_database(&db).await?;
        let has_tables: i64 = match db.backend {
            Backend::Sqlite => sqlx::query("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'")
                .fetch_one(&pool)
                .await?
                .try_get(0)?,
            Backend::Postgres => {
                sqlx::query("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()")
                    .fetch_one(&pool)
                    .await?
                    .try_get(0)?
            }
        };
        if has_tables > 0 {
            return Err(RegisterError::Conflict(
                "the database already has tables; a register needs an empty database".into(),
            ));
        }
        migrate(&pool).await?;
        let register_id = chain::random_hex(16);
        let secret = chain::random_hex(32);
        let now = stamp(Utc::now());
        seed(&pool, &register_id, &secret, &now).await?;
        let reg = Register::new(pool, db.backend, url, register_id, secret);
        let mut a = reg.append().await?;
        let body = serde_json::json!({ "register_id": reg.register_id, "schema": SCHEMA_VERSION }).to_string();
        a.push("system", "init", &reg.register_id, body);
        a.commit().await?;
        Ok(reg)
    }

    /// Makes the tables of a register without its first entry, for restoring a backup into.
    pub(crate) async fn create_empty(url: &str, register_id: &str, secret: &str, created_at: &str) -> Result<Register> {
        let db = DbUrl::parse(url)?;
        if let Some(p) = &db.path
            && p.exists()
        {
            return Err(RegisterError::Conflict(format!(
                "{} already exists; restore into a new file",
                p.display()
            )));
        }
        let pool = new_database(&db).await?;
        migrate(&pool).await?;
        seed(&pool, register_id, secret, created_at).await?;
        Ok(Register::new(
            pool,
            db.backend,
            url,
            register_id.to_owned(),
            secret.to_owned(),
        ))
    }

    /// Opens an existing register (and applies any newer migrations).
    pub async fn open(url: &str) -> Result<Register> {
        let db = DbUrl::parse(url)?;
        if let Some(p) = &db.path
            && !p.exists()
        {
            return Err(RegisterError::NotFound(format!(
                "no register at {}; make one with `amparo register init --database {url}`",
                p.display()
            )));
        }
        let pool = pool(&db, false).await?;
        let meta = sqlx::query("SELECT key, value FROM register_meta")
            .fetch_all(&pool)
            .await
            .map_err(|e| RegisterError::NotARegister(format!("{e} (no register_meta table)")))?;
        let get = |k: &str| {
            meta.iter()
                .find(|r| r.try_get::<String, _>(0).ok().as_deref() == Some(k))
                .and_then(|r| r.try_get::<String, _>(1).ok())
                .ok_or_else(|| RegisterError::NotARegister(format!("register_meta has no {k}")))
        };
        let register_id = get("register_id")?;
        let secret = get("secret")?;
        migrate(&pool).await?;
        Ok(Register::new(pool, db.backend, url, register_id, secret))
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The database, without its password.
    pub fn shown(&self) -> &str {
        &self.shown
    }

    /// The register's random id (in its first entry).
    pub fn register_id(&self) -> &str {
        &self.register_id
    }

    /// A secret of this register (never shown): it keys the digests of anonymized reports.
    pub(crate) fn secret(&self) -> &str {
        &self.secret
    }

    /// The newest entry's number and hash.
    pub async fn head(&self) -> Result<(i64, String)> {
        let row = sqlx::query("SELECT seq, hash FROM chain_head WHERE id = 1")
            .fetch_one(&self.pool)
            .await?;
        Ok((row.try_get(0)?, row.try_get(1)?))
    }

    /// A read of the register as of one moment, whatever is written meanwhile (reports, verify, backup): the
    /// transaction and the chain head it sees. PostgreSQL: repeatable read; SQLite (WAL): a read transaction
    /// keeps the snapshot of its first read, the head's.
    pub async fn snapshot(&self) -> Result<(Transaction<'static, Any>, (i64, String))> {
        let mut tx = self.pool.begin().await?;
        if self.backend == Backend::Postgres {
            sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                .execute(&mut *tx)
                .await?;
        }
        let head = read_head(&mut tx).await?;
        Ok((tx, head))
    }

    /// Starts a write: locks the chain head until commit (or drop, which rolls back).
    pub async fn append(&self) -> Result<Appender> {
        // SQLite: BEGIN IMMEDIATE takes the write lock before anything is read, waiting (busy_timeout) for
        // another writer; a deferred BEGIN would read first and could then be refused with "database is
        // locked" (a stale snapshot cannot wait), as the API load test with 16 clerks showed.
        // PostgreSQL: the default isolation (read committed) is the right one: once the head row is locked,
        // each later statement sees everything the previous writer committed.
        let (turn, mut tx) = match self.backend {
            Backend::Sqlite => {
                let turn = self.writers.clone().lock_owned().await;
                (Some(turn), self.pool.begin_with("BEGIN IMMEDIATE").await?)
            }
            Backend::Postgres => (None, self.pool.begin().await?),
        };
        // Then lock the head row (PostgreSQL; a no-op for SQLite, which already holds the write lock), so two
        // writers never read the same head.
        sqlx::query("UPDATE chain_head SET seq = seq WHERE id = 1")
            .execute(&mut *tx)
            .await?;
        let (head_seq, head_hash) = read_head(&mut tx).await?;
        Ok(Appender {
            tx,
            backend: self.backend,
            head_seq,
            head_hash,
            log: Vec::new(),
            rows: Vec::new(),
            _turn: turn,
        })
    }

    /// Database size in bytes (the SQLite file with its WAL, or the PostgreSQL database).
    pub async fn size_bytes(&self) -> Result<i64> {
        match self.backend {
            Backend::Sqlite => {
                let pages: i64 = sqlx::query("PRAGMA page_count")
                    .fetch_one(&self.pool)
                    .await?
                    .try_get(0)?;
                let size: i64 = sqlx::query("PRAGMA page_size")
                    .fetch_one(&self.pool)
                    .await?
                    .try_get(0)?;
                Ok(pages * size)
            }
            Backend::Postgres => Ok(
                sqlx::query("SELECT CAST(pg_database_size(current_database()) AS BIGINT)")
                    .fetch_one(&self.pool)
                    .await?
                    .try_get(0)?,
            ),
        }
    }

    pub async fn close(self) {
        self.pool.close().await;
    }
}

/// The chain head (the newest entry's number and hash) as a transaction sees it.
async fn read_head(tx: &mut Transaction<'static, Any>) -> Result<(i64, String)> {
    let row = sqlx::query("SELECT seq, hash FROM chain_head WHERE id = 1")
        .fetch_one(&mut **tx)
        .await?;
    Ok((row.try_get(0)?, row.try_get(1)?))
}
