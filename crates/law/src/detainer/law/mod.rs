//! The detainer law as data: each agency's section as dated versions (`data/detainer.toml`), each naming the
//! authority every rule applies, its parameters (the look-back, the NYPD hold), its standing caveats, and the
//! quoted text of each subdivision with where and when it was captured; and the litigation over the sections.
//!
//! [`DetainerLaw::version`] picks the version in force on a day. A new version of the law is a new
//! `[[version]]` in the data file (ARCHITECTURE.md, "Add a law version"), not code.

use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::Deserialize;

use super::{Agency, Decision, RequestedBy};
use crate::authority::{Authority, authorities};

mod file;

/// The embedded data file.
pub const DETAINER_TOML: &str = include_str!("../../../data/detainer.toml");

/// How a version's definition of "federal immigration authorities" reads a requesting agency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reach {
    /// The definition names the agency or its duties certainly fit it.
    Covered,
    /// The definition does not reach the agency.
    NotCovered,
    /// It depends on the officer's duties, which the case does not say.
    Depends,
}

/// The authority each rule of a version applies.
#[derive(Debug)]
pub struct Rules {
    /// (a)(2): the definition of "convicted of a violent or serious crime", with its predicate-felony clause.
    pub convicted: &'static Authority,
    /// PL § 70.06(1)(b)(i), which (a)(2) names for convictions outside New York.
    pub predicate_felony: &'static Authority,
    /// (a)(2)(i): youthful offender and juvenile delinquency adjudications.
    pub youthful_offender: &'static Authority,
    /// (a)(2)(ii): the look-back.
    pub look_back: &'static Authority,
    /// The definition of "federal immigration authorities".
    pub federal_immigration_authorities: &'static Authority,
    /// The definition of "judicial warrant".
    pub judicial_warrant: &'static Authority,
    /// (a)(7)(i) / (a)(6)(i): the listed Penal Law sections.
    pub listed: &'static Authority,
    pub hate_crime: &'static Authority,
    pub inchoate: &'static Authority,
    pub vtl_600: &'static Authority,
    /// The rule that permits honoring (b)(1) / (b).
    pub honor: &'static Authority,
    pub warrant_requirement: &'static Authority,
    pub record_condition: &'static Authority,
    /// NYPD § 14-154(b)(2).
    pub hold_48: Option<&'static Authority>,
    /// DOC § 9-131(h)(1).
    pub information_requests: Option<&'static Authority>,
}

/// A standing warning a version carries on some days (and, with `decision`, for one decision only).
#[derive(Debug)]
pub struct Caveat {
    /// Stable code, as written in warnings.
    pub code: String,
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub decision: Option<Decision>,
    pub authority: &'static Authority,
    pub note: String,
}

impl Caveat {
    /// Whether the caveat applies to a decision on `day`.
    pub fn applies(&self, day: NaiveDate, decision: Decision) -> bool {
        self.from.is_none_or(|f| day >= f)
            && self.until.is_none_or(|u| day <= u)
            && self.decision.is_none_or(|d| d == decision)
    }
}

/// One version of an agency's section.
#[derive(Debug)]
pub struct Version {
    /// Stable id, e.g. `doc-2014`; the trace and the JSON contract name it.
    pub id: String,
    pub agency: Agency,
    /// The first day it applies (the earliest possible day, where that is uncertain).
    pub valid_from: NaiveDate,
    /// The last day it applies; absent, still in force.
    pub valid_to: Option<NaiveDate>,
    /// Where the first day is uncertain: the first day on which it is certainly in force.
    pub certain_from: Option<NaiveDate>,
    /// What is known about the first day, where it is uncertain.
    pub effective_date_note: Option<String>,
    pub section: &'static Authority,
    /// Where the section takes its definitions from another (§ 9-205(a)).
    pub definitions_via: Option<&'static Authority>,
    /// The instrument that made this version, where it amends an earlier one.
    pub amended_by: Option<&'static Authority>,
    /// (a)(2)(ii): the look-back, in months.
    pub look_back_months: u32,
    /// § 14-154(b)(2): the hold, in hours (excluding Saturdays, Sundays and holidays).
    pub hold_hours: Option<u32>,
    /// The last day the whole text is known to hold; later days carry a warning.
    pub verified_through: Option<NaiveDate>,
    pub text_note: Option<String>,
    requesters: [Reach; RequestedBy::ALL.len()],
    pub rules: Rules,
    pub caveats: Vec<Caveat>,
}

impl Version {
    /// Whether the version applies on `day`.
    pub fn applies_on(&self, day: NaiveDate) -> bool {
        day >= self.valid_from && self.valid_to.is_none_or(|t| day <= t)
    }

    /// Whether `day` is one on which the version may or may not yet have been in force.
    pub fn uncertain_on(&self, day: NaiveDate) -> bool {
        self.applies_on(day)
            && match self.certain_from {
                Some(c) => day < c,
                None => self.effective_date_note.is_some(),
            }
    }

    /// How the version's definition of "federal immigration authorities" reads a requester.
    pub fn reach(&self, requester: RequestedBy) -> Reach {
        self.requesters[requester as usize]
    }

    /// Every authority the version's rules apply, the section first.
    pub fn authorities(&self) -> impl Iterator<Item = &'static Authority> + '_ {
        let r = &self.rules;
        [
            Some(self.section),
            self.definitions_via,
            self.amended_by,
            Some(r.convicted),
            Some(r.predicate_felony),
            Some(r.youthful_offender),
            Some(r.look_back),
            Some(r.federal_immigration_authorities),
            Some(r.judicial_warrant),
            Some(r.listed),
            Some(r.hate_crime),
            Some(r.inchoate),
            Some(r.vtl_600),
            Some(r.honor),
            Some(r.warrant_requirement),
            Some(r.record_condition),
            r.hold_48,
            r.information_requests,
        ]
        .into_iter()
        .flatten()
        .chain(self.caveats.iter().map(|c| c.authority))
    }
}

/// Where and when quoted text was read.
#[derive(Debug)]
pub struct Capture {
    pub id: String,
    /// The source: a repository, path and commit, or a web address.
    pub location: String,
    /// The day Amparo read it.
    pub read_on: NaiveDate,
    /// What is known of the copy's own date.
    pub copy_date: String,
}

/// The text of a subdivision, as captured.
#[derive(Debug)]
pub struct Quote {
    pub authority: &'static Authority,
    pub capture: usize,
    pub text: String,
    /// The phrases Amparo's rule applies; each is in `text` (the loader checks).
    pub reads: Vec<String>,
    pub note: Option<String>,
}

/// The state of a provision in court.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LitigationStatus {
    /// Challenged in a pending case; not enjoined.
    Challenged,
    /// A court has ordered the city not to enforce it.
    Enjoined,
    /// A court has upheld it (a challenge dismissed).
    Upheld,
}

impl LitigationStatus {
    pub fn id(self) -> &'static str {
        match self {
            LitigationStatus::Challenged => "challenged",
            LitigationStatus::Enjoined => "enjoined",
            LitigationStatus::Upheld => "upheld",
        }
    }
}

/// A case over some provisions, with what is known of its state.
#[derive(Debug)]
pub struct Litigation {
    pub case: &'static Authority,
    pub provisions: Vec<&'static Authority>,
    pub status: LitigationStatus,
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
    /// The last day on which the status was confirmed in a source.
    pub last_confirmed: Option<NaiveDate>,
    pub note: String,
}

/// The versions, the quotes and the litigation.
#[derive(Debug)]
pub struct DetainerLaw {
    versions: Vec<Version>,
    captures: Vec<Capture>,
    quotes: Vec<Quote>,
    litigation: Vec<Litigation>,
}

/// Errors in the embedded detainer data.
#[derive(Debug, thiserror::Error)]
pub enum DetainerDataError {
    #[error("detainer.toml: {0}")]
    Parse(#[from] toml::de::Error),
    #[error("detainer.toml: {place} refers to unknown authority {id:?}")]
    UnknownAuthority { place: String, id: String },
    #[error("detainer.toml: {0}")]
    Invalid(String),
}

/// Text with runs of whitespace as one space, for comparing quoted text with the phrases a rule reads.
pub fn squash_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl DetainerLaw {
    /// The version of `agency`'s section that applies on `day`.
    pub fn version(&self, agency: Agency, day: NaiveDate) -> Option<&Version> {
        self.versions.iter().find(|v| v.agency == agency && v.applies_on(day))
    }

    /// All versions, in the data file's order.
    pub fn versions(&self) -> &[Version] {
        &self.versions
    }

    /// The versions of one agency, in the data file's order.
    pub fn versions_of(&self, agency: Agency) -> impl Iterator<Item = &Version> {
        self.versions.iter().filter(move |v| v.agency == agency)
    }

    /// The quoted text of an authority, if any.
    pub fn quote(&self, authority: &Authority) -> Option<&Quote> {
        self.quotes.iter().find(|q| std::ptr::eq(q.authority, authority))
    }

    pub fn quotes(&self) -> &[Quote] {
        &self.quotes
    }

    /// Where and when a quote was captured.
    pub fn capture(&self, quote: &Quote) -> &Capture {
        &self.captures[quote.capture]
    }

    /// The case over `provision` that is pending or decided on `day`, if any.
    pub fn litigation(&self, provision: &Authority, day: NaiveDate) -> Option<&Litigation> {
        self.litigation.iter().find(|l| {
            day >= l.from
                && l.until.is_none_or(|u| day <= u)
                && l.provisions.iter().any(|p| std::ptr::eq(*p, provision))
        })
    }

    pub fn all_litigation(&self) -> &[Litigation] {
        &self.litigation
    }
}

/// The embedded detainer law, parsed once.
///
/// # Panics
/// If the embedded data does not parse or check; the test suite parses it, so no user input reaches this.
pub fn detainer_law() -> &'static DetainerLaw {
    static CELL: OnceLock<DetainerLaw> = OnceLock::new();
    CELL.get_or_init(|| match DetainerLaw::parse(DETAINER_TOML, authorities()) {
        Ok(l) => l,
        Err(e) => panic!("embedded detainer data is invalid: {e}"),
    })
}
