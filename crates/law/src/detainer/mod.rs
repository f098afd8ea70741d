//! Whether a New York City agency may honor an ICE civil immigration detainer, as the law stood on a day.
//!
//! - Department of Correction: NYC Admin Code § 9-131 (L.L. 2014/058).
//! - Police Department: § 14-154 (L.L. 2014/059), with its (b)(2) 48-hour exception.
//! - Department of Probation: § 9-205 (L.L. 2017/226), which takes § 9-131's definitions.
//!
//! [`evaluate()`] is a pure function from a [`Case`] to an [`Outcome`]: a decision, every rule it evaluated
//! with the fact it rested on and its authority, and warnings where the law or the facts leave doubt.

mod case;
mod classify;
pub mod csv;
mod detail;
mod evaluate;
mod json;
pub mod law;
mod outcome;
mod warning;

pub use case::{Agency, Case, CaseError, Conviction, Inchoate, Jurisdiction, RequestedBy};
pub use csv::{CsvColumns, CsvHeaderError};
pub use detail::{Cited, Coverage, Detail, ElsewhereCited};
pub use evaluate::{evaluate, evaluate_into};
pub use json::OutcomeJson;
pub use json::read::read_plain;
pub use json::write::LineWriter;
pub use law::{DetainerLaw, Version, detainer_law};
pub use outcome::{Decision, InformationSharing, Outcome, Summary, TraceLevel};
pub use warning::Warning;
