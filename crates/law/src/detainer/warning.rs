//! The doubts a detainer decision carries, each with a stable code and its words.

use std::fmt;

use chrono::NaiveDate;

use crate::authority::Authority;
use crate::offenses::Offense;
use crate::statute::Statute;

/// A doubt the answer carries.
#[derive(Debug, Clone)]
pub enum Warning {
    /// A subdivision-limited section cited without (enough of) its subdivision.
    SubdivisionUnknown {
        index: usize,
        statute: Statute,
        offense: &'static Offense,
    },
    /// The day an entry joined the list is uncertain.
    ListedFromUncertain { index: usize, offense: &'static Offense },
    /// The felony field was absent.
    FelonyNotGiven { index: usize },
    /// An inchoate form of an offense that (a)(7)(iii) does not reach.
    InchoateOfRuleOffense { index: usize, offense: &'static Offense },
    /// The encoded text was last checked before `as_of`.
    TextNotVerified {
        section: &'static Authority,
        as_of: NaiveDate,
    },
    /// A cited section that Amparo's (partial) catalogue could not confirm.
    SectionUnconfirmed {
        index: usize,
        field: &'static str,
        statute: Statute,
    },
    /// The day is one on which the law may or may not yet have been in force.
    EffectiveDateUncertain {
        authority: &'static Authority,
        as_of: NaiveDate,
    },
    /// A caveat recorded on an authority the decision rests on.
    AuthorityNote { authority: &'static Authority },
}

impl Warning {
    /// A stable code for the kind of warning, with the conviction it concerns where there is one.
    pub fn code(&self) -> String {
        match self.code_parts() {
            (kind, Some(i)) => format!("{kind}:convictions[{i}]"),
            (kind, None) => kind.to_owned(),
        }
    }

    /// The code's kind and the conviction's index.
    pub fn code_parts(&self) -> (&'static str, Option<usize>) {
        match self {
            Warning::SubdivisionUnknown { index, .. } => ("subdivision_unknown", Some(*index)),
            Warning::ListedFromUncertain { index, .. } => ("listed_from_uncertain", Some(*index)),
            Warning::FelonyNotGiven { index } => ("felony_not_given", Some(*index)),
            Warning::InchoateOfRuleOffense { index, .. } => ("inchoate_of_rule_offense", Some(*index)),
            Warning::SectionUnconfirmed { index, .. } => ("section_unconfirmed", Some(*index)),
            Warning::TextNotVerified { .. } => ("text_not_verified", None),
            Warning::EffectiveDateUncertain { .. } => ("effective_date_uncertain", None),
            Warning::AuthorityNote { .. } => ("authority_note", None),
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::SubdivisionUnknown {
                index,
                statute,
                offense,
            } => write!(
                f,
                "convictions[{index}]: {statute} is listed only for subdivision(s) {}; the record does not say which subdivision, so this conviction was not counted. If it was under {}, the decision may change.",
                offense.limit_text(),
                offense.limit_text()
            ),
            Warning::ListedFromUncertain { index, offense } => write!(
                f,
                "convictions[{index}]: the day {} joined the list is uncertain: {}",
                offense.short(),
                offense.listed_from_note.as_deref().unwrap_or("")
            ),
            Warning::FelonyNotGiven { index } => write!(
                f,
                "convictions[{index}]: \"felony\" was not given, so the conviction was read as not a felony and not counted; give \"felony\": true or false."
            ),
            Warning::InchoateOfRuleOffense { index, offense } => write!(
                f,
                "convictions[{index}]: an attempt, conspiracy, solicitation or facilitation of {} was not counted: subparagraph (iii) reaches such forms only of the crimes enumerated in the Administrative Code list, and {} adds the completed offense only.",
                offense.short(),
                offense.authority.citation
            ),
            Warning::TextNotVerified { section, as_of } => write!(
                f,
                "{} is encoded from its codified text as of {}; this decision is as of {as_of}. {}",
                section.citation,
                section.verified_through.map(|d| d.to_string()).unwrap_or_default(),
                section.note.as_deref().unwrap_or("")
            ),
            Warning::SectionUnconfirmed { index, field, statute } => write!(
                f,
                "convictions[{index}].{field}: {} {} is not in Amparo's catalogue of sections, which is incomplete for this part of the law, so Amparo could not confirm the citation; it is not on the violent-or-serious list. Check that the section number is right.",
                statute.code.abbreviation(),
                statute.section
            ),
            Warning::EffectiveDateUncertain { authority, as_of } => write!(
                f,
                "{}: whether it was in force on {as_of} is uncertain. {}",
                authority.citation,
                authority.note.as_deref().unwrap_or("")
            ),
            Warning::AuthorityNote { authority } => {
                write!(f, "{}: {}", authority.citation, authority.note.as_deref().unwrap_or(""))
            }
        }
    }
}
