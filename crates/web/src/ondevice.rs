//! The warrant page's "check on this phone": the on-device check's files (`assets/ondevice/`: the loader,
//! wasm-bindgen's glue, the WebAssembly built from `crates/ondevice` by `scripts/build-ondevice`), served
//! from this origin with their Subresource Integrity hashes and sizes, and the page section that offers it.
//! Only the warrant page links them (its CSP alone allows `'wasm-unsafe-eval'`); the WebAssembly is fetched
//! only when the person asks for the check on the phone or to keep it for offline use.

use std::sync::OnceLock;

use base64::Engine;
use maud::{Markup, PreEscaped, html};
use sha2::{Digest, Sha384};

use crate::pages::{self, Chrome};
use crate::site::Asset;

/// One file of the on-device check: its key (the page's `data-<key>-url` / `-sri`), where it is served, its
/// type, whether it is only for photos, its bytes.
struct File {
    key: &'static str,
    path: &'static str,
    content_type: &'static str,
    photo: bool,
    bytes: &'static [u8],
}

const JS: &str = "text/javascript; charset=utf-8";
const WASM: &str = "application/wasm";

macro_rules! file {
    ($key:literal, $path:literal, $type:expr, $photo:literal) => {
        File {
            key: $key,
            path: concat!("/ondevice/", $path),
            content_type: $type,
            photo: $photo,
            bytes: include_bytes!(concat!("../assets/ondevice/", $path)),
        }
    };
}

/// The embedded files: the text check, then the photo's reader (tesseract-wasm, vendored by
/// `scripts/vendor-tesseract`, with its licence).
const FILES: &[File] = &[
    file!("page", "page.js", JS, false),
    file!("glue", "amparo_ondevice.js", JS, false),
    file!("wasm", "amparo_ondevice_bg.wasm", WASM, false),
    file!("ocr", "ocr.js", JS, true),
    file!("ocrWorker", "ocr-worker.js", JS, true),
    file!("ocrLib", "tesseract/lib.js", JS, true),
    file!("ocrWasm", "tesseract/tesseract-core.wasm", WASM, true),
    file!("ocrLicence", "tesseract/LICENSE.md", "text/plain; charset=utf-8", true),
    file!("ocrNotice", "tesseract/NOTICE", "text/plain; charset=utf-8", true),
];

/// Where the server's Tesseract finds its English model (Debian's `tesseract-ocr-eng`): the phone reads
/// with the same one, served from here.
fn model_path() -> Option<std::path::PathBuf> {
    let mut dirs: Vec<std::path::PathBuf> = std::env::var_os("TESSDATA_PREFIX")
        .map(Into::into)
        .into_iter()
        .collect();
    dirs.extend(
        [
            "/usr/share/tesseract-ocr/5/tessdata",
            "/usr/share/tesseract-ocr/4.00/tessdata",
        ]
        .map(Into::into),
    );
    dirs.into_iter()
        .map(|d| d.join("eng.traineddata"))
        .find(|p| p.is_file())
}

/// One served file: key, path, whether only for photos, the asset, its integrity value.
pub(crate) struct Served {
    pub(crate) key: &'static str,
    pub(crate) path: &'static str,
    photo: bool,
    pub(crate) asset: Asset,
    sri: String,
}

/// The files as served (compressed once), with each one's integrity value.
pub(crate) struct OnDevice {
    pub(crate) assets: Vec<Served>,
}

/// `sha384-…`, as an `integrity` attribute or fetch option wants it.
pub(crate) fn sri(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

/// Brotli quality for the large binaries (the WebAssembly and the model), compressed at start-up.
const BIG_QUALITY: u32 = 5;

pub(crate) fn get() -> &'static OnDevice {
    static ON: OnceLock<OnDevice> = OnceLock::new();
    ON.get_or_init(|| {
        let served = |key, path, photo, content_type, bytes: Vec<u8>| {
            let sri = sri(&bytes);
            let quality = if bytes.len() > 256 * 1024 { BIG_QUALITY } else { 9 };
            Served {
                key,
                path,
                photo,
                asset: Asset::compressed(content_type, bytes, quality),
                sri,
            }
        };
        let mut assets: Vec<Served> = FILES
            .iter()
            .map(|f| served(f.key, f.path, f.photo, f.content_type, f.bytes.to_vec()))
            .collect();
        // The model, read once at start-up; without it, photos are read by the server only.
        if let Some(bytes) = model_path().and_then(|p| std::fs::read(p).ok()) {
            assets.push(served(
                "ocrModel",
                "/ondevice/eng.traineddata",
                true,
                "application/octet-stream",
                bytes,
            ));
        }
        OnDevice { assets }
    })
}

impl OnDevice {
    fn find(&self, key: &str) -> Option<&Served> {
        self.assets.iter().find(|a| a.key == key)
    }

    /// What the phone downloads once (brotli, as served): for the text check, or in addition for photos.
    pub(crate) fn bytes(&self, photo: bool) -> usize {
        self.assets
            .iter()
            .filter(|a| a.photo == photo)
            .map(|a| a.asset.br.len())
            .sum()
    }

    /// Whether photos can be read on the phone (the model is there).
    fn photos(&self) -> bool {
        self.find("ocrModel").is_some()
    }
}

/// A size in the page's words: megabytes with one decimal (every locale writes "MB").
fn megabytes(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

/// The section offered on the warrant page (hidden until the loader finds WebAssembly), and the button
/// beside the guided form's own.
pub(crate) fn section(c: &Chrome<'_>) -> Markup {
    let on = get();
    let t = |k: &str| pages::t(c.ui, k);
    let url = |k: &str| on.find(k).map_or("", |a| a.path);
    let guide = amparo_guide::Guide::get();
    let size = guide.message(c.locale.id, "ui-ondevice-size").unwrap_or_default();
    let sizes = format!("{} + {}", megabytes(on.bytes(false)), megabytes(on.bytes(true)));
    let failed = guide.message(c.locale.id, "ui-ondevice-failed").unwrap_or_default();
    // Every file's address and hash as data attributes (`data-<key>-url`, `data-<key>-sri`): the loader
    // fetches each with its hash checked.
    let mut attrs = String::new();
    for a in &on.assets {
        let key: String = a
            .key
            .chars()
            .flat_map(|ch| {
                let lower = ch.to_ascii_lowercase();
                (ch.is_ascii_uppercase().then_some('-').into_iter()).chain(std::iter::once(lower))
            })
            .collect();
        attrs.push_str(&format!(" data-{key}-url=\"{}\" data-{key}-sri=\"{}\"", a.path, a.sri));
    }
    html! {
        (PreEscaped(format!("<section id=\"ondevice\" hidden{attrs}>")))
            h2 { (t("ui-ondevice-title")) }
            p { (t("ui-ondevice-intro")) }
            p.muted #od-size { (size) " " bdi dir="ltr" { (sizes) } }
            p { button type="button" #od-keep { (t("ui-ondevice-keep")) } }
            p #od-kept hidden { (t("ui-ondevice-kept")) }
            form #od-form data-failed=(failed) {
                label { (t("ui-ondevice-text")) textarea name="text" rows="6" {} }
                @if on.photos() {
                    label { (t("ui-ondevice-photo")) input type="file" name="photo" accept="image/jpeg,image/png,image/webp"; }
                }
                label { (t("ui-warrant-your-name")) input type="text" name="my_name" autocomplete="off"; }
                label { (t("ui-warrant-your-address")) input type="text" name="my_address" autocomplete="off"; }
                button type="submit" { (t("ui-ondevice-check")) }
            }
            p #od-busy hidden role="status" { (t("ui-ondevice-reading")) }
            div #od-result hidden aria-live="polite" {}
        (PreEscaped("</section>"))
        link rel="modulepreload" href=(url("glue")) integrity=(on.find("glue").map_or("", |a| a.sri.as_str()));
        script type="module" src=(url("page")) integrity=(on.find("page").map_or("", |a| a.sri.as_str())) {}
    }
}

/// The guided form's second button: the same answers, checked on the phone (shown by the loader only).
pub(crate) fn guided_button(c: &Chrome<'_>) -> Markup {
    html! { button type="button" #od-guided hidden { (pages::t(c.ui, "ui-ondevice-check")) } }
}
