//! Codes that records write where a statute belongs but that are not statutes at all
//! (`data/record_codes.toml`): a violation of probation, a warrant or fugitive hold, a court order, a blank.
//! Each is its own error, saying what the code seems to be and why it cannot be decided.

use std::sync::OnceLock;

use serde::Deserialize;

/// The embedded data file.
pub const RECORD_CODES_TOML: &str = include_str!("../../data/record_codes.toml");

/// One kind of non-statute code.
#[derive(Debug)]
pub struct RecordCode {
    /// Stable id, e.g. `violation_of_probation`.
    pub kind: String,
    /// What the code seems to be.
    pub seems: String,
    /// Why it cannot be decided, and what to give instead.
    pub why: String,
    /// Normalized forms (see [`normalize`]) the whole field may be, or start with.
    forms: Vec<String>,
    /// Normalized words that mark it anywhere in the field.
    words: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Record {
    kind: String,
    seems: String,
    why: String,
    #[serde(default)]
    forms: Vec<String>,
    #[serde(default)]
    words: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    code: Vec<Record>,
}

/// Errors in the embedded data.
#[derive(Debug, thiserror::Error)]
pub enum RecordCodesDataError {
    #[error("record_codes.toml: {0}")]
    Parse(#[from] toml::de::Error),
    #[error("record_codes.toml: {0}")]
    Invalid(String),
}

/// A field as the table matches it: upper-case, dots dropped, runs of spaces, hyphens, slashes and underscores
/// as one space.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    for c in s.chars() {
        match c {
            '.' => {}
            c if c.is_whitespace() || matches!(c, '-' | '/' | '_') => gap = !out.is_empty(),
            c => {
                if gap {
                    out.push(' ');
                    gap = false;
                }
                out.extend(c.to_uppercase());
            }
        }
    }
    out
}

/// Parse and check the table: snake_case kinds, each with forms or words, no form twice.
pub fn parse(text: &str) -> Result<Vec<RecordCode>, RecordCodesDataError> {
    let file: File = toml::from_str(text)?;
    let mut codes: Vec<RecordCode> = Vec::with_capacity(file.code.len());
    for r in file.code {
        if r.kind.is_empty() || !r.kind.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
            return Err(RecordCodesDataError::Invalid(format!(
                "kind {:?} must be snake_case",
                r.kind
            )));
        }
        if r.forms.is_empty() && r.words.is_empty() {
            return Err(RecordCodesDataError::Invalid(format!("{}: no forms or words", r.kind)));
        }
        let forms: Vec<String> = r.forms.iter().map(|f| normalize(f)).collect();
        for f in &forms {
            if f.is_empty() || codes.iter().any(|c| c.forms.contains(f)) || forms.iter().filter(|g| *g == f).count() > 1
            {
                return Err(RecordCodesDataError::Invalid(format!(
                    "{}: form {f:?} is empty or listed twice",
                    r.kind
                )));
            }
        }
        codes.push(RecordCode {
            kind: r.kind,
            seems: r.seems,
            why: r.why,
            forms,
            words: r.words.iter().map(|w| normalize(w)).collect(),
        });
    }
    Ok(codes)
}

/// The embedded table, parsed once.
///
/// # Panics
/// If the embedded data is invalid; the test suite parses it, so no input reaches this.
pub fn record_codes() -> &'static [RecordCode] {
    static CELL: OnceLock<Vec<RecordCode>> = OnceLock::new();
    CELL.get_or_init(|| match parse(RECORD_CODES_TOML) {
        Ok(c) => c,
        Err(e) => panic!("embedded record-code data is invalid: {e}"),
    })
}

/// The non-statute code a field is, if it is one: the whole field is a form or starts with one and a space,
/// or holds one of the marking words.
pub fn find(field: &str) -> Option<&'static RecordCode> {
    let n = normalize(field);
    let codes = record_codes();
    let by_form = codes.iter().find(|c| {
        c.forms
            .iter()
            .any(|f| n == *f || (n.starts_with(f.as_str()) && n.as_bytes().get(f.len()) == Some(&b' ')))
    });
    by_form.or_else(|| {
        let padded = format!(" {n} ");
        codes
            .iter()
            .find(|c| c.words.iter().any(|w| padded.contains(&format!(" {w} "))))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_folds_what_records_vary() {
        assert_eq!(normalize(" v.o.p. "), "VOP");
        assert_eq!(normalize("Warrant-Hold / Nassau"), "WARRANT HOLD NASSAU");
        assert_eq!(normalize("18 U.S.C. § 1028"), "18 USC § 1028");
        assert_eq!(normalize(""), "");
    }

    #[test]
    fn each_kind_is_found_by_its_forms_and_nothing_statute_like_is() {
        for (field, kind) in [
            ("VOP", "violation_of_probation"),
            ("v.o.p. 120.05", "violation_of_probation"),
            ("Violation of Probation", "violation_of_probation"),
            ("PV", "parole_violation"),
            ("FUG", "fugitive_hold"),
            ("Fugitive from Justice", "fugitive_hold"),
            ("BENCH WARRANT", "warrant_hold"),
            ("warrant hold - Nassau", "warrant_hold"),
            ("ICE HOLD", "detention_hold"),
            ("court order", "court_order"),
            ("N/A", "no_charge_recorded"),
            ("UNK", "no_charge_recorded"),
            ("18 U.S.C. § 1028", "other_jurisdiction_citation"),
            ("N.J.S.A. 2C:15-1", "other_jurisdiction_citation"),
        ] {
            assert_eq!(find(field).map(|c| c.kind.as_str()), Some(kind), "{field:?}");
        }
        for field in ["PL 120.05", "125.25", "VTL 1192(3)", "WARRANTY", "COVID", "AML 353"] {
            assert!(find(field).is_none(), "{field:?} is not a record code");
        }
    }
}
