//! Shared by the card tests: running poppler's tools on a PDF held in memory (from the test-support crate,
//! where the CLI's and the browser's tests find them too).

pub(crate) use amparo_specimens::pdf_text::{STDIN, poppler};
