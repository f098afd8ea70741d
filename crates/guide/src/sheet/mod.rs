//! Bilingual review sheets for reviewers who do not use a translation platform: every message of a locale with
//! its English and its translation, as CSV (a spreadsheet) or XLIFF 2.0 (a CAT tool), exported from the
//! [`Catalog`](crate::drift::Catalog) and imported back with checks. An imported sheet is checked whole before
//! anything changes: each translation must be one Fluent message with the English's variables, plural variants
//! the locale has, and letters of the locale's script; a reviewer's name must be a name or handle. Any bad row
//! is named, with its line (CSV) or unit (XLIFF), and nothing is written.

use std::collections::BTreeSet;
use std::fmt;

use unic_langid::LanguageIdentifier;

use crate::SOURCE_LOCALE;
use crate::drift::Message;

mod export;
mod import;
mod read;

pub use export::{XLIFF_NS, rows, to_csv, to_xliff};
pub use import::{Import, apply, check};
pub use read::{parse_csv, parse_xliff};

/// The columns of a CSV sheet, in order.
pub const CSV_COLUMNS: [&str; 9] = [
    "locale",
    "file",
    "id",
    "state",
    "source_hash",
    "english",
    "translation",
    "reviewer",
    "notes",
];

/// The sheet formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetFormat {
    /// Comma-separated values (RFC 4180, UTF-8): opens in any spreadsheet.
    Csv,
    /// XLIFF 2.0: opens in translation tools (OmegaT, Okapi, memoQ, Trados…).
    Xliff,
}

/// Which messages to put in a sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Only {
    /// Every message.
    All,
    /// Messages to translate: stale, missing or untracked.
    Stale,
    /// Messages no person has reviewed in their current form.
    Unreviewed,
}

/// One row of a sheet (a CSV line, an XLIFF unit).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    /// Where it is in the sheet ("line 12", "unit kp-film").
    pub place: String,
    pub locale: String,
    pub file: String,
    pub id: String,
    /// current, stale, missing, untracked (export); XLIFF: the segment state.
    pub state: String,
    /// The hash of the English in the sheet (`MessageHash`).
    pub source_hash: String,
    pub english: String,
    pub translation: String,
    /// Who reviewed the translation (a name or handle), if someone did.
    pub reviewer: String,
    pub notes: String,
}

/// A bad sheet or a bad row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetError {
    /// Where ("line 12", "unit kp-film", "the file").
    pub place: String,
    pub message: String,
}

impl fmt::Display for SheetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

fn error(place: impl Into<String>, message: impl Into<String>) -> SheetError {
    SheetError {
        place: place.into(),
        message: message.into(),
    }
}

// Plural forms

/// The plural categories a locale's numbers fall into (CLDR, as fluent-bundle's `intl_pluralrules` has them;
/// a locale it lacks, such as `ht`, uses English's, as fluent-bundle does).
pub fn plural_categories(locale: &str) -> BTreeSet<&'static str> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let langid: LanguageIdentifier = locale.parse().unwrap_or_default();
    let rules = PluralRules::create(langid, PluralRuleType::CARDINAL).or_else(|_| {
        let en: LanguageIdentifier = SOURCE_LOCALE.parse().unwrap_or_default();
        PluralRules::create(en, PluralRuleType::CARDINAL)
    });
    let Ok(rules) = rules else {
        return BTreeSet::from(["one", "other"]);
    };
    let mut out = BTreeSet::new();
    let samples = (0u32..=200)
        .map(f64::from)
        .chain([1000.0, 1_000_000.0, 0.5, 1.5, 2.5, 10.5, 101.5]);
    for n in samples {
        if let Ok(c) = rules.select(n) {
            out.insert(match c {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            });
        }
    }
    out
}

const PLURAL_NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// What is wrong with the plural variants of `t` (a translation into `locale` of `en`), if anything.
fn plural_problem(locale: &str, en: &Message, t: &Message) -> Option<String> {
    let categories = plural_categories(locale);
    for sel in &t.selectors {
        let english_keys: BTreeSet<&str> = en
            .selectors
            .iter()
            .filter(|s| s.variable == sel.variable)
            .flat_map(|s| s.keys.iter().map(String::as_str))
            .collect();
        for k in &sel.keys {
            let numeric = k.parse::<f64>().is_ok();
            let plural = PLURAL_NAMES.contains(&k.as_str());
            let ok = numeric
                || (plural && categories.contains(k.as_str()))
                || (!plural && english_keys.contains(k.as_str()));
            if !ok {
                let has: Vec<&str> = categories.iter().copied().collect();
                return Some(if plural {
                    format!("[{k}] is not a plural form of {locale} (it has: {})", has.join(", "))
                } else {
                    format!("[{k}] is not a variant of the English message")
                });
            }
        }
    }
    None
}

fn variables(m: &Message) -> String {
    m.variables
        .iter()
        .map(|v| format!("${v}"))
        .collect::<Vec<_>>()
        .join(" ")
}
