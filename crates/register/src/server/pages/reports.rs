//! Running the reports the law requires, in the UI (and for the API: [`make_report`]).

use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use maud::html;

use super::common::{allowed, error_page, page};
use crate::auth::{Permission, Principal};
use crate::error::RegisterError;
use crate::report::{self, Law, Options, Period};
use crate::server::Shared;

pub(super) async fn reports_form(State(state): State<Shared>, headers: HeaderMap) -> Response {
    let c = match allowed(&state, &headers, Permission::RunReports).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    page(
        "Reports",
        Some(&c),
        html! {
            form method="get" action="/reports/run" {
                label for="law" { "Report" }
                select id="law" name="law" {
                    @for l in Law::ALL { option value=(l.id()) { (l.spec().subdivision) " — " (l.spec().title) } }
                }
                label for="period" { "Period: a year for the 12 months ending June 30 (2026), a quarter (2026Q1), or FROM/TO" }
                input type="text" id="period" name="period" required;
                label for="format" { "Format" }
                select id="format" name="format" { option value="pdf" { "PDF" } option value="json" { "JSON (figures with their records)" } option value="csv" { "CSV" } }
                div class="inline" {
                    label { input type="checkbox" name="anonymize" value="yes"; " Anonymized (small cells suppressed, no record ids; always for § 10-178(d))" }
                }
                button type="submit" { "Make the report" }
            }
            p class="note" { (report::SUPPRESSION_RULE) }
        },
    )
}

#[derive(serde::Deserialize)]
pub(super) struct RunQ {
    law: String,
    period: String,
    format: Option<String>,
    anonymize: Option<String>,
    min_cell: Option<u64>,
}

pub(super) async fn run_report(State(state): State<Shared>, headers: HeaderMap, Query(q): Query<RunQ>) -> Response {
    let c = match allowed(&state, &headers, Permission::RunReports).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    match make_report(
        &state,
        &c.p,
        &q.law,
        &q.period,
        q.format.as_deref(),
        q.anonymize.as_deref(),
        q.min_cell,
    )
    .await
    {
        Ok(r) => r,
        Err(e) => error_page(Some(&c), &e),
    }
}

/// A report as a download (shared with the API).
pub async fn make_report(
    state: &Shared,
    p: &Principal,
    law: &str,
    period: &str,
    format: Option<&str>,
    anonymize: Option<&str>,
    min_cell: Option<u64>,
) -> Result<Response, RegisterError> {
    p.require(Permission::RunReports)?;
    let law = Law::parse(law)?;
    let period = Period::parse(law, period)?;
    let format = report::Format::parse(format.unwrap_or("json"))?;
    let mut options = Options::for_law(law);
    if matches!(anonymize, Some("yes" | "true" | "1")) {
        options.anonymize = true;
    }
    if let Some(m) = min_cell {
        options.min_cell = m.max(2);
    }
    let r = report::compute::build(&state.reg, law, period, options, &p.actor()).await?;
    let bytes = report::render(&r, format)?;
    let name = format!(
        "amparo-{}-{}-{}.{}",
        law.id(),
        period.from,
        period.to,
        format.extension()
    );
    let disposition = format!("attachment; filename=\"{name}\"");
    let mut res = bytes.into_response();
    res.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(format.content_type()));
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(res)
}
