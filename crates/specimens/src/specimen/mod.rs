//! A corpus of synthetic specimens of every kind of paper, with the truth for each, for tests, the accuracy
//! report (`cargo run -p amparo-documents --example accuracy`), benchmarks and fuzzing seeds.
//!
//! **The layouts are not copies of real forms.** They are written from general knowledge of what these
//! papers say (see `crates/law/data/forms.toml`, `layout_verified`): the DHS forms (I-200, I-205, I-203,
//! I-862, I-138), AO 442 and AO 93, the New York warrants and the immigration court order were not seen in
//! any source while this was written; the I-247A header and edition line were (docs/warrant-check.md,
//! "What is not verified"). Names, addresses, case numbers and officers are invented. Accuracy on this
//! corpus says that the classifier reads *these* layouts; real papers must be added as they are verified.
//! This is the corpus the classifier was tuned against; [`crate::held_out`] is kept apart from it.
//!
//! Deterministic: the same corpus every run (a fixed seed per specimen).

use amparo_law::warrant::{Judicial, Kind, Situation};
use chrono::Days;

mod build;
mod dhs;
mod federal;
mod new_york;
mod pools;
mod unrelated;

pub use build::garble;
pub(crate) use build::*;
use pools::*;

/// How a line is printed (size in PDFs and images).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Very large ("WARRANT" across the top).
    Huge,
    Title,
    Heading,
    Body,
    Small,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub style: Style,
    pub text: String,
}

/// What the paper is, and what the answers should be for its situation.
#[derive(Debug, Clone, PartialEq)]
pub struct Truth {
    pub kind: Kind,
    pub judicial: Judicial,
    pub names_person: Option<bool>,
    pub names_address: Option<bool>,
    pub expired: Option<bool>,
}

/// One specimen.
#[derive(Debug, Clone)]
pub struct Specimen {
    /// e.g. `ice_arrest_warrant-03`.
    pub id: String,
    /// A hard case this specimen stands for, if any.
    pub hard: Option<&'static str>,
    /// Whether the text is OCR-garbled on purpose.
    pub garbled: bool,
    pub lines: Vec<Line>,
    /// The person's name, address and the time, as they would give them.
    pub situation: Situation,
    pub truth: Truth,
}

impl Specimen {
    /// The text of the paper.
    pub fn text(&self) -> String {
        let mut s = String::new();
        for l in &self.lines {
            s.push_str(&l.text);
            s.push('\n');
        }
        s
    }
}

/// Variants per kind.
pub const VARIANTS: u64 = 12;

fn kind_seed(kind: Kind) -> u64 {
    Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0) as u64 + 1
}

/// One specimen: `kind`, variant `v`.
pub fn specimen(kind: Kind, v: u64) -> Specimen {
    let mut r = Rng::new(kind_seed(kind) * 1000 + v);
    let name = *r.pick(NAMES);
    let address = *r.pick(ADDRESSES);
    let issued = day(2025 + r.below(2) as i32, 1 + r.below(12) as u32, 1 + r.below(28) as u32);
    let p = Parts {
        name,
        address,
        issued,
        sig: r.chance(50),
    };
    // The situation: whose door, which address, what time.
    let other_name = v % 4 == 1;
    let other_address = v % 4 == 2 || v % 5 == 3;
    let given_name = if other_name {
        NAMES[(NAMES.iter().position(|n| *n == name).unwrap_or(0) + 5) % NAMES.len()]
    } else {
        name
    };
    let given_address = if other_address {
        ADDRESSES[(ADDRESSES.iter().position(|a| *a == address).unwrap_or(0) + 3) % ADDRESSES.len()]
    } else {
        address
    };
    let limit = match kind {
        Kind::FederalSearchWarrant => Some(14u64),
        Kind::StateSearchWarrant => Some(10),
        _ => None,
    };
    let expired_case = limit.is_some() && (v == 4 || v == 9);
    let days_after = match limit {
        Some(l) if expired_case => l + 1 + r.below(20) as u64,
        Some(l) => r.below(l as usize) as u64,
        None => r.below(30) as u64,
    };
    let today = issued.checked_add_days(Days::new(days_after)).unwrap_or(issued);
    let any_time = v == 6;
    let hour = if v == 8 { 23 } else { 7 + r.below(12) as u32 };
    let now = at(today, hour, 5 * r.below(12) as u32);
    let execute_by = issued
        .checked_add_days(Days::new(limit.unwrap_or(14)))
        .unwrap_or(issued);

    let (lines, hard) = match kind {
        Kind::IceArrestWarrant => dhs::i200(&mut r, &p, v),
        Kind::IceRemovalWarrant => dhs::i205(&mut r, &p, v),
        Kind::IceDetainer => dhs::i247a(&mut r, &p, v),
        Kind::IceCustodyOrder => dhs::i203(&mut r, &p, v),
        Kind::NoticeToAppear => dhs::i862(&mut r, &p, v),
        Kind::ImmigrationCourtOrder => dhs::eoir_order(&mut r, &p, v),
        Kind::AdministrativeSubpoena => dhs::subpoena(&mut r, &p, v),
        Kind::FederalArrestWarrant => federal::ao442(&mut r, &p, v),
        Kind::FederalSearchWarrant => federal::ao93(&mut r, &p, v, execute_by, any_time),
        Kind::SearchWarrantApplication => federal::ao106(&mut r, &p, v),
        Kind::StateArrestWarrant => new_york::ny_arrest(&mut r, &p, v),
        Kind::SuperiorCourtArrestWarrant => new_york::superior(&mut r, &p, v),
        Kind::StateSearchWarrant => new_york::ny_search(&mut r, &p, v, any_time),
        Kind::Unknown => unrelated::unrelated(&mut r, &p, v),
    };
    let hard = hard.or(match (kind, other_name, other_address, expired_case) {
        (k, true, _, _) if k.is_court_warrant() => Some("judicial warrant naming another person"),
        (k, _, true, _) if k.is_court_warrant() => Some("judicial warrant naming another address"),
        (_, _, _, true) => Some("expired search warrant"),
        _ => None,
    });
    let garbled = v == VARIANTS - 1 || v == 5;
    let lines = if garbled {
        lines
            .into_iter()
            .enumerate()
            .map(|(i, l)| Line {
                style: l.style,
                text: garble(&l.text, kind_seed(kind) * 7919 + v * 31 + i as u64),
            })
            .collect()
    } else {
        lines
    };
    let judicial = if kind.is_court_warrant() {
        Judicial::Yes
    } else if kind == Kind::Unknown {
        Judicial::Unknown
    } else {
        Judicial::No
    };
    // What the paper names, by construction.
    // (Unrelated papers are not scored on names and addresses.)
    // (Search warrants and applications name a place, not a person.)
    let names_person =
        (kind != Kind::Unknown && !kind.is_search_warrant() && !kind.is_application()).then_some(!other_name);
    let has_address = match kind {
        Kind::FederalArrestWarrant => v.is_multiple_of(3),
        Kind::IceDetainer
        | Kind::IceCustodyOrder
        | Kind::IceRemovalWarrant
        | Kind::ImmigrationCourtOrder
        | Kind::SuperiorCourtArrestWarrant
        | Kind::Unknown => false,
        _ => true,
    };
    let names_address = has_address.then_some(!other_address);
    let expired = limit.map(|_| expired_case);
    Specimen {
        id: format!("{}-{:02}", kind.id(), v),
        hard,
        garbled,
        lines,
        situation: Situation {
            name: Some(given_name.to_owned()),
            address: Some(given_address.to_owned()),
            now: Some(now),
        },
        truth: Truth {
            kind,
            judicial,
            names_person,
            names_address,
            expired,
        },
    }
}

/// The whole corpus: every kind, [`VARIANTS`] variants each.
pub fn corpus() -> Vec<Specimen> {
    let mut out = Vec::with_capacity(Kind::ALL.len() * VARIANTS as usize);
    for kind in Kind::ALL {
        for v in 0..VARIANTS {
            out.push(specimen(kind, v));
        }
    }
    out
}
