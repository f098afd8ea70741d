//! Statute citations as people and city systems write them: "PL 120.05", "Penal Law § 120.04-a(4)",
//! "VTL 600(2)(c)", "PL 110/160.15"; and as records write them (DOC custody data, DCJS rap sheets): bare
//! sections ("125.25", "1192(3)"), "110-" attempts, letters glued on ("265.01B" for 265.01-b), an "H" for the
//! hate-crime version, dotted VTL subdivisions ("VTL 1192.2"), and other consolidated laws ("AML 353").
//!
//! Parsing checks the form only. Whether the section exists is a separate question answered by the catalogue
//! ([`crate::offenses::Catalogue`]); an unknown section is an error, never "not covered". A code that is not a
//! statute at all (a violation of probation, a warrant hold, a blank) is its own error ([`records`]).

use std::fmt;

pub mod laws;
mod number;
mod parse;
pub mod records;

pub use number::{PathRelation, SectionNo, Subdiv, SubdivPath};

/// Which New York code a citation is to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    /// The Penal Law.
    Pl,
    /// The Vehicle and Traffic Law.
    Vtl,
    /// Another consolidated law (or the NYC Administrative Code), by its position in [`laws::laws`].
    Other(u8),
}

impl Code {
    pub fn abbreviation(self) -> &'static str {
        match self {
            Code::Pl => "PL",
            Code::Vtl => "VTL",
            Code::Other(i) => laws::laws().get(usize::from(i)).map_or("?", |l| l.id.as_str()),
        }
    }

    /// The law's name, e.g. "Agriculture and Markets Law".
    pub fn name(self) -> &'static str {
        match self {
            Code::Pl => "Penal Law",
            Code::Vtl => "Vehicle and Traffic Law",
            Code::Other(i) => laws::laws().get(usize::from(i)).map_or("?", |l| l.name.as_str()),
        }
    }
}

/// A parsed citation to a New York statute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Statute {
    pub code: Code,
    pub section: SectionNo,
    pub subdivisions: SubdivPath,
    /// Written with the attempt prefix "110/" or "110-" (Penal Law § 110.00).
    pub attempt_prefix: bool,
}

impl fmt::Display for Statute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code.abbreviation())?;
        f.write_str(" ")?;
        if self.attempt_prefix {
            f.write_str("110/")?;
        }
        write!(f, "{}{}", self.section, self.subdivisions)
    }
}

/// How a citation was written, where the form says something a reader of the trace should see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Form {
    /// No code was written: a bare section read as the Penal Law ("125.25") or the VTL ("1192(3)").
    pub code_inferred: bool,
    /// Letters written straight after the section number ("265.01B") read as a lettered section.
    pub letters_glued: bool,
    /// An "H" after the section ("120.05H", "120.05 H"): the hate-crime version, unless a lettered "-h"
    /// section exists (the catalogue decides).
    pub hate_suffix: bool,
    /// A VTL subdivision written after a point ("VTL 1192.2").
    pub vtl_dotted: bool,
}

impl Form {
    pub fn is_plain(&self) -> bool {
        *self == Form::default()
    }
}

/// A citation as read: the statute, and how it was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Reading {
    pub statute: Statute,
    pub form: Form,
}

/// Why a citation could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StatuteError {
    #[error(
        "the charge is blank: the record does not say what the conviction was for; give its statute, as in \"PL 120.05\" or \"VTL 600(2)(c)\" (from the certificate of disposition or the rap sheet)"
    )]
    Empty,
    #[error(
        "{input:?}: unknown code; Amparo reads Penal Law (\"PL 120.05\", or a bare \"120.05\"), Vehicle and Traffic Law (\"VTL 600(2)(c)\", or a bare \"1192(3)\") and other New York law citations (\"AML 353\")"
    )]
    UnknownCode { input: String },
    #[error("{input:?}: {reason}")]
    Malformed { input: String, reason: &'static str },
    #[error("{code} {section}: no such section in the {law} ({reason}); check the citation")]
    UnknownSection {
        code: &'static str,
        section: String,
        law: &'static str,
        reason: String,
    },
    /// A code that is not a statute at all ([`records`]).
    #[error("{input:?} seems to be {seems}, not a statute: {why}")]
    NotAStatute {
        input: String,
        kind: &'static str,
        seems: &'static str,
        why: &'static str,
    },
    /// A citation to a law that defines no crimes ([`laws`]).
    #[error("{input:?} cites the {law}: {why}")]
    NotACrime {
        input: String,
        law: &'static str,
        why: &'static str,
    },
}

impl StatuteError {
    fn malformed(input: &str, reason: &'static str) -> Self {
        StatuteError::Malformed {
            input: input.to_owned(),
            reason,
        }
    }

    /// A stable code for the kind of error, for bulk analysis.
    pub fn code(&self) -> &'static str {
        match self {
            StatuteError::Empty => "no_charge_recorded",
            StatuteError::UnknownCode { .. } => "unknown_code",
            StatuteError::Malformed { .. } => "malformed_citation",
            StatuteError::UnknownSection { .. } => "unknown_section",
            StatuteError::NotAStatute { kind, .. } => kind,
            StatuteError::NotACrime { .. } => "not_a_crime",
        }
    }
}
