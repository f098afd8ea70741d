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

mod accounts;
mod password;
mod sessions;
mod staff_log;
mod tokens;

pub use accounts::{AccountInfo, accounts, create_account, set_disabled, set_password, set_role};
pub use password::{check_password, hash_password};
pub use sessions::{end_session, session, start_session};
pub use tokens::{create_token, revoke_token, token_principal, tokens};

use crate::error::{FieldError, RegisterError, Result};

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
}
