//! The texts `amparo l10n` works on: the locales and records of a checkout of Amparo (found above the current
//! directory, or `--root`), or the copy built into this program; and writing records back.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use amparo_guide::drift::{Catalog, RECORDS_DIR, records_file_name};
use amparo_guide::{LOCALE_FILES, RECORD_FILES, RESOURCES, SOURCE_LOCALE};
use anyhow::{Context, Result};

use super::bad;

/// Where the locales are, inside a checkout.
pub(super) const LOCALES: &str = "crates/guide/locales";
/// Where the records are, inside a checkout.
fn records_dir(root: &Path) -> PathBuf {
    root.join("crates/guide").join(RECORDS_DIR)
}

/// The texts the commands work on: from a checkout, or built in.
pub(super) struct Tree {
    pub(super) root: Option<PathBuf>,
    pub(super) ftl: Vec<(String, String, String)>,
    pub(super) records: Vec<(String, String, String)>,
}

impl Tree {
    pub(super) fn catalog(&self) -> Catalog {
        Catalog::new(
            self.ftl.iter().map(|(l, f, t)| (l.as_str(), f.as_str(), t.as_str())),
            self.records
                .iter()
                .map(|(l, f, t)| (l.as_str(), f.as_str(), t.as_str())),
        )
    }

    pub(super) fn root(&self) -> Result<&Path> {
        self.root.as_deref().ok_or_else(|| {
            bad("this command changes files of a checkout of Amparo: run it inside one, or give --root DIR")
        })
    }
}

fn find_root(given: Option<PathBuf>) -> Result<Option<PathBuf>> {
    if let Some(r) = given {
        if !r.join(LOCALES).join(SOURCE_LOCALE).join(RESOURCES[0]).is_file() {
            return Err(bad(format!(
                "{} is not a checkout of Amparo (no {LOCALES}/en/{})",
                r.display(),
                RESOURCES[0]
            )));
        }
        return Ok(Some(r));
    }
    let mut dir = std::env::current_dir().ok();
    while let Some(d) = dir {
        if d.join(LOCALES).join(SOURCE_LOCALE).join(RESOURCES[0]).is_file() {
            return Ok(Some(d));
        }
        dir = d.parent().map(Path::to_path_buf);
    }
    Ok(None)
}

pub(super) fn load(given: Option<PathBuf>) -> Result<Tree> {
    let Some(root) = find_root(given)? else {
        let own = |v: &[(&str, &str, &str)]| {
            v.iter()
                .map(|(l, f, t)| ((*l).to_string(), (*f).to_string(), (*t).to_string()))
                .collect()
        };
        return Ok(Tree {
            root: None,
            ftl: own(LOCALE_FILES),
            records: own(RECORD_FILES),
        });
    };
    let locales_dir = root.join(LOCALES);
    let mut locales: Vec<String> = std::fs::read_dir(&locales_dir)
        .with_context(|| format!("reading {}", locales_dir.display()))?
        .filter_map(Result::ok)
        .filter(|e| e.path().join(RESOURCES[0]).is_file())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    locales.sort();
    let mut ftl = Vec::new();
    let mut records = Vec::new();
    for l in &locales {
        for f in RESOURCES {
            let p = locales_dir.join(l).join(f);
            if p.is_file() {
                let t = std::fs::read_to_string(&p).with_context(|| format!("reading {}", p.display()))?;
                ftl.push((l.clone(), (*f).to_string(), t));
            }
            let r = records_dir(&root).join(l).join(records_file_name(f));
            if r.is_file() {
                let t = std::fs::read_to_string(&r).with_context(|| format!("reading {}", r.display()))?;
                records.push((l.clone(), (*f).to_string(), t));
            }
        }
    }
    Ok(Tree {
        root: Some(root),
        ftl,
        records,
    })
}

pub(super) fn write_records(root: &Path, catalog: &mut Catalog, locale: &str, files: &BTreeSet<String>) -> Result<()> {
    for f in files {
        let dir = records_dir(root).join(locale);
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        let path = dir.join(records_file_name(f));
        std::fs::write(&path, catalog.records_text(locale, f))
            .with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}
