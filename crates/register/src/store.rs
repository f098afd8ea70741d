//! Storage: SQLite (one file, WAL) or PostgreSQL, through one code path (sqlx's `Any` driver) and one set
//! of migrations. Every write goes through an [`Appender`]: one transaction that locks the chain head,
//! appends log entries with their hashes, writes the projection rows of those entries, moves the head and
//! commits. A request is therefore all there or not there at all.

use std::str::FromStr;
use std::sync::Once;

use chrono::Utc;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions, AnyRow};
use sqlx::{Any, AnyPool, ConnectOptions, Executor, Row, Transaction};

use crate::chain::{self, Entry, GENESIS};
use crate::error::{RegisterError, Result};
use crate::time::stamp;

/// The default database: a file next to where the command runs.
pub const DEFAULT_URL: &str = "sqlite:amparo-register.db";

/// The schema's migrations, in order; the same SQL for both databases.
const MIGRATIONS: &[(i64, &str, &str)] = &[
    (1, "register", include_str!("../migrations/0001_register.sql")),
    (
        2,
        "withdrawals_signin",
        include_str!("../migrations/0002_withdrawals_signin.sql"),
    ),
    (3, "report_index", include_str!("../migrations/0003_report_index.sql")),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

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

/// How a database URL is read: `sqlite:PATH` (also `sqlite://PATH`) or `postgres://…`.
#[derive(Debug, Clone)]
pub struct DbUrl {
    pub backend: Backend,
    /// The URL as sqlx reads it.
    pub url: String,
    /// For SQLite: the file.
    pub path: Option<std::path::PathBuf>,
}

impl DbUrl {
    pub fn parse(url: &str) -> Result<DbUrl> {
        let bad = |reason: &str| RegisterError::Url {
            url: hide_password(url),
            reason: reason.to_owned(),
        };
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            if let Some(mode) = ssl_mode(url)
                && !SSL_MODES.contains(&mode.as_str())
            {
                return Err(bad(&format!("sslmode={mode} is not one of {}", SSL_MODES.join(", "))));
            }
            return Ok(DbUrl {
                backend: Backend::Postgres,
                url: url.to_owned(),
                path: None,
            });
        }
        let Some(rest) = url.strip_prefix("sqlite:") else {
            return Err(bad("write sqlite:PATH or postgres://USER@HOST/DATABASE"));
        };
        let rest = rest.strip_prefix("//").unwrap_or(rest);
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        if path.is_empty() || path == ":memory:" {
            return Err(bad(
                "the register is a file: give its path, as sqlite:amparo-register.db",
            ));
        }
        if !query.is_empty() {
            return Err(bad(
                "options after '?' are not used: the register sets its own (WAL, full sync)",
            ));
        }
        Ok(DbUrl {
            backend: Backend::Sqlite,
            url: format!("sqlite://{path}"),
            path: Some(path.into()),
        })
    }
}

/// The URL with any password replaced by `***`.
pub fn hide_password(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let cred = &url[s + 3..at];
            match cred.split_once(':') {
                Some((user, _)) => format!("{}{}:***{}", &url[..s + 3], user, &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

/// The `sslmode` values PostgreSQL's own clients take (libpq), as sqlx reads them: `disable` and `allow` never
/// use TLS; `prefer` (sqlx's default when the URL names none) tries it and falls back to plain text; `require`
/// refuses a server without TLS but does not check its certificate; `verify-ca` also checks the certificate
/// against the trusted roots (the system's store, or the URL's `sslrootcert=PATH`); `verify-full` also checks
/// that it names the host. A remote server: `verify-full`.
pub const SSL_MODES: &[&str] = &["disable", "allow", "prefer", "require", "verify-ca", "verify-full"];

/// The URL's `sslmode` (or `ssl-mode`), if it names one.
fn ssl_mode(url: &str) -> Option<String> {
    let (_, query) = url.split_once('?')?;
    query.split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        matches!(k, "sslmode" | "ssl-mode").then(|| v.to_ascii_lowercase())
    })
}

/// SQL assembled by the register from its own table and column names and numbered placeholders (never from
/// input: values are always bound).
pub fn built(sql: String) -> sqlx::AssertSqlSafe<String> {
    sqlx::AssertSqlSafe(sql)
}

fn install_drivers() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        sqlx::any::install_default_drivers();
        // ring, the provider sqlx's feature names. Refused only if one is installed already: then that one is used.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

async fn pool(db: &DbUrl, create: bool) -> Result<AnyPool> {
    install_drivers();
    let url = match (db.backend, create) {
        (Backend::Sqlite, true) => format!("{}?mode=rwc", db.url),
        (Backend::Sqlite, false) => format!("{}?mode=rw", db.url),
        (Backend::Postgres, _) => db.url.clone(),
    };
    let options = AnyConnectOptions::from_str(&url)?.disable_statement_logging();
    let backend = db.backend;
    let pool = AnyPoolOptions::new()
        .max_connections(match backend {
            Backend::Sqlite => 4,
            Backend::Postgres => 8,
        })
        .after_connect(move |conn, _| {
            Box::pin(async move {
                if backend == Backend::Sqlite {
                    // Full sync: a commit that returned is on disk. WAL is set once, when the file is made.
                    conn.execute("PRAGMA synchronous = FULL").await?;
                    conn.execute("PRAGMA busy_timeout = 30000").await?;
                    // 64 MiB of page cache a connection (SQLite's default is 2 MiB): reports and verify read
                    // the whole register.
                    conn.execute("PRAGMA cache_size = -65536").await?;
                }
                Ok(())
            })
        })
        .connect_with(options)
        .await
        .map_err(|e| match e {
            // Said plainly, with the mode asked for (a server without TLS, a certificate not trusted).
            sqlx::Error::Tls(reason) => RegisterError::Tls {
                url: hide_password(&db.url),
                mode: ssl_mode(&db.url).unwrap_or_else(|| "prefer".into()),
                reason: reason.to_string(),
            },
            // rustls refusing the server's certificate (an unknown CA, another name) reaches sqlx as I/O.
            sqlx::Error::Io(io)
                if io.kind() == std::io::ErrorKind::InvalidData
                    && ssl_mode(&db.url).is_some_and(|m| m.starts_with("verify")) =>
            {
                RegisterError::Tls {
                    url: hide_password(&db.url),
                    mode: ssl_mode(&db.url).unwrap_or_default(),
                    reason: format!("the server's certificate is not accepted ({io})"),
                }
            }
            e => e.into(),
        })?;
    Ok(pool)
}

impl Register {
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
        let reg = Register {
            pool,
            backend: db.backend,
            shown: hide_password(url),
            register_id,
            secret,
            writers: Default::default(),
        };
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
        Ok(Register {
            pool,
            backend: db.backend,
            shown: hide_password(url),
            register_id: register_id.to_owned(),
            secret: secret.to_owned(),
            writers: Default::default(),
        })
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
        Ok(Register {
            pool,
            backend: db.backend,
            shown: hide_password(url),
            register_id,
            secret,
            writers: Default::default(),
        })
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

/// Connects to a database to make a register in: a new SQLite file is made, readable by its owner only, with
/// its write-ahead log.
async fn new_database(db: &DbUrl) -> Result<AnyPool> {
    let pool = pool(db, true).await?;
    if let Some(p) = &db.path {
        owner_only(p)?;
        sqlite_file_settings(&pool).await?;
    }
    Ok(pool)
}

/// What a new SQLite file keeps: the write-ahead log (readers never wait for the writer; a commit that
/// returned survives a crash of the process).
async fn sqlite_file_settings(pool: &AnyPool) -> Result<()> {
    sqlx::query("PRAGMA journal_mode = WAL").execute(pool).await?;
    Ok(())
}

/// The register's file is readable by its owner only (the CLI acts with the file's own access; SQLite gives
/// its -wal and -shm files the same permissions).
fn owner_only(path: &std::path::Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

async fn migrate(pool: &AnyPool) -> Result<()> {
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

// ---------------------------------------------------------------------------------------------------------
// Rows as plain values, so that one writer and one reader serve every table (and verify compares them).

/// A column's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Val {
    Int(Option<i64>),
    Text(Option<String>),
}

impl Val {
    pub fn int(v: i64) -> Val {
        Val::Int(Some(v))
    }
    pub fn text(v: impl Into<String>) -> Val {
        Val::Text(Some(v.into()))
    }
    pub fn opt_text(v: Option<impl Into<String>>) -> Val {
        Val::Text(v.map(Into::into))
    }
    pub fn opt_bool(v: Option<bool>) -> Val {
        Val::Int(v.map(i64::from))
    }
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Val::Text(t) => t.as_deref(),
            Val::Int(_) => None,
        }
    }
    pub fn as_int(&self) -> Option<i64> {
        match self {
            Val::Int(i) => *i,
            Val::Text(_) => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    Int,
    Text,
}

/// A projection table: its name and columns (the first is `seq`, the log entry).
#[derive(Debug)]
pub struct Table {
    pub name: &'static str,
    pub columns: &'static [(&'static str, Ty)],
}

impl Table {
    pub fn column_list(&self) -> String {
        self.columns.iter().map(|(c, _)| *c).collect::<Vec<_>>().join(", ")
    }

    /// Reads one row of this table's columns (in order).
    pub fn read(&self, row: &AnyRow) -> Result<Vec<Val>> {
        self.columns
            .iter()
            .enumerate()
            .map(|(i, (_, ty))| {
                Ok(match ty {
                    Ty::Int => Val::Int(row.try_get(i)?),
                    Ty::Text => Val::Text(row.try_get(i)?),
                })
            })
            .collect()
    }
}

/// A row to write: its table and values.
#[derive(Debug, Clone)]
pub struct PendingRow {
    pub table: &'static Table,
    pub values: Vec<Val>,
}

/// Inserts rows of one table in as few statements as the databases' parameter limits allow. SQLite gets
/// anonymous `?` placeholders: sqlx looks up each numbered one by name, which SQLite answers by a linear
/// scan, so thousands of `$N` in one statement cost quadratic time (41 % of an import's CPU, measured).
async fn insert_rows(
    tx: &mut Transaction<'static, Any>,
    backend: Backend,
    table: &Table,
    rows: Vec<Vec<Val>>,
) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let width = table.columns.len();
    // SQLite allows 32,766 parameters a statement, PostgreSQL 65,535.
    let per_statement = (30_000 / width).max(1);
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<Vec<Val>> = rows.by_ref().take(per_statement).collect();
        let mut sql = format!("INSERT INTO {} ({}) VALUES ", table.name, table.column_list());
        let mut n = 0;
        for r in 0..chunk.len() {
            if r > 0 {
                sql.push(',');
            }
            sql.push('(');
            for c in 0..width {
                if c > 0 {
                    sql.push(',');
                }
                n += 1;
                match backend {
                    Backend::Sqlite => sql.push('?'),
                    Backend::Postgres => {
                        sql.push('$');
                        sql.push_str(&n.to_string());
                    }
                }
            }
            sql.push(')');
        }
        let mut q = sqlx::query(built(sql));
        for row in chunk {
            for v in row {
                q = match v {
                    Val::Int(i) => q.bind(i),
                    Val::Text(t) => q.bind(t),
                };
            }
        }
        q.execute(&mut **tx).await?;
    }
    Ok(())
}

pub static LOG: Table = Table {
    name: "log",
    columns: &[
        ("seq", Ty::Int),
        ("at", Ty::Text),
        ("actor", Ty::Text),
        ("kind", Ty::Text),
        ("subject", Ty::Text),
        ("body", Ty::Text),
        ("prev", Ty::Text),
        ("hash", Ty::Text),
    ],
};

fn entry_values(e: Entry) -> Vec<Val> {
    vec![
        Val::int(e.seq),
        Val::text(e.at),
        Val::text(e.actor),
        Val::text(e.kind),
        Val::text(e.subject),
        Val::text(e.body),
        Val::text(e.prev),
        Val::text(e.hash),
    ]
}

/// Reads a log row (columns of [`LOG`], in order).
pub fn entry_from_row(row: &AnyRow) -> Result<Entry> {
    Ok(Entry {
        seq: row.try_get(0)?,
        at: row.try_get(1)?,
        actor: row.try_get(2)?,
        kind: row.try_get(3)?,
        subject: row.try_get(4)?,
        body: row.try_get(5)?,
        prev: row.try_get(6)?,
        hash: row.try_get(7)?,
    })
}

/// One write transaction (see the module docs). Entries and rows are buffered and written in bulk by
/// [`Appender::flush`] (and by [`Appender::commit`]).
pub struct Appender {
    tx: Transaction<'static, Any>,
    backend: Backend,
    head_seq: i64,
    head_hash: String,
    log: Vec<Entry>,
    rows: Vec<PendingRow>,
    /// SQLite: this writer's turn (see `Register::writers`); last, so that it is released after the
    /// transaction ends (commit, or rollback on drop).
    _turn: Option<tokio::sync::OwnedMutexGuard<()>>,
}

impl Appender {
    /// Appends an entry (hashed now, written at the next flush); returns its number.
    pub fn push(&mut self, actor: &str, kind: &str, subject: &str, body: String) -> i64 {
        let seq = self.head_seq + 1;
        let at = stamp(Utc::now());
        let hash = chain::hash(&self.head_hash, seq, &at, actor, kind, subject, &body);
        let entry = Entry {
            seq,
            at,
            actor: actor.to_owned(),
            kind: kind.to_owned(),
            subject: subject.to_owned(),
            body,
            prev: std::mem::replace(&mut self.head_hash, hash.clone()),
            hash,
        };
        self.head_seq = seq;
        self.log.push(entry);
        seq
    }

    /// Appends a restored entry as it was (restore checks its hash first).
    pub(crate) fn push_entry(&mut self, e: Entry) {
        self.head_seq = e.seq;
        self.head_hash = e.hash.clone();
        self.log.push(e);
    }

    /// Queues a projection row (written after the log entries it belongs to).
    pub fn row(&mut self, table: &'static Table, values: Vec<Val>) {
        self.rows.push(PendingRow { table, values });
    }

    /// The entries not yet written.
    pub fn pending_entries(&self) -> &[Entry] {
        &self.log
    }

    /// The number the next entry will get.
    pub fn next_seq(&self) -> i64 {
        self.head_seq + 1
    }

    /// The transaction, for reads that must see this write's state.
    pub fn tx(&mut self) -> &mut Transaction<'static, Any> {
        &mut self.tx
    }

    /// Writes the buffered entries, then the buffered rows (grouped by table, in order).
    pub async fn flush(&mut self) -> Result<()> {
        let entries: Vec<Vec<Val>> = self.log.drain(..).map(entry_values).collect();
        insert_rows(&mut self.tx, self.backend, &LOG, entries).await?;
        // Rows of consecutive entries of one table go in together (order across tables is kept).
        let mut rows = std::mem::take(&mut self.rows).into_iter().peekable();
        while let Some(first) = rows.next() {
            let table = first.table;
            let mut group = vec![first.values];
            while let Some(next) = rows.next_if(|r| r.table.name == table.name) {
                group.push(next.values);
            }
            insert_rows(&mut self.tx, self.backend, table, group).await?;
        }
        Ok(())
    }

    /// Writes everything, moves the chain head and commits. Returns the new head.
    pub async fn commit(mut self) -> Result<(i64, String)> {
        self.flush().await?;
        sqlx::query("UPDATE chain_head SET seq = $1, hash = $2 WHERE id = 1")
            .bind(self.head_seq)
            .bind(self.head_hash.clone())
            .execute(&mut *self.tx)
            .await?;
        self.tx.commit().await?;
        Ok((self.head_seq, self.head_hash))
    }
}

/// A new register's identity (`register_meta`) and the chain's head at the genesis hash, in one transaction:
/// the tables as both a new register and a restore start from.
async fn seed(pool: &AnyPool, register_id: &str, secret: &str, created_at: &str) -> Result<()> {
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
