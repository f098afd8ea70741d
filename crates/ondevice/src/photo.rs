//! A photo prepared on the phone exactly as the server prepares it (decode within the limits, grey, flatten,
//! blank the background, stretch, deskew, crop, scale: `amparo_documents::ocr::prepare_photo`), then handed
//! to the page's Tesseract (tesseract-wasm, in a Web Worker) as grey pixels.

use amparo_documents::{DocumentError, Limits};

/// A prepared page: its size and grey pixels, whether it runs sideways, and where its top and bottom bands
/// are (read those first; the body only if they do not settle the decision).
#[derive(Debug, Clone)]
pub struct Photo {
    pub width: u32,
    pub height: u32,
    pub grey: Vec<u8>,
    pub sideways: bool,
    pub bands: Option<(u32, u32)>,
}

impl From<image::GrayImage> for Photo {
    fn from(page: image::GrayImage) -> Self {
        Photo {
            width: page.width(),
            height: page.height(),
            grey: page.into_raw(),
            sideways: false,
            bands: None,
        }
    }
}

/// Prepare a photo's bytes (JPEG, PNG, WebP) within the server's limits.
pub fn prepare(bytes: &[u8]) -> Result<Photo, DocumentError> {
    let p = amparo_documents::ocr::prepare_photo(bytes, &Limits::default())?;
    Ok(Photo {
        sideways: p.sideways,
        bands: p.bands,
        ..Photo::from(p.page)
    })
}
