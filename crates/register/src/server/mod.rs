//! `amparo register serve`: the staff web UI (HTML forms, no JavaScript) and the JSON API, on the
//! register's own port. This is the only place Amparo sets a cookie: the public site keeps none.
//!
//! - Sessions: an HttpOnly, SameSite=Strict cookie (Secure unless turned off for plain HTTP off
//!   localhost); only its SHA-256 is stored. Every form carries the session's CSRF token, and a request
//!   that a browser marks as cross-site (Origin, Sec-Fetch-Site) is refused before any handler runs.
//! - Sign-in failures are limited per account name and per client address ([`limits`]).
//! - The API authenticates by bearer token only (no cookies, so no CSRF).
//! - Every page and answer is `no-store`, framed by no one, with a strict Content-Security-Policy.

pub mod api;
pub mod limits;
pub mod pages;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};

use crate::auth::{self, Principal};
use crate::error::RegisterError;
use crate::store::Register;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Config {
    pub listen: SocketAddr,
    /// Mark the session cookie Secure (browsers still send it to http://localhost).
    pub secure_cookies: bool,
}

/// The register's port by default (the public web app uses its own).
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8617";

pub const SESSION_COOKIE: &str = "amparo_register_session";

pub struct AppState {
    pub reg: Register,
    pub secure_cookies: bool,
}

pub type Shared = Arc<AppState>;

/// The client's address (from the connection; "local" in tests).
#[derive(Debug, Clone)]
pub struct ClientIp(pub String);

/// The whole application.
pub fn router(reg: Register, secure_cookies: bool) -> Router {
    let state: Shared = Arc::new(AppState { reg, secure_cookies });
    Router::new()
        .merge(pages::routes())
        .nest("/api/v1", api::routes())
        .layer(DefaultBodyLimit::max(64 * 1024 * 1024))
        .layer(middleware::from_fn(same_origin_only))
        .layer(middleware::from_fn(headers))
        .layer(middleware::from_fn(client_ip))
        .with_state(state)
}

/// Serves until Ctrl-C (or SIGTERM).
pub async fn serve(reg: Register, config: Config) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(config.listen).await?;
    eprintln!(
        "amparo register: serving {} on http://{} (Ctrl-C stops)",
        reg.shown(),
        listener.local_addr()?
    );
    let app = router(reg, config.secure_cookies);
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(async {
            let ctrl_c = tokio::signal::ctrl_c();
            #[cfg(unix)]
            {
                let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
                let term = async move {
                    match term.as_mut() {
                        Some(t) => {
                            t.recv().await;
                        }
                        None => std::future::pending().await,
                    }
                };
                tokio::select! { _ = ctrl_c => {}, _ = term => {} }
            }
            #[cfg(not(unix))]
            let _ = ctrl_c.await;
        })
        .await
}

async fn client_ip(mut req: Request, next: Next) -> Response {
    let ip = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_else(|| "local".to_owned());
    req.extensions_mut().insert(ClientIp(ip));
    next.run(req).await
}

async fn headers(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    let set = |h: &mut HeaderMap, k: header::HeaderName, v: &'static str| {
        h.insert(k, HeaderValue::from_static(v));
    };
    set(
        h,
        header::CONTENT_SECURITY_POLICY,
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
    set(h, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(h, header::X_FRAME_OPTIONS, "DENY");
    set(h, header::REFERRER_POLICY, "no-referrer");
    set(h, header::CACHE_CONTROL, "no-store");
    res
}

/// Refuses state-changing requests a browser marks as coming from another site.
async fn same_origin_only(req: Request, next: Next) -> Response {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        let h = req.headers();
        let cross_site = h
            .get("sec-fetch-site")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v == "cross-site" || v == "same-site");
        let origin_mismatch = match (
            h.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
            h.get(header::HOST).and_then(|v| v.to_str().ok()),
        ) {
            (Some(origin), Some(host)) => {
                origin != "null" && origin.split("://").nth(1).map(|o| o.trim_end_matches('/')) != Some(host)
            }
            (Some(origin), None) => origin != "null",
            _ => false,
        };
        if cross_site || origin_mismatch {
            return (StatusCode::FORBIDDEN, "cross-site request refused").into_response();
        }
    }
    next.run(req).await
}

/// The session cookie's value, if any.
pub fn session_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == SESSION_COOKIE)
        .map(|(_, v)| v.to_owned())
}

/// The signed-in principal of a page request, with the session's CSRF token.
pub async fn page_principal(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<Option<(Principal, String, String)>, RegisterError> {
    let Some(cookie) = session_cookie(headers) else {
        return Ok(None);
    };
    Ok(auth::session(&state.reg, &cookie)
        .await?
        .map(|(p, csrf)| (p, csrf, cookie)))
}

/// An error as an HTTP status and a short message (database details go to the server's log only).
pub fn status_of(e: &RegisterError) -> (StatusCode, String) {
    match e {
        RegisterError::Field(f) => (StatusCode::UNPROCESSABLE_ENTITY, f.to_string()),
        RegisterError::NotFound(m) => (StatusCode::NOT_FOUND, m.clone()),
        RegisterError::Forbidden(m) => (StatusCode::FORBIDDEN, m.clone()),
        RegisterError::Conflict(m) => (StatusCode::CONFLICT, m.clone()),
        other => {
            eprintln!("amparo register: {other}");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "the register could not do this; see the server's log".into(),
            )
        }
    }
}

/// State for handlers.
pub type St = State<Shared>;
