//! Printable cards as downloads: the same PDFs as `amparo card`, made on first request and kept in memory.
//!
//! `GET /{lang}/cards/{file}` with `file` one of `wallet.pdf`, `sheet-letter.pdf`, `sheet-a4.pdf`,
//! `door-letter.pdf`, `door-a4.pdf`, each optionally with `-large` before `.pdf`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use amparo_cards::{Kind, Paper, render};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::site::Asset;
use crate::{App, serve_asset};

/// The downloads offered, as (file name, kind, paper, large print).
pub const FILES: &[(&str, Kind, Paper, bool)] = &[
    ("sheet-letter.pdf", Kind::Sheet, Paper::Letter, false),
    ("sheet-a4.pdf", Kind::Sheet, Paper::A4, false),
    ("sheet-letter-large.pdf", Kind::Sheet, Paper::Letter, true),
    ("sheet-a4-large.pdf", Kind::Sheet, Paper::A4, true),
    ("door-letter.pdf", Kind::Door, Paper::Letter, false),
    ("door-a4.pdf", Kind::Door, Paper::A4, false),
    ("door-letter-large.pdf", Kind::Door, Paper::Letter, true),
    ("door-a4-large.pdf", Kind::Door, Paper::A4, true),
    ("wallet.pdf", Kind::Wallet, Paper::Letter, false),
    ("wallet-large.pdf", Kind::Wallet, Paper::Letter, true),
];

/// PDFs already made, by (locale, file).
#[derive(Default)]
pub struct CardCache(Mutex<HashMap<(String, &'static str), Arc<Asset>>>);

impl CardCache {
    fn get(&self, key: &(String, &'static str)) -> Option<Arc<Asset>> {
        self.0.lock().ok()?.get(key).cloned()
    }

    fn put(&self, key: (String, &'static str), asset: Arc<Asset>) {
        if let Ok(mut m) = self.0.lock() {
            m.insert(key, asset);
        }
    }
}

pub async fn download(
    State(app): State<Arc<App>>,
    Path((lang, file)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let Some(&(name, kind, paper, large)) = FILES.iter().find(|(n, ..)| *n == file) else {
        return crate::not_found(&app, &lang);
    };
    if app.words(&lang).is_none() {
        return crate::not_found(&app, &lang);
    }
    let key = (lang.clone(), name);
    let asset = match app.cards.get(&key) {
        Some(a) => a,
        None => {
            let locale = lang.clone();
            let made = crate::warrant::blocking(&app, move || render(kind, paper, large, &locale)).await;
            match made {
                Some(Ok(pdf)) => {
                    let a = Arc::new(Asset::new("application/pdf", pdf));
                    app.cards.put(key, a.clone());
                    a
                }
                Some(Err(e)) => return (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
                None => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
            }
        }
    };
    let mut res = serve_asset(&asset, &headers, false);
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"amparo-{lang}-{name}\"")) {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    res
}
