//! Supervisors' review of proposed corrections (never their own).

use axum::Form;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use maud::html;

use super::common::{allowed, csrf_input, error_page, field, page, posted, urlencode};
use crate::auth::Permission;
use crate::error::RegisterError;
use crate::record::{self, WriteError};
use crate::server::Shared;

pub(super) async fn proposals(State(state): State<Shared>, headers: HeaderMap) -> Response {
    let c = match allowed(&state, &headers, Permission::ApproveCorrection).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let pending = match crate::view::pending_proposals(&state.reg).await {
        Ok(p) => p,
        Err(e) => return error_page(Some(&c), &e),
    };
    page(
        "Corrections to review",
        Some(&c),
        html! {
            @if pending.is_empty() { p { "None waiting." } }
            table {
                tr { th { "Entry" } th { "Request" } th { "Proposed by" } th { "When" } th { "Review" } }
                @for (seq, rid, by, at) in &pending {
                    tr {
                        td { (seq) }
                        td { a href={ "/requests/" (urlencode(rid)) } { (rid) } }
                        td { (by) }
                        td { (at) }
                        td {
                            @if *by == c.p.actor() { "yours: another supervisor reviews it" }
                            @else {
                                form method="post" action={ "/proposals/" (seq) "/review" } {
                                    (csrf_input(&c))
                                    button type="submit" name="approve" value="yes" { "Approve" }
                                    " "
                                    button type="submit" name="approve" value="no" { "Reject" }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}

pub(super) async fn review(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(seq): Path<i64>,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let c = match posted(&state, &headers, Permission::ApproveCorrection, &form).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let approve = field(&form, "approve") == "yes";
    let result = async {
        let mut a = state.reg.append().await?;
        let w = record::review(&mut a, &c.p.actor(), seq, approve, Utc::now()).await?;
        a.commit().await?;
        Ok::<_, WriteError>(w)
    }
    .await;
    match result {
        Ok(_) => Redirect::to("/proposals").into_response(),
        Err(WriteError::Refused(e)) => error_page(Some(&c), &RegisterError::Field(e)),
        Err(WriteError::Failed(e)) => error_page(Some(&c), &e),
    }
}
