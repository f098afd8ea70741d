//! Embeds every `locales/<id>/guide.ftl` in the library: adding a locale is adding a directory (and a line in
//! `locales/status.toml`), no code change.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut ids: Vec<String> = fs::read_dir(&dir)
        .expect("crates/guide/locales exists")
        .filter_map(Result::ok)
        .filter(|e| e.path().join("guide.ftl").is_file())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    ids.sort();
    let mut out = String::from(
        "/// Every embedded Fluent resource: (locale id, text).\npub const LOCALE_FILES: &[(&str, &str)] = &[\n",
    );
    for id in &ids {
        let path = dir.join(id).join("guide.ftl");
        println!("cargo::rerun-if-changed={}", path.display());
        writeln!(out, "    ({id:?}, include_str!({:?})),", path.display().to_string()).expect("write to a String");
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locale_files.rs");
    fs::write(dest, out).expect("write OUT_DIR/locale_files.rs");
}
