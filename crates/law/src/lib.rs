//! # amparo-law
//!
//! The law Amparo applies, as data with sources and as small typed rules that return a decision plus its
//! trace. No I/O: the data files are embedded at build time and every rule is a pure function.
//!
//! - [`authority`](mod@authority): statutes, rules and cases, each with a citation, a link and the dates it is in force.
//! - [`trace`]: the step/finding shape every answer takes.
//! - [`statute`]: reading citations such as "PL 265.02(3)".
//! - [`offenses`]: the "violent or serious crime" list and the Penal Law section catalogue.
//! - [`detainer`]: NYC Admin Code §§ 9-131, 14-154 and 9-205: may an agency honor an ICE detainer?
//! - [`warrant`]: what a paper shown at the door is (judicial or not) and what it allows.
//! - [`legal_status`]: how certain a statement or a change is (settled, contested, in litigation, reported).
//! - [`changes`]: the dated log of what changed in the law in 2025-26, each change with its source.

pub mod authority;
pub mod changes;
pub mod data;
pub mod detainer;
mod json_text;
pub mod legal_status;
pub mod offenses;
pub mod statute;
pub mod trace;
pub mod warrant;

pub use authority::{Authority, authorities, authority};
pub use legal_status::{CaseRule, LegalStatus};
pub use trace::Step;
