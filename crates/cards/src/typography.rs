//! How text in each locale is set: typst's language and region, the fonts, the line spacing — read from
//! `data/typography.toml` (one entry per guide locale, each saying why). An unknown locale is an error.

use std::sync::OnceLock;

use amparo_guide::Direction;
use serde::Deserialize;
use serde_json::json;

use crate::CardError;

const DATA: &str = include_str!("../data/typography.toml");

/// The typography of one locale.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Typography {
    /// The guide's locale id.
    pub id: String,
    /// typst's language (ISO 639).
    pub lang: String,
    /// typst's region (ISO 3166), where it changes the glyphs.
    #[serde(default)]
    pub region: Option<String>,
    /// The holder's families, before the English ones.
    pub fonts: Vec<String>,
    /// Line spacing in em.
    pub leading: f64,
    /// What the choice is for.
    pub why: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct English {
    fonts: Vec<String>,
}

/// The whole file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    english: English,
    value_fonts: Vec<String>,
    locale: Vec<Typography>,
}

fn table() -> Result<&'static Table, CardError> {
    static TABLE: OnceLock<Result<Table, String>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            let table: Table = toml::from_str(DATA).map_err(|e| e.to_string())?;
            let mut ids: Vec<&str> = table.locale.iter().map(|l| l.id.as_str()).collect();
            ids.sort_unstable();
            if let Some(w) = ids.windows(2).find(|w| w[0] == w[1]) {
                return Err(format!("locale {} has two entries", w[0]));
            }
            Ok(table)
        })
        .as_ref()
        .map_err(|e| CardError::Typography(e.clone()))
}

/// The locale ids that have an entry, in the file's order.
pub fn locales() -> Result<Vec<&'static str>, CardError> {
    Ok(table()?.locale.iter().map(|l| l.id.as_str()).collect())
}

/// The typography of a guide locale (its exact id, as [`amparo_guide::Guide::resolve_locale`] gives it).
pub fn typography(locale: &str) -> Result<&'static Typography, CardError> {
    table()?
        .locale
        .iter()
        .find(|l| l.id == locale)
        .ok_or_else(|| CardError::NoTypography(locale.to_string()))
}

/// The English families (the officers' side; every locale's Latin fallback).
pub(crate) fn english_fonts() -> Result<Vec<&'static str>, CardError> {
    Ok(table()?.english.fonts.iter().map(String::as_str).collect())
}

/// The font families a locale's cards use: the holder's language first, then the English ones.
pub fn required_fonts(locale: &str) -> Result<Vec<&'static str>, CardError> {
    let mut fonts: Vec<&'static str> = typography(locale)?.fonts.iter().map(String::as_str).collect();
    for f in english_fonts()? {
        if !fonts.contains(&f) {
            fonts.push(f);
        }
    }
    Ok(fonts)
}

/// Every family tried for values typed in any script: the locale's, then `value_fonts`.
pub(crate) fn value_fonts(locale: &str) -> Result<Vec<&'static str>, CardError> {
    let mut fonts = required_fonts(locale)?;
    for f in &table()?.value_fonts {
        if !fonts.contains(&f.as_str()) {
            fonts.push(f);
        }
    }
    Ok(fonts)
}

/// How text in the holder's language is set, as the templates read it (`d.holder`).
pub(crate) fn holder(locale: &str, direction: Direction) -> Result<serde_json::Value, CardError> {
    let t = typography(locale)?;
    Ok(json!({
        "lang": t.lang,
        "region": t.region,
        "rtl": direction == Direction::Rtl,
        "fonts": required_fonts(locale)?,
        "leading": t.leading,
    }))
}

/// The English side, as the templates read it (`d.english`).
pub(crate) fn english() -> Result<serde_json::Value, CardError> {
    Ok(json!({ "fonts": english_fonts()? }))
}
