//! The fact each step of a detainer trace rested on, formatted only when the trace is rendered: how a conviction
//! was cited and which part of the "violent or serious crime" definition covers it.

use std::fmt;

use chrono::NaiveDate;
use compact_str::CompactString;

use super::{Agency, Inchoate, Jurisdiction};
use crate::authority::Authority;
use crate::offenses::{Basis, Offense};
use crate::statute::Statute;

/// The fact a step rested on. Formatted only when the trace is rendered.
#[derive(Debug, Clone)]
pub enum Detail {
    Version {
        agency: Agency,
        section: &'static Authority,
        as_of: NaiveDate,
    },
    JudicialWarrant {
        presented: bool,
        definition: &'static Authority,
    },
    Conviction {
        index: usize,
        cited: Cited,
        judgment_date: NaiveDate,
        felony: bool,
        coverage: Coverage,
    },
    LookBack {
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
        ever_and_reentered: bool,
        tsdb: bool,
    },
    InfoSharing {
        convicted: bool,
        tsdb: bool,
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
}

impl Coverage {
    pub fn counts(&self) -> bool {
        matches!(
            self,
            Coverage::Listed(_) | Coverage::Inchoate(..) | Coverage::HateCrime | Coverage::Vtl600
        )
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
            Detail::Version { agency, section, as_of } => {
                write!(f, "As of {as_of}, {} governs detainers held by {}", section.citation, agency.name())?;
                if let Some(i) = &section.instrument {
                    write!(f, " (as enacted by {i}")?;
                    if let Some(from) = section.effective_from {
                        write!(f, ", in force from {from}")?;
                    }
                    f.write_str(")")?;
                }
                f.write_str(".")
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
                judgment_date,
                felony,
                coverage,
            } => {
                let kind = if *felony { "felony" } else { "not a felony" };
                write!(f, "convictions[{index}]: {cited}, {kind}, judgment {judgment_date}: ")?;
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
                        }
                        if let Cited::Elsewhere(_) = cited {
                            f.write_str("; as an out-of-state or federal felony it counts if it would be a predicate felony conviction under PL § 70.06(1)(b)(i) for the equivalent offense")?;
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
                    Coverage::NotListed => write!(
                        f,
                        "not a violent or serious crime: {} {} is not on the list, not added by rule, and not a felony hate crime or a Vehicle and Traffic Law § 600 felony.",
                        cited.ny().code.abbreviation(),
                        cited.ny().section
                    ),
                }
            }
            Detail::LookBack {
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
                write!(
                    f,
                    "the five-year window before the arrest on {arrest} began {first_day}"
                )?;
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
            Detail::Hold48 { ever_and_reentered, tsdb } => match (ever_and_reentered, tsdb) {
                (true, _) | (_, true) => f.write_str(
                    "The 48-hour exception applies: the Police Department may hold the person up to 48 hours (excluding Saturdays, Sundays and holidays) for a judicial warrant; without one it must release the person and must not notify federal immigration authorities.",
                ),
                (false, false) => f.write_str(
                    "The 48-hour exception does not apply: it needs a violent-or-serious conviction ever entered together with an illegal re-entry after removal, or a possible terrorist-screening-database match.",
                ),
            },
            Detail::InfoSharing { convicted, tsdb } => match (convicted, tsdb) {
                (true, _) | (_, true) => f.write_str(
                    "Staff may answer a federal immigration request for information about this person: the person has a violent-or-serious conviction within the look-back or is a possible terrorist-screening-database match.",
                ),
                (false, false) => f.write_str(
                    "Staff may not spend time or resources answering a federal immigration request for this person's incarceration status, release date, court dates or other information, unless the request is unrelated to civil immigration enforcement or the answer is required by law. Information about citizenship or immigration status is outside this bar.",
                ),
            },
        }
    }
}
