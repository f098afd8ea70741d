//! Shared by the router tests: the app, built once per test binary, and requests sent through its router as a
//! browser or an API client sends them.
#![allow(dead_code)]

use std::sync::{Arc, OnceLock};

use amparo_web::{App, router};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

pub(crate) fn app() -> Arc<App> {
    static APP: OnceLock<Arc<App>> = OnceLock::new();
    APP.get_or_init(|| Arc::new(App::new().expect("the site builds")))
        .clone()
}

/// An answer, read whole.
pub(crate) struct Reply {
    pub(crate) status: StatusCode,
    pub(crate) headers: axum::http::HeaderMap,
    pub(crate) body: Vec<u8>,
}

impl Reply {
    pub(crate) fn text(&self) -> String {
        String::from_utf8(self.body.clone()).expect("utf-8")
    }

    /// A header's value, `""` when it is absent.
    pub(crate) fn header(&self, name: header::HeaderName) -> &str {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
    }
}

pub(crate) async fn send(req: Request<Body>) -> Reply {
    let res = router(app()).oneshot(req).await.expect("infallible");
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.expect("body").to_bytes().to_vec();
    Reply { status, headers, body }
}

/// A POST of an HTML form (`application/x-www-form-urlencoded`) to `path`, ready for its body.
pub(crate) fn form_post(path: &str) -> axum::http::request::Builder {
    Request::post(path).header("content-type", "application/x-www-form-urlencoded")
}

pub(crate) async fn get(path: &str) -> Reply {
    send(Request::get(path).body(Body::empty()).expect("request")).await
}
