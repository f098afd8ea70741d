//! The typst `World`: one in-memory template (with the tools' helper module), one in-memory JSON data file, the
//! standard library, and the fonts found on the system (scanned once per process, loaded lazily, kept in memory).

use std::path::Path;
use std::sync::OnceLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::fonts::FontStore;

/// Where the fonts are looked for (recursively).
pub const FONT_DIRS: &[&str] = &["/usr/share/fonts", "/usr/local/share/fonts"];

/// The card template (typst markup). User-visible strings never appear in it: they come from the data file.
pub(crate) const CARD: Template = Template {
    path: "/card.typ",
    text: include_str!("card.typ"),
};

/// A typst template: its path in the world and its markup.
#[derive(Clone, Copy)]
pub(crate) struct Template {
    pub(crate) path: &'static str,
    pub(crate) text: &'static str,
}

/// The helpers the tools' templates import (`#import "/tools-lib.typ": *`).
const TOOLS_LIB: Template = Template {
    path: "/tools-lib.typ",
    text: include_str!("tools-lib.typ"),
};

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

fn file_id(path: &str) -> Result<FileId, FileError> {
    let vpath = VirtualPath::new(path).map_err(|_| FileError::AccessDenied)?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

/// One document: the template, the helpers it may import, and its data.
pub(crate) struct CardWorld {
    main: Source,
    lib: Source,
    data_id: FileId,
    data: Bytes,
}

impl CardWorld {
    pub(crate) fn new(template: Template, data: Vec<u8>) -> Result<Self, FileError> {
        // Fixed paths: file ids are interned for the life of the process, so these are reused.
        let main_id = file_id(template.path)?;
        let data_id = file_id("/data.json")?;
        Ok(Self {
            main: Source::new(main_id, template.text.to_string()),
            lib: Source::new(file_id(TOOLS_LIB.path)?, TOOLS_LIB.text.to_string()),
            data_id,
            data: Bytes::new(data),
        })
    }
}

impl World for CardWorld {
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
        } else if id == self.lib.id() {
            Ok(self.lib.clone())
        } else {
            Err(FileError::AccessDenied)
        }
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
        // The cards carry no date: the same input gives the same PDF.
        None
    }
}
