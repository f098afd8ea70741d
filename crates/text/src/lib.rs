//! # amparo-text
//!
//! Text that may have been misread: which characters are read for one another ([`lookalike`]) and how many
//! edits apart two strings are ([`distance`]). One home for both, so that the classifier (which reads a
//! photo's garbled text) and the law's comparison of names and addresses (which must not call a misread
//! name a different person) fold the same letters the same way.
//!
//! Dependency-free; no allocation beyond the strings returned.

#![forbid(unsafe_code)]

pub mod distance;
pub mod lookalike;

pub use distance::{approx_contains, within_edits};
pub use lookalike::{digit_for, fold_i_l, fold_rn, letter_for, regex_class};
