//! How certain a statement is, in four steps the reader is told in plain words: the law is settled, courts or
//! agencies disagree, a court is still deciding (and which case), or it is only reported in the news. One scale
//! for the guide's statements (`status` in the guide's `data/scenarios.toml`) and for the changes in the law
//! ([`crate::changes`], `status` in `data/changes.toml`).

use serde::{Deserialize, Serialize};

/// The certainty of a statement or a change, ordered from the most to the least certain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegalStatus {
    /// Read in a primary source: the law says this and nobody with authority disputes it.
    Settled,
    /// Courts or agencies disagree (for example an agency claims a power that courts have doubted).
    Contested,
    /// A court case is deciding it now; the statement or change names the case.
    InLitigation,
    /// Seen in news or secondary accounts, not in a primary source.
    Reported,
}

/// Whether a status may, or must, name the case that decides it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseRule {
    Required,
    Allowed,
    Refused,
}

impl LegalStatus {
    /// Every status, from the most to the least certain.
    pub const ALL: [Self; 4] = [Self::Settled, Self::Contested, Self::InLitigation, Self::Reported];

    /// Stable id, as written in the data and the JSON (`settled`, `contested`, `in_litigation`, `reported`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Settled => "settled",
            Self::Contested => "contested",
            Self::InLitigation => "in_litigation",
            Self::Reported => "reported",
        }
    }

    /// The message that tells the reader this status, in their language.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Settled => "legal-status-settled",
            Self::Contested => "legal-status-contested",
            Self::InLitigation => "legal-status-in-litigation",
            Self::Reported => "legal-status-reported",
        }
    }

    /// Whether a statement with this status names a case (`case` in the data).
    pub fn case_rule(self) -> CaseRule {
        match self {
            Self::InLitigation => CaseRule::Required,
            Self::Contested => CaseRule::Allowed,
            Self::Settled | Self::Reported => CaseRule::Refused,
        }
    }

    /// Whether renderers should show the status next to the statement (everything but settled law), not only
    /// with its sources.
    pub fn is_prominent(self) -> bool {
        self != Self::Settled
    }
}
