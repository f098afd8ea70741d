//! Photos: decode with limits, prepare for OCR, and read with the `tesseract` command.
//!
//! Tesseract runs as a child process fed through stdin (`tesseract stdin stdout`), with
//! `OMP_THREAD_LIMIT=1` in its environment (Debian's build uses OpenMP, which oversubscribes small machines),
//! so nothing is written to disk and an engine crash cannot take down the caller.
//!
//! Preprocessing: grayscale; the page's uneven light divided out (a coarse background estimate); contrast
//! stretched; scaled so that text is near the size Tesseract reads best. Small rotations are left to
//! Tesseract's own deskew; pages turned 90° or 180° are tried again turned, when the first reading finds
//! no document.

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

/// Prepare a page for OCR: flatten the light, stretch the contrast, scale.
pub fn prepare(gray: &GrayImage) -> GrayImage {
    let (w, h) = gray.dimensions();
    let long = w.max(h).max(1);
    let scaled = if long > OCR_LONG_SIDE {
        let f = f64::from(OCR_LONG_SIDE) / f64::from(long);
        image::imageops::resize(
            gray,
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
    };
    let flat = flatten_light(&scaled);
    let stretched = stretch(&flat);
    let angle = skew_angle(&stretched);
    if angle.abs() < 0.2 {
        stretched
    } else {
        rotate(&stretched, -angle)
    }
}

/// The skew of the text lines, in degrees (positive: lines rise to the right… measured in image
/// coordinates), found by maximising the sharpness of the row profile of dark pixels over candidate angles.
pub fn skew_angle(img: &GrayImage) -> f32 {
    // Work on a small copy: ink pixels only.
    let (w, h) = img.dimensions();
    let f = (800.0 / w.max(h) as f32).min(1.0);
    let small = image::imageops::resize(
        img,
        ((w as f32 * f) as u32).max(1),
        ((h as f32 * f) as u32).max(1),
        FilterType::Triangle,
    );
    let ink: Vec<(f32, f32)> = small
        .enumerate_pixels()
        .filter(|(_, _, p)| p.0[0] < 110)
        .map(|(x, y, _)| (x as f32, y as f32))
        .collect();
    if ink.len() < 200 {
        return 0.0;
    }
    let rows = (small.width() + small.height()) as usize * 2;
    let mut hist = vec![0u32; rows];
    let mut score = |deg: f32| -> f64 {
        let (s, c) = deg.to_radians().sin_cos();
        hist.fill(0);
        let off = rows as f32 / 2.0;
        for &(x, y) in &ink {
            let r = (y * c - x * s + off) as usize;
            if r < rows {
                hist[r] += 1;
            }
        }
        hist.iter().map(|&n| f64::from(n) * f64::from(n)).sum()
    };
    let mut best = (0.0f32, score(0.0));
    let mut a = -10.0f32;
    while a <= 10.0 {
        let sc = score(a);
        if sc > best.1 {
            best = (a, sc);
        }
        a += 0.5;
    }
    let coarse = best.0;
    let mut a = coarse - 0.5;
    while a <= coarse + 0.5 {
        let sc = score(a);
        if sc > best.1 {
            best = (a, sc);
        }
        a += 0.1;
    }
    best.0
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
    for gy in 0..gh {
        for gx in 0..gw {
            hist.fill(0);
            let mut n = 0u32;
            for y in (gy * CELL)..((gy + 1) * CELL).min(h) {
                for x in (gx * CELL)..((gx + 1) * CELL).min(w) {
                    hist[usize::from(img.get_pixel(x, y).0[0])] += 1;
                    n += 1;
                }
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
    let mut out = GrayImage::new(w, h);
    for (x, y, p) in img.enumerate_pixels() {
        let b = u32::from(bg.get_pixel(x, y).0[0]).max(24);
        let v = (u32::from(p.0[0]) * 255 / b).min(255);
        out.put_pixel(x, y, Luma([v as u8]));
    }
    out
}

/// Stretch the 1st–99th percentile range to black–white.
fn stretch(img: &GrayImage) -> GrayImage {
    let mut hist = [0u64; 256];
    for p in img.pixels() {
        hist[usize::from(p.0[0])] += 1;
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

/// Run `tesseract stdin stdout` on a prepared page. The page goes through a pipe; nothing touches disk.
pub fn tesseract(img: &GrayImage, limits: &Limits) -> Result<String, DocumentError> {
    let input = pgm(img);
    let mut child = Command::new("tesseract")
        .args(["stdin", "stdout", "-l", "eng", "--psm", "3", "--dpi", "200"])
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
