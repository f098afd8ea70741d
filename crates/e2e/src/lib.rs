//! End-to-end tests of Amparo's web app in headless Chromium: see `tests/browser.rs`. This library is empty.
