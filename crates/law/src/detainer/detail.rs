//! The fact each step of a detainer trace rested on, formatted only when the trace is rendered: how a conviction
//! was cited and which part of the "violent or serious crime" definition covers it.

use std::fmt;

use chrono::NaiveDate;
use compact_str::CompactString;

use super::law::{Litigation, LitigationStatus, Reach, Version};
use super::{Agency, Inchoate, InformationSharing, Jurisdiction, RequestedBy};
use crate::authority::Authority;
use crate::offenses::{Basis, Offense};
use crate::statute::{Code, Form, Statute};

/// The fact a step rested on. Formatted only when the trace is rendered.
#[derive(Debug, Clone)]
pub enum Detail {
    Version {
        agency: Agency,
        version: &'static Version,
        as_of: NaiveDate,
    },
    /// The section's state in court.
    Litigation {
        litigation: &'static Litigation,
    },
    /// Whether the requester is within the definition of "federal immigration authorities".
    Requester {
        requested_by: RequestedBy,
        reach: Reach,
        definition: &'static Authority,
    },
    /// PL § 70.06(1)(b)(i) for a conviction outside New York.
    Predicate {
        index: usize,
        authorized: Option<bool>,
        felony: bool,
    },
    JudicialWarrant {
        presented: bool,
        definition: &'static Authority,
    },
    Conviction {
        index: usize,
        cited: Cited,
        /// How the record wrote the citation.
        form: Form,
        judgment_date: NaiveDate,
        felony: bool,
        coverage: Coverage,
    },
    LookBack {
        months: u32,
        arrest: NaiveDate,
        first_day: NaiveDate,
        days_extended: u64,
        last_covered: Option<NaiveDate>,
        any_covered: bool,
    },
    Tsdb {
        matched: bool,
    },
    Condition {
        convicted: bool,
        tsdb: bool,
    },
    Honor {
        agency: Agency,
        warrant: bool,
        condition: bool,
    },
    EverConvicted {
        last_covered: Option<NaiveDate>,
    },
    Reentered {
        reentered: bool,
    },
    Hold48 {
        hours: u32,
        ever_and_reentered: bool,
        tsdb: bool,
    },
    InfoSharing {
        sharing: InformationSharing,
    },
    /// Whether the release date or time may be given: (b)(1) read with (h)(1).
    ReleaseDate {
        sharing: InformationSharing,
    },
}

/// How a conviction was cited.
#[derive(Debug, Clone)]
pub enum Cited {
    NewYork(Statute),
    /// Boxed: rare, and it would make every step of every trace larger.
    Elsewhere(Box<ElsewhereCited>),
}

/// A conviction outside New York, with the New York section it is the equivalent of.
#[derive(Debug, Clone)]
pub struct ElsewhereCited {
    pub jurisdiction: Jurisdiction,
    pub statute: CompactString,
    pub equivalent: Statute,
}

impl Cited {
    pub(super) fn ny(&self) -> &Statute {
        match self {
            Cited::NewYork(s) => s,
            Cited::Elsewhere(e) => &e.equivalent,
        }
    }
}

impl fmt::Display for Cited {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cited::NewYork(s) => write!(f, "{s}"),
            Cited::Elsewhere(e) => {
                let ElsewhereCited {
                    jurisdiction,
                    statute,
                    equivalent,
                } = &**e;
                write!(
                    f,
                    "{jurisdiction} conviction under {statute} (New York equivalent {equivalent})"
                )
            }
        }
    }
}

/// Whether a conviction is of a violent or serious crime, and by which part of the definition.
#[derive(Debug, Clone, Copy)]
pub enum Coverage {
    YouthfulOffender,
    JuvenileDelinquent,
    NotFelony,
    /// In the list (enumerated or by rule), within its subdivision limit.
    Listed(&'static Offense),
    /// A felony attempt, conspiracy, solicitation or facilitation of an enumerated crime.
    Inchoate(Inchoate, &'static Offense),
    HateCrime,
    Vtl600,
    /// A conviction outside New York that fails the predicate-felony test (no sentence over one year was
    /// authorized there), or whose test cannot be applied.
    NotPredicate {
        known: bool,
    },
    /// The section is on the list but the conviction names a subdivision outside the limit.
    OutsideLimit(&'static Offense),
    /// The section is on the list for some subdivisions only, and the record does not say which.
    SubdivisionUnknown(&'static Offense),
    /// The entry is not yet (or no longer) on the list on the day.
    NotListedOnDay(&'static Offense),
    /// An inchoate form of an offense the rule added: (iii) does not reach it.
    InchoateOfRuleOffense(Inchoate, &'static Offense),
    /// Not in any part of the definition.
    NotListed,
    /// A section of another law: the definition names only Penal Law sections and VTL § 600 felonies.
    OtherLaw,
}

impl Coverage {
    pub fn counts(&self) -> bool {
        matches!(
            self,
            Coverage::Listed(_) | Coverage::Inchoate(..) | Coverage::HateCrime | Coverage::Vtl600
        )
    }
}

/// How a record's citation was read, in words.
struct FormNote(Form, Code);

impl fmt::Display for FormNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let FormNote(form, code) = self;
        let mut notes: Vec<&str> = Vec::with_capacity(4);
        if form.code_inferred {
            notes.push(match code {
                Code::Pl => "the record gives a bare section number, read as the Penal Law's",
                _ => "the record gives a section number without a point, read as the Vehicle and Traffic Law's",
            });
        }
        if form.letters_glued {
            notes.push("the letters written after the section number read as a lettered section");
        }
        if form.hate_suffix {
            notes.push("the \"H\" after the section read as the hate-crime version of the offense (PL § 485.05)");
        }
        if form.vtl_dotted {
            notes.push("the number after the point read as a subdivision");
        }
        f.write_str(&notes.join("; "))
    }
}

/// An entry as "PL 120.05 (Assault in the second degree)".
fn offense_label(o: &Offense) -> impl fmt::Display + '_ {
    struct Label<'a>(&'a Offense);
    impl fmt::Display for Label<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "{} ({})", self.0.short(), self.0.name)
        }
    }
    Label(o)
}

impl fmt::Display for Detail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Detail::Version { agency, version, as_of } => {
                let section = version.section;
                write!(f, "As of {as_of}, {} governs detainers held by {}", section.citation, agency.name())?;
                write!(f, ": version {}", version.id)?;
                match (version.amended_by, &section.instrument) {
                    (Some(a), _) => write!(f, ", as amended by {}", a.citation)?,
                    (None, Some(i)) => write!(f, ", as enacted by {i}")?,
                    (None, None) => {}
                }
                write!(f, ", applied from {}", version.valid_from)?;
                if let Some(to) = version.valid_to {
                    write!(f, " to {to}")?;
                }
                if let Some(via) = version.definitions_via {
                    write!(f, "; its terms have the meanings of § 9-131 ({})", via.citation)?;
                }
                f.write_str(".")
            }
            Detail::Litigation { litigation } => {
                let case = litigation.case.citation.as_str();
                match litigation.status {
                    LitigationStatus::Challenged => write!(f, "The section is challenged in {case}; no court has enjoined it, so it binds the agency as written")?,
                    LitigationStatus::Enjoined => write!(f, "A court has enjoined the city from enforcing the section in {case}")?,
                    LitigationStatus::Upheld => write!(f, "A court has upheld the section in {case}")?,
                }
                if let Some(d) = litigation.last_confirmed {
                    write!(f, " (state last confirmed {d})")?;
                }
                f.write_str(".")
            }
            Detail::Requester { requested_by, reach, definition } => {
                let who = requested_by.name();
                match reach {
                    Reach::Covered => write!(f, "The request came from {who}, which is among \"federal immigration authorities\" as {} defines them.", definition.citation),
                    Reach::NotCovered => write!(f, "The request came from {who}, which is outside \"federal immigration authorities\" as {} defines them.", definition.citation),
                    Reach::Depends => write!(f, "The request came from {who}: whether it is among \"federal immigration authorities\" as {} defines them depends on the officer's duties.", definition.citation),
                }
            }
            Detail::Predicate { index, authorized, felony } => {
                write!(f, "convictions[{index}]: ")?;
                match authorized {
                    Some(true) if *felony => f.write_str("a sentence of imprisonment over one year was authorized where the conviction was entered, and its New York equivalent is a felony, for which New York authorizes one: it would be a predicate felony conviction."),
                    Some(true) => f.write_str("a sentence over one year was authorized where the conviction was entered, but its New York equivalent is not a felony: it would not be a predicate felony conviction."),
                    Some(false) => f.write_str("no sentence of imprisonment over one year was authorized where the conviction was entered: it would not be a predicate felony conviction."),
                    None => f.write_str("the case does not say whether a sentence over one year was authorized where the conviction was entered, so the predicate-felony test cannot be applied."),
                }
            }
            Detail::JudicialWarrant { presented: true, definition } => write!(
                f,
                "A judicial warrant was presented with the detainer (the case says so). Under {} it counts only if issued by an Article III judge or a federal magistrate judge (28 U.S.C. § 631): a state-court warrant, an immigration judge's order, or an ICE form such as I-200 or I-205 is not one.",
                definition.citation
            ),
            Detail::JudicialWarrant { presented: false, definition } => write!(
                f,
                "No judicial warrant ({}) was presented with the detainer. An ICE detainer (I-247A) or an ICE administrative warrant (I-200, I-205) signed by an immigration officer is not a judicial warrant.",
                definition.citation
            ),
            Detail::Conviction {
                index,
                cited,
                form,
                judgment_date,
                felony,
                coverage,
            } => {
                let kind = if *felony { "felony" } else { "not a felony" };
                write!(f, "convictions[{index}]: {cited}")?;
                if !form.is_plain() {
                    write!(f, " ({})", FormNote(*form, cited.ny().code))?;
                }
                write!(f, ", {kind}, judgment {judgment_date}: ")?;
                match coverage {
                    Coverage::YouthfulOffender => f.write_str("a youthful offender adjudication (CPL art. 720) is never a conviction of a violent or serious crime."),
                    Coverage::JuvenileDelinquent => f.write_str("a juvenile delinquency adjudication (Family Court Act § 301.2(1)) is never a conviction of a violent or serious crime."),
                    Coverage::NotFelony => f.write_str("only felonies can be violent or serious crimes."),
                    Coverage::Listed(o) => {
                        write!(f, "a violent or serious crime: {} is ", offense_label(o))?;
                        match o.basis {
                            Basis::Enumerated => f.write_str("on the Administrative Code list")?,
                            Basis::Rule => write!(f, "added by {} (in force from {})", o.authority.citation, o.listed_from)?,
                        }
                        if !o.limit.is_empty() {
                            write!(f, " for subdivision(s) {}", o.limit_text())?;
                        }
                        if let Some(r) = o.pl_repealed {
                            write!(f, "; the Penal Law section was repealed on {r}, but a conviction under it still counts")?;
                            for (i, s) in o.successors.iter().enumerate() {
                                let sep = match i {
                                    0 => "; its conduct is now in PL ",
                                    i if i + 1 == o.successors.len() => " and ",
                                    _ => ", ",
                                };
                                write!(f, "{sep}{s}")?;
                            }
                            if !o.successors.is_empty() {
                                f.write_str(", on the list themselves")?;
                            }
                        }
                        if let Cited::Elsewhere(_) = cited {
                            f.write_str("; as an out-of-state or federal conviction it counts because it would be a predicate felony conviction under PL § 70.06(1)(b)(i) for an equivalent offense (the five-year look-back of (a)(2)(ii) speaks of a New York judgment; Amparo applies it to this conviction too)")?;
                        }
                        f.write_str(".")
                    }
                    Coverage::Inchoate(kind, o) => write!(
                        f,
                        "a violent or serious crime: a felony {} of {}, which is on the list.",
                        kind.word(),
                        offense_label(o)
                    ),
                    Coverage::HateCrime => f.write_str("a violent or serious crime: a hate crime under PL § 485.05 that is a felony."),
                    Coverage::Vtl600 => f.write_str("a violent or serious crime: a felony under Vehicle and Traffic Law § 600."),
                    Coverage::NotPredicate { known: true } => f.write_str("not counted: a conviction outside New York counts only if it would be a predicate felony conviction under PL § 70.06(1)(b)(i), and this one would not."),
                    Coverage::NotPredicate { known: false } => f.write_str("not counted: a conviction outside New York counts only if it would be a predicate felony conviction under PL § 70.06(1)(b)(i), which the case does not show."),
                    Coverage::OutsideLimit(o) => write!(
                        f,
                        "not a violent or serious crime: {} is listed only for subdivision(s) {}.",
                        offense_label(o),
                        o.limit_text()
                    ),
                    Coverage::SubdivisionUnknown(o) => write!(
                        f,
                        "not counted: {} is listed only for subdivision(s) {}, and the record does not say which subdivision.",
                        offense_label(o),
                        o.limit_text()
                    ),
                    Coverage::NotListedOnDay(o) => write!(
                        f,
                        "not counted: {} is on the list only from {}.",
                        offense_label(o),
                        o.listed_from
                    ),
                    Coverage::InchoateOfRuleOffense(kind, o) => write!(
                        f,
                        "not counted: a {} of {}, which the list reaches only as a completed offense.",
                        kind.word(),
                        offense_label(o)
                    ),
                    Coverage::OtherLaw => write!(
                        f,
                        "not a violent or serious crime: {} {} is a section of the {}, and the definition names only Penal Law sections and felonies under Vehicle and Traffic Law § 600.",
                        cited.ny().code.abbreviation(),
                        cited.ny().section,
                        cited.ny().code.name()
                    ),
                    Coverage::NotListed => write!(
                        f,
                        "not a violent or serious crime: {} {} is not on the list, not added by rule, and not a felony hate crime or a Vehicle and Traffic Law § 600 felony.",
                        cited.ny().code.abbreviation(),
                        cited.ny().section
                    ),
                }
            }
            Detail::LookBack {
                months,
                arrest,
                first_day,
                days_extended,
                last_covered,
                any_covered,
            } => {
                match last_covered {
                    Some(d) => write!(f, "Last violent-or-serious conviction {d}; ")?,
                    None if *any_covered => f.write_str("No violent-or-serious conviction; ")?,
                    None => f.write_str("No violent-or-serious conviction; ")?,
                }
                match months % 12 {
                    0 => write!(f, "the {}-year window", months / 12)?,
                    _ => write!(f, "the {months}-month window")?,
                }
                write!(f, " before the arrest on {arrest} began {first_day}")?;
                if *days_extended > 0 {
                    write!(f, " (extended by {days_extended} days incarcerated for violent or serious crimes)")?;
                }
                f.write_str(".")
            }
            Detail::Tsdb { matched: true } => f.write_str("The search shows a possible match in the terrorist screening database."),
            Detail::Tsdb { matched: false } => f.write_str("The search shows no possible match in the terrorist screening database."),
            Detail::Condition { convicted, tsdb } => match (convicted, tsdb) {
                (true, _) => f.write_str("The search shows a conviction of a violent or serious crime within the look-back."),
                (false, true) => f.write_str("The search shows a possible terrorist-screening-database match."),
                (false, false) => f.write_str("The search shows neither a conviction of a violent or serious crime within the look-back nor a possible terrorist-screening-database match."),
            },
            Detail::Honor { agency, warrant, condition } => match (warrant, condition) {
                (true, true) => write!(f, "Both conditions hold: {} may honor the detainer.", agency.name()),
                (false, true) => f.write_str("The record condition holds, but without a judicial warrant the detainer may not be honored."),
                (true, false) => f.write_str("A judicial warrant was presented, but the record condition does not hold."),
                (false, false) => f.write_str("Neither condition holds."),
            },
            Detail::EverConvicted { last_covered: Some(d) } => write!(
                f,
                "For the 48-hour exception a violent-or-serious judgment ever entered counts: the last one was entered {d}."
            ),
            Detail::EverConvicted { last_covered: None } => f.write_str(
                "For the 48-hour exception a violent-or-serious judgment ever entered counts: there is none.",
            ),
            Detail::Reentered { reentered: true } => {
                f.write_str("The search shows the person illegally re-entered the country after a previous removal or return.")
            }
            Detail::Reentered { reentered: false } => {
                f.write_str("The search does not show an illegal re-entry after a previous removal or return.")
            }
            Detail::Hold48 { hours, ever_and_reentered, tsdb } => match (ever_and_reentered, tsdb) {
                (true, _) | (_, true) => write!(
                    f,
                    "The {hours}-hour exception applies: city law does not bar the Police Department from holding the person up to {hours} hours (excluding Saturdays, Sundays and holidays) for a judicial warrant, but gives no authority to hold (§ 14-154(c)); without a warrant it must release the person and must not notify federal immigration authorities."
                ),
                (false, false) => write!(
                    f,
                    "The {hours}-hour exception does not apply: it needs a violent-or-serious conviction ever entered together with an illegal re-entry after removal, or a possible terrorist-screening-database match."
                ),
            },
            Detail::InfoSharing { sharing } => match sharing {
                InformationSharing::NotPermitted => f.write_str(
                    "Staff may not spend time or resources answering a federal immigration request for this person's incarceration status, release date, court dates or other information, unless the request is unrelated to civil immigration enforcement or the answer is required by law. Information about citizenship or immigration status is outside this bar.",
                ),
                _ => f.write_str(
                    "Staff may answer a federal immigration request for information about this person: the person has a violent-or-serious conviction within the look-back or is a possible terrorist-screening-database match.",
                ),
            },
            Detail::ReleaseDate { sharing } => match sharing {
                InformationSharing::IncludingReleaseDate => f.write_str(
                    "The release date or time may be given: a judicial warrant was presented and the record condition holds, so (b)(1) allows notifying federal immigration authorities of the release.",
                ),
                _ => f.write_str(
                    "The release date or time may not be given: without a judicial warrant and the record condition, (b)(1) does not allow notifying federal immigration authorities of the release, whatever (h)(1) lets staff say otherwise.",
                ),
            },
        }
    }
}
