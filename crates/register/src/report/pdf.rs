//! A report as PDF, typeset by typst (as a library, the project's PDF engine) from the report's data with a
//! fixed template (`report.typ`): strings reach the template only as data, never as markup. Record ids are
//! not printed (the JSON and CSV carry them); the register's head is, so the printed figures can be tied
//! to the register.

use std::path::Path;
use std::sync::OnceLock;

use serde_json::{Value, json};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::fonts::FontStore;
use typst_layout::PagedDocument;
use typst_pdf::PdfOptions;

use super::{Item, Report, Value_};

const TEMPLATE: &str = include_str!("report.typ");
const FONT_DIRS: &[&str] = &["/usr/share/fonts", "/usr/local/share/fonts"];

fn fonts() -> &'static FontStore {
    static FONTS: OnceLock<FontStore> = OnceLock::new();
    FONTS.get_or_init(|| {
        let mut store = FontStore::new();
        for dir in FONT_DIRS {
            let dir = Path::new(dir);
            if dir.is_dir() {
                store.extend(typst_kit::fonts::scan(dir));
            }
        }
        store
    })
}

fn library() -> &'static LazyHash<Library> {
    static LIBRARY: OnceLock<LazyHash<Library>> = OnceLock::new();
    LIBRARY.get_or_init(|| LazyHash::new(Library::default()))
}

fn file_id(path: &str) -> Result<FileId, FileError> {
    let vpath = VirtualPath::new(path).map_err(|_| FileError::AccessDenied)?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

struct ReportWorld {
    main: Source,
    data_id: FileId,
    data: Bytes,
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        library()
    }
    fn book(&self) -> &LazyHash<FontBook> {
        fonts().book()
    }
    fn main(&self) -> FileId {
        self.main.id()
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }
    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            Ok(self.data.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }
    fn font(&self, index: usize) -> Option<Font> {
        fonts().font(index)
    }
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

fn label(path: &[String]) -> String {
    path.iter().map(|p| p.replace('_', " ")).collect::<Vec<_>>().join(" › ")
}

fn rows(report: &Report, items: &[Item]) -> Vec<Value> {
    items
        .iter()
        .map(|item| {
            json!({
                "key": item.key,
                "citation": item.citation,
                "text": item.text,
                "rows": item.figures.iter().map(|f| {
                    let value = match (&f.value, f.suppressed) {
                        (_, true) => format!("< {} (suppressed)", report.options.min_cell),
                        (Value_::Count(n), false) => n.to_string(),
                        (Value_::Cents(c), false) => format!("$ {}", crate::event::cents_text(*c)),
                        (Value_::NotRecorded, false) => "not recorded".to_owned(),
                    };
                    json!({ "label": label(&f.path), "unit": f.unit, "value": value })
                }).collect::<Vec<_>>(),
            })
        })
        .collect()
}

/// The report as PDF bytes.
pub fn write(report: &Report) -> Result<Vec<u8>, String> {
    let spec = report.law.spec();
    let data = json!({
        "title": spec.title,
        "subdivision": spec.subdivision,
        "due": spec.due,
        "period": format!("{} to {}", report.period.from, report.period.to),
        "generated": report.generated_at,
        "head": format!("register {} · entry {} · {}", report.register_id, report.head_seq, report.head_hash),
        "anonymized": report.options.anonymize,
        "suppression": report.options.anonymize.then(|| format!("{} (min_cell = {})", super::SUPPRESSION_RULE, report.options.min_cell)),
        "counting": report.counting,
        "notes": report.notes,
        "items": rows(report, &report.items),
        "review": rows(report, &report.review),
    });
    let bytes = serde_json::to_vec(&data).map_err(|e| e.to_string())?;
    let world = ReportWorld {
        main: Source::new(file_id("/report.typ").map_err(|e| e.to_string())?, TEMPLATE.to_string()),
        data_id: file_id("/data.json").map_err(|e| e.to_string())?,
        data: Bytes::new(bytes),
    };
    let diagnostics =
        |d: &[typst::diag::SourceDiagnostic]| d.iter().map(|d| d.message.to_string()).collect::<Vec<_>>().join("; ");
    let document = typst::compile::<PagedDocument>(&world)
        .output
        .map_err(|d| format!("typesetting the report: {}", diagnostics(&d)))?;
    let options = PdfOptions {
        ident: Smart::Custom(format!("amparo-register-{}-{}", report.law.id(), report.period.from)),
        creator: Smart::Custom(Some("Amparo register".to_string())),
        ..PdfOptions::default()
    };
    let pdf = typst_pdf::pdf(&document, &options).map_err(|d| format!("writing the PDF: {}", diagnostics(&d)))?;
    typst::comemo::evict(30);
    Ok(pdf)
}
