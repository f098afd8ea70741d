//! # amparo-web
//!
//! The web app: every page of every locale pre-rendered at start-up and served from memory (already
//! compressed), a few dynamic pages for forms (detainer checker, warrant check), and the JSON API. It holds no
//! legal logic: the law, the guide and the documents crates answer; this crate renders.
//!
//! Privacy by architecture: no cookies, no request logging, no third-party requests (a strict
//! Content-Security-Policy enforces it in the browser), request bodies processed in memory only.

pub mod api;
pub mod cards;
pub mod changes;
pub mod fields;
pub mod help;
mod ondevice;
pub mod pages;
pub mod site;
pub mod speak;
pub mod tools;
pub mod ui;
pub mod warrant;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use amparo_guide::{Guide, GuideError};
use amparo_law::detainer::{Case, evaluate};
use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Form, Path, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use base64::Engine;
use sha2::{Digest, Sha256};

pub use site::{Asset, Site};
use site::{HTML, LocaleWords};

/// Largest form or JSON body accepted (a detainer case is a few hundred bytes).
pub const MAX_FORM_BYTES: usize = 64 * 1024;
/// Largest upload accepted (a phone photo or a PDF of a warrant).
pub const MAX_UPLOAD_BYTES: usize = 12 * 1024 * 1024;
/// A request that takes longer than this is answered with an error.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// What every handler shares.
pub struct App {
    pub site: Site,
    words: HashMap<&'static str, LocaleWords>,
    csp: HeaderValue,
    /// The warrant page's and the on-device check's CSP: the same, plus `'wasm-unsafe-eval'` (WebAssembly).
    csp_wasm: HeaderValue,
    /// Slots for blocking work (OCR, PDF parsing, typesetting cards): one per core.
    heavy: tokio::sync::Semaphore,
    /// Printable cards already made.
    cards: cards::CardCache,
    /// What uploaded papers are read within (and the HEIC helper program, when the server has one).
    pub limits: amparo_documents::Limits,
}

impl App {
    /// Render the site for every locale of the guide.
    pub fn new() -> Result<Self, GuideError> {
        // Load once through the fallible path, so bad embedded data is an error here, not a panic later.
        Guide::load()?;
        let guide = Guide::get();
        let site = Site::build(guide)?;
        let words = site
            .locales
            .iter()
            .map(|l| Ok((l.id, LocaleWords::new(guide, l.clone())?)))
            .collect::<Result<_, GuideError>>()?;
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
        Ok(Self {
            site,
            words,
            csp: csp(""),
            csp_wasm: csp(" 'wasm-unsafe-eval'"),
            heavy: tokio::sync::Semaphore::new(cores),
            cards: cards::CardCache::default(),
            limits: warrant::upload_limits(),
        })
    }

    pub(crate) fn words(&self, lang: &str) -> Option<&LocaleWords> {
        self.words.get(lang)
    }
}

/// The Content-Security-Policy: nothing from any other origin; the one inline style by its hash; `script`
/// added to `script-src` (WebAssembly, on the warrant page only).
fn csp(script: &str) -> HeaderValue {
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(pages::CSS.as_bytes()));
    let value = format!(
        "default-src 'none'; style-src 'sha256-{hash}'; script-src 'self'{script}; img-src 'self'; manifest-src 'self'; worker-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    );
    HeaderValue::from_str(&value).unwrap_or(HeaderValue::from_static("default-src 'none'"))
}

const SECURITY_HEADERS: &[(&str, &str)] = &[
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("x-frame-options", "DENY"),
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "same-origin"),
    (
        "permissions-policy",
        "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    ),
];

/// Whether a path may run WebAssembly: the warrant page (and its answers), and the on-device check's files
/// (a worker's CSP is its script's).
fn runs_wasm(path: &str) -> bool {
    path.ends_with("/warrant") || path.starts_with("/ondevice/")
}

fn add_security_headers(app: &App, headers: &mut HeaderMap, path: &str) {
    let csp = if runs_wasm(path) { &app.csp_wasm } else { &app.csp };
    headers.insert(header::CONTENT_SECURITY_POLICY, csp.clone());
    for (k, v) in SECURITY_HEADERS {
        headers.insert(*k, HeaderValue::from_static(v));
    }
}

/// The router: pre-rendered pages, form handlers, the JSON API.
pub fn router(app: Arc<App>) -> Router {
    let api = Router::new()
        .route("/api/v1/detainer", post(api::detainer))
        .route("/api/v1/guide", get(api::guide_index))
        .route("/api/v1/guide/{lang}/{scenario}", get(api::guide))
        .layer(DefaultBodyLimit::max(MAX_FORM_BYTES));
    let forms = Router::new()
        .route("/{lang}/detainer", get(static_page).post(detainer_form))
        .route("/{lang}/warrant", get(static_page).post(warrant::guided))
        .route("/{lang}/cards/{file}", get(cards::download))
        .route("/{lang}/plan", get(static_page).post(tools::handle::<tools::PlanForm>))
        .route(
            "/{lang}/taken",
            get(static_page).post(tools::handle::<tools::TakenForm>),
        )
        .route(
            "/{lang}/presence",
            get(static_page).post(tools::handle::<tools::PresenceForm>),
        )
        .route(
            "/{lang}/record",
            get(static_page).post(tools::handle::<tools::RecordForm>),
        )
        .layer(DefaultBodyLimit::max(MAX_FORM_BYTES));
    let uploads = Router::new()
        .route("/{lang}/warrant/upload", post(warrant::upload))
        .route("/api/v1/warrant-check", post(warrant::api))
        .layer(DefaultBodyLimit::max(MAX_UPLOAD_BYTES + 64 * 1024));
    // Pre-rendered pages are already compressed; answers made per request are compressed on the way out.
    let dynamic = Router::new()
        .merge(api)
        .merge(forms)
        .merge(uploads)
        .layer(tower_http::compression::CompressionLayer::new().br(true).gzip(true));
    Router::new()
        .merge(dynamic)
        .fallback(static_page)
        .layer(axum::middleware::from_fn_with_state(app.clone(), secure))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .with_state(app)
}

async fn secure(State(app): State<Arc<App>>, req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let path = req.uri().path().to_owned();
    let mut res = next.run(req).await;
    add_security_headers(&app, res.headers_mut(), &path);
    res
}

/// Which pre-compressed body to send.
fn pick_encoding(headers: &HeaderMap) -> Option<&'static str> {
    let accept = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let has = |name: &str| {
        accept.split(',').any(|part| {
            let mut it = part.split(';');
            let coding = it.next().unwrap_or("").trim();
            let refused = it.any(|p| p.trim().replace(' ', "") == "q=0");
            coding.eq_ignore_ascii_case(name) && !refused
        })
    };
    if has("br") {
        Some("br")
    } else if has("gzip") {
        Some("gzip")
    } else {
        None
    }
}

/// Serve an asset, honouring Accept-Encoding and If-None-Match.
pub fn serve_asset(asset: &Asset, req_headers: &HeaderMap, head: bool) -> Response {
    let not_modified = req_headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == asset.etag));
    let mut res = Response::new(Body::empty());
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(asset.content_type));
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if let Ok(etag) = HeaderValue::from_str(&asset.etag) {
        h.insert(header::ETAG, etag);
    }
    if not_modified {
        *res.status_mut() = StatusCode::NOT_MODIFIED;
        return res;
    }
    let body = match pick_encoding(req_headers) {
        Some(enc) => {
            h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(enc));
            if enc == "br" {
                asset.br.clone()
            } else {
                asset.gzip.clone()
            }
        }
        None => asset.identity.clone(),
    };
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
    if !head {
        *res.body_mut() = Body::from(body);
    }
    res
}

async fn static_page(State(app): State<Arc<App>>, method: Method, uri: Uri, headers: HeaderMap) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return (StatusCode::METHOD_NOT_ALLOWED, [(header::ALLOW, "GET, HEAD")]).into_response();
    }
    let path = uri.path();
    if let Some(asset) = app.site.assets.get(path) {
        return serve_asset(asset, &headers, method == Method::HEAD);
    }
    // "/es" → "/es/"
    if app.words(path.trim_start_matches('/')).is_some() {
        return Redirect::permanent(&format!("{path}/")).into_response();
    }
    not_found(&app, path)
}

pub(crate) fn not_found(app: &App, path: &str) -> Response {
    let lang = path.trim_start_matches('/').split('/').next().unwrap_or("");
    let w = app.words(lang).or_else(|| app.words("en"));
    let body = match w {
        Some(w) => pages::not_found(&w.chrome("404", "")).into_string(),
        None => "Not found".to_owned(),
    };
    (StatusCode::NOT_FOUND, [(header::CONTENT_TYPE, HTML)], body).into_response()
}

/// The detainer form's fields → the JSON contract, so the page and the API give the same answers and errors.
fn form_to_case(fields: &[(String, String)]) -> serde_json::Value {
    let get = |k: &str| fields::filled(fields, k);
    let flag = |k: &str| get(k).is_some();
    let mut case = serde_json::json!({
        "agency": get("agency").unwrap_or("doc"),
        "judicial_warrant": flag("judicial_warrant"),
        "tsdb_possible_match": flag("tsdb_possible_match"),
        "reentered_after_removal": flag("reentered_after_removal"),
    });
    if let Some(d) = get("arrest_date") {
        case["arrest_date"] = d.into();
    }
    if let Some(d) = get("as_of") {
        case["as_of"] = d.into();
    }
    if let Some(r) = get("requested_by") {
        case["requested_by"] = r.into();
    }
    let mut convictions = Vec::new();
    for i in 0..pages::CONVICTION_ROWS {
        let k = |name: &str| format!("c{i}_{name}");
        let Some(statute) = get(&k("statute")) else { continue };
        let mut c = serde_json::json!({
            "statute": statute,
            "felony": flag(&k("felony")),
            "youthful_offender": flag(&k("youthful_offender")),
            "juvenile_delinquent": flag(&k("juvenile_delinquent")),
            "hate_crime": flag(&k("hate_crime")),
        });
        c["judgment_date"] = get(&k("judgment_date")).unwrap_or("").into();
        if let Some(days) = get(&k("days_incarcerated")) {
            c["days_incarcerated"] = days.parse::<i64>().map(Into::into).unwrap_or_else(|_| days.into());
        }
        match get(&k("jurisdiction")) {
            Some("federal") => c["jurisdiction"] = "federal".into(),
            Some("other") => c["jurisdiction"] = get(&k("state")).unwrap_or("").into(),
            _ => {}
        }
        if let Some(eq) = get(&k("ny_equivalent")) {
            c["ny_equivalent"] = eq.into();
        }
        if let Some(inch) = get(&k("inchoate")) {
            c["inchoate"] = inch.into();
        }
        match get(&k("sentence_over_one_year_authorized")) {
            Some("true") => c["sentence_over_one_year_authorized"] = true.into(),
            Some("false") => c["sentence_over_one_year_authorized"] = false.into(),
            Some(other) => c["sentence_over_one_year_authorized"] = other.into(),
            None => {}
        }
        convictions.push(c);
    }
    case["convictions"] = convictions.into();
    case
}

async fn detainer_form(
    State(app): State<Arc<App>>,
    Path(lang): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let Some(w) = app.words(&lang) else {
        return not_found(&app, &lang);
    };
    let json = form_to_case(&fields).to_string();
    let chrome = w.chrome(w.ui.get("ui-detainer").0, "detainer");
    let body = match Case::from_json(&json).and_then(|c| evaluate(&c, api::today())) {
        Ok(o) => pages::detainer_result(&chrome, &o, pages::detainer_form(&chrome, &fields, None)),
        Err(e) => {
            let msg = format!("{}: {}", e.field, e.message);
            return (
                StatusCode::UNPROCESSABLE_ENTITY,
                [(header::CONTENT_TYPE, HTML)],
                pages::detainer_page(&chrome, &fields, Some(&msg)).into_string(),
            )
                .into_response();
        }
    };
    ([(header::CONTENT_TYPE, HTML)], body.into_string()).into_response()
}

/// Serve until Ctrl-C. Writes one line at start-up and nothing per request. `heic_helper`: the program
/// that decodes HEIC photos in a process of its own ([`amparo_documents::Limits::heic_helper`]).
pub async fn serve(addr: SocketAddr, heic_helper: Option<&'static std::path::Path>) -> std::io::Result<()> {
    let mut app = App::new().map_err(|e| std::io::Error::other(e.to_string()))?;
    app.limits.heic_helper = heic_helper;
    let n = app.site.assets.len();
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let local = listener.local_addr()?;
    eprintln!("amparo: serving {n} pages and assets on http://{local}/ (no request logs; Ctrl-C stops)");
    use axum::serve::ListenerExt;
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    axum::serve(listener, router(Arc::new(app)))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}

/// Run the server on a new Tokio runtime until Ctrl-C (for the command line).
pub fn serve_blocking(addr: SocketAddr, heic_helper: Option<&'static std::path::Path>) -> std::io::Result<()> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(serve(addr, heic_helper))
}

/// Write the whole site as static files into `dir`; returns how many files (each with `.br` and `.gz`).
pub fn export_site(dir: &std::path::Path) -> std::io::Result<usize> {
    let app = App::new().map_err(|e| std::io::Error::other(e.to_string()))?;
    app.site.export(dir)
}
