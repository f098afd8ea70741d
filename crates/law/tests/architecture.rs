//! The architecture invariants of `ARCHITECTURE.md` that a test can check, read from the workspace's own
//! manifests and sources (this test lives in the law crate because the law crate is what most of them protect).
//!
//! - Dependencies point one way: delivery (`cli`, `web`, `cards`) → the capabilities (`guide`, `documents`,
//!   `prepare`, `register`) → `law` → `text`; `typeset` (typst) sits at the bottom beside `text`, used by
//!   `cards` and the register's PDF reports. Every crate has a rank below; a crate depends only on crates of a
//!   lower rank. A new crate fails here until it is given its place.
//! - Test support (`amparo-specimens`, `amparo-e2e`) is never a normal dependency of a shipped crate.
//! - The law crate does no I/O and knows no channel: no file, network, process or environment access in its
//!   sources, and no HTTP, OCR, database or async crate among its dependencies.
//! - Every crate inherits the workspace lints (`unsafe_code` forbidden, `unreachable_pub`), except the
//!   documents crate, which alone may contain `unsafe` (in `src/heic.rs`) and so keeps its own, equivalent table;
//!   no other file allows `unsafe_code`.
//! - One file, one concept: no source file grows past [`MAX_CODE_LINES`] lines of code (its lines before
//!   its inline `#[cfg(test)] mod tests`) unless [`LARGE_FILES`] names it with the reason it is still one concept or who splits it.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The rank of each workspace crate: a crate may depend only on crates of a lower rank.
const RANKS: &[(&str, u8)] = &[
    ("amparo-text", 0),
    ("amparo-typeset", 0),
    ("amparo-law", 1),
    ("amparo-guide", 2),
    ("amparo-documents", 2),
    ("amparo-register", 2),
    ("amparo-prepare", 3),
    ("amparo-warrant-view", 3),
    ("amparo-cards", 4),
    ("amparo-web", 5),
    ("amparo-ondevice", 5),
    ("amparo", 6),
];

/// Crates that exist only for tests: allowed as dev-dependencies, never as dependencies.
const TEST_SUPPORT: &[&str] = &["amparo-specimens", "amparo-e2e"];

/// Crates the law crate must never depend on (I/O, channels, delivery).
const NOT_FOR_LAW: &[&str] = &[
    "tokio",
    "axum",
    "hyper",
    "reqwest",
    "tower",
    "tower-http",
    "sqlx",
    "rusqlite",
    "tesseract",
    "leptess",
    "image",
    "lopdf",
    "typst",
    "maud",
    "fluent",
    "fluent-bundle",
    "clap",
];

/// Source text the law crate must not contain (file, network, process and environment access).
const IO_IN_SOURCE: &[&str] = &[
    "std::fs",
    "std::net",
    "std::process",
    "std::env",
    "File::open",
    "include_dir",
];

/// Lines of code (before a file's inline test module) past which a source file has, more often than not, grown a
/// second concept: split it along its seams (a folder module, one concept a file), or name it in
/// [`LARGE_FILES`].
const MAX_CODE_LINES: usize = 500;

/// Source files (or folders, ending in `/`) allowed past [`MAX_CODE_LINES`], each with why.
const LARGE_FILES: &[(&str, &str)] = &[];

/// A file's lines of code: its lines before an inline `#[cfg(test)] mod … {` (a `#[cfg(test)] mod x;` that
/// names another file does not end the code).
fn code_lines(text: &str) -> usize {
    let lines: Vec<&str> = text.lines().collect();
    lines
        .windows(2)
        .position(|w| w[0].starts_with("#[cfg(test)]") && w[1].starts_with("mod ") && w[1].trim_end().ends_with('{'))
        .unwrap_or(lines.len())
}

/// The source files (under each crate's `src/`, and build scripts) past `limit` lines of code that
/// [`LARGE_FILES`] does not name, as "path: N lines".
fn large_files(root: &Path, limit: usize) -> Vec<String> {
    let mut out = Vec::new();
    let crates = root.join("crates");
    for entry in std::fs::read_dir(&crates).unwrap_or_else(|e| panic!("{}: {e}", crates.display())) {
        let dir = entry.expect("directory entry").path();
        let mut files = Vec::new();
        if dir.join("src").is_dir() {
            files = common::rust_sources(&dir.join("src"));
        }
        if dir.join("build.rs").is_file() {
            files.push(dir.join("build.rs"));
        }
        for file in files {
            let rel = file
                .strip_prefix(root)
                .unwrap_or(&file)
                .to_string_lossy()
                .replace('\\', "/");
            if LARGE_FILES.iter().any(|(p, _)| {
                if p.ends_with('/') {
                    rel.starts_with(p)
                } else {
                    rel == *p
                }
            }) {
                continue;
            }
            let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            let code = code_lines(&text);
            if code > limit {
                out.push(format!("{rel}: {code} lines of code"));
            }
        }
    }
    out.sort();
    out
}

struct Manifest {
    name: String,
    path: PathBuf,
    dependencies: Vec<String>,
    value: toml::Value,
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("crates/law sits two levels below the workspace root")
        .to_path_buf()
}

fn names(table: Option<&toml::Value>) -> Vec<String> {
    table
        .and_then(toml::Value::as_table)
        .map(|t| t.keys().cloned().collect())
        .unwrap_or_default()
}

fn manifests() -> Vec<Manifest> {
    let crates = workspace_root().join("crates");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&crates).unwrap_or_else(|e| panic!("{}: {e}", crates.display())) {
        let path = entry.expect("directory entry").path().join("Cargo.toml");
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = value
            .get("package")
            .and_then(|p| p.get("name"))
            .and_then(toml::Value::as_str)
            .unwrap_or_else(|| panic!("{}: no package name", path.display()))
            .to_owned();
        out.push(Manifest {
            name,
            dependencies: names(value.get("dependencies")),
            path,
            value,
        });
    }
    assert!(
        out.len() >= 5,
        "found only {} crates under {}",
        out.len(),
        crates.display()
    );
    out
}

fn ranks() -> BTreeMap<&'static str, u8> {
    RANKS.iter().copied().collect()
}

/// The violations of the one-way rule, as sentences.
fn layering_violations(manifests: &[Manifest]) -> Vec<String> {
    let ranks = ranks();
    let mut out = Vec::new();
    for m in manifests {
        let internal = |d: &&String| d.starts_with("amparo");
        if TEST_SUPPORT.contains(&m.name.as_str()) {
            continue;
        }
        let Some(&rank) = ranks.get(m.name.as_str()) else {
            out.push(format!(
                "{} ({}) has no rank: give it its place in RANKS and ARCHITECTURE.md",
                m.name,
                m.path.display()
            ));
            continue;
        };
        for dep in m.dependencies.iter().filter(internal) {
            if TEST_SUPPORT.contains(&dep.as_str()) {
                out.push(format!(
                    "{} depends on the test-support crate {dep} (only a dev-dependency may)",
                    m.name
                ));
            } else if let Some(&r) = ranks.get(dep.as_str()) {
                if r >= rank {
                    out.push(format!(
                        "{} (rank {rank}) depends on {dep} (rank {r}): dependencies point down",
                        m.name
                    ));
                }
            } else {
                out.push(format!("{} depends on {dep}, which has no rank", m.name));
            }
        }
    }
    out
}

#[test]
fn dependencies_point_one_way() {
    let all = manifests();
    let violations = layering_violations(&all);
    assert!(violations.is_empty(), "{}", violations.join("\n"));
}

#[test]
fn a_dependency_pointing_up_is_refused() {
    // The check itself, on a made-up manifest: the law crate depending on the web crate, and on the specimens.
    let value: toml::Value = toml::from_str("[package]\nname = \"amparo-law\"").expect("toml");
    let bad = Manifest {
        name: "amparo-law".into(),
        path: PathBuf::from("probe/Cargo.toml"),
        dependencies: vec!["amparo-web".into(), "amparo-specimens".into(), "serde".into()],
        value: value.clone(),
    };
    let unknown = Manifest {
        name: "amparo-new".into(),
        path: PathBuf::from("new/Cargo.toml"),
        dependencies: vec![],
        value,
    };
    let violations = layering_violations(&[bad, unknown]);
    assert_eq!(violations.len(), 3, "{violations:#?}");
    assert!(violations[0].contains("amparo-web"));
    assert!(violations[1].contains("test-support"));
    assert!(violations[2].contains("no rank"));
}

#[test]
fn the_law_crate_does_no_io_and_knows_no_channel() {
    let all = manifests();
    let law = all.iter().find(|m| m.name == "amparo-law").expect("the law crate");
    let channel_deps: Vec<&String> = law
        .dependencies
        .iter()
        .filter(|d| NOT_FOR_LAW.contains(&d.as_str()))
        .collect();
    assert!(channel_deps.is_empty(), "the law crate depends on {channel_deps:?}");

    let files = common::rust_sources(&workspace_root().join("crates/law/src"));
    assert!(files.len() > 5, "law sources not found");
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for word in IO_IN_SOURCE.iter().filter(|w| code.contains(*w)) {
                found.push(format!("{}:{}: {word}", file.display(), n + 1));
            }
        }
    }
    assert!(found.is_empty(), "I/O in the law crate:\n{}", found.join("\n"));
    // Knows no channel: the rules never mention OCR, photos or HTTP (they take a tolerance, not a channel).
    let channel_words: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let text = std::fs::read_to_string(f).ok()?;
            ["Tesseract", "tesseract", "OCR", "HTTP"]
                .iter()
                .find(|w| text.contains(*w))
                .map(|w| format!("{}: {w}", f.display()))
        })
        .collect();
    assert!(
        channel_words.is_empty(),
        "channel words in the law crate: {channel_words:?}"
    );
}

#[test]
fn every_crate_keeps_the_workspace_lints() {
    for m in manifests() {
        let lints = m.value.get("lints");
        if m.name == "amparo-documents" {
            let rust = lints
                .and_then(|l| l.get("rust"))
                .expect("documents: its own [lints.rust]");
            assert_eq!(
                rust.get("unsafe_code").and_then(toml::Value::as_str),
                Some("deny"),
                "documents"
            );
            assert!(rust.get("unreachable_pub").is_some(), "documents: unreachable_pub");
        } else {
            assert_eq!(
                lints.and_then(|l| l.get("workspace")).and_then(toml::Value::as_bool),
                Some(true),
                "{}: add `[lints] workspace = true`",
                m.name
            );
        }
    }
}

#[test]
fn no_source_file_grows_past_the_size_of_one_concept() {
    let root = workspace_root();
    let large = large_files(&root, MAX_CODE_LINES);
    assert!(
        large.is_empty(),
        "past {MAX_CODE_LINES} lines of code (split along the file's seams, or name it in LARGE_FILES with why):\n{}",
        large.join("\n")
    );
    // The check sees what it guards: a lower limit finds files, and every named exception exists.
    assert!(
        !large_files(&root, 100).is_empty(),
        "no source file found past 100 lines"
    );
    for (path, why) in LARGE_FILES {
        assert!(
            root.join(path).exists(),
            "LARGE_FILES names {path}, which does not exist"
        );
        assert!(!why.is_empty(), "{path}: say why");
    }
}

#[test]
fn only_the_heic_module_allows_unsafe_code() {
    let root = workspace_root();
    let mut allowed = Vec::new();
    for m in manifests() {
        let src = m.path.with_file_name("src");
        if !src.is_dir() {
            continue;
        }
        for file in common::rust_sources(&src) {
            let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            if text.lines().any(|l| l.contains("allow(unsafe_code)")) {
                allowed.push(
                    file.strip_prefix(&root)
                        .unwrap_or(&file)
                        .to_string_lossy()
                        .replace('\\', "/"),
                );
            }
        }
    }
    assert_eq!(
        allowed,
        ["crates/documents/src/heic.rs"],
        "files that allow unsafe code"
    );
}
