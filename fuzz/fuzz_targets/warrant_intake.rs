//! Fuzz file intake: any bytes (text, PDF, PNG, JPEG, WebP or garbage) are refused with an error or read,
//! never a panic, within the size and pixel limits. OCR is not reached for images that decode (the
//! pixel limit is set tiny so decoding stays cheap and tesseract is not spawned for most inputs).
#![no_main]

use amparo_documents::{Limits, check_bytes};
use amparo_law::warrant::Situation;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let limits = Limits {
        max_bytes: 1 << 20,
        max_pixels: 64,
        max_side: 64,
        pdf_time: std::time::Duration::from_secs(2),
        ocr_time: std::time::Duration::from_secs(2),
        ..Limits::default()
    };
    let _ = check_bytes(data, &Situation::default(), &limits);
});
