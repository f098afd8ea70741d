//! Guided answers: a person reads four things off the paper; no OCR.
//!
//! 1. What is printed at the top (which court or agency; the title).
//! 2. What is in the bottom corner (a form number such as "I-200" or "AO 442").
//! 3. What is printed under the signature (the signer's title).
//! 4. Whose name and which address are on it.
//!
//! Optionally: the dates printed on it, and whether it is signed. The answers are read by the same
//! classifier as any other text, so each way in gives the same result for the same paper.

use serde::{Deserialize, Serialize};

/// The answers to the guided questions. Every answer may be empty ("I can't see it").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuidedAnswers {
    /// What is printed at the top.
    #[serde(default)]
    pub top: String,
    /// What is printed in the bottom corner.
    #[serde(default)]
    pub bottom_corner: String,
    /// What is printed under the signature.
    #[serde(default)]
    pub under_signature: String,
    /// The name on the paper.
    #[serde(default)]
    pub name: String,
    /// The address on the paper.
    #[serde(default)]
    pub address: String,
    /// The date it was issued or signed, as printed.
    #[serde(default)]
    pub issued: String,
    /// The "execute on or before" date, as printed.
    #[serde(default)]
    pub execute_by: String,
    /// Whether there is a handwritten or electronic signature.
    #[serde(default)]
    pub signed: Option<bool>,
}

/// Words people use for the agencies, expanded to the names printed on the papers.
fn expand(answer: &str) -> String {
    let mut out = answer.to_owned();
    let words: Vec<String> = answer
        .split(|c: char| !c.is_alphanumeric())
        .map(|w| w.to_ascii_uppercase())
        .collect();
    let has = |w: &str| words.iter().any(|x| x == w);
    if has("ICE") || has("DHS") || has("ERO") || has("HSI") || has("CBP") {
        out.push_str("\nDepartment of Homeland Security");
    }
    if has("EOIR") {
        out.push_str("\nExecutive Office for Immigration Review");
    }
    out
}

impl GuidedAnswers {
    /// The answers as labelled text for the classifier.
    pub fn to_text(&self) -> String {
        let mut t = String::new();
        let line = |t: &mut String, s: &str| {
            let s = s.trim();
            if !s.is_empty() {
                t.push_str(s);
                t.push('\n');
            }
        };
        line(&mut t, &expand(&self.top));
        line(&mut t, &self.bottom_corner);
        if !self.under_signature.trim().is_empty() {
            t.push_str("Signature\n");
            line(&mut t, &expand(&self.under_signature));
        }
        if !self.name.trim().is_empty() {
            t.push_str("Name: ");
            line(&mut t, &self.name.replace('\n', " "));
        }
        if !self.address.trim().is_empty() {
            t.push_str("Address: ");
            line(&mut t, &self.address.replace('\n', ", "));
        }
        if !self.issued.trim().is_empty() {
            t.push_str("Date issued: ");
            line(&mut t, &self.issued);
        }
        if !self.execute_by.trim().is_empty() {
            t.push_str("Execute on or before: ");
            line(&mut t, &self.execute_by);
        }
        t
    }
}
