//! Steps and findings: the one shape every answer takes, so a trace reads the same in the terminal,
//! the API, the web page and a lawyer's audit.

use std::fmt;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::authority::Authority;

/// One line of a trace: which rule, whether it held, the fact it rested on, and the authority.
///
/// `D` is the detail: anything that can be displayed. Rules use small structured detail types that are
/// only formatted when the trace is rendered, so evaluating a rule allocates no text.
#[derive(Debug, Clone)]
pub struct Step<D> {
    /// Stable rule id, e.g. `judicial_warrant_presented`.
    pub rule: &'static str,
    /// Whether the rule held. Negative findings are steps too.
    pub holds: bool,
    /// The authority the rule applies.
    pub authority: &'static Authority,
    /// The fact it rested on, in words.
    pub detail: D,
}

impl<D: fmt::Display> Serialize for Step<D> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Step", 5)?;
        s.serialize_field("rule", self.rule)?;
        s.serialize_field("holds", &self.holds)?;
        s.serialize_field("citation", &self.authority.citation)?;
        s.serialize_field("authority", &self.authority.id)?;
        s.serialize_field("detail", &Displayed(&self.detail))?;
        s.end()
    }
}

/// Serializes any `Display` value as a string without building the string first.
pub struct Displayed<'a, T: ?Sized>(pub &'a T);

impl<T: fmt::Display + ?Sized> Serialize for Displayed<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self.0)
    }
}

/// The authorities of a trace, in order of first appearance, each once. The authority loader gives every
/// citation to one authority only, so these are also the trace's citations without repeats.
pub fn first_authorities<D>(steps: &[Step<D>]) -> impl Iterator<Item = &'static Authority> + '_ {
    steps
        .iter()
        .enumerate()
        .filter(|&(i, step)| !steps[..i].iter().any(|s| std::ptr::eq(s.authority, step.authority)))
        .map(|(_, step)| step.authority)
}

/// The citations of a trace, in order of first appearance, without repeats.
pub fn citations<D>(steps: &[Step<D>]) -> Vec<&'static str> {
    first_authorities(steps).map(|a| a.citation.as_str()).collect()
}
