//! Importing a sheet: every row checked (one Fluent message, the English's variables, the locale's plural
//! variants and script, a reviewer's name) before anything changes, then applied to the catalog.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use crate::drift::{Catalog, DriftError, Message, MessageHash, Review, check_reviewer, message_from_value};
use crate::script::script_problem;

use super::{Row, SheetError, error, plural_problem, variables};

/// What an imported sheet changes.
#[derive(Debug, Clone, Default)]
pub struct Import {
    /// New translations: (locale, file, id, message, the English hash it translates).
    pub translations: Vec<(String, String, String, Message, MessageHash)>,
    /// Reviews to record: (locale, file, review).
    pub reviews: Vec<(String, String, Review)>,
    /// Notes for the person importing (a translation made from an older English, …).
    pub warnings: Vec<String>,
    /// Rows left as they were (no translation, or the same one, and no reviewer).
    pub unchanged: usize,
}

/// Check every row against the catalog; on success, what to change (nothing is changed yet).
pub fn check(catalog: &Catalog, rows: &[Row], today: NaiveDate) -> Result<Import, Vec<SheetError>> {
    let mut errors = Vec::new();
    let mut out = Import::default();
    let mut seen = BTreeSet::new();
    let locales = catalog.translated_locales();
    for r in rows {
        let bad = |m: String| error(r.place.clone(), m);
        if !locales.contains(&r.locale.as_str()) {
            errors.push(bad(format!(
                "unknown locale {:?} (the translated locales are: {})",
                r.locale,
                locales.join(" ")
            )));
            continue;
        }
        let Some((file, en)) = catalog.english(&r.id) else {
            errors.push(bad(format!("{:?} is not a message of the English", r.id)));
            continue;
        };
        if file != r.file {
            errors.push(bad(format!("{} is in {file}, not in {:?}", r.id, r.file)));
            continue;
        }
        if !seen.insert((r.locale.clone(), r.id.clone())) {
            errors.push(bad(format!("{} appears twice for {}", r.id, r.locale)));
            continue;
        }
        let source: MessageHash = match r.source_hash.parse() {
            Ok(h) => h,
            Err(e) => {
                errors.push(bad(format!("source_hash: {e}")));
                continue;
            }
        };
        let reviewer = r.reviewer.trim();
        if !reviewer.is_empty()
            && let Err(e) = check_reviewer(reviewer)
        {
            errors.push(bad(e));
            continue;
        }
        if r.translation.trim().is_empty() {
            if !reviewer.is_empty() {
                errors.push(bad("a reviewer is named but the translation is empty".to_string()));
            } else {
                out.unchanged += 1;
            }
            continue;
        }
        let m = match message_from_value(&r.id, &r.translation) {
            Ok(m) => m,
            Err(e) => {
                errors.push(bad(format!("translation: {e}")));
                continue;
            }
        };
        if m.variables != en.variables {
            errors.push(bad(format!(
                "translation: uses the variables {{{}}}; the English uses {{{}}}: keep each {{ $variable }} as it is",
                variables(&m),
                variables(en)
            )));
            continue;
        }
        if let Some(p) = plural_problem(&r.locale, en, &m) {
            errors.push(bad(format!("translation: {p}")));
            continue;
        }
        if let Some(p) = script_problem(&r.locale, &en.value, &m.value) {
            errors.push(bad(format!("translation: {p}")));
            continue;
        }
        if m.canonical.contains(crate::drift::STALE_OPEN) {
            errors.push(bad(
                "translation: contains U+2068, which Amparo uses to mark stale English".to_string(),
            ));
            continue;
        }
        if source != en.hash {
            out.warnings.push(format!(
                "{}: {} {}: the English changed since this sheet was made: recorded as stale (export a new sheet)",
                r.place, r.locale, r.id
            ));
        }
        let current = catalog.translation(&r.locale, file, &r.id);
        let changed = current.is_none_or(|c| c.hash != m.hash);
        if changed {
            out.translations
                .push((r.locale.clone(), file.to_string(), r.id.clone(), m.clone(), source));
        }
        if !reviewer.is_empty() {
            out.reviews.push((
                r.locale.clone(),
                file.to_string(),
                Review {
                    id: r.id.clone(),
                    by: reviewer.to_string(),
                    on: today,
                    source,
                    translation: m.hash,
                },
            ));
        } else if !changed {
            out.unchanged += 1;
        }
    }
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

/// Apply a checked import to the catalog: the new texts of the resource files it changed, by (locale, file).
/// A reviewed translation that was not changed is recorded as translating the English it was reviewed
/// against. Then write [`Catalog::records_text`] for the same files.
pub fn apply(catalog: &mut Catalog, import: &Import) -> Result<BTreeMap<(String, String), String>, DriftError> {
    let mut texts = BTreeMap::new();
    for (locale, file, id, m, source) in &import.translations {
        let text = catalog.set_translation(locale, file, id, m.clone(), *source)?;
        texts.insert((locale.clone(), file.clone()), text);
    }
    for (locale, file, review) in &import.reviews {
        let unchanged_current = catalog
            .translation(locale, file, &review.id)
            .is_some_and(|t| t.hash == review.translation);
        let english_now = catalog.english(&review.id).map(|(_, m)| m.hash);
        if unchanged_current
            && english_now == Some(review.source)
            && !import
                .translations
                .iter()
                .any(|(l, _, i, _, _)| l == locale && *i == review.id)
        {
            catalog.mark_current(locale, std::slice::from_ref(&review.id))?;
        }
        catalog.add_review(locale, file, review.clone())?;
        texts
            .entry((locale.clone(), file.clone()))
            .or_insert_with(|| catalog.ftl_text(locale, file).unwrap_or_default().to_string());
    }
    Ok(texts)
}
