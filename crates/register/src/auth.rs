//! Who may do what: staff accounts with roles, Argon2id passwords, sessions (for `amparo register serve`
//! only), API tokens for system-to-system import. Every change to an account or token is a log entry.
//!
//! | may …                           | clerk | supervisor | auditor | admin |
//! |---------------------------------|-------|------------|---------|-------|
//! | record requests and actions     | yes   | yes        |         |       |
//! | propose a correction            | yes   | yes        |         |       |
//! | approve or reject a correction  |       | yes (not their own) |  |       |
//! | read a request (logged)         | yes   | yes        | yes     |       |
//! | run reports                     |       | yes        | yes     |       |
//! | read the log, verify            |       |            | yes     |       |
//! | manage accounts and tokens      |       |            |         | yes   |
//!
//! An administrator manages accounts and reads no records (separation of duties). The CLI acts with the
//! database's own access (file permissions, database credentials) and records `--as NAME`; it does not
//! use these roles.

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use chrono::{Duration, Utc};
use serde_json::json;
use sqlx::Row;

use crate::chain::{random_hex, sha256_hex};
use crate::error::{FieldError, RegisterError, Result};
use crate::store::Register;
use crate::time::stamp;

macro_rules! roles {
    ($($variant:ident = $id:literal),+ $(,)?) => {
        /// A staff role.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
        #[serde(rename_all = "lowercase")]
        pub enum Role { $($variant),+ }
        impl Role {
            pub const ALL: &'static [Role] = &[$(Role::$variant),+];
            pub fn id(self) -> &'static str { match self { $(Role::$variant => $id),+ } }
            pub fn parse(s: &str) -> Result<Role> {
                match s {
                    $($id => Ok(Role::$variant),)+
                    other => Err(FieldError::new("role", format!("unknown role {other:?}: clerk, supervisor, auditor or admin")).into()),
                }
            }
        }
    };
}

roles!(
    Clerk = "clerk",
    Supervisor = "supervisor",
    Auditor = "auditor",
    Admin = "admin"
);

/// Something a role may or may not do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    Record,
    ProposeCorrection,
    ApproveCorrection,
    ReadRecords,
    RunReports,
    ReadLog,
    ManageAccounts,
}

impl Permission {
    pub const ALL: [Permission; 7] = [
        Permission::Record,
        Permission::ProposeCorrection,
        Permission::ApproveCorrection,
        Permission::ReadRecords,
        Permission::RunReports,
        Permission::ReadLog,
        Permission::ManageAccounts,
    ];
}

impl Role {
    /// The table in the module docs.
    pub fn may(self, p: Permission) -> bool {
        use Permission::*;
        match self {
            Role::Clerk => matches!(p, Record | ProposeCorrection | ReadRecords),
            Role::Supervisor => matches!(
                p,
                Record | ProposeCorrection | ApproveCorrection | ReadRecords | RunReports
            ),
            Role::Auditor => matches!(p, ReadRecords | RunReports | ReadLog),
            Role::Admin => matches!(p, ManageAccounts),
        }
    }
}

/// How a principal is signed in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Via {
    Session,
    Token(String),
}

/// Someone signed in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub name: String,
    pub role: Role,
    pub via: Via,
}

impl Principal {
    /// The actor the log records: `staff:NAME`, or `token:ID(NAME)`.
    pub fn actor(&self) -> String {
        match &self.via {
            Via::Session => format!("staff:{}", self.name),
            Via::Token(id) => format!("token:{id}({})", self.name),
        }
    }

    pub fn require(&self, p: Permission) -> Result<()> {
        if self.role.may(p) {
            Ok(())
        } else {
            Err(RegisterError::Forbidden(format!(
                "a {} may not do this",
                self.role.id()
            )))
        }
    }
}

/// The shortest password accepted.
pub const MIN_PASSWORD: usize = 12;
/// How long a session lasts (absolute, from sign-in).
pub const SESSION_HOURS: i64 = 10;

fn hasher() -> Argon2<'static> {
    // Argon2id, v19, m = 19 MiB, t = 2, p = 1: the crate's default, OWASP's recommended minimum (29 ms a
    // hash on this project's machine, shared/stack.md).
    Argon2::default()
}

/// Hashes a password (Argon2id, random salt) as a PHC string.
pub fn hash_password(password: &str) -> Result<String> {
    if password.chars().count() < MIN_PASSWORD {
        return Err(FieldError::new("password", format!("at least {MIN_PASSWORD} characters")).into());
    }
    hasher()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| RegisterError::Report(format!("hashing: {e}")))
}

fn password_matches(hash: &str, password: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| hasher().verify_password(password.as_bytes(), &h).is_ok())
}

/// A valid name: 1 to 64 of letters, digits, `. _ -` and `@`.
fn check_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'@'));
    if ok {
        Ok(())
    } else {
        Err(FieldError::new("name", "1 to 64 letters, digits, . _ - or @").into())
    }
}

/// A statement on the staff tables (accounts, tokens, sessions), its values bound.
type Statement<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>;

/// Changes the staff tables and logs the change in one write: a change is never made without its entry, nor
/// an entry written without its change. `missing`: the error when the first statement changes no row.
async fn logged(
    reg: &Register,
    (actor, kind, subject): (&str, &str, &str),
    body: serde_json::Value,
    statements: Vec<Statement<'_>>,
    missing: Option<String>,
) -> Result<()> {
    let mut a = reg.append().await?;
    for (i, q) in statements.into_iter().enumerate() {
        let n = q.execute(&mut **a.tx()).await?.rows_affected();
        if let Some(m) = missing.as_ref().filter(|_| i == 0 && n == 0) {
            // Dropped unwritten: nothing changes.
            return Err(RegisterError::NotFound(m.clone()));
        }
    }
    a.push(actor, kind, subject, body.to_string());
    a.commit().await?;
    Ok(())
}

fn no_account(name: &str) -> Option<String> {
    Some(format!("no account {name:?}"))
}

/// Creates an account (with a password, or none: then only tokens sign in as it).
pub async fn create_account(reg: &Register, actor: &str, name: &str, role: Role, password: Option<&str>) -> Result<()> {
    check_name(name)?;
    let hash = password.map(hash_password).transpose()?;
    let exists = sqlx::query("SELECT 1 FROM accounts WHERE name = $1")
        .bind(name)
        .fetch_optional(reg.pool())
        .await?;
    if exists.is_some() {
        return Err(RegisterError::Conflict(format!("an account {name:?} exists")));
    }
    let insert = sqlx::query(
        "INSERT INTO accounts (name, role, password_hash, disabled, created_at) VALUES ($1, $2, $3, 0, $4)",
    )
    .bind(name)
    .bind(role.id())
    .bind(hash)
    .bind(stamp(Utc::now()));
    logged(
        reg,
        (actor, "account", name),
        json!({ "op": "create", "role": role.id() }),
        vec![insert],
        None,
    )
    .await
}

/// Changes an account's role.
pub async fn set_role(reg: &Register, actor: &str, name: &str, role: Role) -> Result<()> {
    let update = sqlx::query("UPDATE accounts SET role = $1 WHERE name = $2")
        .bind(role.id())
        .bind(name);
    logged(
        reg,
        (actor, "account", name),
        json!({ "op": "role", "role": role.id() }),
        vec![update],
        no_account(name),
    )
    .await
}

/// Disables (or enables) an account; disabling ends its sessions.
pub async fn set_disabled(reg: &Register, actor: &str, name: &str, disabled: bool) -> Result<()> {
    let mut statements = vec![
        sqlx::query("UPDATE accounts SET disabled = $1 WHERE name = $2")
            .bind(i64::from(disabled))
            .bind(name),
    ];
    if disabled {
        statements.push(sqlx::query("DELETE FROM sessions WHERE account = $1").bind(name));
    }
    logged(
        reg,
        (actor, "account", name),
        json!({ "op": if disabled { "disable" } else { "enable" } }),
        statements,
        no_account(name),
    )
    .await
}

/// Sets an account's password.
pub async fn set_password(reg: &Register, actor: &str, name: &str, password: &str) -> Result<()> {
    let hash = hash_password(password)?;
    let statements = vec![
        sqlx::query("UPDATE accounts SET password_hash = $1 WHERE name = $2")
            .bind(hash)
            .bind(name),
        sqlx::query("DELETE FROM sessions WHERE account = $1").bind(name),
    ];
    logged(
        reg,
        (actor, "account", name),
        json!({ "op": "password" }),
        statements,
        no_account(name),
    )
    .await
}

/// An account as listed.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AccountInfo {
    pub name: String,
    pub role: Role,
    pub disabled: bool,
    pub has_password: bool,
    pub created_at: String,
}

pub async fn accounts(reg: &Register) -> Result<Vec<AccountInfo>> {
    let rows = sqlx::query("SELECT name, role, disabled, password_hash, created_at FROM accounts ORDER BY name")
        .fetch_all(reg.pool())
        .await?;
    rows.iter()
        .map(|r| {
            Ok(AccountInfo {
                name: r.try_get(0)?,
                role: Role::parse(&r.try_get::<String, _>(1)?)?,
                disabled: r.try_get::<i64, _>(2)? != 0,
                has_password: r.try_get::<Option<String>, _>(3)?.is_some(),
                created_at: r.try_get(4)?,
            })
        })
        .collect()
}

/// Checks a name and password. The same work is done whether or not the account exists.
pub async fn check_password(reg: &Register, name: &str, password: &str) -> Result<Option<Principal>> {
    let row = sqlx::query("SELECT role, password_hash, disabled FROM accounts WHERE name = $1")
        .bind(name)
        .fetch_optional(reg.pool())
        .await?;
    // A fixed hash of a random password, so that an unknown name costs the same as a wrong password.
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let dummy = DUMMY.get_or_init(|| hash_password(&random_hex(16)).unwrap_or_default());
    let (role, hash, disabled) = match &row {
        Some(r) => (
            r.try_get::<String, _>(0)?,
            r.try_get::<Option<String>, _>(1)?,
            r.try_get::<i64, _>(2)? != 0,
        ),
        None => (String::new(), None, true),
    };
    let hash_owned = hash.unwrap_or_else(|| dummy.clone());
    let password = password.to_owned();
    let ok = tokio::task::spawn_blocking(move || password_matches(&hash_owned, &password))
        .await
        .unwrap_or(false);
    if !ok || disabled || row.is_none() {
        return Ok(None);
    }
    Ok(Some(Principal {
        name: name.to_owned(),
        role: Role::parse(&role)?,
        via: Via::Session,
    }))
}

// ---------------------------------------------------------------------------------------------------------
// Tokens: "amparo_<id>_<secret>"; the register keeps the id and SHA-256 of the secret.

/// Creates an API token for an account; returns the token (shown once).
pub async fn create_token(reg: &Register, actor: &str, account: &str, label: &str) -> Result<String> {
    let exists = sqlx::query("SELECT disabled FROM accounts WHERE name = $1")
        .bind(account)
        .fetch_optional(reg.pool())
        .await?;
    if exists.is_none() {
        return Err(RegisterError::NotFound(format!("no account {account:?}")));
    }
    let id = random_hex(6);
    let secret = random_hex(32);
    let insert = sqlx::query(
        "INSERT INTO tokens (id, account, secret_sha256, label, created_at, revoked) VALUES ($1, $2, $3, $4, $5, 0)",
    )
    .bind(&id)
    .bind(account)
    .bind(sha256_hex(secret.as_bytes()))
    .bind(label)
    .bind(stamp(Utc::now()));
    logged(
        reg,
        (actor, "token", account),
        json!({ "op": "create", "token": id, "label": label }),
        vec![insert],
        None,
    )
    .await?;
    Ok(format!("amparo_{id}_{secret}"))
}

pub async fn revoke_token(reg: &Register, actor: &str, id: &str) -> Result<()> {
    logged(
        reg,
        (actor, "token", id),
        json!({ "op": "revoke", "token": id }),
        vec![sqlx::query("UPDATE tokens SET revoked = 1 WHERE id = $1").bind(id)],
        Some(format!("no token {id:?}")),
    )
    .await
}

/// Tokens as listed (never their secrets).
pub async fn tokens(reg: &Register) -> Result<Vec<(String, String, String, String, bool)>> {
    let rows = sqlx::query("SELECT id, account, label, created_at, revoked FROM tokens ORDER BY created_at")
        .fetch_all(reg.pool())
        .await?;
    rows.iter()
        .map(|r| {
            Ok((
                r.try_get(0)?,
                r.try_get(1)?,
                r.try_get(2)?,
                r.try_get(3)?,
                r.try_get::<i64, _>(4)? != 0,
            ))
        })
        .collect()
}

/// The principal a bearer token signs in as.
pub async fn token_principal(reg: &Register, token: &str) -> Result<Option<Principal>> {
    let Some(rest) = token.strip_prefix("amparo_") else {
        return Ok(None);
    };
    let Some((id, secret)) = rest.split_once('_') else {
        return Ok(None);
    };
    let row = sqlx::query(
        "SELECT t.secret_sha256, t.revoked, a.name, a.role, a.disabled FROM tokens t JOIN accounts a ON a.name = t.account WHERE t.id = $1",
    )
    .bind(id)
    .fetch_optional(reg.pool())
    .await?;
    let Some(r) = row else { return Ok(None) };
    let stored: String = r.try_get(0)?;
    let given = sha256_hex(secret.as_bytes());
    if !constant_time_eq(stored.as_bytes(), given.as_bytes())
        || r.try_get::<i64, _>(1)? != 0
        || r.try_get::<i64, _>(4)? != 0
    {
        return Ok(None);
    }
    Ok(Some(Principal {
        name: r.try_get(2)?,
        role: Role::parse(&r.try_get::<String, _>(3)?)?,
        via: Via::Token(id.to_owned()),
    }))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

// ---------------------------------------------------------------------------------------------------------
// Sessions

/// A new session: (cookie value, CSRF token).
pub async fn start_session(reg: &Register, p: &Principal) -> Result<(String, String)> {
    let id = random_hex(32);
    let csrf = random_hex(16);
    let now = Utc::now();
    sqlx::query("DELETE FROM sessions WHERE expires_at < $1")
        .bind(stamp(now))
        .execute(reg.pool())
        .await?;
    let insert = sqlx::query(
        "INSERT INTO sessions (id_sha256, account, csrf, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(sha256_hex(id.as_bytes()))
    .bind(&p.name)
    .bind(&csrf)
    .bind(stamp(now))
    .bind(stamp(now + Duration::hours(SESSION_HOURS)));
    logged(
        reg,
        (&p.actor(), "session", &p.name),
        json!({ "op": "sign_in" }),
        vec![insert],
        None,
    )
    .await?;
    Ok((id, csrf))
}

/// The principal and CSRF token of a session cookie, if it is live.
pub async fn session(reg: &Register, cookie: &str) -> Result<Option<(Principal, String)>> {
    let row = sqlx::query(
        "SELECT s.csrf, s.expires_at, a.name, a.role, a.disabled FROM sessions s JOIN accounts a ON a.name = s.account WHERE s.id_sha256 = $1",
    )
    .bind(sha256_hex(cookie.as_bytes()))
    .fetch_optional(reg.pool())
    .await?;
    let Some(r) = row else { return Ok(None) };
    let expires: String = r.try_get(1)?;
    if expires < stamp(Utc::now()) || r.try_get::<i64, _>(4)? != 0 {
        return Ok(None);
    }
    Ok(Some((
        Principal {
            name: r.try_get(2)?,
            role: Role::parse(&r.try_get::<String, _>(3)?)?,
            via: Via::Session,
        },
        r.try_get(0)?,
    )))
}

pub async fn end_session(reg: &Register, cookie: &str, p: &Principal) -> Result<()> {
    let delete = sqlx::query("DELETE FROM sessions WHERE id_sha256 = $1").bind(sha256_hex(cookie.as_bytes()));
    logged(
        reg,
        (&p.actor(), "session", &p.name),
        json!({ "op": "sign_out" }),
        vec![delete],
        None,
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_role_may_only_what_the_table_says() {
        use Permission::*;
        let allowed = |r: Role| Permission::ALL.into_iter().filter(|p| r.may(*p)).collect::<Vec<_>>();
        assert_eq!(allowed(Role::Clerk), [Record, ProposeCorrection, ReadRecords]);
        assert_eq!(
            allowed(Role::Supervisor),
            [Record, ProposeCorrection, ApproveCorrection, ReadRecords, RunReports]
        );
        assert_eq!(allowed(Role::Auditor), [ReadRecords, RunReports, ReadLog]);
        assert_eq!(allowed(Role::Admin), [ManageAccounts]);
    }

    #[test]
    fn passwords_are_argon2id_and_short_ones_are_refused() {
        let h = hash_password("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(password_matches(&h, "correct horse battery"));
        assert!(!password_matches(&h, "correct horse battery!"));
        assert!(hash_password("short").is_err());
    }
}
