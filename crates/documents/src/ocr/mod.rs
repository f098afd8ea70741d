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
mod tesseract;
#[cfg(test)]
mod test_pages;

pub use decode::decode;
pub(crate) use layout::{bands, lower_part, turn};
pub(crate) use prepare::{Prepared, prepare_page};
pub(crate) use tesseract::{Layout, Reader, read_parts, read_two, readers, tesseract, tesseract_with};
