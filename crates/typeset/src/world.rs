//! The typst `World`: the main template, the templates it may import, one JSON data file, the standard
//! library, and the system's fonts (scanned once per process, loaded lazily, kept in memory).

use std::path::Path;
use std::sync::OnceLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::fonts::FontStore;

use crate::TypesetError;

/// Where the fonts are looked for (recursively).
pub const FONT_DIRS: &[&str] = &["/usr/share/fonts", "/usr/local/share/fonts"];

/// A typst template: its absolute path in the world (`/card.typ`) and its markup.
#[derive(Debug, Clone, Copy)]
pub struct Template {
    pub path: &'static str,
    pub text: &'static str,
}

/// The system fonts, scanned once.
pub(crate) fn fonts() -> &'static FontStore {
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

/// File ids are interned for the life of the process, so fixed paths are reused.
fn file_id(path: &str) -> Result<FileId, TypesetError> {
    let vpath = VirtualPath::new(path).map_err(|_| TypesetError::Path(path.to_string()))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

/// One document: the template, the templates it may import, and its data.
pub(crate) struct DocWorld {
    main: Source,
    imports: Vec<Source>,
    data_id: FileId,
    data: Bytes,
}

impl DocWorld {
    pub(crate) fn new(main: Template, imports: &[Template], data: Vec<u8>) -> Result<Self, TypesetError> {
        let source = |t: &Template| Ok::<_, TypesetError>(Source::new(file_id(t.path)?, t.text.to_string()));
        Ok(Self {
            main: source(&main)?,
            imports: imports.iter().map(source).collect::<Result<_, _>>()?,
            data_id: file_id("/data.json")?,
            data: Bytes::new(data),
        })
    }
}

impl World for DocWorld {
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
        std::iter::once(&self.main)
            .chain(&self.imports)
            .find(|s| s.id() == id)
            .cloned()
            .ok_or(FileError::AccessDenied)
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            Ok(self.data.clone())
        } else if id == self.main.id() {
            Ok(Bytes::from_string(self.main.clone()))
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        fonts().font(index)
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        // Documents carry no date from the machine: the same input gives the same PDF.
        None
    }
}
