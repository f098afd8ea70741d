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
use typst::layout::{Frame, FrameItem, Point, Transform};
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

/// One line of text as laid out: its baseline and horizontal extent on the page, in points from the page's
/// top-left corner, and its text in logical order. For tests of layout that must not depend on looking at
/// a picture (the alignment of right-to-left lines, for one).
#[derive(Debug, Clone, PartialEq)]
pub struct TextLine {
    pub baseline: f64,
    pub left: f64,
    pub right: f64,
    pub text: String,
}

/// Lays `main` out as [`pdf`] does and returns, page by page, its lines of text (text runs that share a
/// baseline, top to bottom), without writing a PDF.
pub fn lines(main: Template, imports: &[Template], data: Vec<u8>) -> Result<Vec<Vec<TextLine>>, TypesetError> {
    let world = world::DocWorld::new(main, imports, data)?;
    let document = typst::compile::<PagedDocument>(&world)
        .output
        .map_err(|d| TypesetError::Layout(diagnostics(&d)))?;
    let pages = document
        .pages()
        .iter()
        .map(|page| {
            let mut runs = Vec::new();
            collect_runs(&page.frame, Transform::identity(), &mut runs);
            group_lines(runs)
        })
        .collect();
    typst::comemo::evict(30);
    Ok(pages)
}

/// Every text run of `frame` with its baseline, left and right edges and text, `transform` applied.
fn collect_runs(frame: &Frame, transform: Transform, out: &mut Vec<Run>) {
    for (pos, item) in frame.items() {
        match item {
            FrameItem::Group(group) => {
                let inner = transform
                    .pre_concat(Transform::translate(pos.x, pos.y))
                    .pre_concat(group.transform);
                collect_runs(&group.frame, inner, out);
            }
            FrameItem::Text(text) => {
                let start = pos.transform(transform);
                let end = Point::new(pos.x + text.width(), pos.y).transform(transform);
                out.push(Run {
                    y: start.y.to_pt(),
                    size: text.size.to_pt(),
                    line: TextLine {
                        baseline: start.y.to_pt(),
                        left: start.x.to_pt().min(end.x.to_pt()),
                        right: start.x.to_pt().max(end.x.to_pt()),
                        text: text.text.to_string(),
                    },
                });
            }
            _ => {}
        }
    }
}

/// One text item of the layout: where typst put it, at which size.
struct Run {
    y: f64,
    size: f64,
    line: TextLine,
}

/// Runs make a line while each is less than 0.45 em below the one above it. Ordinary text puts every run
/// of a line on one baseline; typst sets glyphs the font raises or lowers (Nastaliq's diagonal stacking,
/// Arabic marks) as runs of their own, up to about an em above the baseline, and lines lie more than an em
/// apart. A line's baseline is that of its widest run; its text, the runs' left to right on the page (for
/// right-to-left text, the reverse of reading order). Runs without width (a mark alone) are left out.
fn group_lines(mut runs: Vec<Run>) -> Vec<TextLine> {
    runs.retain(|r| r.line.right - r.line.left > 0.01);
    runs.sort_by(|a, b| a.y.total_cmp(&b.y));
    let mut groups: Vec<Vec<Run>> = Vec::new();
    for run in runs {
        match groups.last_mut() {
            Some(group)
                if group
                    .last()
                    .is_some_and(|last| run.y - last.y < 0.45 * run.size.max(last.size)) =>
            {
                group.push(run)
            }
            _ => groups.push(vec![run]),
        }
    }
    groups
        .into_iter()
        .map(|mut group| {
            group.sort_by(|a, b| a.line.left.total_cmp(&b.line.left));
            let widest = group
                .iter()
                .max_by(|a, b| (a.line.right - a.line.left).total_cmp(&(b.line.right - b.line.left)))
                .map_or(0.0, |r| r.line.baseline);
            TextLine {
                baseline: widest,
                left: group.iter().map(|r| r.line.left).fold(f64::INFINITY, f64::min),
                right: group.iter().map(|r| r.line.right).fold(f64::NEG_INFINITY, f64::max),
                text: group.iter().map(|r| r.line.text.as_str()).collect(),
            }
        })
        .collect()
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
    fn lines_are_found_with_their_edges() {
        const PAGE: Template = Template {
            path: "/lines.typ",
            text: "#set page(width: 200pt, height: 100pt, margin: 10pt)\n#set text(font: \"Noto Sans\", size: 10pt)\nfirst line\n\n#align(right)[second]\n\n#text(dir: rtl)[abc]",
        };
        let pages = lines(PAGE, &[], b"{}".to_vec()).expect("lines");
        assert_eq!(pages.len(), 1);
        let l = &pages[0];
        assert_eq!(l.len(), 3, "{l:#?}");
        assert_eq!(l[0].text, "first line");
        assert!((l[0].left - 10.0).abs() < 0.01, "{:?}", l[0]);
        assert!(l[0].right < 100.0, "{:?}", l[0]);
        assert!((l[1].right - 190.0).abs() < 0.01, "{:?}", l[1]);
        // Right to left: the start is the right margin.
        assert!((l[2].right - 190.0).abs() < 0.01, "{:?}", l[2]);
        assert!(l[0].baseline < l[1].baseline && l[1].baseline < l[2].baseline);
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
