//! Which way the print on a page runs (across, or up and down: a photo taken sideways) and its skew, and
//! the rotations that straighten it.

use image::GrayImage;

use super::prepare::{crop_to_print, halve, print_box};

/// Rotate by `deg` degrees about the centre and crop to the print: only the part of the turned page where
/// the print lands (the turned corners of its box) is computed.
pub(super) fn rotate_print(img: &GrayImage, deg: f32) -> GrayImage {
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
pub(crate) struct Orientation {
    /// The print runs up and down (a photo taken sideways): the ink's profile is much sharper across
    /// columns (at the best angle near 90°) than across rows (near 0°). Lines of print leave white gaps
    /// between them; the letters along a line do not line up.
    pub(crate) sideways: bool,
    /// The skew of the lines, in degrees, about the direction they run in (positive: lines rise to the
    /// right… measured in image coordinates), found by maximising the sharpness of the profile of dark
    /// pixels over candidate angles.
    pub(crate) angle: f32,
}
/// The [`Orientation`] of a page's print (upright, no skew, when it has too little ink to tell).
pub(crate) fn orientation(img: &GrayImage) -> Orientation {
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
pub(crate) fn rotate(img: &GrayImage, deg: f32) -> GrayImage {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ocr::layout::line_height;
    use crate::ocr::test_pages::{bars, blank_row};
    use image::Luma;

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
}
