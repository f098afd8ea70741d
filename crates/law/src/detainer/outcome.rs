//! The output of a detainer decision: what the agency may do ([`Decision`]), the [`Outcome`] with its trace and
//! warnings, and the decision in one sentence ([`Summary`]).

use std::fmt;

use chrono::NaiveDate;
use compact_str::CompactString;
use serde::{Deserialize, Serialize};

use super::law::{Litigation, LitigationStatus, Version};
use super::{Agency, Detail, Warning};
use crate::trace::{Step, citations};

/// What the agency may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Hold the person past release, or notify ICE of the release (DOC, NYPD); hold (Probation).
    Honor,
    /// NYPD § 14-154(b)(2): hold up to 48 hours, excluding weekends and holidays; release without notifying
    /// ICE if no judicial warrant is presented in that time.
    #[serde(rename = "hold_48h_pending_judicial_warrant")]
    Hold48hPendingJudicialWarrant,
    /// Do not honor the detainer.
    Decline,
}

impl Decision {
    pub fn id(self) -> &'static str {
        match self {
            Decision::Honor => "honor",
            Decision::Hold48hPendingJudicialWarrant => "hold_48h_pending_judicial_warrant",
            Decision::Decline => "decline",
        }
    }
}

/// What Department of Correction staff may tell federal immigration authorities about the person: § 9-131(h)(1)
/// read with (b)(1), which allows notifying them of a release only with a judicial warrant.
///
/// In every case (h)(1) does not bar answering where the request is unrelated to civil immigration enforcement
/// or the answer is required by law, nor information about citizenship or immigration status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InformationSharing {
    /// Staff may not spend time or resources answering about incarceration status, release dates, court dates
    /// or other information.
    NotPermitted,
    /// (h)(1)(i) lets staff answer (the person has a violent-or-serious conviction or is a possible
    /// terrorist-screening-database match), but without a judicial warrant (b)(1) does not allow telling them
    /// when the person will be released: other information only.
    ExceptReleaseDate,
    /// (b)(1) is met (judicial warrant and record condition): staff may answer, release date included.
    IncludingReleaseDate,
}

impl InformationSharing {
    pub fn id(self) -> &'static str {
        match self {
            InformationSharing::NotPermitted => "not_permitted",
            InformationSharing::ExceptReleaseDate => "except_release_date",
            InformationSharing::IncludingReleaseDate => "including_release_date",
        }
    }

    /// Whether staff may answer at all (beyond the exceptions every case has).
    pub fn may_answer(self) -> bool {
        self != InformationSharing::NotPermitted
    }
}

/// What staff may tell federal immigration authorities, in one sentence (the detainer's words are English, the
/// law's own language).
impl fmt::Display for InformationSharing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            InformationSharing::NotPermitted => {
                "Staff may not answer a federal immigration request about this person's incarceration status, release date, court dates or other information (except where the request is unrelated to civil immigration enforcement, the answer is required by law, or it concerns citizenship or immigration status)."
            }
            InformationSharing::ExceptReleaseDate => {
                "Staff may answer a federal immigration request about this person, but may not give the release date or time: without a judicial warrant the detainer may not be honored by a notice of release."
            }
            InformationSharing::IncludingReleaseDate => {
                "Staff may answer a federal immigration request about this person, release date included."
            }
        })
    }
}

/// The decision with its trace.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub id: Option<CompactString>,
    pub agency: Agency,
    pub as_of: NaiveDate,
    /// The version of the law applied (its id is written as `law_version`).
    pub version: Option<&'static Version>,
    pub decision: Decision,
    /// § 9-131(h)(1): what DOC staff may tell federal immigration authorities about this person. None for
    /// agencies whose section has no such rule.
    pub may_share_information: Option<InformationSharing>,
    /// The case over the section, pending or decided on the day, if any.
    pub litigation: Option<&'static Litigation>,
    pub trace: Vec<Step<Detail>>,
    pub warnings: Vec<Warning>,
}

impl Outcome {
    /// An empty outcome to decide into with [`evaluate_into`](super::evaluate_into). Until then it holds no decision: its trace is
    /// empty.
    pub fn buffer() -> Self {
        Outcome {
            id: None,
            agency: Agency::Doc,
            as_of: NaiveDate::MIN,
            version: None,
            decision: Decision::Decline,
            may_share_information: None,
            litigation: None,
            trace: Vec::new(),
            warnings: Vec::new(),
        }
    }

    pub fn citations(&self) -> Vec<&'static str> {
        citations(&self.trace)
    }

    /// The outcome as the JSON contract writes it (full trace).
    pub fn to_string_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
    }

    /// One sentence saying what the decision means for this agency.
    pub fn summary(&self) -> Summary {
        Summary {
            agency: self.agency,
            decision: self.decision,
            hold_hours: self.version.and_then(|v| v.hold_hours).unwrap_or(48),
        }
    }

    /// The id of the version of the law applied.
    pub fn law_version(&self) -> &'static str {
        self.version.map_or("", |v| v.id.as_str())
    }

    /// The section's state in court on the day: `in_force`, `challenged` (a pending case, no injunction) or
    /// `enjoined`.
    pub fn provision_status(&self) -> &'static str {
        match self.litigation.map(|l| l.status) {
            None | Some(LitigationStatus::Upheld) => "in_force",
            Some(s) => s.id(),
        }
    }
}

/// How much of the trace to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TraceLevel {
    /// Every step with the fact it rested on, in words (the default; what a lawyer audits).
    #[default]
    Full,
    /// Every step with its rule, result and citation, and warnings as codes, without the words (for bulk
    /// analysis).
    Summary,
}

/// The decision in one sentence.
pub struct Summary {
    agency: Agency,
    decision: Decision,
    hold_hours: u32,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let who = self.agency.name();
        match (self.decision, self.agency) {
            (Decision::Honor, Agency::Probation) => {
                write!(f, "The law allows {who} to honor this detainer by holding the person.")
            }
            (Decision::Honor, _) => write!(
                f,
                "The law allows {who} to honor this detainer: to hold the person past release or to notify federal immigration authorities of the release."
            ),
            (Decision::Hold48hPendingJudicialWarrant, _) => write!(
                f,
                "City law does not bar {who} from holding the person up to {} hours past release, excluding Saturdays, Sundays and holidays, but it gives no authority to do so, and New York's courts have held that state law gives local officers none (see the warnings); if no judicial warrant is presented in that time, it must release the person and must not notify federal immigration authorities.",
                self.hold_hours
            ),
            (Decision::Decline, _) => write!(f, "The law does not allow {who} to honor this detainer."),
        }
    }
}
