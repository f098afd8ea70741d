//! The other New York laws a record can cite, beside the Penal Law and the Vehicle and Traffic Law
//! (`data/consolidated_laws.toml`): read as what they are, so that a citation to one is neither refused as
//! malformed nor mistaken for an unknown code.

use std::sync::OnceLock;

use serde::Deserialize;

/// The embedded data file.
pub const CONSOLIDATED_LAWS_TOML: &str = include_str!("../../data/consolidated_laws.toml");

/// One law.
#[derive(Debug)]
pub struct Law {
    /// How Amparo writes it, e.g. "AML".
    pub id: String,
    pub name: String,
    /// As records write it, upper-case.
    pub abbreviations: Vec<String>,
    /// Whether it defines crimes; if not, a citation to it cannot be a conviction.
    pub crimes: bool,
    /// Why a citation to a law without crimes cannot be decided.
    pub why: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Record {
    id: String,
    name: String,
    abbreviations: Vec<String>,
    crimes: bool,
    #[serde(default)]
    why: Option<String>,
    #[allow(dead_code)]
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    law: Vec<Record>,
}

/// Errors in the embedded data.
#[derive(Debug, thiserror::Error)]
pub enum LawsDataError {
    #[error("consolidated_laws.toml: {0}")]
    Parse(#[from] toml::de::Error),
    #[error("consolidated_laws.toml: {0}")]
    Invalid(String),
}

/// Parse and check the table: plain upper-case ids, every law without crimes says why, no abbreviation twice,
/// none that the Penal Law or VTL prefixes already read.
pub fn parse(text: &str) -> Result<Vec<Law>, LawsDataError> {
    let file: File = toml::from_str(text)?;
    if file.law.len() > usize::from(u8::MAX) {
        return Err(LawsDataError::Invalid("more laws than an index can name".into()));
    }
    let mut laws: Vec<Law> = Vec::with_capacity(file.law.len());
    for r in file.law {
        if r.id.is_empty() || !r.id.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(LawsDataError::Invalid(format!(
                "id {:?} must be upper-case letters",
                r.id
            )));
        }
        if !r.crimes && r.why.is_none() {
            return Err(LawsDataError::Invalid(format!(
                "{}: a law without crimes must say why",
                r.id
            )));
        }
        let abbreviations: Vec<String> = r.abbreviations.iter().map(|a| a.to_ascii_uppercase()).collect();
        for a in &abbreviations {
            let taken = laws.iter().any(|l| l.abbreviations.contains(a));
            let reserved = ["PL", "P L", "VTL", "V T L", "PENAL LAW", "PENAL"].contains(&a.as_str());
            if taken || reserved || a.is_empty() || a.starts_with(|c: char| c.is_ascii_digit()) {
                return Err(LawsDataError::Invalid(format!(
                    "{}: abbreviation {a:?} is taken or not usable",
                    r.id
                )));
            }
        }
        laws.push(Law {
            id: r.id,
            name: r.name,
            abbreviations,
            crimes: r.crimes,
            why: r.why,
        });
    }
    Ok(laws)
}

/// The embedded table, parsed once.
///
/// # Panics
/// If the embedded data is invalid; the test suite parses it, so no input reaches this.
pub fn laws() -> &'static [Law] {
    static CELL: OnceLock<Vec<Law>> = OnceLock::new();
    CELL.get_or_init(|| match parse(CONSOLIDATED_LAWS_TOML) {
        Ok(l) => l,
        Err(e) => panic!("embedded consolidated-law data is invalid: {e}"),
    })
}

/// The law whose abbreviation `s` starts with (longest match, case-insensitive), and the rest of `s` after it,
/// where the abbreviation is followed by a space, "§" or the end.
pub fn find(s: &str) -> Option<(u8, &str)> {
    let mut best: Option<(u8, usize)> = None;
    for (i, law) in laws().iter().enumerate() {
        for a in &law.abbreviations {
            let Some(head) = s.get(..a.len()) else { continue };
            if !head.eq_ignore_ascii_case(a) {
                continue;
            }
            let rest = &s[a.len()..];
            let separated = rest.is_empty() || rest.starts_with(|c: char| c.is_whitespace() || c == '§');
            if separated && best.is_none_or(|(_, len)| a.len() > len) {
                best = Some((i as u8, a.len()));
            }
        }
    }
    best.map(|(i, len)| (i, &s[len..]))
}
