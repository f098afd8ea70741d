//! Connecting: sqlx's drivers and rustls's provider installed once, the pool with each SQLite connection's
//! settings, TLS failures said plainly, and a new SQLite file's own settings and permissions.

use std::str::FromStr;
use std::sync::Once;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, ConnectOptions, Executor};

use super::url::{Backend, DbUrl, hide_password, ssl_mode};
use crate::error::{RegisterError, Result};

fn install_drivers() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        sqlx::any::install_default_drivers();
        // ring, the provider sqlx's feature names. Refused only if one is installed already: then that one is used.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

pub(super) async fn pool(db: &DbUrl, create: bool) -> Result<AnyPool> {
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

/// Connects to a database to make a register in: a new SQLite file is made, readable by its owner only, with
/// its write-ahead log.
pub(super) async fn new_database(db: &DbUrl) -> Result<AnyPool> {
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
