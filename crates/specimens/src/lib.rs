//! # amparo-specimens
//!
//! Test support for the warrant check, kept out of the production library: the deterministic specimen
//! corpus with the truth for each paper ([`specimen`], the one the classifier was tuned against), a
//! held-out set written apart from it from public sources ([`held_out`]), the accuracy report that scores a
//! channel on either ([`accuracy`]), and the renderers that turn a specimen into a PDF with a text layer or
//! a phone-like photo ([`render`]); and, for the tests of every paper Amparo prints, reading a PDF back with
//! poppler ([`pdf_text`]). A dev-dependency of `amparo-documents`, `amparo-cards`, `amparo` (the CLI),
//! `amparo-web` and `amparo-e2e`.

#![forbid(unsafe_code)]

pub mod accuracy;
pub mod held_out;
pub mod pdf_text;
pub mod render;
pub mod specimen;
