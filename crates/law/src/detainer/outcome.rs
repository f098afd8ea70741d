//! The output of a detainer decision: what the agency may do ([`Decision`]), the [`Outcome`] with its trace and
//! warnings, and the decision in one sentence ([`Summary`]).

use std::fmt;

use chrono::NaiveDate;
use compact_str::CompactString;
use serde::{Deserialize, Serialize};

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

/// The decision with its trace.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub id: Option<CompactString>,
    pub agency: Agency,
    pub as_of: NaiveDate,
    pub decision: Decision,
    /// § 9-131(h)(1): may DOC staff answer an ICE request for information about this person? None for
    /// agencies whose section has no such rule.
    pub may_share_information: Option<bool>,
    pub trace: Vec<Step<Detail>>,
    pub warnings: Vec<Warning>,
}

impl Outcome {
    /// An empty outcome to decide into with [`evaluate_into`]. Until then it holds no decision: its trace is
    /// empty.
    pub fn buffer() -> Self {
        Outcome {
            id: None,
            agency: Agency::Doc,
            as_of: NaiveDate::MIN,
            decision: Decision::Decline,
            may_share_information: None,
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
                "{who} may hold the person up to 48 hours past release, excluding Saturdays, Sundays and holidays; if no judicial warrant is presented in that time, it must release the person and must not notify federal immigration authorities."
            ),
            (Decision::Decline, _) => write!(f, "The law does not allow {who} to honor this detainer."),
        }
    }
}
