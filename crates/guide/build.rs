//! Embeds every `locales/<id>/*.ftl` resource of [`RESOURCES`] in the library: adding a locale is adding a
//! directory with a `guide.ftl` (and a line in `locales/status.toml`), no code change.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

/// The Fluent resources of one locale, in the order they are added to its bundle: the know-your-rights guide,
/// then the web app's interface words (`ui-*`), then who to call and what changed in the law (`help.ftl`), then
/// the tools before and after (`tools-*`: plan, card, presence, record, someone taken).
const RESOURCES: &[&str] = &["guide.ftl", "ui.ftl", "help.ftl", "tools.ftl"];

fn main() {
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("locales");
    // A directory: cargo rescans it, so a new locale or a new resource file is picked up.
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut ids: Vec<String> = fs::read_dir(&dir)
        .expect("crates/guide/locales exists")
        .filter_map(Result::ok)
        .filter(|e| e.path().join(RESOURCES[0]).is_file())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    ids.sort();
    let mut out = String::from(
        "/// The Fluent resource files of a locale, in the order they are added to its bundle.\n\
         pub const RESOURCES: &[&str] = &[",
    );
    for file in RESOURCES {
        write!(out, "{file:?}, ").expect("write to a String");
    }
    out.push_str("];\n\n");
    table(
        &mut out,
        "/// Every embedded Fluent resource: (locale id, file name, text), by locale id and then in the order of \
         [`RESOURCES`]. A locale may lack a file; the lint reports each of its messages as missing.\n\
         pub const LOCALE_FILES: &[(&str, &str, &str)] = &[\n",
        &ids,
        |id, file| dir.join(id).join(file),
    );
    records(&dir, &ids, &mut out);
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locale_files.rs");
    fs::write(dest, out).expect("write OUT_DIR/locale_files.rs");
}

/// The translation records beside the locales (`l10n/<locale>/<stem>.toml`, see `src/drift/`), embedded as
/// `RECORD_FILES`: (locale id, resource file name, text).
fn records(locales: &Path, ids: &[String], out: &mut String) {
    let dir = locales.with_file_name("l10n");
    println!("cargo::rerun-if-changed={}", dir.display());
    for id in ids {
        let sub = dir.join(id);
        if sub.is_dir() {
            println!("cargo::rerun-if-changed={}", sub.display());
        }
    }
    out.push('\n');
    table(
        out,
        "/// The translation records: (locale id, resource file name, text of `l10n/<locale>/<stem>.toml`).\n\
         pub const RECORD_FILES: &[(&str, &str, &str)] = &[\n",
        ids,
        |id, file| dir.join(id).join(format!("{}.toml", file.trim_end_matches(".ftl"))),
    );
}

/// A table of embedded files: `head` (its doc and declaration), then one `(locale id, resource file,
/// include_str!(path))` line for each locale and resource whose file `path` gives exists (cargo watches each).
fn table(out: &mut String, head: &str, ids: &[String], path: impl Fn(&str, &str) -> PathBuf) {
    out.push_str(head);
    for id in ids {
        for file in RESOURCES {
            let path = path(id, file);
            if !path.is_file() {
                continue;
            }
            println!("cargo::rerun-if-changed={}", path.display());
            writeln!(
                out,
                "    ({id:?}, {file:?}, include_str!({:?})),",
                path.display().to_string()
            )
            .expect("write to a String");
        }
    }
    out.push_str("];\n");
}
