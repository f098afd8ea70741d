//! HEIC photos through the system's libheif. The HEIC files are made here from the rendered specimen
//! photos with `heif-enc` (Debian: libheif-examples), in a scratch folder. Skipped, with a note, where
//! libheif, heif-enc, tesseract or the fonts are missing (`scripts/test` installs them).

use amparo_specimens::render;

use amparo_documents::{Channel, DocumentError, Format, Limits, check_bytes, intake};
use amparo_law::warrant::{Judicial, Kind, Situation};

/// The specimen's photo as HEIC, or `None` (with a note) where the tools are missing.
fn heic_photo(kind: Kind, v: u64) -> Option<Vec<u8>> {
    let font = render::font_for_ocr()?;
    render::photo_heic(&amparo_specimens::specimen::specimen(kind, v), &font)
}

#[test]
fn a_heic_photo_is_read_like_the_jpeg() {
    let Some(heic) = heic_photo(Kind::IceRemovalWarrant, 0) else {
        return;
    };
    let limits = Limits::default();
    assert_eq!(intake::sniff(&heic, &limits).ok(), Some(Format::Heic));
    let r = check_bytes(&heic, &Situation::default(), &limits).expect("read");
    assert_eq!(r.channel, Channel::Photo);
    assert_eq!(
        (r.assessment.kind, r.assessment.judicial),
        (Kind::IceRemovalWarrant, Judicial::No)
    );
}

#[test]
fn a_bad_or_oversized_heic_is_refused_with_a_message() {
    let Some(heic) = heic_photo(Kind::NoticeToAppear, 1) else {
        return;
    };
    // Over the pixel limit: refused from the header, before decoding.
    let small = Limits {
        max_pixels: 1_000_000,
        ..Limits::default()
    };
    assert!(matches!(
        amparo_documents::ocr::decode(&heic, Format::Heic, &small),
        Err(DocumentError::TooManyPixels {
            width: 1800,
            height: 2400,
            ..
        })
    ));
    // Cut off, or with its middle overwritten: an error, never a panic.
    let limits = Limits::default();
    for cut in [heic.len() / 2, 200, 40] {
        assert!(
            amparo_documents::ocr::decode(&heic[..cut], Format::Heic, &limits).is_err(),
            "{cut}"
        );
    }
    let mut broken = heic.clone();
    let mid = broken.len() / 2;
    broken[mid..mid + 4096].fill(0xAB);
    let _ = amparo_documents::ocr::decode(&broken, Format::Heic, &limits);
}
