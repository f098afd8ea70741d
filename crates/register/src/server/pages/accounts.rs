//! Staff accounts and API tokens, for administrators.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use maud::{Markup, html};

use super::common::{Ctx, allowed, csrf_input, error_page, field, page, posted, urlencode};
use crate::auth::{self, Permission, Role};
use crate::error::{FieldError, RegisterError};
use crate::server::Shared;

pub(super) async fn accounts(State(state): State<Shared>, headers: HeaderMap) -> Response {
    let c = match allowed(&state, &headers, Permission::ManageAccounts).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    accounts_page(&state, &c, None).await
}

async fn accounts_page(state: &Shared, c: &Ctx, message: Option<Markup>) -> Response {
    let list = auth::accounts(&state.reg).await.unwrap_or_default();
    let tokens = auth::tokens(&state.reg).await.unwrap_or_default();
    let roles = Role::ALL;
    page(
        "Accounts",
        Some(c),
        html! {
            @if let Some(m) = message { (m) }
            table {
                tr { th { "Name" } th { "Role" } th { "State" } th { "Change" } }
                @for a in &list {
                    tr {
                        td { (a.name) }
                        td { (a.role.id()) }
                        td { (if a.disabled { "disabled" } else { "active" }) @if !a.has_password { " (tokens only)" } }
                        td {
                            form method="post" action={ "/accounts/" (urlencode(&a.name)) } {
                                (csrf_input(c))
                                select name="role" aria-label="role" { @for r in roles { option value=(r.id()) selected[*r == a.role] { (r.id()) } } }
                                button type="submit" name="op" value="role" { "Set role" }
                                " "
                                @if a.disabled { button type="submit" name="op" value="enable" { "Enable" } }
                                @else { button type="submit" name="op" value="disable" { "Disable" } }
                                " "
                                input type="password" name="password" aria-label="new password" placeholder="new password" autocomplete="new-password";
                                button type="submit" name="op" value="password" { "Set password" }
                            }
                        }
                    }
                }
            }
            h2 { "New account" }
            form method="post" action="/accounts" {
                (csrf_input(c))
                label for="name" { "Name" }
                input type="text" id="name" name="name" required;
                label for="role" { "Role" }
                select id="role" name="role" { @for r in roles { option value=(r.id()) { (r.id()) } } }
                label for="password" { "Password (at least " (auth::MIN_PASSWORD) " characters; empty: an account for API tokens only)" }
                input type="password" id="password" name="password" autocomplete="new-password";
                button type="submit" { "Create" }
            }
            h2 { "API tokens" }
            table {
                tr { th { "Token" } th { "Account" } th { "Label" } th { "Created" } th { "" } }
                @for (id, account, label, created, revoked) in &tokens {
                    tr {
                        td { code { (id) } }
                        td { (account) }
                        td { (label) }
                        td { (created) }
                        td {
                            @if *revoked { "revoked" }
                            @else {
                                form method="post" action={ "/tokens/" (id) "/revoke" } { (csrf_input(c)) button type="submit" { "Revoke" } }
                            }
                        }
                    }
                }
            }
            form method="post" action="/tokens" {
                (csrf_input(c))
                label for="account" { "New token for account" }
                select id="account" name="account" { @for a in &list { option value=(a.name) { (a.name) " (" (a.role.id()) ")" } } }
                label for="label" { "Label (which system uses it)" }
                input type="text" id="label" name="label" required;
                button type="submit" { "Create token" }
            }
        },
    )
}

pub(super) async fn create_account(
    State(state): State<Shared>,
    headers: HeaderMap,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let c = match posted(&state, &headers, Permission::ManageAccounts, &form).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let password = Some(password(&form)).filter(|p| !p.is_empty());
    let result = match Role::parse(field(&form, "role")) {
        Ok(role) => auth::create_account(&state.reg, &c.p.actor(), field(&form, "name"), role, password).await,
        Err(e) => Err(e),
    };
    back(&c, result)
}

/// The password as typed (never trimmed, unlike other fields).
fn password(form: &[(String, String)]) -> &str {
    form.iter()
        .find(|(k, _)| k == "password")
        .map(|(_, v)| v.as_str())
        .unwrap_or("")
}

/// After a change: back to the accounts page, or the error.
fn back(c: &Ctx, result: crate::error::Result<()>) -> Response {
    match result {
        Ok(()) => Redirect::to("/accounts").into_response(),
        Err(e) => error_page(Some(c), &e),
    }
}

pub(super) async fn change_account(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(name): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let c = match posted(&state, &headers, Permission::ManageAccounts, &form).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let actor = c.p.actor();
    let result = match field(&form, "op") {
        "role" => match Role::parse(field(&form, "role")) {
            Ok(r) => auth::set_role(&state.reg, &actor, &name, r).await,
            Err(e) => Err(e),
        },
        "disable" if name == c.p.name => Err(RegisterError::Conflict("you cannot disable your own account".into())),
        "disable" => auth::set_disabled(&state.reg, &actor, &name, true).await,
        "enable" => auth::set_disabled(&state.reg, &actor, &name, false).await,
        "password" => auth::set_password(&state.reg, &actor, &name, password(&form)).await,
        other => Err(FieldError::new("op", format!("unknown change {other:?}")).into()),
    };
    back(&c, result)
}

pub(super) async fn create_token(
    State(state): State<Shared>,
    headers: HeaderMap,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let c = match posted(&state, &headers, Permission::ManageAccounts, &form).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    match auth::create_token(&state.reg, &c.p.actor(), field(&form, "account"), field(&form, "label")).await {
        Ok(token) => {
            let msg = html! {
                div class="ok" {
                    p { "The new token, shown this once (the register keeps only its hash):" }
                    p { code { (token) } }
                    p class="note" { "Send it as: Authorization: Bearer <token>" }
                }
            };
            accounts_page(&state, &c, Some(msg)).await
        }
        Err(e) => error_page(Some(&c), &e),
    }
}

pub(super) async fn revoke_token(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let c = match posted(&state, &headers, Permission::ManageAccounts, &form).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    back(&c, auth::revoke_token(&state.reg, &c.p.actor(), &id).await)
}
