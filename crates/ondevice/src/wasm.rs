//! The WebAssembly exports the warrant page's loader (`crates/web/assets/ondevice/ondevice.js`) calls.
//! Strings in, strings out: the answer as HTML (the server's renderer) or as the JSON contract.

use wasm_bindgen::prelude::*;

use crate::{Input, check, html, json};

fn out(report: &amparo_documents::Report, lang: &str, format: &str) -> String {
    if format == "json" {
        json(report, lang)
    } else {
        html(report, lang)
    }
}

/// A paper's typed or pasted text. `now` is RFC 3339 (the phone's clock); `format` "html" or "json".
#[wasm_bindgen]
pub fn check_text(text: &str, name: &str, address: &str, now: &str, lang: &str, format: &str) -> String {
    out(&check(&Input::Text(text), name, address, now), lang, format)
}

/// The guided form's fields as JSON `[[name, value], …]` (the form's own names, `my_name` and `my_address`
/// among them).
#[wasm_bindgen]
pub fn check_guided(fields: &str, now: &str, lang: &str, format: &str) -> String {
    let fields: Vec<(String, String)> = serde_json::from_str(fields).unwrap_or_default();
    let f = |k| amparo_warrant_view::field(&fields, k).unwrap_or("");
    out(
        &check(&Input::Guided(&fields), f("my_name"), f("my_address"), now),
        lang,
        format,
    )
}

/// Text read from a photo on the phone (`whole`: the whole page, or its top and bottom bands only).
#[wasm_bindgen]
pub fn check_photo_text(
    text: &str,
    whole: bool,
    name: &str,
    address: &str,
    now: &str,
    lang: &str,
    format: &str,
) -> String {
    out(&check(&Input::Photo { text, whole }, name, address, now), lang, format)
}

/// Whether the top and bottom bands' text settles the decision (the server's rule): otherwise read the body.
#[wasm_bindgen]
pub fn settled(text: &str, names: bool, dates: bool) -> bool {
    amparo_documents::settled(text, amparo_documents::Need { names, dates })
}

/// Whether a court's paper was read without its signer's title: read the signature part again, larger.
#[wasm_bindgen]
pub fn needs_signer_title(text: &str) -> bool {
    amparo_documents::needs_signer_title(text)
}

/// A reading's score when the page is tried upright and turned (the server's): 1000 for a known paper, plus
/// its common English words. The higher is kept.
#[wasm_bindgen]
pub fn reading_score(text: &str) -> u32 {
    let (known, words) = amparo_documents::reading_score(text);
    u32::from(known) * 1000 + words.min(999) as u32
}

/// A photo prepared for reading, as the server prepares it.
#[wasm_bindgen]
pub struct Page {
    page: image::GrayImage,
    sideways: bool,
    bands: Option<(u32, u32)>,
}

#[wasm_bindgen]
impl Page {
    /// Decode and prepare a photo's bytes; an error is the message for the person (English detail).
    #[wasm_bindgen(constructor)]
    pub fn new(bytes: &[u8]) -> Result<Page, JsError> {
        let p = amparo_documents::ocr::prepare_photo(bytes, &amparo_documents::Limits::default())
            .map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Page {
            page: p.page,
            sideways: p.sideways,
            bands: p.bands,
        })
    }
    pub fn width(&self) -> u32 {
        self.page.width()
    }
    pub fn height(&self) -> u32 {
        self.page.height()
    }
    /// The grey pixels, row by row.
    pub fn grey(&self) -> Vec<u8> {
        self.page.as_raw().clone()
    }
    pub fn sideways(&self) -> bool {
        self.sideways
    }
    /// Where the top band ends (-1: no bands; read the whole page).
    pub fn top_end(&self) -> i32 {
        self.bands.map_or(-1, |b| b.0 as i32)
    }
    /// Where the bottom band starts (-1: no bands).
    pub fn bottom_start(&self) -> i32 {
        self.bands.map_or(-1, |b| b.1 as i32)
    }
    /// Where the server cuts the page in two to read both halves at once (-1: read it whole).
    pub fn split(&self) -> i32 {
        amparo_documents::ocr::split_at(&self.page).map_or(-1, |y| y as i32)
    }
    /// Rows `y0..y1` of the page.
    pub fn rows(&self, y0: u32, y1: u32) -> Page {
        let (w, h) = self.page.dimensions();
        let (y0, y1) = (y0.min(h), y1.min(h).max(y0.min(h)));
        let page = image::imageops::crop_imm(&self.page, 0, y0, w, y1 - y0).to_image();
        Page {
            page,
            sideways: false,
            bands: None,
        }
    }
    /// The page turned a quarter turn clockwise `quarters` times.
    pub fn turned(&self, quarters: u8) -> Page {
        Page {
            page: amparo_documents::ocr::turned(&self.page, quarters),
            sideways: false,
            bands: None,
        }
    }
    /// The lower part, larger, as the server reads it again for a signer's title.
    pub fn signature_part(&self) -> Page {
        Page {
            page: amparo_documents::ocr::signature_part(&self.page),
            sideways: false,
            bands: None,
        }
    }
}
