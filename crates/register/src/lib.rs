//! # amparo-register
//!
//! The register of federal immigration requests to New York City agencies: each request (a civil
//! immigration detainer with its I-247A basis, a request for information, a request for assistance under
//! NYC Admin. Code § 10-178(d)), the decision the detainer engine gave *at the time* (stored exactly as the
//! engine wrote it, with its law version, trace and citations), what the agency then did and who did it, and
//! the reports the law requires (§§ 9-131(f), 14-154(f), 9-205(f), 10-178(d)), each figure linked to its
//! records.
//!
//! - [`event`]: the import contract (one JSON object or CSV row a line), read with the line and field of
//!   every error.
//! - [`engine`]: the one place that calls the detainer engine (`amparo_law::detainer`) and says which
//!   requesting agencies are "federal immigration authorities" on a day (as the law crate's versions read them).
//! - [`store`]: SQLite (default, WAL) or PostgreSQL through one code path (sqlx `Any`), the same
//!   migrations on both; TLS to PostgreSQL (rustls, the system's trusted roots or `sslrootcert=`) as the
//!   URL's `sslmode` says ([`store::SSL_MODES`]: `verify-full` for a remote server); [`chain`]: the hash-chained log every record is an entry of; [`record`]: writing
//!   entries (nothing is ever overwritten: a correction is a new entry pointing to the old); [`projection`]:
//!   the tables of rows derived from entries, and that derivation (writing and `verify` share it); [`import`];
//!   [`verify`]; [`backup`] (backup, restore, export).
//! - [`report`]: the reports, as data (JSON), CSV and PDF, with the small-cell rule for anonymized output.
//! - [`auth`]: staff accounts and roles, Argon2id, sessions, API tokens; [`server`]: the staff web UI (no
//!   JavaScript) and the JSON API (OpenAPI), on the register's own port.

pub mod auth;
pub mod backup;
pub mod chain;
pub mod engine;
pub mod error;
pub mod event;
pub mod import;
pub mod projection;
pub mod record;
pub mod report;
pub mod sample;
pub mod server;
pub mod store;
pub mod time;
pub mod verify;
pub mod view;

pub use error::{FieldError, LineError, RegisterError};
pub use store::Register;
