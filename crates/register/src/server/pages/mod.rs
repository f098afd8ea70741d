//! The staff web UI: server-rendered HTML forms (maud), no JavaScript. Every read of a request or of a
//! person's records is logged before the page is sent. One module a page (or a family of pages); what they
//! share is in `common`.

use axum::Router;
use axum::routing::{get, post};

use super::Shared;

mod accounts;
mod audit;
mod common;
mod corrections;
mod home;
mod new_request;
mod reports;
mod request;
mod request_fields;
mod signin;

pub use reports::make_report;

pub fn routes() -> Router<Shared> {
    Router::new()
        .route("/", get(home::home))
        .route("/style.css", get(common::style))
        .route("/login", get(signin::login_form).post(signin::login))
        .route("/logout", post(signin::logout))
        .route("/requests", get(home::search).post(new_request::create_request))
        .route("/requests/new", get(new_request::new_request))
        .route("/requests/{id}", get(request::show_request))
        .route("/requests/{id}/actions", post(request::add_action))
        .route("/requests/{id}/corrections", post(request::propose_correction))
        .route("/requests/{id}/correct", get(request::correct_form))
        .route("/proposals", get(corrections::proposals))
        .route("/proposals/{seq}/review", post(corrections::review))
        .route("/reports", get(reports::reports_form))
        .route("/reports/run", get(reports::run_report))
        .route("/log", get(audit::log_page))
        .route("/verify", post(audit::verify))
        .route("/accounts", get(accounts::accounts).post(accounts::create_account))
        .route("/accounts/{name}", post(accounts::change_account))
        .route("/tokens", post(accounts::create_token))
        .route("/tokens/{id}/revoke", post(accounts::revoke_token))
}
