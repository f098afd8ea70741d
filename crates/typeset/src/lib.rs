//! # amparo-typeset
//!
//! The project's one typst `World`: a fixed template (and the templates it imports), one JSON data file at
//! `/data.json`, the standard library, and the fonts found under [`FONT_DIRS`] (scanned once per process,
//! loaded lazily, kept in memory). [`pdf`] compiles it to PDF bytes in memory; nothing is read from or
//! written to disk but the fonts. Strings reach a template only as data, never spliced into markup.
//!
//! Used by the cards (`amparo-cards`) and the register's PDF reports (`amparo-register`, feature `pdf`), so
//! typst, which builds slowly, is compiled once and configured in one place.

mod world;

pub use world::{FONT_DIRS, Template};

use typst::foundations::Smart;
use typst_layout::PagedDocument;
use typst_pdf::PdfOptions;

/// What can go wrong. None of them is a panic.
#[derive(Debug, thiserror::Error)]
pub enum TypesetError {
    /// A template path typst does not accept (a bug in the caller's constant).
    #[error("bad template path {0:?}")]
    Path(String),
    /// typst's diagnostics while laying the document out (a template error, or data it cannot use).
    #[error("{0}")]
    Layout(String),
    /// typst's diagnostics while writing the PDF.
    #[error("writing the PDF: {0}")]
    Pdf(String),
}

/// How the PDF is written.
#[derive(Debug, Clone)]
pub struct PdfSettings {
    /// The PDF's identifier (the same input gives the same bytes).
    pub ident: String,
    /// The "creator" in the PDF's metadata.
    pub creator: String,
    /// Tagged PDF (a structure tree for screen readers).
    pub tagged: bool,
}

/// Compiles `main` (which may `#import` any of `imports`) with `data` as `/data.json` into PDF bytes, fonts
/// embedded and subset.
pub fn pdf(
    main: Template,
    imports: &[Template],
    data: Vec<u8>,
    settings: &PdfSettings,
) -> Result<Vec<u8>, TypesetError> {
    let world = world::DocWorld::new(main, imports, data)?;
    let document = typst::compile::<PagedDocument>(&world)
        .output
        .map_err(|d| TypesetError::Layout(diagnostics(&d)))?;
    let options = PdfOptions {
        ident: Smart::Custom(settings.ident.clone()),
        creator: Smart::Custom(Some(settings.creator.clone())),
        tagged: settings.tagged,
        ..PdfOptions::default()
    };
    let pdf = typst_pdf::pdf(&document, &options).map_err(|d| TypesetError::Pdf(diagnostics(&d)))?;
    // Bound the memoisation cache of a long-running process (the web app, the register's server).
    typst::comemo::evict(30);
    Ok(pdf)
}

fn diagnostics(d: &[typst::diag::SourceDiagnostic]) -> String {
    d.iter().map(|d| d.message.to_string()).collect::<Vec<_>>().join("; ")
}

/// The families of `families` that no font found under [`FONT_DIRS`] provides (case-insensitive), in order.
pub fn missing_families<'a>(families: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let book = world::fonts().book();
    families
        .into_iter()
        .filter(|f| !book.contains_family(&f.to_lowercase()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const HELLO: Template = Template {
        path: "/hello.typ",
        text: "#import \"/lib.typ\": greet\n#let d = json(\"/data.json\")\n#set page(width: 100pt, height: 50pt)\n#greet(d.name)",
    };
    const LIB: Template = Template {
        path: "/lib.typ",
        text: "#let greet(name) = [Hello, #name]",
    };

    fn settings() -> PdfSettings {
        PdfSettings {
            ident: "test".into(),
            creator: "amparo-typeset test".into(),
            tagged: false,
        }
    }

    #[test]
    fn a_template_its_import_and_its_data_make_a_pdf() {
        let pdf = pdf(HELLO, &[LIB], br#"{"name": "world"}"#.to_vec(), &settings()).expect("pdf");
        assert!(pdf.starts_with(b"%PDF-"), "{:?}", &pdf[..8.min(pdf.len())]);
        // Deterministic: the same input gives the same bytes.
        let again = super::pdf(HELLO, &[LIB], br#"{"name": "world"}"#.to_vec(), &settings()).expect("pdf");
        assert_eq!(pdf, again);
    }

    #[test]
    fn an_import_not_given_is_refused() {
        let err = pdf(HELLO, &[], br#"{"name": "world"}"#.to_vec(), &settings()).unwrap_err();
        assert!(matches!(err, TypesetError::Layout(_)), "{err:?}");
    }

    #[test]
    fn bad_data_is_a_layout_error_not_a_panic() {
        let err = pdf(HELLO, &[LIB], b"{not json".to_vec(), &settings()).unwrap_err();
        assert!(matches!(err, TypesetError::Layout(_)), "{err:?}");
    }

    #[test]
    fn a_family_no_font_provides_is_named() {
        assert_eq!(
            missing_families(["Noto Sans", "No Such Family 123"]),
            vec!["No Such Family 123"],
            "Noto Sans comes with Debian's fonts-noto-core"
        );
    }
}
