//! Rendering specimens as PDFs (text layer, Helvetica) and as photo-like JPEGs (DejaVu Sans, then
//! rotation, perspective, uneven light, blur, noise, low resolution and JPEG artefacts). Shared by the
//! accuracy example, the photo test and the benchmarks. Deterministic per specimen.

use crate::specimen::{Specimen, Style};
use image::{GrayImage, Luma};
use lopdf::content::{Content, Operation};
use lopdf::{Document, Object, Stream, dictionary};

/// A specimen as a one-page PDF with a text layer.
pub fn pdf(s: &Specimen) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
    });
    let resources_id = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font_id } });
    let mut ops = Vec::new();
    let mut y = 760.0f32;
    for l in &s.lines {
        let size = match l.style {
            Style::Huge => 40.0,
            Style::Title => 14.0,
            Style::Heading => 11.0,
            Style::Body => 8.0,
            Style::Small => 7.0,
        };
        y -= size * 1.35;
        let latin1: Vec<u8> = l
            .text
            .chars()
            .map(|c| if (c as u32) < 256 { c as u8 } else { b'?' })
            .collect();
        ops.push(Operation::new("BT", vec![]));
        ops.push(Operation::new("Tf", vec!["F1".into(), size.into()]));
        ops.push(Operation::new("Td", vec![40.into(), y.into()]));
        ops.push(Operation::new(
            "Tj",
            vec![Object::String(latin1, lopdf::StringFormat::Literal)],
        ));
        ops.push(Operation::new("ET", vec![]));
    }
    let content = Content { operations: ops };
    let content_id = doc.add_object(Stream::new(dictionary! {}, content.encode().unwrap_or_default()));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1, "Resources" => resources_id,
            "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
        }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let mut out = Vec::new();
    let _ = doc.save_to(&mut out);
    out
}

pub const FONT_PATHS: &[&str] = &[
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
];

/// The font used to render pages.
pub fn font() -> Option<ab_glyph::FontVec> {
    FONT_PATHS
        .iter()
        .find_map(|p| std::fs::read(p).ok())
        .and_then(|b| ab_glyph::FontVec::try_from_vec(b).ok())
}

/// The font, where photos can also be read here: `tesseract` runs and the fonts are installed. Otherwise
/// `None`, with a note on stderr that the calling test is skipped (`scripts/test` installs them).
pub fn font_for_ocr() -> Option<ab_glyph::FontVec> {
    let tesseract = std::process::Command::new("tesseract")
        .arg("--version")
        .output()
        .is_ok();
    let font = font().filter(|_| tesseract);
    if font.is_none() {
        eprintln!("skipped: needs tesseract-ocr, tesseract-ocr-eng and fonts-dejavu-core");
    }
    font
}

/// The specimen's photo ([`photo`]) as HEIC, made with `heif-enc` (Debian: libheif-examples) in a scratch
/// folder; `None`, with a note that the calling test is skipped, where libheif or heif-enc is missing.
pub fn photo_heic(s: &Specimen, font: &ab_glyph::FontVec) -> Option<Vec<u8>> {
    if !amparo_documents::heic::available() || std::process::Command::new("heif-enc").arg("--help").output().is_err() {
        eprintln!("skipped: needs libheif1 and libheif-examples");
        return None;
    }
    let dir = tempfile::tempdir().expect("scratch folder");
    let (jpg, heic) = (dir.path().join("photo.jpg"), dir.path().join("photo.heic"));
    std::fs::write(&jpg, photo(s, Some(font))).expect("write");
    let done = std::process::Command::new("heif-enc")
        .args(["-q", "60"])
        .arg(&jpg)
        .arg("-o")
        .arg(&heic)
        .output()
        .expect("heif-enc");
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
    Some(std::fs::read(&heic).expect("read"))
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> f32 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as f32) / ((1u64 << 31) as f32)
    }
    fn range(&mut self, a: f32, b: f32) -> f32 {
        a + (b - a) * self.next()
    }
}

fn seed(id: &str) -> u64 {
    id.bytes().fold(0xcbf29ce484222325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100000001b3)
    })
}

/// The clean page, 1700 × 2200 (letter at 200 dpi).
pub fn page(s: &Specimen, font: &ab_glyph::FontVec, scale_factor: f32) -> GrayImage {
    use ab_glyph::{Font, PxScale, ScaleFont, point};
    let (w, h) = ((1700.0 * scale_factor) as u32, (2200.0 * scale_factor) as u32);
    let mut img = GrayImage::from_pixel(w, h, Luma([250]));
    let mut y = 110.0 * scale_factor;
    for l in &s.lines {
        let px = scale_factor
            * match l.style {
                Style::Huge => 110.0,
                Style::Title => 38.0,
                Style::Heading => 30.0,
                Style::Body => 22.0,
                Style::Small => 19.0,
            };
        let sf = font.as_scaled(PxScale::from(px));
        y += sf.height() * 1.15;
        let mut x = 90.0 * scale_factor;
        let mut prev = None;
        for c in l.text.chars() {
            let gid = sf.glyph_id(c);
            if let Some(p) = prev {
                x += sf.kern(p, gid);
            }
            let glyph = gid.with_scale_and_position(px, point(x, y));
            x += sf.h_advance(gid);
            prev = Some(gid);
            if let Some(o) = font.outline_glyph(glyph) {
                let b = o.px_bounds();
                o.draw(|gx, gy, cov| {
                    let (px_, py_) = (b.min.x as i32 + gx as i32, b.min.y as i32 + gy as i32);
                    if px_ >= 0 && py_ >= 0 && (px_ as u32) < w && (py_ as u32) < h {
                        let p = img.get_pixel_mut(px_ as u32, py_ as u32);
                        let v = f32::from(p.0[0]) * (1.0 - cov.min(1.0)) + 20.0 * cov.min(1.0);
                        p.0[0] = v as u8;
                    }
                });
            }
        }
    }
    img
}

/// Map the page through a perspective (corner offsets) + rotation onto a "table", with bilinear sampling.
fn warp(src: &GrayImage, r: &mut Rng, out_w: u32, out_h: u32) -> GrayImage {
    let (sw, sh) = (src.width() as f32, src.height() as f32);
    let angle = r.range(-4.0, 4.0).to_radians();
    let (ca, sa) = (angle.cos(), angle.sin());
    let j = 0.035;
    // Destination corners of the page (normalised), jittered.
    let mut corners = [(0.08f32, 0.06f32), (0.92, 0.06), (0.92, 0.94), (0.08, 0.94)];
    for c in &mut corners {
        c.0 += r.range(-j, j);
        c.1 += r.range(-j, j);
    }
    let mut out = GrayImage::from_pixel(out_w, out_h, Luma([95]));
    for y in 0..out_h {
        for x in 0..out_w {
            // Undo rotation about the centre.
            let (cx, cy) = (x as f32 / out_w as f32 - 0.5, y as f32 / out_h as f32 - 0.5);
            let (rx, ry) = (ca * cx + sa * cy + 0.5, -sa * cx + ca * cy + 0.5);
            // Invert the bilinear quad map approximately by Newton steps.
            let (mut u, mut v) = (0.5f32, 0.5f32);
            for _ in 0..6 {
                let px = (1.0 - u) * (1.0 - v) * corners[0].0
                    + u * (1.0 - v) * corners[1].0
                    + u * v * corners[2].0
                    + (1.0 - u) * v * corners[3].0;
                let py = (1.0 - u) * (1.0 - v) * corners[0].1
                    + u * (1.0 - v) * corners[1].1
                    + u * v * corners[2].1
                    + (1.0 - u) * v * corners[3].1;
                let dxu = (1.0 - v) * (corners[1].0 - corners[0].0) + v * (corners[2].0 - corners[3].0);
                let dxv = (1.0 - u) * (corners[3].0 - corners[0].0) + u * (corners[2].0 - corners[1].0);
                let dyu = (1.0 - v) * (corners[1].1 - corners[0].1) + v * (corners[2].1 - corners[3].1);
                let dyv = (1.0 - u) * (corners[3].1 - corners[0].1) + u * (corners[2].1 - corners[1].1);
                let det = dxu * dyv - dxv * dyu;
                if det.abs() < 1e-6 {
                    break;
                }
                let (ex, ey) = (rx - px, ry - py);
                u += (dyv * ex - dxv * ey) / det;
                v += (-dyu * ex + dxu * ey) / det;
            }
            if (0.0..1.0).contains(&u) && (0.0..1.0).contains(&v) {
                let (fx, fy) = (u * (sw - 1.0), v * (sh - 1.0));
                let (x0, y0) = (fx as u32, fy as u32);
                let (x1, y1) = ((x0 + 1).min(src.width() - 1), (y0 + 1).min(src.height() - 1));
                let (ax, ay) = (fx - x0 as f32, fy - y0 as f32);
                let p = |x, y| f32::from(src.get_pixel(x, y).0[0]);
                let val = p(x0, y0) * (1.0 - ax) * (1.0 - ay)
                    + p(x1, y0) * ax * (1.0 - ay)
                    + p(x0, y1) * (1.0 - ax) * ay
                    + p(x1, y1) * ax * ay;
                out.put_pixel(x, y, Luma([val as u8]));
            }
        }
    }
    out
}

/// A photo-like colour JPEG of the specimen. `big` renders a 12-megapixel photo (3024 × 4032).
pub fn photo_sized(s: &Specimen, font: Option<&ab_glyph::FontVec>, big: bool) -> Vec<u8> {
    let Some(font) = font else { return Vec::new() };
    let mut r = Rng(seed(&s.id));
    let variant: u64 = s.id.rsplit('-').next().and_then(|v| v.parse().ok()).unwrap_or(0);
    let low_res = variant % 4 == 3 && !big;
    let (ow, oh) = if big {
        (3024, 4032)
    } else if low_res {
        (1000, 1300)
    } else {
        (1800, 2400)
    };
    let clean = page(s, font, if big { 1.6 } else { 1.0 });
    let mut img = warp(&clean, &mut r, ow, oh);
    // Uneven light: a gradient and a soft shadow.
    let (gx, gy) = (r.range(-0.35, 0.35), r.range(-0.35, 0.35));
    let (w, h) = img.dimensions();
    for (x, y, p) in img.enumerate_pixels_mut() {
        let (nx, ny) = (x as f32 / w as f32 - 0.5, y as f32 / h as f32 - 0.5);
        let light = (0.85 + gx * nx + gy * ny).clamp(0.45, 1.1);
        p.0[0] = (f32::from(p.0[0]) * light).clamp(0.0, 255.0) as u8;
    }
    let sigma = r.range(0.5, if low_res { 0.8 } else { 1.4 });
    let mut img = image::imageops::blur(&img, sigma);
    for p in img.pixels_mut() {
        let n = (r.next() - 0.5) * 18.0;
        p.0[0] = (f32::from(p.0[0]) + n).clamp(0.0, 255.0) as u8;
    }
    // One in twelve is turned sideways (a phone held the wrong way).
    if variant == 10 {
        img = image::imageops::rotate90(&img);
    }
    // In colour, as a phone takes it (YCbCr, chroma subsampled): warm indoor light, its tint varying.
    let tint = [1.0, r.range(0.9, 0.97), r.range(0.72, 0.88)];
    let (w, h) = img.dimensions();
    let colour = image::RgbImage::from_fn(w, h, |x, y| {
        let v = f32::from(img.get_pixel(x, y).0[0]);
        image::Rgb(tint.map(|t| (v * t).clamp(0.0, 255.0) as u8))
    });
    let quality = (r.range(45.0, 85.0)) as u8;
    let mut out = Vec::new();
    let mut enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality);
    let _ = enc.encode_image(&colour);
    out
}

pub fn photo(s: &Specimen, font: Option<&ab_glyph::FontVec>) -> Vec<u8> {
    photo_sized(s, font, false)
}
