//! The geometry of a prepared page: its lines of print (row ink, line height), where it may be cut between
//! lines (in halves for two readers; a top band, the body and a bottom band), quarter turns, and the lower
//! part where the signature is.

use image::GrayImage;
use image::imageops::FilterType;

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
pub(crate) fn line_height(page: &GrayImage) -> Option<u32> {
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
/// Where to cut a prepared page in two for [`read_parts`](super::read_parts): the middle of the blank band (rows with no
/// print) nearest to the point that leaves half the print above. `None` when the page holds too little
/// print to be worth two readers, or when no blank band lies between a third and two thirds of the print
/// (a cut must never pass through a line).
pub(crate) fn split_rows(page: &GrayImage) -> Option<u32> {
    Gaps::of(page)?.nearest(0.5, 1.0 / 3.0, 2.0 / 3.0)
}
/// Where to cut a prepared page in three: a top band (the heading) and a bottom band (the signature and
/// the form's footer) of about a third of the print each, and the body between them. `None` where the
/// page has no blank bands in those places.
pub(crate) fn bands(page: &GrayImage) -> Option<(u32, u32)> {
    let gaps = Gaps::of(page)?;
    let top = gaps.nearest(0.35, 0.2, 0.45)?;
    let bottom = gaps.nearest(0.65, 0.55, 0.8)?;
    (top < bottom).then_some((top, bottom))
}
/// The blank bands between lines of print on a prepared page: for each, its middle row and the share of
/// the print above it.
pub(crate) struct Gaps {
    gaps: Vec<(u32, f64)>,
}
impl Gaps {
    /// `None` when the page holds only a line or two of print.
    pub(crate) fn of(page: &GrayImage) -> Option<Gaps> {
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
    pub(crate) fn nearest(&self, share: f64, lo: f64, hi: f64) -> Option<u32> {
        self.gaps
            .iter()
            .filter(|(_, a)| (lo..=hi).contains(a))
            .min_by(|x, y| (x.1 - share).abs().total_cmp(&(y.1 - share).abs()))
            .map(|&(row, _)| row)
    }
}
/// Turn a page a quarter turn (clockwise) `quarters` times.
pub(crate) fn turn(img: &GrayImage, quarters: u8) -> GrayImage {
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
pub(crate) fn lower_part(page: &GrayImage, from: f32, width: u32) -> GrayImage {
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
    use crate::ocr::test_pages::{bars, blank_row};
    use image::Luma;

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
}
