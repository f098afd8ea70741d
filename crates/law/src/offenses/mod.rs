//! The "violent or serious crime" list (NYC Admin Code § 9-131(a)(7) = § 14-154(a)(6)), the offenses the
//! Department of Correction added by rule (39 RCNY § 2-01), and the catalogue of Penal Law and Vehicle and
//! Traffic Law sections that lets Amparo tell an unknown citation from a real one that is not listed.
//!
//! Data: `data/offenses.toml`, `data/penal_law_sections.toml`, `data/vtl_sections.toml`.

use rustc_hash::FxHashMap as HashMap;
use std::fmt;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::authority::{Authorities, Authority, authorities};
use crate::statute::{Code, PathRelation, SectionNo, Statute, StatuteError, SubdivPath};

mod catalogue;

pub use catalogue::{Attestation, Catalogue};

/// How an offense came onto the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Enumerated in the Administrative Code list itself ((a)(7)(i) / (a)(6)(i)).
    Enumerated,
    /// Added by the Department of Correction's rule, 39 RCNY § 2-01, under (a)(7)(v) / (a)(6)(v).
    Rule,
}

/// One entry of the list.
#[derive(Debug, Clone)]
pub struct Offense {
    pub code: Code,
    pub section: SectionNo,
    /// Only these subdivisions are listed (empty: the whole section).
    pub limit: Vec<SubdivPath>,
    /// The entry exactly as the law writes it.
    pub as_listed: String,
    /// The Penal Law heading.
    pub name: String,
    pub name_source: Option<String>,
    pub basis: Basis,
    /// The authority that lists it.
    pub authority: &'static Authority,
    /// The day it entered the list.
    pub listed_from: NaiveDate,
    /// What is known when that day is uncertain.
    pub listed_from_note: Option<String>,
    /// When `listed_from` is uncertain: the first day the entry is certainly on the list.
    pub listed_certain_from: Option<NaiveDate>,
    /// The last day it was on the list, if it was removed.
    pub listed_until: Option<NaiveDate>,
    /// The day the Penal Law section itself was repealed (convictions under it still count).
    pub pl_repealed: Option<NaiveDate>,
    pub pl_note: Option<String>,
    /// Where a repealed section's conduct is now (sections of the same code, each itself on the list).
    pub successors: Vec<SectionNo>,
}

impl Offense {
    /// The entry as a citation, e.g. "PL 265.02(2)–(8)".
    pub fn citation(&self) -> String {
        format!("{} {}", self.code.abbreviation(), self.as_listed)
    }

    /// The section with its listed subdivisions, e.g. "PL 265.02(2)" or "PL 135.37" (written when displayed).
    pub fn short(&self) -> impl fmt::Display + '_ {
        Short(self)
    }

    /// Whether the entry is on the list on `day`.
    pub fn listed_on(&self, day: NaiveDate) -> bool {
        day >= self.listed_from && self.listed_until.is_none_or(|u| day <= u) && self.authority.in_force(day)
    }

    /// Whether the entry's presence on the list on `day` is uncertain (its effective date is not confirmed).
    pub fn listing_uncertain_on(&self, day: NaiveDate) -> bool {
        self.listed_on(day) && self.listed_from_note.is_some() && self.listed_certain_from.is_none_or(|c| day < c)
    }

    /// How a conviction's subdivisions relate to this entry's limit.
    pub fn limit_relation(&self, path: &SubdivPath) -> PathRelation {
        if self.limit.is_empty() {
            return PathRelation::Within;
        }
        let mut best = PathRelation::Outside;
        for l in &self.limit {
            match path.relation_to(l) {
                PathRelation::Within => return PathRelation::Within,
                PathRelation::LessSpecific => best = PathRelation::LessSpecific,
                PathRelation::Outside => {}
            }
        }
        best
    }

    /// The listed subdivisions, e.g. "(2), (3), (4)".
    pub fn limit_text(&self) -> impl fmt::Display + '_ {
        LimitText(&self.limit)
    }
}

struct Short<'a>(&'a Offense);

impl fmt::Display for Short<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let o = self.0;
        write!(f, "{} {}", o.code.abbreviation(), o.section)?;
        match o.limit.as_slice() {
            [] => Ok(()),
            [one] => write!(f, "{one}"),
            [first, .., last] => write!(f, "{first}–{last}"),
        }
    }
}

struct LimitText<'a>(&'a [SubdivPath]);

impl fmt::Display for LimitText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

/// Errors in the embedded list data.
#[derive(Debug, thiserror::Error)]
pub enum OffenseDataError {
    #[error("{file}: {source}")]
    Parse {
        file: &'static str,
        #[source]
        source: toml::de::Error,
    },
    #[error("offenses.toml: {section:?}: {source}")]
    Statute {
        section: String,
        #[source]
        source: StatuteError,
    },
    #[error("offenses.toml: {section:?} refers to unknown authority {authority:?}")]
    UnknownAuthority { section: String, authority: String },
    #[error("offenses.toml: {section:?} is listed twice on the same basis")]
    Duplicate { section: String },
    #[error("offenses.toml: {section:?} is not in the section catalogue")]
    NotInCatalogue { section: String },
    #[error("offenses.toml: {section:?} names {successor:?} as its successor, which is not on the list")]
    SuccessorNotListed { section: String, successor: String },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OffenseRecord {
    section: String,
    #[serde(default)]
    limit: Vec<String>,
    as_listed: String,
    name: String,
    #[serde(default)]
    name_source: Option<String>,
    #[serde(default)]
    name_unverified: bool,
    basis: Basis,
    authority: String,
    #[serde(deserialize_with = "crate::data::date")]
    listed_from: NaiveDate,
    #[serde(default)]
    listed_from_note: Option<String>,
    #[serde(default, deserialize_with = "crate::data::opt_date")]
    listed_certain_from: Option<NaiveDate>,
    #[serde(default, deserialize_with = "crate::data::opt_date")]
    listed_until: Option<NaiveDate>,
    #[serde(default, deserialize_with = "crate::data::opt_date")]
    pl_repealed: Option<NaiveDate>,
    #[serde(default)]
    pl_repealed_source: Option<String>,
    #[serde(default)]
    pl_note: Option<String>,
    #[serde(default)]
    successors: Vec<String>,
}

#[derive(Deserialize)]
struct OffenseFile {
    offense: Vec<OffenseRecord>,
}

/// The list of violent or serious crimes with its catalogue.
#[derive(Debug)]
pub struct Offenses {
    entries: Vec<Offense>,
    /// Entries by section. A section can be listed twice (230.34-a is both enumerated and added by rule).
    by_section: HashMap<(Code, SectionNo), Vec<usize>>,
    catalogue: Catalogue,
}

pub const OFFENSES_TOML: &str = include_str!("../../data/offenses.toml");
pub const PENAL_LAW_SECTIONS_TOML: &str = include_str!("../../data/penal_law_sections.toml");
pub const VTL_SECTIONS_TOML: &str = include_str!("../../data/vtl_sections.toml");

impl Offenses {
    /// Parse the list and the catalogue, resolving authorities in `auths`.
    pub fn parse(
        offenses: &str,
        pl_sections: &str,
        vtl_sections: &str,
        auths: &'static Authorities,
    ) -> Result<Self, OffenseDataError> {
        let catalogue = Catalogue::parse(pl_sections, vtl_sections)?;
        let file: OffenseFile = toml::from_str(offenses).map_err(|source| OffenseDataError::Parse {
            file: "offenses.toml",
            source,
        })?;
        let mut entries: Vec<Offense> = Vec::with_capacity(file.offense.len());
        let mut by_section = HashMap::default();
        for r in file.offense {
            let statute = Statute::parse(&r.section).map_err(|source| OffenseDataError::Statute {
                section: r.section.clone(),
                source,
            })?;
            if catalogue.check(&statute) != Ok(Attestation::Verified) {
                return Err(OffenseDataError::NotInCatalogue { section: r.section });
            }
            let limit = r
                .limit
                .iter()
                .map(|l| {
                    SubdivPath::parse(l).map_err(|source| OffenseDataError::Statute {
                        section: format!("{} {l}", r.section),
                        source,
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            let Some(authority) = auths.get(&r.authority) else {
                return Err(OffenseDataError::UnknownAuthority {
                    section: r.section,
                    authority: r.authority,
                });
            };
            let key = (statute.code, statute.section);
            let same: &mut Vec<usize> = by_section.entry(key).or_default();
            if same.iter().any(|&i: &usize| entries[i].basis == r.basis) {
                return Err(OffenseDataError::Duplicate { section: r.section });
            }
            same.push(entries.len());
            let _ = (r.name_unverified, r.pl_repealed_source);
            let successors = r
                .successors
                .iter()
                .map(|n| {
                    let cite = format!("{} {n}", statute.code.abbreviation());
                    Statute::parse(&cite)
                        .map(|s| s.section)
                        .map_err(|source| OffenseDataError::Statute { section: cite, source })
                })
                .collect::<Result<Vec<_>, _>>()?;
            entries.push(Offense {
                code: statute.code,
                section: statute.section,
                limit,
                as_listed: r.as_listed,
                name: r.name,
                name_source: r.name_source,
                basis: r.basis,
                authority,
                listed_from: r.listed_from,
                listed_from_note: r.listed_from_note,
                listed_certain_from: r.listed_certain_from,
                listed_until: r.listed_until,
                pl_repealed: r.pl_repealed,
                pl_note: r.pl_note,
                successors,
            });
        }
        // A successor must itself be listed (that is what makes the repeal moot for the list).
        for o in &entries {
            for s in &o.successors {
                if !by_section.contains_key(&(o.code, *s)) {
                    return Err(OffenseDataError::SuccessorNotListed {
                        section: o.as_listed.clone(),
                        successor: s.to_string(),
                    });
                }
            }
        }
        Ok(Self {
            entries,
            by_section,
            catalogue,
        })
    }

    /// The entry for a section, whatever its subdivision, if the section is on the list at all: the first
    /// entry listed on `day` (enumerated before rule), else the first entry.
    pub fn lookup(&self, statute: &Statute, day: NaiveDate) -> Option<&Offense> {
        self.lookup_in(self.entries_for(statute), day)
    }

    /// The positions in [`Offenses::entries`] of the entries for a statute's section (none if it is not
    /// listed; more than one where the list has dated versions of a section).
    pub fn entries_for(&self, statute: &Statute) -> &[usize] {
        self.by_section
            .get(&(statute.code, statute.section))
            .map_or(&[], Vec::as_slice)
    }

    /// [`Offenses::lookup`] among entries found by [`Offenses::entries_for`]: the one listed on `day`, else
    /// the first.
    pub fn lookup_in(&self, candidates: &[usize], day: NaiveDate) -> Option<&Offense> {
        candidates
            .iter()
            .map(|&i| &self.entries[i])
            .find(|o| o.listed_on(day))
            .or_else(|| candidates.first().map(|&i| &self.entries[i]))
    }

    pub fn entries(&self) -> &[Offense] {
        &self.entries
    }

    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }
}

/// The embedded list, parsed once.
///
/// # Panics
/// If the embedded data does not parse; the test suite parses it, so no user input reaches this.
pub fn offenses() -> &'static Offenses {
    static CELL: OnceLock<Offenses> = OnceLock::new();
    CELL.get_or_init(|| {
        match Offenses::parse(OFFENSES_TOML, PENAL_LAW_SECTIONS_TOML, VTL_SECTIONS_TOML, authorities()) {
            Ok(o) => o,
            Err(e) => panic!("embedded offense data is invalid: {e}"),
        }
    })
}
