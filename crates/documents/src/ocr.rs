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
use std::process::{Command, Stdio};
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
    let (w, h) = image_dimensions(bytes, format, limits)?;
    let fmt = match format {
        Format::Png => image::ImageFormat::Png,
        Format::Jpeg => image::ImageFormat::Jpeg,
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

/// Prepare a page for OCR: scale, flatten the light, blank out what is not the paper (the table or hand
/// around it), stretch the contrast, deskew, and crop to the print. Tesseract's time grows with the pixels
/// and the specks it is given: a photo's border of noisy background costs more than the page itself, and
/// can make its page layout analysis drop whole blocks of print.
pub fn prepare(gray: &GrayImage) -> GrayImage {
    let scaled = scale_for_ocr(gray);
    let background = background_mask(&scaled);
    let mut flat = flatten_light(&scaled);
    drop(scaled);
    if let Some(m) = &background {
        m.whiten(&mut flat);
    }
    let stretched = stretch(&flat);
    drop(flat);
    let angle = skew_angle(&stretched);
    let upright = if angle.abs() < 0.2 {
        stretched
    } else {
        rotate(&stretched, -angle)
    };
    crop_to_print(&upright, 24)
}

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
        for y in 0..h {
            let sy = (u64::from(y) * u64::from(sh) / u64::from(h)) as u32;
            for x in 0..w {
                let sx = (u64::from(x) * u64::from(sw) / u64::from(w)) as u32;
                if self.small.get_pixel(sx, sy).0[0] != 0 {
                    img.put_pixel(x, y, Luma([255]));
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
    let small = image::imageops::blur(&image::imageops::resize(img, sw, sh, FilterType::Triangle), 1.0);
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
    let mut rows = vec![0u32; h as usize];
    let mut cols = vec![0u32; w as usize];
    for (x, y, p) in img.enumerate_pixels() {
        if p.0[0] < 100 {
            rows[y as usize] += 1;
            cols[x as usize] += 1;
        }
    }
    let span = |v: &[u32], min: u32| -> Option<(u32, u32)> {
        let first = v.iter().position(|&c| c >= min)?;
        let last = v.iter().rposition(|&c| c >= min)?;
        Some((first as u32, last as u32))
    };
    let (Some((y0, y1)), Some((x0, x1))) = (span(&rows, (w / 400).max(3)), span(&cols, (h / 400).max(3))) else {
        return img.clone();
    };
    let (x0, y0) = (x0.saturating_sub(margin), y0.saturating_sub(margin));
    let (x1, y1) = ((x1 + margin).min(w - 1), (y1 + margin).min(h - 1));
    if x1 <= x0 + 16 || y1 <= y0 + 16 {
        return img.clone();
    }
    image::imageops::crop_imm(img, x0, y0, x1 - x0 + 1, y1 - y0 + 1).to_image()
}

/// The skew of the text lines, in degrees (positive: lines rise to the right… measured in image
/// coordinates), found by maximising the sharpness of the row profile of dark pixels over candidate angles.
pub fn skew_angle(img: &GrayImage) -> f32 {
    Ink::of(img).map_or(0.0, |ink| ink.best_angle(0.0).0)
}

/// Whether the print on a prepared page runs up and down (a photo taken sideways): the ink's profile is
/// much sharper across columns (at the best angle near 90°) than across rows (near 0°). Lines of print
/// leave white gaps between them; the letters along a line do not line up.
pub fn is_sideways(img: &GrayImage) -> bool {
    Ink::of(img).is_some_and(|ink| ink.best_angle(90.0).1 > 1.5 * ink.best_angle(0.0).1)
}

/// The dark pixels of a small copy of a page.
struct Ink {
    points: Vec<(f32, f32)>,
    bins: usize,
}

impl Ink {
    fn of(img: &GrayImage) -> Option<Ink> {
        let (w, h) = img.dimensions();
        let f = (800.0 / w.max(h) as f32).min(1.0);
        let small = image::imageops::resize(
            img,
            ((w as f32 * f) as u32).max(1),
            ((h as f32 * f) as u32).max(1),
            FilterType::Triangle,
        );
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
    let (s, c) = deg.to_radians().sin_cos();
    let (cx, cy) = (w as f32 / 2.0, h as f32 / 2.0);
    let mut out = GrayImage::from_pixel(w, h, Luma([255]));
    for y in 0..h {
        for x in 0..w {
            let (dx, dy) = (x as f32 - cx, y as f32 - cy);
            // Inverse mapping: source = R(-deg) · destination.
            let sx = c * dx + s * dy + cx;
            let sy = -s * dx + c * dy + cy;
            if sx >= 0.0 && sy >= 0.0 && sx < (w - 1) as f32 && sy < (h - 1) as f32 {
                let (x0, y0) = (sx as u32, sy as u32);
                let (ax, ay) = (sx - x0 as f32, sy - y0 as f32);
                let p = |x: u32, y: u32| f32::from(img.get_pixel(x, y).0[0]);
                let v = p(x0, y0) * (1.0 - ax) * (1.0 - ay)
                    + p(x0 + 1, y0) * ax * (1.0 - ay)
                    + p(x0, y0 + 1) * (1.0 - ax) * ay
                    + p(x0 + 1, y0 + 1) * ax * ay;
                out.put_pixel(x, y, Luma([v as u8]));
            }
        }
    }
    out
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
    let bg = image::imageops::resize(&grid, w, h, FilterType::Triangle);
    let out: Vec<u8> = raw
        .iter()
        .zip(bg.as_raw())
        .map(|(&p, &b)| (u32::from(p) * 255 / u32::from(b).max(24)).min(255) as u8)
        .collect();
    GrayImage::from_raw(w, h, out).unwrap_or_else(|| img.clone())
}

/// Stretch the 1st–99th percentile range to black–white.
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
    let lo = pct(1);
    let hi = pct(99).max(lo.saturating_add(1));
    let span = u32::from(hi - lo).max(1);
    let mut out = img.clone();
    for p in out.pixels_mut() {
        let v = u32::from(p.0[0].saturating_sub(lo)).min(span) * 255 / span;
        p.0[0] = v as u8;
    }
    out
}

/// The page as binary PGM (a format Tesseract's image library reads from stdin), in memory.
fn pgm(img: &GrayImage) -> Vec<u8> {
    let (w, h) = img.dimensions();
    let mut out = format!("P5\n{w} {h}\n255\n").into_bytes();
    out.extend_from_slice(img.as_raw());
    out
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
    let input = pgm(img);
    let psm = match layout {
        Layout::Page => "3",
        Layout::Block => "6",
    };
    let mut child = Command::new("tesseract")
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
    let mut stdin = child.stdin.take();
    let writer = std::thread::spawn(move || {
        if let Some(s) = stdin.as_mut() {
            let _ = s.write_all(&input);
        }
        drop(stdin);
    });
    let mut stdout = child.stdout.take();
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        if let Some(s) = stdout.as_mut() {
            // A page of text is a few KB; cap what we keep.
            let _ = s.take(4 << 20).read_to_end(&mut out);
        }
        out
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > limits.ocr_time => {
                let _ = child.kill();
                let _ = child.wait();
                let _ = writer.join();
                let _ = reader.join();
                return Err(DocumentError::Timeout("reading the photo (OCR)"));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(DocumentError::OcrFailed(e.to_string())),
        }
    };
    let _ = writer.join();
    let out = reader.join().unwrap_or_default();
    if !status.success() {
        return Err(DocumentError::OcrFailed(format!("tesseract exited with {status}")));
    }
    Ok(String::from_utf8_lossy(&out).into_owned())
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
