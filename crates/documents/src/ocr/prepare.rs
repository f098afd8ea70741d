//! Preparing a photo of a page for OCR: scaled (a 12-megapixel photo halved, no full resampling pass), the
//! page's uneven light divided out (a coarse background estimate), the background around the paper
//! blanked, contrast stretched, deskewed (`deskew.rs`), cropped to the print, and small print enlarged.

use image::imageops::FilterType;
use image::{GrayImage, Luma};

use super::deskew::{Orientation, orientation, rotate_print};
use super::layout::line_height;

/// The longest side the page is scaled to for OCR: enough for 10-point print on a full page.
pub(crate) const OCR_LONG_SIDE: u32 = 2200;
/// Below this, a page is scaled up (low-resolution photos).
pub(crate) const OCR_MIN_LONG_SIDE: u32 = 1500;
/// A page made ready for OCR, and whether its print runs up and down.
pub(crate) struct Prepared {
    pub(crate) page: GrayImage,
    /// The print runs up and down (a photo taken sideways; see [`Orientation`]). The page is then
    /// straightened for reading after a quarter turn.
    pub(crate) sideways: bool,
}
/// Prepare a page for OCR: scale, flatten the light, blank out what is not the paper (the table or hand
/// around it), stretch the contrast, deskew, and crop to the print; and tell whether its print runs up
/// and down. Tesseract's time grows with the pixels and the specks it is given: a photo's border of noisy
/// background costs more than the page itself, and can make its page layout analysis drop whole blocks of
/// print.
pub(crate) fn prepare_page(gray: &GrayImage) -> Prepared {
    let scaled = scale_for_ocr(gray);
    let background = background_mask(&scaled);
    let mut flat = flatten_light(&scaled);
    drop(scaled);
    if let Some(m) = &background {
        m.whiten(&mut flat);
    }
    let stretched = stretch(&flat);
    drop(flat);
    // The skew is measured about the direction the print runs in: lines across, or (a photo taken
    // sideways) up and down, where the page is made straight for a quarter turn.
    let Orientation { sideways, angle } = orientation(&stretched);
    let page = if angle.abs() < 0.2 {
        crop_to_print(&stretched, 24)
    } else {
        rotate_print(&stretched, -angle)
    };
    // Print too small for Tesseract (a low-resolution photo, or a page far from the lens): enlarged so
    // that a line of print is about 15 rows high.
    let page = match line_height(&page) {
        Some(lh) if lh < SMALL_LINE => {
            let f = (TARGET_LINE as f32 / lh as f32).min(2.0);
            let (w, h) = page.dimensions();
            image::imageops::resize(
                &page,
                ((w as f32 * f) as u32).max(1),
                ((h as f32 * f) as u32).max(1),
                FilterType::CatmullRom,
            )
        }
        _ => page,
    };
    Prepared { page, sideways }
}
/// A prepared page whose lines of print are lower than this (in rows) is enlarged to [`TARGET_LINE`].
const SMALL_LINE: u32 = 12;
const TARGET_LINE: u32 = 15;
/// Scale so that the longest side is between [`OCR_MIN_LONG_SIDE`] and [`OCR_LONG_SIDE`].
fn scale_for_ocr(gray: &GrayImage) -> GrayImage {
    let (w, h) = gray.dimensions();
    let long = w.max(h).max(1);
    if long > OCR_LONG_SIDE {
        // A large photo: halve it with a box filter first (cheap), then resample the rest of the way.
        // Halving is enough where it leaves the page at least OCR_MIN_LONG_SIDE long (a 12-megapixel
        // photo, 4032 px, becomes 2016 px): no resampling pass over the full photo.
        let mut src = std::borrow::Cow::Borrowed(gray);
        while src.width().max(src.height()) / 2 >= OCR_MIN_LONG_SIDE && src.width().max(src.height()) > OCR_LONG_SIDE {
            src = std::borrow::Cow::Owned(halve(&src));
        }
        let (w, h) = src.dimensions();
        if w.max(h) <= OCR_LONG_SIDE {
            return src.into_owned();
        }
        let f = f64::from(OCR_LONG_SIDE) / f64::from(w.max(h));
        image::imageops::resize(
            src.as_ref(),
            ((f64::from(w) * f).round() as u32).max(1),
            ((f64::from(h) * f).round() as u32).max(1),
            FilterType::Triangle,
        )
    } else if long < OCR_MIN_LONG_SIDE {
        let f = f64::from(OCR_MIN_LONG_SIDE) / f64::from(long);
        image::imageops::resize(
            gray,
            ((f64::from(w) * f).round() as u32).max(1),
            ((f64::from(h) * f).round() as u32).max(1),
            FilterType::CatmullRom,
        )
    } else {
        gray.clone()
    }
}
/// Half size, each pixel the mean of a 2 × 2 block.
pub(super) fn halve(img: &GrayImage) -> GrayImage {
    let (w, h) = (img.width() / 2, img.height() / 2);
    let src = img.as_raw();
    let sw = img.width() as usize;
    let mut out = vec![0u8; w as usize * h as usize];
    for y in 0..h as usize {
        let (r0, r1) = (&src[2 * y * sw..], &src[(2 * y + 1) * sw..]);
        for (x, o) in out[y * w as usize..(y + 1) * w as usize].iter_mut().enumerate() {
            let s = u16::from(r0[2 * x]) + u16::from(r0[2 * x + 1]) + u16::from(r1[2 * x]) + u16::from(r1[2 * x + 1]);
            *o = ((s + 2) / 4) as u8;
        }
    }
    GrayImage::from_raw(w, h, out).unwrap_or_else(|| img.clone())
}
/// Where the photo shows something other than the paper, on a coarse grid.
struct BackgroundMask {
    small: GrayImage,
    w: u32,
    h: u32,
}
impl BackgroundMask {
    /// Paint the background white (full-resolution image of the size the mask was made for).
    fn whiten(&self, img: &mut GrayImage) {
        let (sw, sh) = self.small.dimensions();
        let (w, h) = (self.w, self.h);
        if img.dimensions() != (w, h) {
            return;
        }
        let columns: Vec<usize> = (0..u64::from(w))
            .map(|x| (x * u64::from(sw) / u64::from(w)) as usize)
            .collect();
        let small = self.small.as_raw();
        for (y, row) in img.chunks_exact_mut(w as usize).enumerate() {
            let sy = (y as u64 * u64::from(sh) / u64::from(h)) as usize;
            let mask_row = &small[sy * sw as usize..][..sw as usize];
            for (p, &sx) in row.iter_mut().zip(&columns) {
                if mask_row[sx] != 0 {
                    *p = 255;
                }
            }
        }
    }
}
/// Find the background around the paper: on a small copy, pixels much darker than the brightest paper
/// near them (a photo's light varies smoothly, the paper is far brighter than a table at the same light),
/// connected to the photo's edge. `None` when there is no such border (the page fills the photo, or the
/// background is as light as the paper) or when what is left is too small to be the page.
fn background_mask(img: &GrayImage) -> Option<BackgroundMask> {
    let (w, h) = img.dimensions();
    let f = (256.0 / w.max(h) as f32).min(1.0);
    let (sw, sh) = (((w as f32 * f) as u32).max(8), ((h as f32 * f) as u32).max(8));
    let small = image::imageops::blur(&shrink(img, sw, sh), 1.0);
    let local_max = window_max(&small, (sw.max(sh) / 5).max(2));
    // The paper's level over the whole photo: a bright percentile.
    let mut hist = [0u32; 256];
    for p in small.pixels() {
        hist[usize::from(p.0[0])] += 1;
    }
    let n: u32 = hist.iter().sum();
    let mut acc = 0;
    let mut p95 = 255u32;
    for (i, c) in hist.iter().enumerate() {
        acc += c;
        if acc * 100 >= n * 95 {
            p95 = i as u32;
            break;
        }
    }
    let dark = |x: u32, y: u32| -> bool {
        let v = u32::from(small.get_pixel(x, y).0[0]);
        let m = u32::from(local_max.get_pixel(x, y).0[0]);
        v * 10 < m * 6 || m * 100 < p95 * 55
    };
    // Flood fill from the edge through dark pixels.
    let mut mask = GrayImage::new(sw, sh);
    let mut stack: Vec<(u32, u32)> = Vec::new();
    for x in 0..sw {
        stack.push((x, 0));
        stack.push((x, sh - 1));
    }
    for y in 0..sh {
        stack.push((0, y));
        stack.push((sw - 1, y));
    }
    let mut filled = 0u32;
    while let Some((x, y)) = stack.pop() {
        if mask.get_pixel(x, y).0[0] != 0 || !dark(x, y) {
            continue;
        }
        mask.put_pixel(x, y, Luma([255]));
        filled += 1;
        if x > 0 {
            stack.push((x - 1, y));
        }
        if y > 0 {
            stack.push((x, y - 1));
        }
        if x + 1 < sw {
            stack.push((x + 1, y));
        }
        if y + 1 < sh {
            stack.push((x, y + 1));
        }
    }
    let total = sw * sh;
    // No border worth removing, or so much that the page cannot be left: leave the photo as it is.
    if filled * 50 < total || filled * 100 > total * 80 {
        return None;
    }
    // Grow by one cell, so that the blurred edge of the page goes too.
    let grown = window_max(&mask, 1);
    Some(BackgroundMask { small: grown, w, h })
}
/// The largest value within `r` pixels (a square window), separably.
fn window_max(img: &GrayImage, r: u32) -> GrayImage {
    let (w, h) = img.dimensions();
    let mut tmp = GrayImage::new(w, h);
    for y in 0..h {
        for x in 0..w {
            let (a, b) = (x.saturating_sub(r), (x + r).min(w - 1));
            let m = (a..=b).map(|i| img.get_pixel(i, y).0[0]).max().unwrap_or(0);
            tmp.put_pixel(x, y, Luma([m]));
        }
    }
    let mut out = GrayImage::new(w, h);
    for y in 0..h {
        let (a, b) = (y.saturating_sub(r), (y + r).min(h - 1));
        for x in 0..w {
            let m = (a..=b).map(|i| tmp.get_pixel(x, i).0[0]).max().unwrap_or(0);
            out.put_pixel(x, y, Luma([m]));
        }
    }
    out
}
/// Crop to the rows and columns that hold print, with a margin. Isolated specks do not count.
pub(crate) fn crop_to_print(img: &GrayImage, margin: u32) -> GrayImage {
    let (w, h) = img.dimensions();
    let Some((x0, y0, x1, y1)) = print_box(img) else {
        return img.clone();
    };
    let (x0, y0) = (x0.saturating_sub(margin), y0.saturating_sub(margin));
    let (x1, y1) = ((x1 + margin).min(w - 1), (y1 + margin).min(h - 1));
    if x1 <= x0 + 16 || y1 <= y0 + 16 {
        return img.clone();
    }
    image::imageops::crop_imm(img, x0, y0, x1 - x0 + 1, y1 - y0 + 1).to_image()
}
/// The box (first and last column, first and last row) of the rows and columns that hold print.
pub(super) fn print_box(img: &GrayImage) -> Option<(u32, u32, u32, u32)> {
    let (w, h) = img.dimensions();
    let mut rows = vec![0u32; h as usize];
    let mut cols = vec![0u32; w as usize];
    for (row, r) in img.as_raw().chunks_exact(w as usize).zip(rows.iter_mut()) {
        for (&p, c) in row.iter().zip(cols.iter_mut()) {
            let dark = u32::from(p < 100);
            *r += dark;
            *c += dark;
        }
    }
    let span = |v: &[u32], min: u32| -> Option<(u32, u32)> {
        let first = v.iter().position(|&c| c >= min)?;
        let last = v.iter().rposition(|&c| c >= min)?;
        Some((first as u32, last as u32))
    };
    let (y0, y1) = span(&rows, (w / 400).max(3))?;
    let (x0, x1) = span(&cols, (h / 400).max(3))?;
    Some((x0, y0, x1, y1))
}
/// A smaller copy, `w` × `h`: halved (2 × 2 means) while still at least twice the size, then resampled
/// the rest of the way, so that a large page is never resampled at full size.
fn shrink(img: &GrayImage, w: u32, h: u32) -> GrayImage {
    let mut src = std::borrow::Cow::Borrowed(img);
    while src.width() >= 2 * w.max(1) && src.height() >= 2 * h.max(1) && src.width() >= 4 && src.height() >= 4 {
        src = std::borrow::Cow::Owned(halve(&src));
    }
    if src.dimensions() == (w, h) {
        return src.into_owned();
    }
    image::imageops::resize(src.as_ref(), w.max(1), h.max(1), FilterType::Triangle)
}
/// Divide out uneven light: estimate the paper's brightness on a coarse grid (the brightest pixels in each
/// cell, so that print does not count), smooth it, and scale every pixel to it.
fn flatten_light(img: &GrayImage) -> GrayImage {
    let (w, h) = img.dimensions();
    const CELL: u32 = 32;
    let gw = w.div_ceil(CELL).max(1);
    let gh = h.div_ceil(CELL).max(1);
    let mut grid = GrayImage::new(gw, gh);
    let mut hist = [0u32; 256];
    let raw = img.as_raw();
    let stride = w as usize;
    for gy in 0..gh {
        for gx in 0..gw {
            hist.fill(0);
            let mut n = 0u32;
            let (x0, x1) = ((gx * CELL) as usize, ((gx + 1) * CELL).min(w) as usize);
            for y in (gy * CELL)..((gy + 1) * CELL).min(h) {
                let row = &raw[y as usize * stride..][x0..x1];
                for &v in row {
                    hist[usize::from(v)] += 1;
                }
                n += row.len() as u32;
            }
            // The 90th percentile: the paper, not the ink.
            let target = n - n / 10;
            let mut acc = 0;
            let mut v = 255u8;
            for (i, c) in hist.iter().enumerate() {
                acc += c;
                if acc >= target {
                    v = i as u8;
                    break;
                }
            }
            grid.put_pixel(gx, gy, Luma([v]));
        }
    }
    let grid = image::imageops::blur(&grid, 1.5);
    // The paper's level at each pixel: the grid interpolated between cell centres (bilinear, 8-bit
    // weights); each pixel is scaled by 255 / level (a table of reciprocals in 16.16 fixed point).
    let recip: Vec<u32> = (0..256u32).map(|b| (255 << 16) / b.max(24)).collect();
    let taps = |n: u32, g: u32| -> Vec<(usize, usize, u32)> {
        (0..n)
            .map(|i| {
                let pos = ((i as f32 + 0.5) * g as f32 / n as f32 - 0.5).clamp(0.0, (g - 1) as f32);
                let a = pos as usize;
                let b = (a + 1).min(g as usize - 1);
                (a, b, ((pos - a as f32) * 256.0) as u32)
            })
            .collect()
    };
    let (xs, ys) = (taps(w, gw), taps(h, gh));
    let g = grid.as_raw();
    let mut level = vec![0u32; gw as usize];
    let mut out = vec![0u8; raw.len()];
    for ((src, dst), &(a, b, t)) in raw.chunks_exact(stride).zip(out.chunks_exact_mut(stride)).zip(&ys) {
        let (ra, rb) = (
            &g[a * gw as usize..][..gw as usize],
            &g[b * gw as usize..][..gw as usize],
        );
        for ((l, &p), &q) in level.iter_mut().zip(ra).zip(rb) {
            *l = u32::from(p) * (256 - t) + u32::from(q) * t;
        }
        for ((o, &p), &(a, b, t)) in dst.iter_mut().zip(src).zip(&xs) {
            let bg = (level[a] * (256 - t) + level[b] * t + (1 << 15)) >> 16;
            *o = ((u32::from(p) * recip[bg as usize]) >> 16).min(255) as u8;
        }
    }
    GrayImage::from_raw(w, h, out).unwrap_or_else(|| img.clone())
}
/// Stretch the 1st–99th percentile range to black–white (the black point at most 100).
fn stretch(img: &GrayImage) -> GrayImage {
    let mut hist = [0u64; 256];
    for p in img.pixels() {
        hist[usize::from(p.0[0])] += 1;
    }
    // Pure white is the blanked background or paper already at full light: not what the stretch is for.
    if hist[..255].iter().sum::<u64>() > 0 {
        hist[255] = 0;
    }
    let n: u64 = hist.iter().sum();
    let pct = |q: u64| -> u8 {
        let target = n * q / 100;
        let mut acc = 0;
        for (i, c) in hist.iter().enumerate() {
            acc += c;
            if acc > target {
                return i as u8;
            }
        }
        255
    };
    // Where print covers less than a hundredth of the page, the 1st percentile is the paper's grain,
    // which a full stretch would turn into dark specks: the black point never goes above mid-grey.
    let lo = pct(1).min(100);
    let hi = pct(99).max(lo.saturating_add(1));
    let span = u32::from(hi - lo).max(1);
    let mut out = img.clone();
    for p in out.pixels_mut() {
        let v = u32::from(p.0[0].saturating_sub(lo)).min(span) * 255 / span;
        p.0[0] = v as u8;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flattening_divides_out_a_gradient_of_light() {
        let lit = GrayImage::from_fn(640, 480, |x, _| Luma([(120 + x * 120 / 640) as u8]));
        let flat = flatten_light(&lit);
        let (lo, hi) = flat
            .pixels()
            .fold((255u8, 0u8), |(lo, hi), p| (lo.min(p.0[0]), hi.max(p.0[0])));
        assert!(lo >= 225 && hi == 255, "{lo}..{hi}");
        // Print stays dark against the paper around it.
        let mut page = lit.clone();
        for x in 300..340 {
            page.put_pixel(x, 200, Luma([30]));
        }
        assert!(flatten_light(&page).get_pixel(320, 200).0[0] < 80);
    }
}
