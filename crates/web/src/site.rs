//! The pre-rendered site: every page of every locale rendered once at start-up, compressed once (brotli
//! and gzip), and served from memory — or written to a folder by `amparo export-site` for any static host.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use amparo_guide::{Guide, GuideError, LocaleInfo};
use bytes::Bytes;
use sha2::{Digest, Sha256};

use crate::pages::{self, Chrome};
use crate::ui::Ui;

/// Brotli quality: 9 compresses within a few percent of 11 at many times the speed (the whole site is
/// compressed at start-up).
const BROTLI_QUALITY: u32 = 9;

/// One response body, ready in every encoding we serve.
#[derive(Debug, Clone)]
pub struct Asset {
    pub content_type: &'static str,
    pub identity: Bytes,
    pub br: Bytes,
    pub gzip: Bytes,
    /// Strong validator: a hash of the content.
    pub etag: String,
}

impl Asset {
    pub fn new(content_type: &'static str, body: impl Into<Bytes>) -> Self {
        Self::compressed(content_type, body, BROTLI_QUALITY)
    }

    /// [`Asset::new`] at a given brotli quality (large binaries, compressed at start-up: a lower one).
    pub fn compressed(content_type: &'static str, body: impl Into<Bytes>, quality: u32) -> Self {
        let identity: Bytes = body.into();
        let mut br = Vec::with_capacity(identity.len() / 3);
        {
            let mut w = brotli::CompressorWriter::new(&mut br, 4096, quality, 22);
            // Writing to a Vec cannot fail.
            let _ = w.write_all(&identity);
        }
        // Large binaries (quality below the pages'): gzip's default level, not its slowest.
        let level = if quality < BROTLI_QUALITY {
            flate2::Compression::default()
        } else {
            flate2::Compression::best()
        };
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), level);
        let _ = gz.write_all(&identity);
        let gzip = gz.finish().unwrap_or_default();
        let digest = Sha256::digest(&identity);
        let etag = format!("\"{}\"", hex(&digest[..12]));
        Self {
            content_type,
            identity,
            br: br.into(),
            gzip: gzip.into(),
            etag,
        }
    }
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

pub const HTML: &str = "text/html; charset=utf-8";

/// Everything served at a fixed path.
pub struct Site {
    pub assets: HashMap<String, Asset>,
    /// Locale ids, English first.
    pub locales: Vec<LocaleInfo>,
}

/// The page paths of one locale, for the service worker and the export.
pub fn locale_paths(guide: &Guide, locale: &str) -> Vec<String> {
    let mut v = vec![
        format!("/{locale}/"),
        format!("/{locale}/door"),
        format!("/{locale}/warrant"),
        format!("/{locale}/privacy"),
        format!("/{locale}/detainer"),
        format!("/{locale}/help"),
        format!("/{locale}/changes"),
        format!("/{locale}/{}", crate::speak::PATH),
    ];
    v.extend(guide.scenario_ids().iter().map(|s| format!("/{locale}/{s}")));
    v.extend(crate::tools::paths(locale));
    v
}

/// The files the pages load besides themselves (`<script src>`, `<link href>`): the service worker caches
/// them with each locale's pages, so a page opened offline works as it does online. One entry a line.
/// `crates/web/tests/tools.rs` checks that no page loads a file missing here.
pub const OFFLINE_ASSETS: &[&str] = &[
    "/app.js",
    "/manifest.webmanifest",
    // "Speak for me" (crates/web/src/speak.rs).
    "/speak.js",
    // The tool pages' encrypted draft (crates/web/src/tools).
    "/draft.js",
    // The warrant page's loader of the check on the phone and wasm-bindgen's glue it preloads
    // (crates/web/src/ondevice.rs). The WebAssembly and the OCR files are kept only when the person asks
    // ("keep for offline use").
    "/ondevice/page.js",
    "/ondevice/amparo_ondevice.js",
];

/// Per-locale words every page needs.
pub struct LocaleWords {
    pub info: LocaleInfo,
    pub ui: Ui,
    pub disclaimer: String,
    pub status: String,
}

impl LocaleWords {
    pub fn new(guide: &Guide, info: LocaleInfo) -> Result<Self, GuideError> {
        Ok(Self {
            ui: Ui::new(guide, info.id),
            disclaimer: guide.disclaimer(info.id)?,
            status: guide.status_line(info.id)?,
            info,
        })
    }

    pub fn chrome<'a>(&'a self, title: &'a str, path: &'a str) -> Chrome<'a> {
        Chrome {
            locale: &self.info,
            ui: &self.ui,
            disclaimer: &self.disclaimer,
            status: &self.status,
            title,
            path,
        }
    }
}

impl Site {
    /// Render every page of every locale.
    pub fn build(guide: &Guide) -> Result<Self, GuideError> {
        let locales = guide.locales()?;
        let mut assets = HashMap::new();
        let mut html = |path: String, markup: maud::Markup| {
            assets.insert(path, Asset::new(HTML, markup.into_string()));
        };
        html("/".to_owned(), pages::picker(&locales, guide)?);
        for info in &locales {
            let id = info.id;
            let w = LocaleWords::new(guide, info.clone())?;
            let labels = guide.labels(id)?;
            let key_points = guide.key_points(id)?;
            let scenarios = guide.scenario_list(id)?;
            html(
                format!("/{id}/"),
                pages::home(
                    &w.chrome(&labels.guide_title, ""),
                    &pages::Home {
                        labels: &labels,
                        key_points: &key_points,
                        scenarios: &scenarios,
                    },
                ),
            );
            for s in guide.scenario_ids() {
                let r = guide.render(s, id)?;
                html(
                    format!("/{id}/{s}"),
                    pages::scenario(&w.chrome(&r.title, s), &r, &labels, guide),
                );
            }
            let door = guide.door_card(id)?;
            html(
                format!("/{id}/door"),
                pages::door(&w.chrome(&door.title, "door"), &door, &labels),
            );
            let help_title = guide.message(id, "help-title")?;
            html(
                format!("/{id}/help"),
                crate::help::page(&w.chrome(&help_title, "help"), guide)?,
            );
            let changes_title = guide.message(id, "changes-title")?;
            html(
                format!("/{id}/changes"),
                crate::changes::page(&w.chrome(&changes_title, "changes"), guide)?,
            );
            let (privacy_title, _) = w.ui.get("ui-privacy-title");
            html(
                format!("/{id}/privacy"),
                pages::privacy(&w.chrome(privacy_title, "privacy")),
            );
            html(
                format!("/{id}/detainer"),
                pages::detainer_page(&w.chrome(w.ui.get("ui-detainer").0, "detainer"), &[], None),
            );
            for (path, page) in crate::tools::pages(&w) {
                html(path, page);
            }
            let speak_title = crate::speak::title(guide, id)?;
            html(
                format!("/{id}/{}", crate::speak::PATH),
                crate::speak::page(&w.chrome(&speak_title, crate::speak::PATH), guide)?,
            );
            let (warrant_title, _) = w.ui.get("ui-warrant-title");
            html(
                format!("/{id}/warrant"),
                crate::warrant::page(&w.chrome(warrant_title, "warrant"), &[], None),
            );
        }
        assets.insert(
            "/app.js".into(),
            Asset::new("text/javascript; charset=utf-8", include_str!("../assets/app.js")),
        );
        assets.insert(
            "/draft.js".into(),
            Asset::new("text/javascript; charset=utf-8", include_str!("../assets/draft.js")),
        );
        assets.insert(
            "/speak.js".into(),
            Asset::new("text/javascript; charset=utf-8", crate::speak::SCRIPT),
        );
        // The warrant check on the phone (only the warrant page links these).
        for f in &crate::ondevice::get().assets {
            assets.insert(f.path.into(), f.asset.clone());
        }
        let all: HashMap<&str, Vec<String>> = locales.iter().map(|l| (l.id, locale_paths(guide, l.id))).collect();
        let version = {
            let mut h = Sha256::new();
            let mut keys: Vec<_> = assets.keys().collect();
            keys.sort();
            for k in keys {
                h.update(k.as_bytes());
                h.update(assets[k].etag.as_bytes());
            }
            hex(&h.finalize()[..6])
        };
        let sw = include_str!("../assets/sw.js")
            .replace("__VERSION__", &version)
            .replace(
                "__PAGES__",
                &serde_json::to_string(&all).unwrap_or_else(|_| "{}".into()),
            )
            .replace(
                "__ASSETS__",
                &serde_json::to_string(OFFLINE_ASSETS).unwrap_or_else(|_| "[]".into()),
            );
        assets.insert("/sw.js".into(), Asset::new("text/javascript; charset=utf-8", sw));
        let manifest = serde_json::json!({
            "name": "Amparo — know your rights",
            "short_name": "Amparo",
            "start_url": "/",
            "display": "standalone",
            "background_color": "#ffffff",
            "theme_color": "#9b1c1c",
            "icons": [{ "src": "/icon.svg", "sizes": "any", "type": "image/svg+xml" }],
        });
        assets.insert(
            "/manifest.webmanifest".into(),
            Asset::new("application/manifest+json", manifest.to_string()),
        );
        assets.insert("/icon.svg".into(), Asset::new("image/svg+xml", ICON));
        assets.insert(
            "/api/v1/openapi.json".into(),
            Asset::new("application/json", crate::api::OPENAPI),
        );
        assets.insert(
            "/robots.txt".into(),
            Asset::new("text/plain; charset=utf-8", "User-agent: *\nAllow: /\n"),
        );
        Ok(Self { assets, locales })
    }

    /// Write the site as static files: `index.html` for directory paths, `.html` for pages, with `.br` and
    /// `.gz` beside each (nginx `brotli_static`/`gzip_static` serve them).
    pub fn export(&self, dir: &Path) -> std::io::Result<usize> {
        let mut n = 0;
        for (path, asset) in &self.assets {
            let rel = path.trim_start_matches('/');
            let file = if rel.is_empty() || rel.ends_with('/') {
                dir.join(rel).join("index.html")
            } else if asset.content_type == HTML {
                dir.join(format!("{rel}.html"))
            } else {
                dir.join(rel)
            };
            if let Some(parent) = file.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&file, &asset.identity)?;
            let mut gz = file.clone().into_os_string();
            gz.push(".gz");
            std::fs::write(gz, &asset.gzip)?;
            let mut br = file.into_os_string();
            br.push(".br");
            std::fs::write(br, &asset.br)?;
            n += 1;
        }
        Ok(n)
    }
}

const ICON: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#9b1c1c"/><path d="M32 10 50 18v14c0 11-8 19-18 22-10-3-18-11-18-22V18z" fill="#fff"/></svg>"##;
