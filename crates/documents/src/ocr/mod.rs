//! Photos: decode with limits, prepare for OCR, and read with the `tesseract` command.
//!
//! Tesseract runs as a child process fed through stdin (`tesseract stdin stdout`), with
//! `OMP_THREAD_LIMIT=1` in its environment (Debian's build uses OpenMP, which oversubscribes small machines),
//! so nothing is written to disk and an engine crash cannot take down the caller.
//!
//! Preprocessing: grayscale; scaled (a 12-megapixel photo halved, no full resampling pass); the page's
//! uneven light divided out (a coarse background estimate); the background around the paper blanked;
//! contrast stretched; deskewed; cropped to the print. Pages whose print runs up and down are turned before
//! reading (both quarter turns are read and the better kept); a court's paper whose signer title was not
//! read has its lower part read again, larger, as one block (`lower_part`, `Layout::Block`).
//!
//! One file per step: `decode.rs`, `prepare.rs` (with `deskew.rs`), `layout.rs` (the page's geometry) and
//! `tesseract.rs` (the readers). The strategy that chains them (what to read, in which order) is
//! `photo.rs`.

mod decode;
mod deskew;
mod layout;
mod prepare;
#[cfg(not(target_arch = "wasm32"))]
mod tesseract;
#[cfg(test)]
mod test_pages;

pub use decode::decode;
pub(crate) use layout::{bands, lower_part, turn};
pub(crate) use prepare::{Prepared, prepare_page};
#[cfg(not(target_arch = "wasm32"))]
pub(crate) use tesseract::{Layout, Reader, read_parts, read_two, readers, tesseract, tesseract_with};

/// A photo made ready for reading by a reader outside this crate (the page's own Tesseract, in
/// `crates/ondevice`): the same decoding and preparation as [`crate::check_bytes`]'s, then the places the
/// photo strategy cuts the page at.
pub struct PreparedPhoto {
    /// The prepared page (grey, flattened, deskewed, cropped, scaled), upright unless `sideways`.
    pub page: image::GrayImage,
    /// The print runs up and down: read the page turned a quarter either way (`turn`) and keep the better.
    pub sideways: bool,
    /// Where the top band (heading) ends and the bottom band (signature, footer) starts, where the page has
    /// blank bands there: read those first, the body only when they do not settle the decision
    /// ([`crate::settled`]).
    pub bands: Option<(u32, u32)>,
}

/// Decode (limits first) and prepare a photo for reading.
pub fn prepare_photo(bytes: &[u8], limits: &crate::Limits) -> Result<PreparedPhoto, crate::DocumentError> {
    let format = crate::intake::sniff(bytes, limits)?;
    if !format.is_image() {
        return Err(crate::DocumentError::NotADocument("this file"));
    }
    let gray = decode(bytes, format, limits)?;
    let Prepared { page, sideways } = prepare_page(&gray);
    let bands = if sideways { None } else { bands(&page) };
    Ok(PreparedPhoto { page, sideways, bands })
}

/// A page turned a quarter turn clockwise `quarters` times.
pub fn turned(page: &image::GrayImage, quarters: u8) -> image::GrayImage {
    turn(page, quarters)
}

/// Where the server cuts a page in two to read the halves at the same time (a blank band near the middle),
/// if anywhere.
pub fn split_at(page: &image::GrayImage) -> Option<u32> {
    layout::split_rows(page)
}

/// The lower part of a prepared page, larger: read again, as one block, when a court's paper showed no
/// signer's title ([`crate::needs_signer_title`]), as the server does.
pub fn signature_part(page: &image::GrayImage) -> image::GrayImage {
    lower_part(page, crate::photo::SIGNATURE_FROM, crate::photo::SIGNATURE_WIDTH)
}
