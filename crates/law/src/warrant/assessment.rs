//! The answer: what a paper appears to be and allow ([`Assessment`]), its JSON shape, and the same in one
//! sentence ([`Summary`]).

use std::fmt;

use serde::Serialize;

use super::advice::Advice;
use super::kind::{HomeEntry, Judicial, Kind};
use super::trace::{Detail, Warning, list_forms};
use crate::trace::{Displayed, Step, citations};

/// What the paper appears to be and allow, with its trace.
#[derive(Debug, Clone)]
pub struct Assessment {
    pub kind: Kind,
    pub judicial: Judicial,
    pub authorizes_home_entry: HomeEntry,
    /// Does the paper name the person? None when not asked or not knowable.
    pub names_person: Option<bool>,
    /// Does it name this address? None when not asked or not knowable.
    pub names_address: Option<bool>,
    /// Is it past its time limit? None when not asked, not knowable, or not a search warrant.
    pub expired: Option<bool>,
    /// Is it now outside the hours it may be executed? Same convention.
    pub outside_hours: Option<bool>,
    pub advice: Vec<Advice>,
    pub trace: Vec<Step<Detail>>,
    pub warnings: Vec<Warning>,
}

impl Assessment {
    /// Citations of the trace and the advice, in order of first appearance, without repeats.
    pub fn citations(&self) -> Vec<&'static str> {
        let mut out = citations(&self.trace);
        for a in &self.advice {
            for auth in &a.authorities {
                let c = auth.citation.as_str();
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
        out
    }

    /// The advice ids, in order.
    pub fn advice_ids(&self) -> Vec<&'static str> {
        self.advice.iter().map(|a| a.id.id()).collect()
    }

    /// One sentence: what the paper appears to be.
    pub fn summary(&self) -> Summary {
        Summary {
            kind: self.kind,
            judicial: self.judicial,
            entry: self.authorizes_home_entry,
        }
    }
}

impl Assessment {
    /// Writes the answer's fields (kind … summary) into a JSON map; a caller may add its own fields between
    /// these and [`Assessment::serialize_details`].
    pub fn serialize_answer<M: serde::ser::SerializeMap>(&self, m: &mut M) -> Result<(), M::Error> {
        m.serialize_entry("kind", &self.kind)?;
        m.serialize_entry("judicial", &self.judicial)?;
        m.serialize_entry("authorizes_home_entry", &self.authorizes_home_entry)?;
        m.serialize_entry("names_person", &self.names_person)?;
        m.serialize_entry("names_address", &self.names_address)?;
        m.serialize_entry("expired", &self.expired)?;
        m.serialize_entry("outside_hours", &self.outside_hours)?;
        m.serialize_entry("summary", &Displayed(&self.summary()))
    }

    /// Writes the advice, citations, trace and warnings into a JSON map.
    pub fn serialize_details<M: serde::ser::SerializeMap>(&self, m: &mut M) -> Result<(), M::Error> {
        m.serialize_entry("advice", &self.advice_ids())?;
        m.serialize_entry("advice_detail", &self.advice)?;
        m.serialize_entry("citations", &self.citations())?;
        m.serialize_entry("trace", &self.trace)?;
        m.serialize_entry("warnings", &self.warnings.iter().map(Displayed).collect::<Vec<_>>())
    }
}

/// Serializes the assessment's own fields (the documents crate adds fields and evidence around them).
impl Serialize for Assessment {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = serializer.serialize_map(None)?;
        self.serialize_answer(&mut m)?;
        self.serialize_details(&mut m)?;
        m.end()
    }
}

/// The assessment in one sentence.
pub struct Summary {
    kind: Kind,
    judicial: Judicial,
    entry: HomeEntry,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.kind == Kind::Unknown {
            f.write_str("Amparo could not tell what this paper is.")?;
        } else {
            write!(
                f,
                "This paper appears to be: {}{}.",
                self.kind.law().title,
                list_forms(self.kind)
            )?;
        }
        match self.judicial {
            Judicial::Yes => {
                f.write_str(" It appears to be a judicial warrant (issued by a court, signed by a judge).")?
            }
            Judicial::No if self.kind.is_application() => {
                f.write_str(" It is not a warrant: it asks a judge for one.")?
            }
            Judicial::No => f.write_str(" It is not a judicial warrant.")?,
            Judicial::Unknown => f.write_str(" Amparo cannot tell whether it is a judicial warrant.")?,
        }
        match self.entry {
            HomeEntry::Yes => f.write_str(" It allows officers to enter the place it describes, within its dates and hours."),
            HomeEntry::Limited => f.write_str(
                " It allows entry only into the named person's own home, when there is reason to believe the person is inside.",
            ),
            HomeEntry::No => f.write_str(" It does not allow officers to enter this home without your consent."),
            HomeEntry::Contested => f.write_str(
                " ICE claims it allows entry into a home; this is legally disputed.",
            ),
            HomeEntry::Doubtful => f.write_str(
                " It may not allow entry here now (its address, dates or hours do not appear to fit); a court decides that, so do not resist.",
            ),
            HomeEntry::Unknown => f.write_str(" What it allows is unknown."),
        }
    }
}
