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
use crate::authority::{Authorities, Authority, authorities};
use crate::json_text::is_plain_json;

/// The embedded data file.
pub const DETAINER_TOML: &str = include_str!("../../data/detainer.toml");

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

// -- The file's records ---------------------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    capture: Vec<CaptureRecord>,
    version: Vec<VersionRecord>,
    #[serde(default)]
    litigation: Vec<LitigationRecord>,
    quote: Vec<QuoteRecord>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaptureRecord {
    id: String,
    #[serde(rename = "where")]
    location: String,
    #[serde(deserialize_with = "crate::data::date")]
    read_on: NaiveDate,
    copy_date: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VersionRecord {
    id: String,
    agency: Agency,
    #[serde(deserialize_with = "crate::data::date")]
    valid_from: NaiveDate,
    #[serde(default, deserialize_with = "crate::data::opt_date")]
    valid_to: Option<NaiveDate>,
    #[serde(default, deserialize_with = "crate::data::opt_date")]
    certain_from: Option<NaiveDate>,
    #[serde(default)]
    effective_date_note: Option<String>,
    section: String,
    #[serde(default)]
    definitions_via: Option<String>,
    #[serde(default)]
    amended_by: Option<String>,
    look_back_months: u32,
    #[serde(default)]
    hold_hours: Option<u32>,
    #[serde(default, deserialize_with = "crate::data::opt_date")]
    verified_through: Option<NaiveDate>,
    #[serde(default)]
    text_note: Option<String>,
    requesters: RequestersRecord,
    authorities: RulesRecord,
    #[serde(default)]
    caveat: Vec<CaveatRecord>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RequestersRecord {
    ice: Reach,
    hsi: Reach,
    cbp: Reach,
    fbi: Reach,
    usms: Reach,
    other_federal: Reach,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesRecord {
    convicted: String,
    predicate_felony: String,
    youthful_offender: String,
    look_back: String,
    federal_immigration_authorities: String,
    judicial_warrant: String,
    listed: String,
    hate_crime: String,
    inchoate: String,
    vtl_600: String,
    honor: String,
    warrant_requirement: String,
    record_condition: String,
    #[serde(default)]
    hold_48: Option<String>,
    #[serde(default)]
    information_requests: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaveatRecord {
    code: String,
    #[serde(default, deserialize_with = "crate::data::opt_date")]
    from: Option<NaiveDate>,
    #[serde(default, deserialize_with = "crate::data::opt_date")]
    until: Option<NaiveDate>,
    #[serde(default)]
    decision: Option<Decision>,
    authority: String,
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuoteRecord {
    authority: String,
    capture: String,
    text: String,
    reads: Vec<String>,
    #[serde(default)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LitigationRecord {
    case: String,
    provisions: Vec<String>,
    status: LitigationStatus,
    #[serde(deserialize_with = "crate::data::date")]
    from: NaiveDate,
    #[serde(default, deserialize_with = "crate::data::opt_date")]
    until: Option<NaiveDate>,
    #[serde(default, deserialize_with = "crate::data::opt_date")]
    last_confirmed: Option<NaiveDate>,
    note: String,
}

/// Text with runs of whitespace as one space, for comparing quoted text with the phrases a rule reads.
pub fn squash_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl DetainerLaw {
    /// Parse the data, resolving authorities in `auths`, and check it: known ids, versions of one agency that do
    /// not overlap, plain codes, and quotes that contain what their rules read.
    pub fn parse(text: &str, auths: &'static Authorities) -> Result<Self, DetainerDataError> {
        let file: File = toml::from_str(text)?;
        let resolve = |place: &str, id: &str| -> Result<&'static Authority, DetainerDataError> {
            auths.get(id).ok_or_else(|| DetainerDataError::UnknownAuthority {
                place: place.to_owned(),
                id: id.to_owned(),
            })
        };
        let invalid = |s: String| DetainerDataError::Invalid(s);

        let mut captures = Vec::with_capacity(file.capture.len());
        for c in file.capture {
            if captures.iter().any(|o: &Capture| o.id == c.id) {
                return Err(invalid(format!("capture {:?} is defined twice", c.id)));
            }
            captures.push(Capture {
                id: c.id,
                location: c.location,
                read_on: c.read_on,
                copy_date: c.copy_date,
            });
        }

        let mut versions: Vec<Version> = Vec::with_capacity(file.version.len());
        for v in file.version {
            let place = format!("version {:?}", v.id);
            let opt = |id: &Option<String>| id.as_deref().map(|i| resolve(&place, i)).transpose();
            let a = &v.authorities;
            let rules = Rules {
                convicted: resolve(&place, &a.convicted)?,
                predicate_felony: resolve(&place, &a.predicate_felony)?,
                youthful_offender: resolve(&place, &a.youthful_offender)?,
                look_back: resolve(&place, &a.look_back)?,
                federal_immigration_authorities: resolve(&place, &a.federal_immigration_authorities)?,
                judicial_warrant: resolve(&place, &a.judicial_warrant)?,
                listed: resolve(&place, &a.listed)?,
                hate_crime: resolve(&place, &a.hate_crime)?,
                inchoate: resolve(&place, &a.inchoate)?,
                vtl_600: resolve(&place, &a.vtl_600)?,
                honor: resolve(&place, &a.honor)?,
                warrant_requirement: resolve(&place, &a.warrant_requirement)?,
                record_condition: resolve(&place, &a.record_condition)?,
                hold_48: opt(&a.hold_48)?,
                information_requests: opt(&a.information_requests)?,
            };
            if rules.hold_48.is_some() != v.hold_hours.is_some() {
                return Err(invalid(format!("{place}: hold_48 and hold_hours go together")));
            }
            let mut caveats = Vec::with_capacity(v.caveat.len());
            for c in v.caveat {
                if c.code.is_empty() || !c.code.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
                    return Err(invalid(format!("{place}: caveat code {:?} must be snake_case", c.code)));
                }
                caveats.push(Caveat {
                    authority: resolve(&place, &c.authority)?,
                    code: c.code,
                    from: c.from,
                    until: c.until,
                    decision: c.decision,
                    note: c.note,
                });
            }
            if v.valid_to.is_some_and(|t| t < v.valid_from) {
                return Err(invalid(format!("{place} ends before it starts")));
            }
            if !is_plain_json(&v.id) {
                return Err(invalid(format!("{place}: the id must be plain text")));
            }
            let r = &v.requesters;
            let version = Version {
                section: resolve(&place, &v.section)?,
                definitions_via: opt(&v.definitions_via)?,
                amended_by: opt(&v.amended_by)?,
                id: v.id,
                agency: v.agency,
                valid_from: v.valid_from,
                valid_to: v.valid_to,
                certain_from: v.certain_from,
                effective_date_note: v.effective_date_note,
                look_back_months: v.look_back_months,
                hold_hours: v.hold_hours,
                verified_through: v.verified_through,
                text_note: v.text_note,
                requesters: [r.ice, r.hsi, r.cbp, r.fbi, r.usms, r.other_federal],
                rules,
                caveats,
            };
            if let Some(other) = versions.iter().find(|o| {
                o.id == version.id
                    || (o.agency == version.agency
                        && o.valid_from <= version.valid_to.unwrap_or(NaiveDate::MAX)
                        && version.valid_from <= o.valid_to.unwrap_or(NaiveDate::MAX))
            }) {
                return Err(invalid(format!(
                    "versions {:?} and {:?} have the same id or overlap",
                    other.id, version.id
                )));
            }
            versions.push(version);
        }

        let mut quotes: Vec<Quote> = Vec::with_capacity(file.quote.len());
        for q in file.quote {
            let place = format!("quote of {:?}", q.authority);
            let authority = resolve(&place, &q.authority)?;
            let Some(capture) = captures.iter().position(|c| c.id == q.capture) else {
                return Err(invalid(format!("{place}: unknown capture {:?}", q.capture)));
            };
            if quotes.iter().any(|o| std::ptr::eq(o.authority, authority)) {
                return Err(invalid(format!("{place}: quoted twice")));
            }
            let text = squash_spaces(&q.text);
            if q.reads.is_empty() {
                return Err(invalid(format!("{place}: says nothing of what its rule reads")));
            }
            for phrase in &q.reads {
                if !text.contains(&squash_spaces(phrase)) {
                    return Err(invalid(format!("{place}: the text does not contain {phrase:?}")));
                }
            }
            quotes.push(Quote {
                authority,
                capture,
                text: q.text,
                reads: q.reads,
                note: q.note,
            });
        }

        let mut litigation = Vec::with_capacity(file.litigation.len());
        for l in file.litigation {
            let place = format!("litigation {:?}", l.case);
            litigation.push(Litigation {
                case: resolve(&place, &l.case)?,
                provisions: l
                    .provisions
                    .iter()
                    .map(|p| resolve(&place, p))
                    .collect::<Result<_, _>>()?,
                status: l.status,
                from: l.from,
                until: l.until,
                last_confirmed: l.last_confirmed,
                note: l.note,
            });
        }
        Ok(Self {
            versions,
            captures,
            quotes,
            litigation,
        })
    }

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
