//! Writing a sheet: the rows of a locale (all, or only what needs a look), as CSV or as XLIFF 2.0.

use std::collections::BTreeSet;

use crate::SOURCE_LOCALE;
use crate::drift::{Catalog, DriftError, Message, State};

use super::{CSV_COLUMNS, Only, PLURAL_NAMES, Row, plural_categories, variables};

/// The notes for a translator: the variables to keep and the plural forms to write.
fn notes(locale: &str, en: &Message) -> String {
    let mut parts = Vec::new();
    if !en.variables.is_empty() {
        parts.push(format!("keep {}", variables(en)));
    }
    if en
        .selectors
        .iter()
        .any(|s| s.keys.iter().any(|k| PLURAL_NAMES.contains(&k.as_str())))
    {
        let c: Vec<&str> = plural_categories(locale).into_iter().collect();
        parts.push(format!(
            "plural forms of {locale}: {} (* marks the default)",
            c.join(", ")
        ));
    }
    parts.join("; ")
}

/// The rows of `locale`'s sheet.
pub fn rows(catalog: &Catalog, locale: &str, only: Only) -> Result<Vec<Row>, DriftError> {
    if !catalog.translated_locales().contains(&locale) {
        return Err(DriftError::UnknownLocale(
            locale.to_string(),
            catalog.translated_locales().join(" "),
        ));
    }
    Ok(catalog
        .states(locale)
        .into_iter()
        .filter(|s| match only {
            Only::All => true,
            Only::Stale => s.state != State::Current,
            Only::Unreviewed => s.reviewed.is_none(),
        })
        .map(|s| Row {
            place: String::new(),
            locale: locale.to_string(),
            file: s.file.to_string(),
            id: s.id.to_string(),
            state: s.state.as_str().to_string(),
            source_hash: s.english.hash.to_string(),
            english: s.english.value.clone(),
            translation: s.translation.map(|t| t.value.clone()).unwrap_or_default(),
            reviewer: String::new(),
            notes: notes(locale, s.english),
        })
        .collect())
}

/// A CSV sheet.
pub fn to_csv(rows: &[Row]) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let _ = w.write_record(CSV_COLUMNS);
    for r in rows {
        let _ = w.write_record([
            &r.locale,
            &r.file,
            &r.id,
            &r.state,
            &r.source_hash,
            &r.english,
            &r.translation,
            &r.reviewer,
            &r.notes,
        ]);
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// The XLIFF 2.0 namespace.
pub const XLIFF_NS: &str = "urn:oasis:names:tc:xliff:document:2.0";

fn xml(s: &str) -> String {
    quick_xml::escape::escape(s).into_owned()
}

/// An XLIFF 2.0 sheet of one locale's rows. The segment state says where each translation stands: `initial`
/// (stale, missing or untracked), `translated` (current) or `reviewed`; Amparo's own data are notes.
pub fn to_xliff(locale: &str, rows: &[Row], reviewed: &BTreeSet<String>) -> String {
    let mut s = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <!-- Amparo review sheet for {locale}. Translate or correct each <target>; keep every {{ $variable }};\n     \
         set a segment's state to \"reviewed\" when you have checked it, and import with\n     \
         `amparo l10n import FILE --reviewer NAME`. The notes are Amparo's: leave them as they are. -->\n\
         <xliff xmlns=\"{XLIFF_NS}\" version=\"2.0\" srcLang=\"{SOURCE_LOCALE}\" trgLang=\"{}\">\n",
        xml(locale)
    );
    let mut files: Vec<&str> = Vec::new();
    for r in rows {
        if !files.contains(&r.file.as_str()) {
            files.push(&r.file);
        }
    }
    for f in files {
        s.push_str(&format!("  <file id=\"{}\">\n", xml(f)));
        for r in rows.iter().filter(|r| r.file == f) {
            let state = if r.state == "current" {
                if reviewed.contains(&r.id) {
                    "reviewed"
                } else {
                    "translated"
                }
            } else {
                "initial"
            };
            s.push_str(&format!("    <unit id=\"{}\">\n      <notes>\n", xml(&r.id)));
            s.push_str(&format!(
                "        <note category=\"amparo:source-hash\">{}</note>\n        <note category=\"amparo:state\">{}</note>\n",
                xml(&r.source_hash),
                xml(&r.state)
            ));
            if !r.notes.is_empty() {
                s.push_str(&format!(
                    "        <note category=\"amparo:notes\">{}</note>\n",
                    xml(&r.notes)
                ));
            }
            s.push_str(&format!(
                "      </notes>\n      <segment state=\"{state}\">\n        <source xml:space=\"preserve\">{}</source>\n        <target xml:space=\"preserve\">{}</target>\n      </segment>\n    </unit>\n",
                xml(&r.english),
                xml(&r.translation)
            ));
        }
        s.push_str("  </file>\n");
    }
    s.push_str("</xliff>\n");
    s
}
