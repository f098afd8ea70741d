//! # amparo-specimens
//!
//! Test support for the warrant check, kept out of the production library: the deterministic specimen
//! corpus with the truth for each paper ([`specimen`]), the accuracy report that scores a channel on it
//! ([`accuracy`]), and the renderers that turn a specimen into a PDF with a text layer or a phone-like
//! photo ([`render`]). A dev-dependency of `amparo-documents`, `amparo` (the CLI) and `amparo-web`.

#![forbid(unsafe_code)]

pub mod accuracy;
pub mod render;
pub mod specimen;
