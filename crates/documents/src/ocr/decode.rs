//! Decoding a photo within the limits: the pixel limit checked from the header first; a JPEG straight to
//! grey; a cut-off JPEG refused; HEIC through `heic.rs`.

use std::io::Cursor;

use image::{GrayImage, ImageReader};

use crate::DocumentError;
use crate::intake::{Format, Limits, image_dimensions};

/// Decode an image within the limits (pixel limit checked from the header first).
pub fn decode(bytes: &[u8], format: Format, limits: &Limits) -> Result<GrayImage, DocumentError> {
    if format == Format::Heic {
        #[cfg(not(target_arch = "wasm32"))]
        return crate::heic::decode_grey(bytes, limits);
        #[cfg(target_arch = "wasm32")]
        return Err(DocumentError::Unsupported(
            "HEIC photos are read by the server; send a JPEG",
        ));
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

#[cfg(test)]
mod tests {
    use super::*;

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
