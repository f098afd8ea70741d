//! `amparo register account …`: staff accounts and API tokens, and reading a password.

use std::io::{self, BufRead, IsTerminal};
use std::process::ExitCode;

use amparo_register::Register;
use amparo_register::auth::{self, Role};
use anyhow::{Context, Result};

#[derive(clap::Subcommand)]
pub(super) enum AccountCommand {
    /// Create an account (password from standard input or AMPARO_REGISTER_PASSWORD; --no-password for an
    /// account that signs in with API tokens only).
    Add {
        name: String,
        #[arg(long, value_parser = ["clerk", "supervisor", "auditor", "admin"])]
        role: String,
        #[arg(long)]
        no_password: bool,
    },
    /// Set an account's role.
    Role {
        name: String,
        #[arg(value_parser = ["clerk", "supervisor", "auditor", "admin"])]
        role: String,
    },
    Disable {
        name: String,
    },
    Enable {
        name: String,
    },
    /// Set a new password (from standard input or AMPARO_REGISTER_PASSWORD).
    Password {
        name: String,
    },
    /// Make an API token for an account (printed once).
    Token {
        name: String,
        #[arg(long, default_value = "api")]
        label: String,
    },
    /// Revoke an API token by its id.
    Revoke {
        id: String,
    },
    List,
}

/// A password from AMPARO_REGISTER_PASSWORD, or the first line of standard input.
pub(super) fn password() -> Result<String> {
    if let Ok(p) = std::env::var("AMPARO_REGISTER_PASSWORD") {
        return Ok(p);
    }
    if io::stdin().is_terminal() {
        eprint!("password (it is shown as you type; or set AMPARO_REGISTER_PASSWORD): ");
    }
    let mut line = String::new();
    io::stdin()
        .lock()
        .read_line(&mut line)
        .context("reading the password")?;
    Ok(line.trim_end_matches(['\n', '\r']).to_owned())
}

pub(super) async fn account(reg: &Register, who: &str, what: AccountCommand) -> Result<ExitCode> {
    match what {
        AccountCommand::Add {
            name,
            role,
            no_password,
        } => {
            let pw = if no_password { None } else { Some(password()?) };
            auth::create_account(reg, who, &name, Role::parse(&role)?, pw.as_deref()).await?;
            eprintln!("amparo register: account {name} ({role}) created");
        }
        AccountCommand::Role { name, role } => auth::set_role(reg, who, &name, Role::parse(&role)?).await?,
        AccountCommand::Disable { name } => auth::set_disabled(reg, who, &name, true).await?,
        AccountCommand::Enable { name } => auth::set_disabled(reg, who, &name, false).await?,
        AccountCommand::Password { name } => auth::set_password(reg, who, &name, &password()?).await?,
        AccountCommand::Token { name, label } => {
            let token = auth::create_token(reg, who, &name, &label).await?;
            println!("{token}");
            eprintln!("amparo register: the token is shown this once; send it as Authorization: Bearer <token>");
        }
        AccountCommand::Revoke { id } => auth::revoke_token(reg, who, &id).await?,
        AccountCommand::List => {
            for a in auth::accounts(reg).await? {
                println!(
                    "{}\t{}\t{}{}",
                    a.name,
                    a.role.id(),
                    if a.disabled { "disabled" } else { "active" },
                    if a.has_password { "" } else { "\t(tokens only)" }
                );
            }
            for (id, account, label, created, revoked) in auth::tokens(reg).await? {
                println!(
                    "token {id}\t{account}\t{label}\t{created}{}",
                    if revoked { "\trevoked" } else { "" }
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
