//! Signing in and out (sign-in limits: `super::super::limits`).

use axum::Form;
use axum::extract::{Extension, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use maud::html;

use super::common::{ctx, error_page, field, page};
use crate::auth::{self};
use crate::server::{ClientIp, SESSION_COOKIE, Shared, limits, page_principal};

pub(super) async fn login_form(State(state): State<Shared>, headers: HeaderMap) -> Response {
    if let Ok(Some(_)) = page_principal(&state, &headers).await {
        return Redirect::to("/").into_response();
    }
    login_page(None, StatusCode::OK)
}

fn login_page(message: Option<&str>, status: StatusCode) -> Response {
    let mut res = page(
        "Sign in",
        None,
        html! {
            @if let Some(m) = message { p class="error" { (m) } }
            form method="post" action="/login" {
                label for="name" { "Name" }
                input type="text" id="name" name="name" autocomplete="username" required;
                label for="password" { "Password" }
                input type="password" id="password" name="password" autocomplete="current-password" required;
                button type="submit" { "Sign in" }
            }
            p class="note" { "For the staff of the agency that keeps this register. Every reading of a record is logged." }
        },
    );
    *res.status_mut() = status;
    res
}

pub(super) async fn login(
    State(state): State<Shared>,
    Extension(ip): Extension<ClientIp>,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let name = field(&form, "name").to_owned();
    let password = form
        .iter()
        .find(|(k, _)| k == "password")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let blocked = match limits::blocked(&state.reg, &name, &ip.0, Utc::now()).await {
        Ok(b) => b,
        Err(e) => return error_page(None, &e),
    };
    if let Some(wait) = blocked {
        let mut res = login_page(
            Some(&format!(
                "Too many failed sign-ins. Try again in {} minute(s).",
                wait.div_ceil(60)
            )),
            StatusCode::TOO_MANY_REQUESTS,
        );
        if let Ok(v) = HeaderValue::from_str(&wait.to_string()) {
            res.headers_mut().insert(header::RETRY_AFTER, v);
        }
        return res;
    }
    match auth::check_password(&state.reg, &name, &password).await {
        Ok(Some(p)) => {
            if let Err(e) = limits::succeeded(&state.reg, &name).await {
                return error_page(None, &e);
            }
            match auth::start_session(&state.reg, &p).await {
                Ok((cookie, _)) => {
                    let secure = if state.secure_cookies { "; Secure" } else { "" };
                    let value = format!(
                        "{SESSION_COOKIE}={cookie}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}{secure}",
                        auth::SESSION_HOURS * 3600
                    );
                    let mut res = Redirect::to("/").into_response();
                    if let Ok(v) = HeaderValue::from_str(&value) {
                        res.headers_mut().insert(header::SET_COOKIE, v);
                    }
                    res
                }
                Err(e) => error_page(None, &e),
            }
        }
        Ok(None) => {
            if let Err(e) = limits::failed(&state.reg, &name, &ip.0, Utc::now()).await {
                return error_page(None, &e);
            }
            login_page(Some("Name or password not recognized."), StatusCode::UNAUTHORIZED)
        }
        Err(e) => error_page(None, &e),
    }
}

pub(super) async fn logout(
    State(state): State<Shared>,
    headers: HeaderMap,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let c = match ctx(&state, &headers).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    if field(&form, "csrf") != c.csrf {
        return (StatusCode::FORBIDDEN, "stale form").into_response();
    }
    if let Err(e) = auth::end_session(&state.reg, &c.cookie, &c.p).await {
        return error_page(None, &e);
    }
    let mut res = Redirect::to("/login").into_response();
    let clear = format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    if let Ok(v) = HeaderValue::from_str(&clear) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    res
}
