//! The warrant page's "check on this phone" through the router: only the warrant page may run WebAssembly
//! (`'wasm-unsafe-eval'` in its CSP, nowhere else), only it links the on-device files, every file it links or
//! names carries the Subresource Integrity hash of the bytes served, and the sizes are stated before download.

use std::sync::{Arc, OnceLock};

use amparo_web::{App, router};
use axum::body::Body;
use axum::http::{Request, header};
use base64::Engine;
use http_body_util::BodyExt;
use sha2::{Digest, Sha384};
use tower::ServiceExt;

fn app() -> Arc<App> {
    static APP: OnceLock<Arc<App>> = OnceLock::new();
    APP.get_or_init(|| Arc::new(App::new().expect("the site builds")))
        .clone()
}

async fn get(path: &str) -> (String, Vec<u8>) {
    let res = router(app())
        .oneshot(Request::get(path).body(Body::empty()).expect("request"))
        .await
        .expect("infallible");
    assert!(res.status().is_success(), "{path}: {}", res.status());
    let csp = res
        .headers()
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    (csp, res.into_body().collect().await.expect("body").to_bytes().to_vec())
}

/// Every `(url, integrity)` the page names: `src`/`href` beside an `integrity`, and `data-*-url` beside
/// `data-*-sri`.
fn pairs(html: &str) -> Vec<(String, String)> {
    let attr = |tag: &str, name: &str| -> Option<String> {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(tag[at..at + tag[at..].find('"')?].to_owned())
    };
    let mut out = Vec::new();
    for tag in html.split('<').skip(1) {
        let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
        if let (Some(u), Some(i)) = (attr(tag, "src").or_else(|| attr(tag, "href")), attr(tag, "integrity")) {
            out.push((u, i));
        }
        let mut rest = tag;
        while let Some(at) = rest.find(" data-") {
            rest = &rest[at + 6..];
            let key = &rest[..rest.find('=').unwrap_or(0)];
            if let Some(k) = key.strip_suffix("-url")
                && let (Some(u), Some(i)) = (attr(tag, &format!("data-{key}")), attr(tag, &format!("data-{k}-sri")))
            {
                out.push((u, i));
            }
        }
    }
    out
}

#[tokio::test]
async fn only_the_warrant_page_runs_webassembly_and_every_file_it_names_has_its_hash() {
    for lang in ["en", "ar", "zh-Hans"] {
        let (csp, body) = get(&format!("/{lang}/warrant")).await;
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval';"),
            "{lang}/warrant: {csp}"
        );
        assert!(
            !csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"),
            "{csp}"
        );
        let html = String::from_utf8(body).expect("utf-8");
        assert!(
            html.contains("id=\"ondevice\" hidden"),
            "offered, hidden until the loader runs"
        );
        assert!(html.contains(" MB"), "{lang}: the sizes are stated before download");
        let named = pairs(&html);
        for key in [
            "page.js",
            "amparo_ondevice.js",
            "amparo_ondevice_bg.wasm",
            "tesseract/tesseract-core.wasm",
        ] {
            assert!(
                named.iter().any(|(u, _)| u.ends_with(key)),
                "{lang}: {key} not named with a hash"
            );
        }
        for (url, integrity) in &named {
            assert!(url.starts_with("/ondevice/"), "same origin: {url}");
            let (file_csp, bytes) = get(url).await;
            let want = format!(
                "sha384-{}",
                base64::engine::general_purpose::STANDARD.encode(Sha384::digest(&bytes))
            );
            assert_eq!(
                integrity, &want,
                "{url}: the integrity is not the hash of the bytes served"
            );
            assert!(
                file_csp.contains("'wasm-unsafe-eval'"),
                "{url}: a worker's CSP is its script's"
            );
        }
    }
    // Every other page: no WebAssembly, and nothing of the on-device check linked.
    for path in [
        "/en/",
        "/en/home",
        "/es/door",
        "/en/detainer",
        "/en/privacy",
        "/en/plan",
    ] {
        let (csp, body) = get(path).await;
        assert!(!csp.contains("wasm-unsafe-eval"), "{path}: {csp}");
        let html = String::from_utf8(body).expect("utf-8");
        assert!(!html.contains("/ondevice/"), "{path} links the on-device check");
    }
}
