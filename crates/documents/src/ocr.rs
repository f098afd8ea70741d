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
//! read has its lower part read again, larger, as one block (`lower_part`, [`Layout::Block`]).

use std::io::{Cursor, Read, Write};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use image::imageops::FilterType;
use image::{GrayImage, ImageReader, Luma};

use crate::DocumentError;
use crate::intake::{Format, Limits, image_dimensions};

/// The longest side the page is scaled to for OCR: enough for 10-point print on a full page.
pub const OCR_LONG_SIDE: u32 = 2200;
/// Below this, a page is scaled up (low-resolution photos).
pub const OCR_MIN_LONG_SIDE: u32 = 1500;

/// Decode an image within the limits (pixel limit checked from the header first).
pub fn decode(bytes: &[u8], format: Format, limits: &Limits) -> Result<GrayImage, DocumentError> {
    if format == Format::Heic {
        return crate::heic::decode_grey(bytes, limits);
    }
    let (w, h) = image_dimensions(bytes, format, limits)?;
    if format == Format::Jpeg {
        return decode_jpeg_grey(bytes, w, h);
    }
    let fmt = match format {
        Format::Png => image::ImageFormat::Png,
        Format::Webp => image::ImageFormat::WebP,
        _ => return Err(DocumentError::NotADocument("this file")),
    };
    let mut reader = ImageReader::with_format(Cursor::new(bytes), fmt);
    let mut l = image::Limits::default();
    l.max_image_width = Some(w);
    l.max_image_height = Some(h);
    // RGBA at 4 bytes a pixel plus the decoder's own buffers.
    l.max_alloc = Some(u64::from(w) * u64::from(h) * 4 + (64 << 20));
    reader.limits(l);
    let img = reader.decode().map_err(|e| DocumentError::BadImage(e.to_string()))?;
    Ok(img.to_luma8())
}

/// A JPEG straight to grey: only the brightness plane is decoded (a photo's two colour planes are
/// skipped, not decoded and thrown away). `w` × `h` are the header's, already checked against the limits.
fn decode_jpeg_grey(bytes: &[u8], w: u32, h: u32) -> Result<GrayImage, DocumentError> {
    if !jpeg_is_complete(bytes) {
        return Err(DocumentError::BadImage(
            "the photo is cut off (its end is missing): send it again".into(),
        ));
    }
    use zune_core::bytestream::ZCursor;
    use zune_core::colorspace::ColorSpace;
    use zune_core::options::DecoderOptions;
    let options = DecoderOptions::default()
        .jpeg_set_out_colorspace(ColorSpace::Luma)
        .set_max_width(w as usize)
        .set_max_height(h as usize);
    let mut decoder = zune_jpeg::JpegDecoder::new_with_options(ZCursor::new(bytes), options);
    let pixels = decoder.decode().map_err(|e| DocumentError::BadImage(e.to_string()))?;
    let (dw, dh) = decoder
        .dimensions()
        .ok_or_else(|| DocumentError::BadImage("no image size".into()))?;
    // The header read before decoding and the decoder must agree, and the decoder must give one byte a
    // pixel.
    if (dw, dh) != (w as usize, h as usize) || pixels.len() != dw * dh {
        return Err(DocumentError::BadImage(
            "the image's size does not match its header".into(),
        ));
    }
    GrayImage::from_raw(w, h, pixels).ok_or_else(|| DocumentError::BadImage("the image's size does not match".into()))
}

/// Whether a JPEG's last scan is followed by its end marker. Decoders fill a cut-off photo's missing part
/// with grey and say nothing; a reading of half a paper must not pass for a reading of the paper. (In a
/// scan, 0xFF is always followed by 0x00 or a restart marker, so the markers cannot be found by chance;
/// a thumbnail in the metadata comes before the main scan.)
fn jpeg_is_complete(bytes: &[u8]) -> bool {
    let last_scan = bytes.windows(2).rposition(|w| w == [0xFF, 0xDA]);
    last_scan.is_some_and(|at| bytes[at..].windows(2).any(|w| w == [0xFF, 0xD9]))
}

/// A page made ready for OCR, and whether its print runs up and down.
pub struct Prepared {
    pub page: GrayImage,
    /// The print runs up and down (a photo taken sideways; see [`Orientation`]). The page is then
    /// straightened for reading after a quarter turn.
    pub sideways: bool,
}

/// Prepare a page for OCR: scale, flatten the light, blank out what is not the paper (the table or hand
/// around it), stretch the contrast, deskew, and crop to the print; and tell whether its print runs up
/// and down. Tesseract's time grows with the pixels and the specks it is given: a photo's border of noisy
/// background costs more than the page itself, and can make its page layout analysis drop whole blocks of
/// print.
pub fn prepare_page(gray: &GrayImage) -> Prepared {
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
fn halve(img: &GrayImage) -> GrayImage {
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
pub fn crop_to_print(img: &GrayImage, margin: u32) -> GrayImage {
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
fn print_box(img: &GrayImage) -> Option<(u32, u32, u32, u32)> {
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

/// Rotate by `deg` degrees about the centre and crop to the print: only the part of the turned page where
/// the print lands (the turned corners of its box) is computed.
fn rotate_print(img: &GrayImage, deg: f32) -> GrayImage {
    let (w, h) = img.dimensions();
    let Some((x0, y0, x1, y1)) = print_box(img) else {
        return crop_to_print(&rotate(img, deg), 24);
    };
    let (s, c) = deg.to_radians().sin_cos();
    let (cx, cy) = (w as f32 / 2.0, h as f32 / 2.0);
    // Forward mapping (the inverse of `rotate_window`'s): destination = R(deg) · (source − centre) + centre.
    let corners = [(x0, y0), (x1, y0), (x0, y1), (x1, y1)].map(|(x, y)| {
        let (dx, dy) = (x as f32 - cx, y as f32 - cy);
        (c * dx - s * dy + cx, s * dx + c * dy + cy)
    });
    const ROOM: f32 = 32.0;
    let lo_x = corners.iter().map(|p| p.0).fold(f32::MAX, f32::min) - ROOM;
    let hi_x = corners.iter().map(|p| p.0).fold(f32::MIN, f32::max) + ROOM;
    let lo_y = corners.iter().map(|p| p.1).fold(f32::MAX, f32::min) - ROOM;
    let hi_y = corners.iter().map(|p| p.1).fold(f32::MIN, f32::max) + ROOM;
    let wx0 = lo_x.max(0.0) as u32;
    let wy0 = lo_y.max(0.0) as u32;
    let wx1 = (hi_x.max(0.0) as u32).min(w);
    let wy1 = (hi_y.max(0.0) as u32).min(h);
    if wx1 <= wx0 + 16 || wy1 <= wy0 + 16 {
        return crop_to_print(&rotate(img, deg), 24);
    }
    crop_to_print(&rotate_window(img, deg, (wx0, wy0, wx1 - wx0, wy1 - wy0)), 24)
}

/// Which way the print on a page runs, and its skew, from one sample of its ink.
pub struct Orientation {
    /// The print runs up and down (a photo taken sideways): the ink's profile is much sharper across
    /// columns (at the best angle near 90°) than across rows (near 0°). Lines of print leave white gaps
    /// between them; the letters along a line do not line up.
    pub sideways: bool,
    /// The skew of the lines, in degrees, about the direction they run in (positive: lines rise to the
    /// right… measured in image coordinates), found by maximising the sharpness of the profile of dark
    /// pixels over candidate angles.
    pub angle: f32,
}

/// The [`Orientation`] of a page's print (upright, no skew, when it has too little ink to tell).
pub fn orientation(img: &GrayImage) -> Orientation {
    let Some(ink) = Ink::of(img) else {
        return Orientation {
            sideways: false,
            angle: 0.0,
        };
    };
    let ((across, level), (up, level_up)) = (ink.best_angle(0.0), ink.best_angle(90.0));
    let sideways = level_up > 1.5 * level;
    Orientation {
        sideways,
        angle: if sideways { up } else { across },
    }
}

/// The dark pixels of a small copy of a page.
struct Ink {
    points: Vec<(f32, f32)>,
    bins: usize,
}

impl Ink {
    fn of(img: &GrayImage) -> Option<Ink> {
        // 550 to 1,100 pixels on the long side: halved, never resampled.
        let mut small = std::borrow::Cow::Borrowed(img);
        while small.width().max(small.height()) > 1100 {
            small = std::borrow::Cow::Owned(halve(&small));
        }
        let points: Vec<(f32, f32)> = small
            .enumerate_pixels()
            .filter(|(_, _, p)| p.0[0] < 110)
            .map(|(x, y, _)| (x as f32, y as f32))
            .collect();
        (points.len() >= 200).then(|| Ink {
            points,
            bins: (small.width() + small.height()) as usize * 2,
        })
    }

    /// The sharpness of the profile across lines at `deg` degrees: the sum of squares of its bins.
    fn score(&self, deg: f32, hist: &mut [u32]) -> f64 {
        let (s, c) = deg.to_radians().sin_cos();
        hist.fill(0);
        let off = self.bins as f32 / 2.0;
        for &(x, y) in &self.points {
            let r = (y * c - x * s + off) as usize;
            if let Some(b) = hist.get_mut(r) {
                *b += 1;
            }
        }
        hist.iter().map(|&n| f64::from(n) * f64::from(n)).sum()
    }

    /// The angle within 10° of `around` with the sharpest profile (relative to `around`), and its score.
    fn best_angle(&self, around: f32) -> (f32, f64) {
        let mut hist = vec![0u32; self.bins];
        let mut best = (0.0f32, self.score(around, &mut hist));
        let mut a = -10.0f32;
        while a <= 10.0 {
            let sc = self.score(around + a, &mut hist);
            if sc > best.1 {
                best = (a, sc);
            }
            a += 0.5;
        }
        let coarse = best.0;
        let mut a = coarse - 0.5;
        while a <= coarse + 0.5 {
            let sc = self.score(around + a, &mut hist);
            if sc > best.1 {
                best = (a, sc);
            }
            a += 0.1;
        }
        best
    }
}

/// Rotate by `deg` degrees about the centre (bilinear; uncovered corners white).
pub fn rotate(img: &GrayImage, deg: f32) -> GrayImage {
    let (w, h) = img.dimensions();
    rotate_window(img, deg, (0, 0, w, h))
}

/// The window (left, top, width, height) of the page rotated by `deg` degrees about its centre.
fn rotate_window(img: &GrayImage, deg: f32, (left, top, ww, wh): (u32, u32, u32, u32)) -> GrayImage {
    let (w, h) = img.dimensions();
    let (s, c) = deg.to_radians().sin_cos();
    let (cx, cy) = (w as f32 / 2.0, h as f32 / 2.0);
    let src = img.as_raw();
    let stride = w as usize;
    let mut out = vec![255u8; ww as usize * wh as usize];
    let (xmax, ymax) = (w.saturating_sub(1) as f32, h.saturating_sub(1) as f32);
    for (y, row) in out.chunks_exact_mut(ww.max(1) as usize).enumerate() {
        let dy = (y + top as usize) as f32 - cy;
        for (x, o) in row.iter_mut().enumerate() {
            // Inverse mapping: source = R(-deg) · destination (the same sums for a pixel in any window).
            let dx = (x + left as usize) as f32 - cx;
            let sx = c * dx + s * dy + cx;
            let sy = -s * dx + c * dy + cy;
            if sx >= 0.0 && sy >= 0.0 && sx < xmax && sy < ymax {
                let (x0, y0) = (sx as usize, sy as usize);
                let (ax, ay) = (sx - x0 as f32, sy - y0 as f32);
                let i = y0 * stride + x0;
                let (p00, p10) = (f32::from(src[i]), f32::from(src[i + 1]));
                let (p01, p11) = (f32::from(src[i + stride]), f32::from(src[i + stride + 1]));
                let top = p00 + (p10 - p00) * ax;
                let bottom = p01 + (p11 - p01) * ax;
                *o = (top + (bottom - top) * ay) as u8;
            }
        }
    }
    GrayImage::from_raw(ww, wh, out).unwrap_or_else(|| img.clone())
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

/// Write a page as binary PGM (a format Tesseract's image library reads from stdin).
pub(crate) fn write_pgm(img: &GrayImage, out: &mut impl Write) -> std::io::Result<()> {
    let (w, h) = img.dimensions();
    out.write_all(format!("P5\n{w} {h}\n255\n").as_bytes())?;
    out.write_all(img.as_raw())
}

/// What a child process printed before it exited.
pub(crate) struct Finished {
    pub status: std::process::ExitStatus,
    pub stdout: Vec<u8>,
    pub stderr: String,
}

/// Feed a child its standard input (`input` writes it), keep at most `out_cap` bytes of its standard
/// output and 4 KiB of its standard error, and wait for it within `time`: past it, the child is killed
/// (which closes its pipes and ends the threads serving them) and the error is a timeout for `what`.
pub(crate) fn run_piped(
    mut child: Child,
    input: impl FnOnce(&mut std::process::ChildStdin) + Send,
    out_cap: u64,
    time: Duration,
    what: &'static str,
) -> Result<Finished, DocumentError> {
    let (stdin, stdout, stderr) = (child.stdin.take(), child.stdout.take(), child.stderr.take());
    let (status, stdout, stderr) = std::thread::scope(|s| {
        s.spawn(move || {
            if let Some(mut i) = stdin {
                input(&mut i);
            }
        });
        let err = s.spawn(move || {
            let mut e = String::new();
            if let Some(x) = stderr {
                let _ = x.take(4096).read_to_string(&mut e);
            }
            e
        });
        let out = s.spawn(move || {
            let mut o = Vec::new();
            if let Some(x) = stdout {
                let _ = x.take(out_cap).read_to_end(&mut o);
            }
            o
        });
        let start = Instant::now();
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break Ok(status),
                Ok(None) if start.elapsed() > time => {
                    let _ = child.kill();
                    let _ = child.wait();
                    break Err(DocumentError::Timeout(what));
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(2)),
                Err(e) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    break Err(DocumentError::OcrFailed(e.to_string()));
                }
            }
        };
        (status, out.join().unwrap_or_default(), err.join().unwrap_or_default())
    });
    Ok(Finished {
        status: status?,
        stdout,
        stderr,
    })
}

/// How Tesseract is told to find the lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// A page: find the blocks, then the lines (`--psm 3`).
    Page,
    /// One block of lines (`--psm 6`): a part of a page already cut to the print.
    Block,
}

/// Run `tesseract stdin stdout` on a prepared page. The page goes through a pipe; nothing touches disk.
pub fn tesseract(img: &GrayImage, limits: &Limits) -> Result<String, DocumentError> {
    tesseract_with(img, Layout::Page, limits)
}

/// Run `tesseract stdin stdout` with the given layout.
pub fn tesseract_with(img: &GrayImage, layout: Layout, limits: &Limits) -> Result<String, DocumentError> {
    Reader::spawn(layout)?.read(img, limits)
}

/// A `tesseract stdin stdout` process started before its page is ready. Tesseract loads its model
/// (about 60 ms) before it reads its input, so a reader started first does that while the photo is
/// decoded and prepared. Dropped unused, the process is killed.
pub struct Reader {
    child: Option<Child>,
}

impl Reader {
    /// Start the process (`OMP_THREAD_LIMIT=1`: one thread; see the module notes).
    pub fn spawn(layout: Layout) -> Result<Reader, DocumentError> {
        let psm = match layout {
            Layout::Page => "3",
            Layout::Block => "6",
        };
        let child = Command::new("tesseract")
            .args(["stdin", "stdout", "-l", "eng", "--psm", psm, "--dpi", "200"])
            .env("OMP_THREAD_LIMIT", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| {
                DocumentError::OcrUnavailable(format!(
                    "could not run `tesseract` ({e}); install the Debian packages tesseract-ocr and tesseract-ocr-eng"
                ))
            })?;
        Ok(Reader { child: Some(child) })
    }

    /// Give the process its page and wait for the text, within `limits.ocr_time`.
    pub fn read(mut self, img: &GrayImage, limits: &Limits) -> Result<String, DocumentError> {
        let child = self
            .child
            .take()
            .ok_or_else(|| DocumentError::OcrFailed("the reader was used".into()))?;
        // A page of text is a few KB; cap what is kept.
        let done = run_piped(
            child,
            |stdin| {
                let _ = write_pgm(img, stdin);
            },
            4 << 20,
            limits.ocr_time,
            "reading the photo (OCR)",
        )?;
        if !done.status.success() {
            return Err(DocumentError::OcrFailed(format!(
                "tesseract exited with {}",
                done.status
            )));
        }
        // Tesseract may end a page with a form feed; the callers use one to mark a separate reading.
        Ok(String::from_utf8_lossy(&done.stdout).replace('\x0c', ""))
    }
}

impl Drop for Reader {
    fn drop(&mut self) {
        // An unused reader: stop its process.
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// `n` readers, started now.
pub fn readers(n: usize) -> Result<Vec<Reader>, DocumentError> {
    (0..n).map(|_| Reader::spawn(Layout::Page)).collect()
}

/// Two pages read at the same time, each by its own reader (the second on another thread).
pub fn read_two(
    (first, a): (Reader, &GrayImage),
    (second, b): (Reader, &GrayImage),
    limits: &Limits,
) -> Result<(String, String), DocumentError> {
    let (a, b) = std::thread::scope(|s| {
        let other = s.spawn(|| second.read(b, limits));
        (first.read(a, limits), other.join())
    });
    let b = b.map_err(|_| DocumentError::OcrFailed("the reading thread stopped".into()))?;
    Ok((a?, b?))
}

/// Read a prepared page with the readers given: one reads it whole; two read its upper and lower halves,
/// cut at a blank band between lines of print ([`split_rows`]), at the same time. The texts are joined in
/// page order. (Tesseract's own threads oversubscribe a small machine; separate one-thread processes on
/// separate parts of the page do not.)
pub fn read_parts(page: &GrayImage, mut readers: Vec<Reader>, limits: &Limits) -> Result<String, DocumentError> {
    let cut = if readers.len() >= 2 { split_rows(page) } else { None };
    let Some(cut) = cut else {
        return match readers.pop() {
            Some(r) => r.read(page, limits),
            None => Reader::spawn(Layout::Page)?.read(page, limits),
        };
    };
    let (w, h) = page.dimensions();
    let top = image::imageops::crop_imm(page, 0, 0, w, cut).to_image();
    let bottom = image::imageops::crop_imm(page, 0, cut, w, h - cut).to_image();
    let second = readers.pop();
    let first = readers.pop();
    let (Some(first), Some(second)) = (first, second) else {
        return Reader::spawn(Layout::Page)?.read(page, limits);
    };
    drop(readers);
    let (a, b) = read_two((first, &top), (second, &bottom), limits)?;
    Ok(format!("{a}\n{b}"))
}

/// The dark pixels in each row of a prepared page, the outer columns left out (the edge of the paper or
/// of its shadow can run down a side of the page and would leave no row blank); and the most a row may
/// hold and still be blank (a speck or two).
fn row_ink(page: &GrayImage) -> (Vec<u32>, u32) {
    let w = page.width();
    let (x0, x1) = ((w / 25) as usize, (w - w / 25) as usize);
    let ink = page
        .as_raw()
        .chunks_exact(w.max(1) as usize)
        .map(|row| row[x0..x1].iter().filter(|&&p| p < 128).count() as u32)
        .collect();
    (ink, (w / 800).max(1))
}

/// The typical height of a line of print on a prepared page, in rows: the median height of the runs of
/// rows that hold ink (at least 3 rows; see [`row_ink`]).
pub fn line_height(page: &GrayImage) -> Option<u32> {
    let (w, h) = page.dimensions();
    if w < 16 || h < 8 {
        return None;
    }
    let (ink, blank) = row_ink(page);
    let mut runs = Vec::new();
    let mut run = 0u32;
    for n in ink {
        if n > blank {
            run += 1;
        } else {
            if run >= 3 {
                runs.push(run);
            }
            run = 0;
        }
    }
    if run >= 3 {
        runs.push(run);
    }
    if runs.is_empty() {
        return None;
    }
    runs.sort_unstable();
    Some(runs[runs.len() / 2])
}

/// Where to cut a prepared page in two for [`read_parts`]: the middle of the blank band (rows with no
/// print) nearest to the point that leaves half the print above. `None` when the page holds too little
/// print to be worth two readers, or when no blank band lies between a third and two thirds of the print
/// (a cut must never pass through a line).
pub fn split_rows(page: &GrayImage) -> Option<u32> {
    Gaps::of(page)?.nearest(0.5, 1.0 / 3.0, 2.0 / 3.0)
}

/// Where to cut a prepared page in three: a top band (the heading) and a bottom band (the signature and
/// the form's footer) of about a third of the print each, and the body between them. `None` where the
/// page has no blank bands in those places.
pub fn bands(page: &GrayImage) -> Option<(u32, u32)> {
    let gaps = Gaps::of(page)?;
    let top = gaps.nearest(0.35, 0.2, 0.45)?;
    let bottom = gaps.nearest(0.65, 0.55, 0.8)?;
    (top < bottom).then_some((top, bottom))
}

/// The blank bands between lines of print on a prepared page: for each, its middle row and the share of
/// the print above it.
pub struct Gaps {
    gaps: Vec<(u32, f64)>,
}

impl Gaps {
    /// `None` when the page holds only a line or two of print.
    pub fn of(page: &GrayImage) -> Option<Gaps> {
        let (w, h) = page.dimensions();
        if h < 64 || w < 16 {
            return None;
        }
        let (ink, blank_max) = row_ink(page);
        let total: u64 = ink.iter().map(|&n| u64::from(n)).sum();
        if total < u64::from(w) * 6 {
            return None;
        }
        let blank = |n: u32| n <= blank_max;
        let mut gaps = Vec::new();
        let mut above = 0u64;
        let mut y = 0usize;
        while y < ink.len() {
            if !blank(ink[y]) {
                above += u64::from(ink[y]);
                y += 1;
                continue;
            }
            let start = y;
            while y < ink.len() && blank(ink[y]) {
                y += 1;
            }
            // Only gaps between print (not the margins) of at least 2 rows.
            if above > 0 && y < ink.len() && y - start >= 2 {
                gaps.push((((start + y) / 2) as u32, above as f64 / total as f64));
            }
        }
        Some(Gaps { gaps })
    }

    /// The gap whose share of print above is nearest to `share`, among those between `lo` and `hi`.
    pub fn nearest(&self, share: f64, lo: f64, hi: f64) -> Option<u32> {
        self.gaps
            .iter()
            .filter(|(_, a)| (lo..=hi).contains(a))
            .min_by(|x, y| (x.1 - share).abs().total_cmp(&(y.1 - share).abs()))
            .map(|&(row, _)| row)
    }
}

/// Turn a page a quarter turn (clockwise) `quarters` times.
pub fn turn(img: &GrayImage, quarters: u8) -> GrayImage {
    match quarters % 4 {
        1 => image::imageops::rotate90(img),
        2 => image::imageops::rotate180(img),
        3 => image::imageops::rotate270(img),
        _ => img.clone(),
    }
}

/// The lower part of a prepared page (from `from`, a fraction of its height, to the bottom), scaled so that
/// its width is about `width` pixels (never shrunk, at most tripled): where a signature and the title under
/// it are, at the scale small print needs.
pub fn lower_part(page: &GrayImage, from: f32, width: u32) -> GrayImage {
    let (w, h) = page.dimensions();
    let y0 = ((h as f32 * from.clamp(0.0, 0.9)) as u32).min(h.saturating_sub(1));
    let part = image::imageops::crop_imm(page, 0, y0, w, h - y0).to_image();
    let f = (width as f32 / w.max(1) as f32).clamp(1.0, 3.0);
    if f <= 1.05 {
        return part;
    }
    image::imageops::resize(
        &part,
        ((w as f32 * f) as u32).max(1),
        (((h - y0) as f32 * f) as u32).max(1),
        FilterType::CatmullRom,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A white page with "lines of print": dark bars `line` rows high, `gap` rows apart, from `top`.
    fn bars(w: u32, h: u32, top: u32, line: u32, gap: u32, n: u32) -> GrayImage {
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

    fn blank_row(img: &GrayImage, y: u32) -> bool {
        (0..img.width()).all(|x| img.get_pixel(x, y).0[0] > 128)
    }

    #[test]
    fn cuts_fall_between_lines_near_their_shares_of_the_print() {
        let page = bars(800, 1000, 40, 12, 20, 28);
        let cut = split_rows(&page).expect("a cut");
        assert!(blank_row(&page, cut));
        assert!((470..=530).contains(&cut), "{cut}");
        let (top, bottom) = bands(&page).expect("bands");
        assert!(blank_row(&page, top) && blank_row(&page, bottom));
        // About 35 % and 65 % of the 28 lines above.
        let above = |y: u32| (0..28).filter(|i| 40 + i * 32 < y).count();
        assert!((8..=12).contains(&above(top)), "{}", above(top));
        assert!((17..=21).contains(&above(bottom)), "{}", above(bottom));
    }

    #[test]
    fn no_cut_through_print_and_none_for_a_line_or_two() {
        // One solid block: no blank band inside.
        let block = bars(800, 600, 50, 500, 0, 1);
        assert_eq!(split_rows(&block), None);
        assert_eq!(bands(&block), None);
        // Two thin lines: not worth a second reader.
        assert_eq!(split_rows(&bars(800, 600, 50, 2, 20, 2)), None);
        // Tiny or empty pages.
        assert_eq!(split_rows(&GrayImage::new(10, 10)), None);
        assert_eq!(split_rows(&GrayImage::from_pixel(800, 600, Luma([255]))), None);
    }

    #[test]
    fn a_dark_edge_down_the_side_does_not_hide_the_gaps() {
        let mut page = bars(800, 1000, 40, 12, 20, 28);
        for y in 0..1000 {
            for x in 0..12 {
                page.put_pixel(x, y, Luma([0]));
            }
        }
        assert!(split_rows(&page).is_some());
    }

    #[test]
    fn line_height_is_the_median_line() {
        assert_eq!(line_height(&bars(800, 1000, 40, 10, 20, 25)), Some(10));
        assert_eq!(line_height(&GrayImage::from_pixel(800, 600, Luma([255]))), None);
    }

    /// A deterministic test card: stripes and a gradient (no symmetry that hides an error).
    fn card(w: u32, h: u32) -> GrayImage {
        GrayImage::from_fn(w, h, |x, y| Luma([((x * 7 + y * 13 + (x * y) % 31) % 256) as u8]))
    }

    #[test]
    fn a_rotated_window_is_that_window_of_the_rotated_page() {
        let img = card(300, 200);
        for deg in [-7.5f32, -0.6, 3.2, 9.9] {
            let full = rotate(&img, deg);
            for window in [(0, 0, 300, 200), (17, 23, 150, 90), (250, 150, 50, 50)] {
                let part = rotate_window(&img, deg, window);
                let (x, y, w, h) = window;
                let want = image::imageops::crop_imm(&full, x, y, w, h).to_image();
                assert_eq!(part, want, "{deg} {window:?}");
            }
        }
    }

    #[test]
    fn turning_a_tilted_block_of_print_straightens_it_and_keeps_all_of_it() {
        // A page of lines, tilted 6°; turned back by rotate_print, its rows of print are level again.
        let page = bars(1200, 1400, 200, 14, 24, 20);
        let tilted = rotate(&page, 6.0);
        let angle = orientation(&tilted).angle;
        assert!((angle - 6.0).abs() < 0.6 || (angle + 6.0).abs() < 0.6, "{angle}");
        let back = rotate_print(&tilted, -angle);
        assert_eq!(
            line_height(&back).map(|h| h.abs_diff(14) <= 3),
            Some(true),
            "{:?}",
            line_height(&back)
        );
        // Every line is there: 20 runs of print.
        let runs = (1..back.height())
            .filter(|&y| blank_row(&back, y - 1) && !blank_row(&back, y))
            .count();
        assert_eq!(runs + usize::from(!blank_row(&back, 0)), 20);
    }

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

    #[test]
    fn a_colour_jpeg_decodes_to_the_grey_that_image_gives() {
        let colour = image::RgbImage::from_fn(320, 240, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 128]));
        let mut jpeg = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90)
            .encode_image(&colour)
            .expect("encode");
        let ours = decode(&jpeg, Format::Jpeg, &Limits::default()).expect("decode");
        // A JPEG's brightness plane is Rec. 601 luma (image's to_luma8 weighs colours by Rec. 709).
        let rgb = image::load_from_memory(&jpeg).expect("image").to_rgb8();
        assert_eq!(ours.dimensions(), rgb.dimensions());
        let diff: u64 = ours
            .pixels()
            .zip(rgb.pixels())
            .map(|(a, p)| {
                let [r, g, b] = p.0.map(f32::from);
                let y = (0.299 * r + 0.587 * g + 0.114 * b).round() as u8;
                u64::from(a.0[0].abs_diff(y))
            })
            .sum();
        assert!(diff / (320 * 240) <= 2, "mean difference {}", diff / (320 * 240));
        // A truncated file is refused with a message, not a panic.
        // (image and zune-jpeg would fill in the missing part with grey.)
        for cut in [jpeg.len() / 3, jpeg.len() - 2] {
            assert!(matches!(
                decode(&jpeg[..cut], Format::Jpeg, &Limits::default()),
                Err(DocumentError::BadImage(m)) if m.contains("cut off")
            ));
        }
        // Bytes after the end of the image (as some cameras add) are no reason to refuse it.
        let mut trailer = jpeg.clone();
        trailer.extend_from_slice(b"\0\0camera trailer");
        assert!(decode(&trailer, Format::Jpeg, &Limits::default()).is_ok());
    }
}
