//! The words of an assessment's trace, for the lawyer's audit: the fact each step rested on ([`Detail`]) and
//! the doubts an assessment carries ([`Warning`]), formatted only when the trace is rendered.

use std::fmt;

use chrono::{NaiveDate, NaiveTime};

use super::kind::{HomeEntry, Issuer, Judicial, Kind, Signer};
use crate::authority::Authority;

/// A doubt the assessment carries.
#[derive(Debug, Clone)]
pub enum Warning {
    /// The captions Amparo looks for on this kind were not seen in a source.
    LayoutNotVerified { kind: Kind },
    /// A caveat recorded on a kind or an authority the assessment rests on.
    Note { citation: &'static str, note: &'static str },
    /// The "execute by" date is later than the law allows after the date of issuance.
    ExecuteByBeyondLimit {
        execute_by: NaiveDate,
        latest: NaiveDate,
        authority: &'static Authority,
    },
    /// The paper's date of issuance is after today: misread, or not yet issued.
    IssuedInFuture { issued: NaiveDate, today: NaiveDate },
    /// A New York State court warrant is judicial for entering a home, but NYC's detainer laws count only
    /// federal judges' warrants.
    StateWarrantNotForDetainers,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::LayoutNotVerified { kind } => write!(
                f,
                "The printed layout of this kind of paper ({}) was not verified against a real specimen; Amparo recognised it by its usual wording. Read the paper yourself as well.",
                kind.law().title
            ),
            Warning::Note { citation, note } => write!(f, "{citation}: {note}"),
            Warning::ExecuteByBeyondLimit { execute_by, latest, authority } => write!(
                f,
                "The paper says it may be executed until {execute_by}, but {} allows at most until {latest}; the earlier date was used.",
                authority.citation
            ),
            Warning::IssuedInFuture { issued, today } => write!(
                f,
                "The date of issuance read from the paper ({issued}) is after today ({today}); it may have been misread."
            ),
            Warning::StateWarrantNotForDetainers => f.write_str(
                "A New York State court warrant counts as a judicial warrant for entering a home and under NYC Admin. Code § 4-210(a), but NYC's detainer laws (§§ 9-131, 14-154) count only warrants of federal judges.",
            ),
        }
    }
}

/// What makes a judge's search warrant doubtful at this door now.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Doubt {
    /// It appears not to describe this address.
    pub address: bool,
    /// Its last day appears to have passed.
    pub expired: bool,
    /// It appears to be outside the hours it allows.
    pub hours: bool,
}

/// The fact a step rested on. Formatted only when the trace is rendered.
#[derive(Debug, Clone)]
pub enum Detail {
    /// What the paper appears to be.
    Kind { kind: Kind },
    /// The paper is a form of an immigration agency.
    AgencyForm { kind: Kind },
    /// An immigration officer signed it.
    ImmigrationOfficer,
    /// An immigration judge signed it, or an immigration court issued it.
    ImmigrationJudge,
    /// An application for a warrant, not a warrant.
    Application { kind: Kind },
    /// The paper's issuer contradicts a court warrant.
    IssuerNotCourt { issuer: Issuer },
    /// A court warrant signed by a judge.
    CourtAndJudge { kind: Kind, signer: Signer },
    /// A court warrant without a signature.
    NotSigned,
    /// A court warrant whose signer's title is not (or not shown to be) a judge's.
    SignerNotShown { signer: Option<Signer> },
    /// Not recognised.
    UnknownKind {
        issuer: Option<Issuer>,
        signer: Option<Signer>,
    },
    /// What the paper allows at the door.
    HomeEntry {
        kind: Kind,
        judicial: Judicial,
        entry: HomeEntry,
        /// What makes a judge's warrant doubtful at this door now (for [`HomeEntry::Doubtful`]).
        why: Doubt,
    },
    /// Whether it names the person.
    NamesPerson {
        matched: Option<bool>,
        on_paper: usize,
        asked: bool,
        /// Not the same, but close enough to be a misreading (then `matched` is `None`).
        close: Option<String>,
        /// The person's own answer, where nothing could be compared.
        said: Option<bool>,
    },
    /// Whether it names the address.
    NamesAddress {
        matched: Option<bool>,
        on_paper: usize,
        asked: bool,
        close: Option<String>,
        said: Option<bool>,
    },
    /// Expiry of a search warrant.
    Deadline {
        issued: Option<NaiveDate>,
        execute_by: Option<NaiveDate>,
        deadline: Option<NaiveDate>,
        days: u64,
        today: Option<NaiveDate>,
        expired: Option<bool>,
    },
    /// The hours of a search warrant.
    Hours {
        from: NaiveTime,
        until: NaiveTime,
        now: Option<NaiveTime>,
        any_time: bool,
        outside: Option<bool>,
    },
    /// Time limits apply to search warrants, not to this kind.
    NoTimeLimit { kind: Kind },
}

pub(super) fn list_forms(kind: Kind) -> String {
    let forms = &kind.law().forms;
    if forms.is_empty() {
        String::new()
    } else {
        format!(" ({})", forms.join(", "))
    }
}

impl fmt::Display for Detail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Detail::Kind { kind: Kind::Unknown } => f.write_str(
                "The paper was not recognised as any of the warrants, orders or forms Amparo knows.",
            ),
            Detail::Kind { kind } => write!(
                f,
                "The paper appears to be: {}{}.",
                kind.law().title,
                list_forms(*kind)
            ),
            Detail::AgencyForm { kind } => write!(
                f,
                "{}{} is issued by {}, signed by an immigration officer, not by a judge of a court ({}).",
                kind.law().title,
                list_forms(*kind),
                kind.law().issuer.describe(),
                kind.law().basis.citation
            ),
            Detail::ImmigrationOfficer => f.write_str(
                "The title under the signature is an immigration officer's. An immigration officer's signature never makes a paper a judicial warrant, whatever the paper calls itself.",
            ),
            Detail::ImmigrationJudge => f.write_str(
                "It comes from an immigration judge. Immigration judges are attorneys appointed by the Attorney General as administrative judges in the Department of Justice, not judges of a court: their orders are not judicial warrants.",
            ),
            Detail::Application { kind } => write!(
                f,
                "{}{} is an officer's sworn request to a judge for a warrant. A judge's signature on it attests the officer's oath; the warrant, if the judge grants it, is a separate paper ({}). An application authorizes nothing.",
                kind.law().title,
                list_forms(*kind),
                kind.law().basis.citation
            ),
            Detail::IssuerNotCourt { issuer } => write!(
                f,
                "The paper looks like a court warrant but names {} as its issuer, not a court.",
                issuer.describe()
            ),
            Detail::CourtAndJudge { kind, signer } => write!(
                f,
                "It appears to be issued by {} and signed by {}: a judicial warrant.",
                kind.law().issuer.describe(),
                signer.describe()
            ),
            Detail::NotSigned => f.write_str(
                "It looks like a court warrant, but it appears not to be signed. A warrant is issued by a judge's signature; an unsigned form is not shown to be judicial.",
            ),
            Detail::SignerNotShown { signer: None } => f.write_str(
                "It looks like a court warrant, but the title under the signature (a judge, or someone else) could not be read.",
            ),
            Detail::SignerNotShown { signer: Some(s) } => write!(
                f,
                "It looks like a court warrant, but it appears to be signed by {}, not a judge; Amparo cannot tell whether it is judicial.",
                s.describe()
            ),
            Detail::UnknownKind { issuer, signer } => {
                f.write_str("Amparo could not tell what this paper is")?;
                if let Some(i) = issuer {
                    write!(f, "; it mentions {}", i.describe())?;
                }
                if let Some(s) = signer {
                    write!(f, "; it appears to be signed by {}", s.describe())?;
                }
                f.write_str(".")
            }
            Detail::HomeEntry {
                kind,
                judicial,
                entry,
                why,
            } => match entry {
                HomeEntry::Yes => write!(
                    f,
                    "A judicial search warrant allows officers to enter and search the place it designates, within its dates and hours ({})",
                    kind.law().basis.citation
                )
                .and_then(|_| f.write_str(".")),
                HomeEntry::Limited => f.write_str(
                    "A judicial arrest warrant allows entry only into the named person's own home, when there is reason to believe the person is inside (Payton v. New York); to enter another person's home, officers need a search warrant (Steagald v. United States).",
                ),
                HomeEntry::Contested => f.write_str(
                    "An I-205 is signed by an immigration officer. Historically ICE did not use it to enter homes without consent; a May 12, 2025 ICE memo (made public in January 2026) claims it allows forced entry, after knocking and announcing, into the home of a person with a final order of removal. This is legally unresolved: the Fourth Amendment cases require a judicial warrant to enter a home without consent, and a federal judge in Minnesota found one such entry unconstitutional (as reported).",
                ),
                HomeEntry::No if kind.is_application() => f.write_str(
                    "An application for a warrant is not a warrant: it does not allow officers to enter a home. Without consent they need the warrant itself, signed by a judge.",
                ),
                HomeEntry::No if *judicial == Judicial::No => f.write_str(
                    "Without consent, officers may not enter a home unless they hold a judicial warrant (Payton v. New York; 8 C.F.R. § 287.8(f)(2)). This paper is not one, so it does not allow entry.",
                ),
                HomeEntry::No => f.write_str(
                    "This paper does not allow entry into this home at this time.",
                ),
                HomeEntry::Doubtful => {
                    let mut reasons = Vec::new();
                    if why.address {
                        reasons.push("it does not appear to describe this address");
                    }
                    if why.expired {
                        reasons.push("its last day appears to have passed");
                    }
                    if why.hours {
                        reasons.push("it appears to be outside the hours it allows");
                    }
                    write!(
                        f,
                        "It appears to be a judge's search warrant, but {}. It may not allow entry here now; but a reading can be wrong and small errors do not necessarily void a warrant, so whether an entry is lawful is for a court to decide, not for the person at the door.",
                        reasons.join(", and ")
                    )
                }
                HomeEntry::Unknown => f.write_str(
                    "Amparo cannot tell what this paper allows. Without consent, officers may not enter a home unless they hold a judicial warrant.",
                ),
            },
            Detail::NamesPerson { said: Some(true), .. } => f.write_str("You said the paper names you."),
            Detail::NamesPerson { said: Some(false), .. } => {
                f.write_str("You said the paper names someone else, not you.")
            }
            Detail::NamesPerson { asked: false, .. } => f.write_str("Your name was not given, so it was not compared."),
            Detail::NamesPerson { close: Some(read), .. } => write!(
                f,
                "A name read on the paper, \"{read}\", is close to the one you gave but not the same: it may have been misread. Check the paper."
            ),
            Detail::NamesPerson { matched: None, .. } => f.write_str("No name could be read on the paper."),
            Detail::NamesPerson { matched: Some(true), .. } => f.write_str("The name you gave appears on the paper."),
            Detail::NamesPerson { matched: Some(false), on_paper, .. } => write!(
                f,
                "The name you gave does not match the {on_paper} name(s) read on the paper."
            ),
            Detail::NamesAddress { said: Some(true), .. } => f.write_str("You said the paper names this address."),
            Detail::NamesAddress { said: Some(false), .. } => {
                f.write_str("You said the paper names another address, not this one.")
            }
            Detail::NamesAddress { asked: false, .. } => f.write_str("Your address was not given, so it was not compared."),
            Detail::NamesAddress { close: Some(read), .. } => write!(
                f,
                "An address read on the paper, \"{read}\", is close to the one you gave but not the same: it may have been misread. Check the paper."
            ),
            Detail::NamesAddress { matched: None, .. } => f.write_str("No address could be read on the paper."),
            Detail::NamesAddress { matched: Some(true), .. } => f.write_str("The address you gave appears on the paper."),
            Detail::NamesAddress { matched: Some(false), on_paper, .. } => write!(
                f,
                "The address you gave does not match the {on_paper} address(es) read on the paper."
            ),
            Detail::Deadline {
                issued,
                execute_by,
                deadline,
                days,
                today,
                expired,
            } => {
                write!(f, "A search warrant must be executed within {days} days of issuance")?;
                match (issued, execute_by) {
                    (Some(i), Some(e)) => write!(f, "; issued {i}, to be executed on or before {e}")?,
                    (Some(i), None) => write!(f, "; issued {i}")?,
                    (None, Some(e)) => write!(f, "; to be executed on or before {e}")?,
                    (None, None) => f.write_str("; no date could be read on the paper")?,
                }
                if let Some(d) = deadline {
                    write!(f, "; last day {d}")?;
                }
                match (today, expired) {
                    (Some(t), Some(true)) => write!(f, ". Today ({t}) is after that: it appears expired."),
                    (Some(t), Some(false)) => write!(f, ". Today ({t}) is within that time."),
                    (None, _) => f.write_str(". The current date was not given."),
                    (Some(_), None) => f.write_str("."),
                }
            }
            Detail::Hours {
                from,
                until,
                now,
                any_time,
                outside,
            } => {
                if *any_time {
                    return f.write_str(
                        "The warrant says it may be executed at any time of the day or night (a judge may allow this for good cause).",
                    );
                }
                write!(
                    f,
                    "Unless it expressly allows any time, it may be executed only between {} and {}",
                    from.format("%-I:%M %p"),
                    until.format("%-I:%M %p")
                )?;
                match (now, outside) {
                    (Some(n), Some(true)) => write!(f, "; it is now {}: outside those hours.", n.format("%-I:%M %p")),
                    (Some(n), _) => write!(f, "; it is now {}: within those hours.", n.format("%-I:%M %p")),
                    (None, _) => f.write_str("; the current time was not given."),
                }
            }
            Detail::NoTimeLimit { kind } => write!(
                f,
                "The 14-day (federal) and 10-day (New York) limits and the daytime hours apply to search warrants; {} is not one, so they were not applied.",
                kind.law().title
            ),
        }
    }
}
