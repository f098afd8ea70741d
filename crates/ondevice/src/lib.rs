//! # amparo-ondevice
//!
//! The warrant check run on the phone itself, with nothing sent: the documents crate's classifier, the law
//! crate's rules and the answer page's renderer (`amparo_warrant_view`), the very code the server runs, built
//! for `wasm32-unknown-unknown` and loaded by the warrant page (`crates/web/assets/ondevice/`). No second
//! classifier: these functions only parse what the page hands over and call the same library functions as
//! the server's handlers (`crates/web/src/warrant.rs`).
//!
//! `check.rs`: text, guided answers and text read from a photo, to the answer page and the JSON contract of
//! `amparo check-warrant --format json`; `photo.rs`: a photo's preparation (the server's), handed to the page
//! as grey pixels; `wasm.rs`: the `wasm-bindgen` exports (WebAssembly only).

mod check;
mod photo;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use check::{Input, check, html, json};
pub use photo::{Photo, prepare};
