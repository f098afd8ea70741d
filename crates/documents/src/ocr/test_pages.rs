//! Synthetic pages for the OCR modules' unit tests (deskew, layout): bars standing for lines of print.

use image::{GrayImage, Luma};

/// A white page with "lines of print": dark bars `line` rows high, `gap` rows apart, from `top`.
pub(super) fn bars(w: u32, h: u32, top: u32, line: u32, gap: u32, n: u32) -> GrayImage {
    let mut img = GrayImage::from_pixel(w, h, Luma([255]));
    for i in 0..n {
        let y0 = top + i * (line + gap);
        for y in y0..(y0 + line).min(h) {
            for x in w / 10..w - w / 10 {
                img.put_pixel(x, y, Luma([20]));
            }
        }
    }
    img
}

/// Whether row `y` holds no ink.
pub(super) fn blank_row(img: &GrayImage, y: u32) -> bool {
    (0..img.width()).all(|x| img.get_pixel(x, y).0[0] > 128)
}
