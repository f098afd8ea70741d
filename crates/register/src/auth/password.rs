//! Passwords: Argon2id hashing, and checking a name and password at sign-in.

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use sqlx::Row;

use super::{MIN_PASSWORD, Principal, Role, Via};
use crate::chain::random_hex;
use crate::error::{FieldError, RegisterError, Result};
use crate::store::Register;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_argon2id_and_short_ones_are_refused() {
        let h = hash_password("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(password_matches(&h, "correct horse battery"));
        assert!(!password_matches(&h, "correct horse battery!"));
        assert!(hash_password("short").is_err());
    }
}
