//! The doubts a detainer decision carries, each with a stable code and its words.

use std::fmt;

use chrono::NaiveDate;

use super::RequestedBy;
use super::law::{Caveat, Version};
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
    /// The version's text was last checked before `as_of`.
    TextNotVerified {
        version: &'static Version,
        as_of: NaiveDate,
    },
    /// A cited section that Amparo's (partial) catalogue could not confirm.
    SectionUnconfirmed {
        index: usize,
        field: &'static str,
        statute: Statute,
    },
    /// The day is one on which the version may or may not yet have been in force.
    EffectiveDateUncertain {
        version: &'static Version,
        as_of: NaiveDate,
    },
    /// A standing caveat of the version (its data says when it applies).
    Caveat { caveat: &'static Caveat },
    /// The requester is outside the version's definition of "federal immigration authorities".
    RequesterOutsideDefinition {
        requested_by: RequestedBy,
        definition: &'static Authority,
    },
    /// Whether the requester is within the definition depends on duties the case does not state.
    RequesterDutiesDecide {
        requested_by: RequestedBy,
        definition: &'static Authority,
    },
    /// (h)(1) lets staff answer, but (b)(1) bars giving the release date or time without a judicial warrant.
    ReleaseDateNeedsWarrant {
        honor: &'static Authority,
        information: &'static Authority,
    },
    /// An out-of-state or federal conviction whose predicate-felony test cannot be applied: the case does not
    /// say whether a sentence over one year was authorized.
    PredicateUnknown { index: usize },
    /// A judgment entered after the instant arrest (the instant case, or a later case), counted.
    JudgmentAfterArrest {
        index: usize,
        judgment: NaiveDate,
        arrest: NaiveDate,
    },
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
            Warning::Caveat { caveat } => (caveat.code.as_str(), None),
            Warning::RequesterOutsideDefinition { .. } => ("requester_outside_definition", None),
            Warning::RequesterDutiesDecide { .. } => ("requester_duties_decide", None),
            Warning::ReleaseDateNeedsWarrant { .. } => ("release_date_needs_judicial_warrant", None),
            Warning::PredicateUnknown { index } => ("predicate_test_unknown", Some(*index)),
            Warning::JudgmentAfterArrest { index, .. } => ("judgment_after_arrest", Some(*index)),
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
            Warning::TextNotVerified { version, as_of } => write!(
                f,
                "{} is encoded from its codified text as of {}; this decision is as of {as_of}. {}",
                version.section.citation,
                version.verified_through.map(|d| d.to_string()).unwrap_or_default(),
                version.text_note.as_deref().unwrap_or("")
            ),
            Warning::SectionUnconfirmed { index, field, statute } => write!(
                f,
                "convictions[{index}].{field}: {} {} is not in Amparo's catalogue of sections, which is incomplete for this part of the law, so Amparo could not confirm the citation; it is not on the violent-or-serious list. Check that the section number is right.",
                statute.code.abbreviation(),
                statute.section
            ),
            Warning::EffectiveDateUncertain { version, as_of } => write!(
                f,
                "{} (version {}): whether it was in force on {as_of} is uncertain. {}",
                version.section.citation,
                version.id,
                version.effective_date_note.as_deref().unwrap_or("")
            ),
            Warning::Caveat { caveat } => write!(f, "{}: {}", caveat.authority.citation, caveat.note),
            Warning::RequesterOutsideDefinition {
                requested_by,
                definition,
            } => write!(
                f,
                "The request came from {}, which is outside the definition of \"federal immigration authorities\" in {} on this day. The request is still a civil immigration detainer if it asks to hold the person for a civil immigration violation (\"any similar federal request\"), so Amparo applied the same rule; whether the conditions that speak of federal immigration authorities (a judicial warrant they present, a notice of release to them) reach this requester is not settled.",
                requested_by.name(),
                definition.citation
            ),
            Warning::RequesterDutiesDecide {
                requested_by,
                definition,
            } => write!(
                f,
                "The request came from {}: under {} it is from \"federal immigration authorities\" if the officer's duties include, in whole or in part, immigration enforcement as that definition describes it, which the case does not say. Amparo applied the same rule either way; find out what the officer's duties are.",
                requested_by.name(),
                definition.citation
            ),
            Warning::ReleaseDateNeedsWarrant { honor, information } => write!(
                f,
                "{} lets staff answer a federal immigration request about this person, but {} allows notifying federal immigration authorities of the person's release only with a judicial warrant, and none was presented: do not give the release date or time. {} covers the other information (incarceration status, court dates).",
                information.citation, honor.citation, information.citation
            ),
            Warning::PredicateUnknown { index } => write!(
                f,
                "convictions[{index}]: a conviction outside New York counts only if it would be a predicate felony conviction under PL § 70.06(1)(b)(i): a sentence of imprisonment over one year (or death) must have been authorized where it was entered, and be authorized in New York for the equivalent offense. The case does not say whether it was, so the conviction was not counted; give \"sentence_over_one_year_authorized\": true or false."
            ),
            Warning::JudgmentAfterArrest {
                index,
                judgment,
                arrest,
            } => write!(
                f,
                "convictions[{index}]: the judgment ({judgment}) was entered after the instant arrest ({arrest}), so it is the instant case or a later one. It was counted: the look-back of (a)(2)(ii) asks whether the person has had a judgment within five years before the arrest, and the search of (b)(1)(ii) is made at or about the time of release, when such a judgment is on the record. This reading is not settled by any court Amparo knows of; a lawyer may argue that only judgments before the arrest count."
            ),
        }
    }
}
