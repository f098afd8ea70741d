//! The catalogue of Penal Law and Vehicle and Traffic Law sections that exist (`data/penal_law_sections.toml`,
//! `data/vtl_sections.toml`), so that an unknown citation is reported, never treated as "not covered".

use rustc_hash::FxHashSet as HashSet;

use super::OffenseDataError;
use crate::statute::{Code, Reading, SectionNo, Statute, StatuteError};
use serde::Deserialize;

#[derive(Deserialize)]
struct SectionFile {
    #[allow(dead_code)]
    source: String,
    sections: Vec<String>,
    /// Numbers seen only in non-authoritative material: probably real.
    #[serde(default)]
    sections_unverified: Vec<String>,
    /// Penal Law articles that exist (from a table of contents).
    #[serde(default)]
    articles: Vec<u16>,
    /// Articles whose every section is in `sections`: a number missing there does not exist.
    #[serde(default)]
    complete_articles: Vec<u16>,
    /// Whether `sections` is the whole code.
    #[serde(default)]
    complete: bool,
}

/// How sure Amparo is that a cited section exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attestation {
    /// Seen in a copy of the law's text.
    Verified,
    /// Seen only in non-authoritative material.
    Unverified,
    /// Not catalogued: its article exists, but Amparo's catalogue of that article (or code) is incomplete.
    Unconfirmed,
}

/// The sections that exist in a code, so that an unknown citation is reported, never treated as "not covered".
///
/// The catalogue is partial (see `data/penal_law_sections.toml`): where it is complete (whole articles) a
/// missing number is an error; elsewhere the answer says the section could not be confirmed.
#[derive(Debug, Default)]
pub struct Catalogue {
    pl: HashSet<SectionNo>,
    pl_unverified: HashSet<SectionNo>,
    pl_articles: HashSet<u16>,
    pl_complete_articles: HashSet<u16>,
    vtl: HashSet<SectionNo>,
    vtl_complete: bool,
}

fn parse_numbers(code: Code, file: &'static str, list: &[String]) -> Result<HashSet<SectionNo>, OffenseDataError> {
    let _ = file;
    list.iter()
        .map(|s| {
            let cite = format!("{} {s}", code.abbreviation());
            Statute::parse(&cite)
                .map(|st| st.section)
                .map_err(|source| OffenseDataError::Statute { section: cite, source })
        })
        .collect()
}

impl Catalogue {
    pub(super) fn parse(pl_text: &str, vtl_text: &str) -> Result<Self, OffenseDataError> {
        let pl: SectionFile = toml::from_str(pl_text).map_err(|source| OffenseDataError::Parse {
            file: "penal_law_sections.toml",
            source,
        })?;
        let vtl: SectionFile = toml::from_str(vtl_text).map_err(|source| OffenseDataError::Parse {
            file: "vtl_sections.toml",
            source,
        })?;
        let pl_sections = parse_numbers(Code::Pl, "penal_law_sections.toml", &pl.sections)?;
        let pl_unverified = parse_numbers(Code::Pl, "penal_law_sections.toml", &pl.sections_unverified)?;
        let mut pl_articles: HashSet<u16> = pl.articles.iter().copied().collect();
        pl_articles.extend(pl_sections.iter().chain(&pl_unverified).map(|s| s.major));
        Ok(Catalogue {
            pl: pl_sections,
            pl_unverified,
            pl_articles,
            pl_complete_articles: pl.complete_articles.iter().copied().collect(),
            vtl: parse_numbers(Code::Vtl, "vtl_sections.toml", &vtl.sections)?,
            vtl_complete: vtl.complete,
        })
    }

    /// Whether the section a citation names exists, and how sure Amparo is of it.
    pub fn check(&self, statute: &Statute) -> Result<Attestation, StatuteError> {
        let s = &statute.section;
        let unknown = |law: &'static str, reason: String| StatuteError::UnknownSection {
            code: statute.code.abbreviation(),
            section: s.to_string(),
            law,
            reason,
        };
        match statute.code {
            Code::Pl => {
                if self.pl.contains(s) {
                    Ok(Attestation::Verified)
                } else if self.pl_unverified.contains(s) {
                    Ok(Attestation::Unverified)
                } else if !self.pl_articles.contains(&s.major) {
                    Err(unknown(
                        "New York Penal Law",
                        format!("the Penal Law has no article {}", s.major),
                    ))
                } else if self.pl_complete_articles.contains(&s.major) {
                    Err(unknown(
                        "New York Penal Law",
                        format!("article {} has no such section", s.major),
                    ))
                } else {
                    Ok(Attestation::Unconfirmed)
                }
            }
            Code::Vtl => {
                if self.vtl.contains(s) {
                    Ok(Attestation::Verified)
                } else if self.vtl_complete {
                    Err(unknown(
                        "New York Vehicle and Traffic Law",
                        "not in the section list".into(),
                    ))
                } else {
                    Ok(Attestation::Unconfirmed)
                }
            }
            // Other laws' sections are not catalogued (none of them can be on the list).
            Code::Other(_) => Ok(Attestation::Unconfirmed),
        }
    }

    /// A reading as the law means it: an "H" after a Penal Law section is the hate-crime version of the section
    /// (PL § 485.05), unless the catalogue knows a lettered "-h" section of that number.
    pub fn resolve(&self, mut reading: Reading) -> Reading {
        let s = &mut reading.statute;
        if reading.form.hate_suffix && s.code == Code::Pl {
            let lettered_h = self.pl.contains(&s.section) || self.pl_unverified.contains(&s.section);
            if lettered_h {
                reading.form.hate_suffix = false;
                reading.form.letters_glued = true;
            } else {
                s.section.suffix = None;
            }
        }
        reading
    }

    /// Sections catalogued from the law's text.
    pub fn len(&self, code: Code) -> usize {
        match code {
            Code::Pl => self.pl.len(),
            Code::Vtl => self.vtl.len(),
            Code::Other(_) => 0,
        }
    }
}
