//! Database URLs: `sqlite:PATH` or `postgres://…` with its `sslmode`, read and checked before connecting, and
//! shown without their password.

use crate::error::{RegisterError, Result};

/// The default database: a file next to where the command runs.
pub const DEFAULT_URL: &str = "sqlite:amparo-register.db";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
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
pub(super) fn ssl_mode(url: &str) -> Option<String> {
    let (_, query) = url.split_once('?')?;
    query.split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        matches!(k, "sslmode" | "ssl-mode").then(|| v.to_ascii_lowercase())
    })
}
