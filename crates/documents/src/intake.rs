//! File intake: what the bytes are, and the limits, checked before anything is decoded.

use std::io::{Cursor, Read};
use std::time::Duration;

use crate::DocumentError;

/// Limits on what Amparo reads. All are checked before decoding (the pixel limit from the image header).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest file accepted, in bytes.
    pub max_bytes: usize,
    /// Largest image accepted, in pixels (width × height), read from the header before decoding.
    pub max_pixels: u64,
    /// Largest image side, in pixels.
    pub max_side: u32,
    /// Pages of a PDF read (the first ones).
    pub pdf_pages: usize,
    /// Wall-clock budget for reading a PDF's text layer.
    pub pdf_time: Duration,
    /// Wall-clock budget for one OCR run.
    pub ocr_time: Duration,
    /// Tesseract processes that read one photo at the same time (its upper and lower halves): 2 where the
    /// machine has 2 cores or more, else 1.
    pub ocr_workers: usize,
    /// A program that decodes HEIC photos in a process of its own (`PROGRAM heic-to-pgm`: see
    /// [`crate::heic`]), so that a fault in libheif cannot take down the caller; the web server sets it to
    /// the `amparo` binary. `None`: decoded in this process. (`'static`, so that limits stay `Copy`: a
    /// program set once for the life of the process.)
    pub heic_helper: Option<&'static std::path::Path>,
    /// Longest text read, in bytes (a warrant is a page or two).
    pub max_text_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 25 << 20,
            max_pixels: 50_000_000,
            max_side: 12_000,
            pdf_pages: 8,
            pdf_time: Duration::from_secs(10),
            ocr_time: Duration::from_secs(60),
            ocr_workers: std::thread::available_parallelism().map_or(1, |n| n.get().min(2)),
            heic_helper: None,
            max_text_bytes: 1 << 20,
        }
    }
}

/// What the bytes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Pdf,
    Png,
    Jpeg,
    Webp,
    /// HEIC (HEIF with HEVC), an iPhone's default: read through the system's libheif ([`crate::heic`]).
    Heic,
}

impl Format {
    pub fn is_image(self) -> bool {
        matches!(self, Format::Png | Format::Jpeg | Format::Webp | Format::Heic)
    }
}

/// The one size check: `len` bytes are accepted up to `limit`, and refused above it.
pub fn check_len(len: usize, limit: usize) -> Result<(), DocumentError> {
    if len > limit {
        Err(DocumentError::TooLarge { limit })
    } else {
        Ok(())
    }
}

/// Why [`read_limited`] gave up.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// More than the limit: nothing beyond the limit and one byte was read.
    #[error("the file is larger than the limit of {limit} bytes")]
    TooLarge { limit: usize },
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// Reads at most `limit` bytes from `reader` (a file, standard input, a pipe): one byte more is read only to
/// tell an oversized input, which is refused, so that memory stays bounded whatever is sent.
pub fn read_limited(reader: impl Read, limit: usize) -> Result<Vec<u8>, ReadError> {
    let mut buf = Vec::new();
    reader.take(limit as u64 + 1).read_to_end(&mut buf)?;
    check_len(buf.len(), limit).map_err(|_| ReadError::TooLarge { limit })?;
    Ok(buf)
}

/// Identify the bytes by their signature. Checks the size limit first.
pub fn sniff(bytes: &[u8], limits: &Limits) -> Result<Format, DocumentError> {
    check_len(bytes.len(), limits.max_bytes)?;
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(DocumentError::Empty);
    }
    let head = &bytes[..bytes.len().min(1024)];
    if head.windows(5).any(|w| w == b"%PDF-") {
        return Ok(Format::Pdf);
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Ok(Format::Png);
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Ok(Format::Jpeg);
    }
    if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        return Ok(Format::Webp);
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        let brand = &bytes[8..12];
        if [b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis", b"hevc"]
            .iter()
            .any(|b| brand == *b)
        {
            return Ok(Format::Heic);
        }
    }
    for (sig, what) in [
        (&b"GIF8"[..], "GIF images"),
        (&b"BM"[..], "BMP images"),
        (&b"II*\0"[..], "TIFF images"),
        (&b"MM\0*"[..], "TIFF images"),
        (&b"PK\x03\x04"[..], "ZIP files (and Word or other Office documents)"),
    ] {
        if bytes.starts_with(sig) {
            return Err(DocumentError::NotADocument(what));
        }
    }
    // Text: valid UTF-8 without control characters other than whitespace.
    let text_like = match std::str::from_utf8(bytes) {
        Ok(s) => !s.chars().any(|c| c.is_control() && !c.is_whitespace()),
        Err(_) => false,
    };
    if text_like {
        check_len(bytes.len(), limits.max_text_bytes)?;
        return Ok(Format::Text);
    }
    Err(DocumentError::NotADocument(
        "this file (not text, PDF, JPEG, PNG, WebP or HEIC)",
    ))
}

/// An image's dimensions from its header only, checked against the pixel limits. Nothing is decoded.
pub(crate) fn image_dimensions(bytes: &[u8], format: Format, limits: &Limits) -> Result<(u32, u32), DocumentError> {
    let fmt = match format {
        Format::Png => image::ImageFormat::Png,
        Format::Jpeg => image::ImageFormat::Jpeg,
        Format::Webp => image::ImageFormat::WebP,
        _ => return Err(DocumentError::NotADocument("this file")),
    };
    let reader = image::ImageReader::with_format(Cursor::new(bytes), fmt);
    let (w, h) = reader
        .into_dimensions()
        .map_err(|e| DocumentError::BadImage(e.to_string()))?;
    check_size(w, h, limits)?;
    Ok((w, h))
}

/// An image's size from its header against the limits: some pixels, and not too many.
pub(crate) fn check_size(w: u32, h: u32, limits: &Limits) -> Result<(), DocumentError> {
    if w == 0 || h == 0 {
        return Err(DocumentError::BadImage("the image has no pixels".into()));
    }
    if w > limits.max_side || h > limits.max_side || u64::from(w) * u64::from(h) > limits.max_pixels {
        return Err(DocumentError::TooManyPixels {
            width: w,
            height: h,
            limit: limits.max_pixels,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_by_signature() {
        let l = Limits::default();
        assert_eq!(sniff(b"%PDF-1.7\n...", &l).unwrap(), Format::Pdf);
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\nxxxx", &l).unwrap(), Format::Png);
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0], &l).unwrap(), Format::Jpeg);
        assert_eq!(sniff(b"RIFF\0\0\0\0WEBPVP8 ", &l).unwrap(), Format::Webp);
        assert_eq!(
            sniff("WARRANT FOR ARREST OF ALIEN — José".as_bytes(), &l).unwrap(),
            Format::Text
        );
        assert!(matches!(sniff(b"   \n", &l), Err(DocumentError::Empty)));
        assert!(matches!(
            sniff(b"\0\x01\x02binary", &l),
            Err(DocumentError::NotADocument(_))
        ));
        assert!(matches!(sniff(b"\0\0\0\x18ftypheic\0\0", &l), Ok(Format::Heic)));
        let small = Limits {
            max_bytes: 4,
            ..Limits::default()
        };
        assert!(matches!(sniff(b"hello", &small), Err(DocumentError::TooLarge { .. })));
    }

    #[test]
    fn the_limit_itself_is_accepted_and_one_byte_more_refused() {
        let exact = vec![b'a'; 64];
        let over = [b'a'; 65];
        assert_eq!(read_limited(&exact[..], 64).expect("exact limit"), exact);
        assert!(matches!(
            read_limited(&over[..], 64),
            Err(ReadError::TooLarge { limit: 64 })
        ));
        // Nothing beyond the limit and one byte is taken from the reader.
        let mut long: &[u8] = &[b'a'; 10_000];
        assert!(read_limited(&mut long, 64).is_err());
        assert_eq!(long.len(), 10_000 - 65);
        assert!(read_limited(&b""[..], 0).expect("empty within 0").is_empty());
        assert!(matches!(
            read_limited(&b"a"[..], 0),
            Err(ReadError::TooLarge { limit: 0 })
        ));
        // The same check in the intake, for the file and for text.
        assert!(check_len(64, 64).is_ok());
        assert!(matches!(check_len(65, 64), Err(DocumentError::TooLarge { limit: 64 })));
        let limits = Limits {
            max_bytes: 64,
            max_text_bytes: 32,
            ..Limits::default()
        };
        assert_eq!(sniff(&[b'a'; 32], &limits).expect("text at its limit"), Format::Text);
        assert!(matches!(
            sniff(&[b'a'; 33], &limits),
            Err(DocumentError::TooLarge { limit: 32 })
        ));
        let mut pdf = b"%PDF-1.7\n".to_vec();
        pdf.resize(64, 0);
        assert_eq!(sniff(&pdf, &limits).expect("file at its limit"), Format::Pdf);
        pdf.push(0);
        assert!(matches!(
            sniff(&pdf, &limits),
            Err(DocumentError::TooLarge { limit: 64 })
        ));
    }

    #[test]
    fn a_failing_reader_is_an_io_error() {
        struct Broken;
        impl Read for Broken {
            fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
                Err(std::io::Error::other("disk gone"))
            }
        }
        assert!(matches!(read_limited(Broken, 10), Err(ReadError::Io(_))));
    }

    #[test]
    fn pixel_limit_from_header_only() {
        // A PNG header claiming 100000 × 100000 pixels, with no image data: refused before decoding.
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        let mut ihdr = b"IHDR".to_vec();
        ihdr.extend(100_000u32.to_be_bytes());
        ihdr.extend(100_000u32.to_be_bytes());
        ihdr.extend([8, 0, 0, 0, 0]);
        png.extend(13u32.to_be_bytes());
        png.extend(&ihdr);
        png.extend(crc32(&ihdr).to_be_bytes());
        // A tiny IDAT (a real bomb would hold a few KB of zlib data that inflates to gigabytes) and IEND.
        for (name, data) in [
            (&b"IDAT"[..], &[0x78u8, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01][..]),
            (&b"IEND"[..], &[][..]),
        ] {
            let mut chunk = name.to_vec();
            chunk.extend(data);
            png.extend((data.len() as u32).to_be_bytes());
            png.extend(&chunk);
            png.extend(crc32(&chunk).to_be_bytes());
        }
        let l = Limits::default();
        assert_eq!(sniff(&png, &l).unwrap(), Format::Png);
        let got = image_dimensions(&png, Format::Png, &l);
        assert!(
            matches!(got, Err(DocumentError::TooManyPixels { width: 100_000, .. })),
            "{got:?}"
        );
    }

    fn crc32(data: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &b in data {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 != 0 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
}
