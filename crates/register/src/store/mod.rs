//! Storage: SQLite (one file, WAL) or PostgreSQL, through one code path (sqlx's `Any` driver) and one set
//! of migrations. Every write goes through an [`Appender`]: one transaction that locks the chain head,
//! appends log entries with their hashes, writes the projection rows of those entries, moves the head and
//! commits. A request is therefore all there or not there at all.
//!
//! One file a concept: `url` reads a database URL (SQLite or PostgreSQL, `sslmode`); `connect` opens the pool
//! (drivers, TLS errors said plainly, a new SQLite file's settings); `schema` the migrations and a new
//! register's first rows; `register` the [`Register`] handle and its reads; `rows` rows as plain values and
//! their bulk insert; `appender` the [`Appender`], the one way to write.

mod appender;
mod connect;
mod register;
mod rows;
mod schema;
mod url;

pub use appender::Appender;
pub use register::Register;
pub use rows::{LOG, PendingRow, Table, Ty, Val, entry_from_row};
pub use schema::SCHEMA_VERSION;
pub use url::{Backend, DEFAULT_URL, DbUrl, SSL_MODES, hide_password};

/// SQL assembled by the register from its own table and column names and numbered placeholders (never from
/// input: values are always bound).
pub fn built(sql: String) -> sqlx::AssertSqlSafe<String> {
    sqlx::AssertSqlSafe(sql)
}
