//! `amparo l10n status`, `stale` and `check`: the state of the translations, as text or JSON, and the lint.

use std::io::Write;

use amparo_guide::drift::{Catalog, RECORDS_DIR, State, records_file_name};
use amparo_guide::{RESOURCES, SOURCE_LOCALE};
use anyhow::Result;
use serde_json::json;

use crate::Format;

use super::{Tree, locales_arg};

pub(super) fn status(catalog: &Catalog, format: Format, out: &mut impl Write) -> Result<()> {
    let mut rows = Vec::new();
    for l in std::iter::once(SOURCE_LOCALE).chain(catalog.translated_locales()) {
        rows.push((l, catalog.summary(l)));
    }
    match format {
        Format::Json => {
            let v: Vec<_> = rows
                .iter()
                .map(|(l, s)| {
                    json!({
                        "locale": l,
                        "messages": s.messages,
                        "current": s.current,
                        "stale": s.stale,
                        "missing": s.missing,
                        "untracked": s.untracked,
                        "reviewed": s.reviewed,
                        "current_percent": s.current_percent(),
                        "reviewed_percent": s.reviewed_percent(),
                    })
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &v)?;
            writeln!(out)?;
        }
        Format::Text => {
            writeln!(
                out,
                "{:<8} {:>8} {:>8} {:>6} {:>8} {:>10} {:>9} {:>10} {:>11}",
                "locale", "messages", "current", "stale", "missing", "untracked", "reviewed", "% current", "% reviewed"
            )?;
            for (l, s) in &rows {
                writeln!(
                    out,
                    "{l:<8} {:>8} {:>8} {:>6} {:>8} {:>10} {:>9} {:>10} {:>11}",
                    s.messages,
                    s.current,
                    s.stale,
                    s.missing,
                    s.untracked,
                    s.reviewed,
                    s.current_percent(),
                    s.reviewed_percent()
                )?;
            }
        }
    }
    Ok(())
}

pub(super) fn stale(catalog: &Catalog, locale: Option<&str>, format: Format, out: &mut impl Write) -> Result<()> {
    let locales = match locale {
        Some(l) => locales_arg(catalog, l)?,
        None => catalog.translated_locales().iter().map(|s| (*s).to_string()).collect(),
    };
    let mut list = Vec::new();
    for l in &locales {
        for s in catalog.states(l) {
            if matches!(s.state, State::Stale | State::Missing) {
                list.push((
                    l.clone(),
                    s.file.to_string(),
                    s.id.to_string(),
                    s.state,
                    s.marked_stale(),
                    s.english.value.clone(),
                ));
            }
        }
    }
    match format {
        Format::Json => {
            let v: Vec<_> = list
                .iter()
                .map(|(l, f, id, st, marked, en)| {
                    json!({ "locale": l, "file": f, "id": id, "state": st.as_str(), "marked_stale": marked, "english": en })
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &v)?;
            writeln!(out)?;
        }
        Format::Text => {
            for l in &locales {
                let mine: Vec<_> = list.iter().filter(|x| &x.0 == l).collect();
                writeln!(out, "{l}: {} stale or missing", mine.len())?;
                for (_, f, id, st, _, en) in mine {
                    writeln!(out, "  {} {f} {id}: {}", st.as_str(), en.replace('\n', " "))?;
                }
            }
        }
    }
    Ok(())
}

/// The lint: both the key and placeholder lint of the guide and the drift lint, over the checkout's files.
pub(super) fn check(tree: &Tree, out: &mut impl Write) -> Result<bool> {
    let catalog = tree.catalog();
    let files: Vec<(&str, &'static str, &str)> = tree
        .ftl
        .iter()
        .filter_map(|(l, f, t)| RESOURCES.iter().find(|r| *r == f).map(|r| (l.as_str(), *r, t.as_str())))
        .collect();
    let keys = amparo_guide::lint::problems_in(&files);
    let drift = catalog.problems();
    for l in catalog.translated_locales() {
        let s = catalog.summary(l);
        let stale: Vec<String> = catalog
            .states(l)
            .iter()
            .filter(|m| matches!(m.state, State::Stale | State::Missing))
            .map(|m| format!("{} ({})", m.id, m.state.as_str()))
            .collect();
        writeln!(
            out,
            "{l}: {}% current, {}% reviewed; {} stale, {} missing{}{}",
            s.current_percent(),
            s.reviewed_percent(),
            s.stale,
            s.missing,
            if stale.is_empty() { "" } else { ": " },
            stale.join(", ")
        )?;
    }
    for (l, f, id) in catalog.orphans() {
        writeln!(
            out,
            "note: {RECORDS_DIR}/{l}/{}: a record of {id}, which no longer exists (dropped at the next mark-current)",
            records_file_name(&f)
        )?;
    }
    for p in &keys {
        writeln!(out, "error: {p}")?;
    }
    for p in &drift {
        writeln!(out, "error: {p}")?;
    }
    let n = keys.len() + drift.len();
    if n == 0 {
        writeln!(out, "l10n check: ok")?;
    } else {
        writeln!(out, "l10n check: {n} problems")?;
    }
    Ok(n == 0)
}
