//! The events of the import contract, as the register holds them (normalized): requests, actions,
//! corrections and SCAAP funding figures.

use chrono::NaiveDate;
use serde_json::{Map, Value};

use super::{ActionKind, Agency, Basis, Exempt, I247aBox, Info, RequestKind, RequestedBy};
use crate::time::When;

/// A request as recorded (normalized).
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub id: String,
    pub kind: RequestKind,
    pub received_at: When,
    /// The receiving agency: `doc|nypd|probation` for detainers and information requests, any agency code
    /// (`dss`, `acs`, `hra`, …) for assistance requests.
    pub agency: String,
    pub requested_by: RequestedBy,
    pub person: Option<String>,
    pub basis: Option<Basis>,
    pub i247a_boxes: Vec<I247aBox>,
    pub info: Vec<Info>,
    pub description: Option<String>,
    pub exempt: Option<Exempt>,
    /// The detainer case fields as given (for the engine), without `agency`.
    pub case: Option<Map<String, Value>>,
}

/// An action taken on a request.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    pub reference: String,
    pub at: When,
    pub action: ActionKind,
    pub by: String,
    pub note: Option<String>,
}

/// A correction: a new entry pointing to the one it corrects.
#[derive(Debug, Clone, PartialEq)]
pub struct Correction {
    pub reference: String,
    pub reason: String,
    pub target: CorrectionTarget,
}

#[derive(Debug, Clone, PartialEq)]
pub enum CorrectionTarget {
    /// The corrected request (same id).
    Request(Request),
    /// The action logged at `seq`, replaced (or withdrawn: `None`).
    Action { seq: i64, replacement: Option<Action> },
    /// The request itself withdrawn: it was recorded in error (a duplicate, a request never received, a test
    /// entry). A new entry, never a delete; the reports leave it out (see `report::compute::COUNTING`). A
    /// later correction of the request reinstates it.
    Withdraw,
}

/// SCAAP funding requested and received (§ 9-131(f)(6)), which no request record shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Funding {
    pub id: String,
    pub agency: Agency,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub requested_cents: i64,
    pub received_cents: i64,
}

/// One line of an import.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Request(Request),
    Action(Action),
    Correction(Correction),
    Funding(Funding),
}
