//! What a paper shown at the door is, and what it allows.
//!
//! The most important single fact for a person at the door: officers may not enter a home without consent
//! unless they hold a **judicial** warrant: one issued by a court and signed by a judge. The forms of the
//! Department of Homeland Security (I-200, I-205, I-247A, …) are signed by immigration officers, and an
//! order of an immigration judge is not an order of a court for this purpose.
//!
//! [`assess()`] is a pure function from the facts read off a [`Paper`] (and, optionally, the person's name,
//! address and the current local time: a [`Situation`]) to an [`Assessment`]: whether the paper is
//! judicial, what it allows at the door of a home, whether it names the person and the place, whether it is
//! expired or outside its hours, what to do and say ([`Advice`], each with its authorities), every rule it
//! evaluated (a trace of [`Step`](crate::trace::Step)s) and the doubts it carries ([`Warning`]).
//!
//! It never calls a paper "valid": it says what the paper appears to be and why, and `unknown` where it
//! cannot tell, with what to look for.
//!
//! What the law says about each kind of paper (who issues it, what it allows, time limits and hours) is
//! data: `data/forms.toml`, each entry with its authorities.
//!
//! One file per concept: `kind.rs` (the kinds and values), `forms.rs` (the data), this file (the input:
//! [`Paper`], [`Situation`]), `assess.rs` (the rules), `advice.rs` (what to do and say), `assessment.rs`
//! (the answer), `trace.rs` (the words of its trace) and `matching.rs` (names and addresses).

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

mod advice;
mod assess;
mod assessment;
mod forms;
mod kind;
mod matching;
mod trace;

pub use advice::{Advice, AdviceId};
pub use assess::assess;
pub use assessment::{Assessment, Summary};
pub use forms::{FORMS_TOML, FormsDataError, Hours, KindLaw, TimeLimit, kinds, parse_forms};
pub use kind::{HomeEntry, Issuer, Judicial, Kind, Signer};
pub use matching::{AddressKey, address_close, address_key, address_matches, name_close, name_matches};
pub use trace::{Detail, Doubt, Warning};

/// What was read off the paper. Every field but `kind` may be unknown.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Paper {
    pub kind: Kind,
    /// Who the paper says issued it.
    pub issuer: Option<Issuer>,
    /// The title printed under the signature.
    pub signer: Option<Signer>,
    /// Whether a signature is on the paper (unknown from text alone).
    pub signature_present: Option<bool>,
    /// The person(s) named.
    pub names: Vec<String>,
    /// The address(es) or places designated.
    pub addresses: Vec<String>,
    /// The date of issuance.
    pub issued: Option<NaiveDate>,
    /// "Execute on or before".
    pub execute_by: Option<NaiveDate>,
    /// How far what was read may differ from what is printed: where it may have been misread, a name or
    /// address close to the person's but not the same is answered "cannot tell" rather than "no".
    pub tolerance: Tolerance,
    /// Whether the paper names the person at the door, as they read it themselves (the guided answers):
    /// used where no name could be compared.
    pub person_named: Option<bool>,
    /// Whether the paper names this address, as the person read it themselves.
    pub address_named: Option<bool>,
    /// Whether the warrant expressly authorizes execution at any time of the day or night.
    pub any_time: Option<bool>,
}

/// How far the text read off a paper may differ from what is printed on it. The reader of the paper knows
/// (text typed or taken from a PDF's text layer is exact; text read from an image may not be); the rules
/// only ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tolerance {
    /// As printed: a name that differs is a different name.
    #[default]
    Exact,
    /// It may have been misread: a name or address close to the person's but not the same may be theirs.
    MayBeMisread,
}

/// What the person at the door tells Amparo. Each part is optional.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Situation {
    /// The person's own name.
    pub name: Option<String>,
    /// The address of the home (or place) at whose door the paper is shown.
    pub address: Option<String>,
    /// The current local time at that place (New York time).
    pub now: Option<NaiveDateTime>,
}
