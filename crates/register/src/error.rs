//! Errors as types: a bad field (with its name), a bad line (with its number), and the register's own
//! failures.

use serde::Serialize;

/// A value that cannot be recorded, with the field at fault (`requested_by`, `convictions[0].statute`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[error("{field}: {message}")]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// A refused line of an import, with its number (1-based, as an editor shows it).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[error("line {line}, field {}: {}", .error.field, .error.message)]
pub struct LineError {
    pub line: u64,
    #[serde(flatten)]
    pub error: FieldError,
}

/// The register's failures other than bad input.
#[derive(Debug, thiserror::Error)]
pub enum RegisterError {
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("{0}")]
    Field(#[from] FieldError),
    #[error("not found: {0}")]
    NotFound(String),
    #[error("not allowed: {0}")]
    Forbidden(String),
    #[error("{0}")]
    Conflict(String),
    #[error("the database URL {url:?} is not usable: {reason}")]
    Url { url: String, reason: String },
    #[error("TLS to PostgreSQL at {url:?} failed (sslmode={mode}): {reason}")]
    Tls { url: String, mode: String, reason: String },
    #[error("this database is not an Amparo register: {0}")]
    NotARegister(String),
    #[error("the register's log fails verification: {0}")]
    Integrity(String),
    #[error("I/O: {0}")]
    Io(#[from] std::io::Error),
    #[error("report: {0}")]
    Report(String),
}

impl RegisterError {
    /// Whether the error is the caller's input (exit code 2), not the register's failure.
    pub fn is_bad_input(&self) -> bool {
        matches!(
            self,
            RegisterError::Field(_)
                | RegisterError::NotFound(_)
                | RegisterError::Url { .. }
                | RegisterError::Conflict(_)
        )
    }
}

pub type Result<T, E = RegisterError> = std::result::Result<T, E>;
