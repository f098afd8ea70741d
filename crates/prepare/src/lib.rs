//! # amparo-prepare
//!
//! The tools for before and after an encounter, as data and small pure functions (no I/O; the clock is a
//! parameter):
//!
//! - [`plan`]: the family plan and the "if I am detained" wallet card ([`Plan`], [`WalletCard`]);
//! - [`messages`]: messages written ahead, as `sms:` and `mailto:` links that open the phone's own apps;
//! - [`presence`]: proof of two years — which months the papers cover, the gaps, and the index of papers;
//! - [`record`]: the encounter record, and its mapping onto the NY Attorney General's reporting form;
//! - [`document`]: a rendering-neutral [`Document`] of each paper in any locale of the guide (the cards crate
//!   makes the PDF, the web app the HTML, the CLI the text);
//! - [`data`]: the embedded data — the presence calculator's parameters with their authorities, the
//!   checklists of New York's options for the children (GOL §§ 5-1551–5-1555, SCPA § 1726), the steps after
//!   someone is taken.
//!
//! Every input is a JSON contract read with [`error::from_json`] and checked all at once: a bad field is an
//! [`InputErrors`] naming it (`contacts[1].phone`), never a panic and never dropped silently.
//!
//! ```
//! use amparo_prepare::{Plan, document};
//! let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
//! let plan = Plan::from_json(r#"{"person": {"name": "Ana Ruiz", "a_number": "A12345678"}}"#, today)?;
//! assert_eq!(plan.person.a_number.as_ref().unwrap().digits(), "012345678");
//! let doc = document::plan(&plan, "es", today)?;
//! assert_eq!(doc.locale, "es");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod contacts;
pub mod data;
pub mod document;
pub mod error;
pub mod fields;
pub mod messages;
pub mod plan;
pub mod presence;
pub mod record;
pub mod specimen;

pub use document::{Block, Card, Document, Field, Label, Line, Say, Search, Style, Tool};
pub use error::{FieldError, InputErrors, Problem};
pub use plan::{Plan, PlanInput, WalletCard};
pub use presence::{Presence, PresenceInput, Report};
pub use record::{Record, RecordInput};
