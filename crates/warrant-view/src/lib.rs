//! # amparo-warrant-view
//!
//! The warrant check's answer as HTML, in the person's language: the one renderer behind the server's
//! warrant page (`crates/web`) and the check run on the phone itself (`crates/ondevice`, WebAssembly), so the
//! two cannot word an answer differently. Every word is the guide's (`ui-*` and `advice-*` messages, through
//! [`amparo_guide::Guide::warrant_words`]); the answer is the documents crate's [`Report`].
//!
//! `words.rs`: one interface word, marked `lang="en"` where the locale lacks it, and a guide text with its
//! English spans marked; `form.rs`: the guided form's fields to [`amparo_documents::GuidedAnswers`];
//! `result.rs`: the answer and the failure.

mod form;
mod result;
mod words;

pub use form::{answers, field};
pub use result::{Ran, error_message, failure, result};
pub use words::{guide_text, t};

#[doc(no_inline)]
pub use amparo_documents::Report;
