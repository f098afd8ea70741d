//! Figures being counted: the positions of the requests (and persons) behind each figure of an item, found by
//! path, resolved to record ids and counts at the end; and the path keys the items share.

use std::collections::HashMap;

use super::load::Req;
use crate::engine::Scope;
use crate::event::Basis;
use crate::report::{Figure, Value_};

/// A figure being counted: positions of requests (and of persons), resolved to ids only at the end.
pub(super) struct Fig {
    path: Vec<String>,
    unit: &'static str,
    records: Vec<u32>,
    persons: Vec<u32>,
    /// Records that are not requests (SCAAP funding ids).
    pub(super) named: Vec<String>,
    pub(super) cents: Option<i64>,
    pub(super) not_recorded: bool,
}

/// The figures of one item, in the order first named.
pub(super) struct Figs<'a> {
    reqs: &'a [Req],
    figs: Vec<Fig>,
    /// Figures by a hash of their path (checked on a hit): finding one allocates nothing.
    at: HashMap<u64, Vec<usize>>,
}

fn path_key(path: &[&str]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for p in path {
        p.hash(&mut h);
    }
    h.finish()
}

impl<'a> Figs<'a> {
    pub(super) fn new(reqs: &'a [Req]) -> Figs<'a> {
        Figs {
            reqs,
            figs: Vec::new(),
            at: HashMap::new(),
        }
    }

    pub(super) fn cell(&mut self, path: &[&str], unit: &'static str) -> &mut Fig {
        let key = path_key(path);
        let found = self.at.get(&key).and_then(|v| {
            v.iter()
                .copied()
                .find(|&i| self.figs[i].path.iter().map(String::as_str).eq(path.iter().copied()))
        });
        let i = match found {
            Some(i) => i,
            None => {
                self.figs.push(Fig {
                    path: path.iter().map(|s| s.to_string()).collect(),
                    unit,
                    records: Vec::new(),
                    persons: Vec::new(),
                    named: Vec::new(),
                    cents: None,
                    not_recorded: false,
                });
                let i = self.figs.len() - 1;
                self.at.entry(key).or_default().push(i);
                i
            }
        };
        &mut self.figs[i]
    }

    /// Names a figure (so that a zero shows) without counting.
    pub(super) fn zero(&mut self, path: &[&str], unit: &'static str) {
        self.cell(path, unit);
    }

    pub(super) fn add(&mut self, path: &[&str], unit: &'static str, r: &Req) {
        let f = self.cell(path, unit);
        f.records.push(r.ix);
        if let Some(p) = r.person_ix {
            f.persons.push(p);
        }
    }

    pub(super) fn finish(self) -> Vec<Figure> {
        let reqs = self.reqs;
        self.figs
            .into_iter()
            .map(|mut f| {
                f.records.sort_unstable();
                f.records.dedup();
                f.persons.sort_unstable();
                f.persons.dedup();
                let mut records: Vec<String> = if f.named.is_empty() {
                    f.records.iter().map(|&i| reqs[i as usize].id.clone()).collect()
                } else {
                    f.named
                };
                records.sort_unstable();
                Figure {
                    value: match f.cents {
                        None if f.not_recorded => Value_::NotRecorded,
                        Some(c) => Value_::Cents(c),
                        None if f.unit == "persons" => Value_::Count(f.persons.len() as u64),
                        None => Value_::Count(records.len() as u64),
                    },
                    path: f.path,
                    unit: f.unit,
                    records,
                    suppressed: false,
                    digest: None,
                }
            })
            .collect()
    }
}

pub(super) fn basis_key(b: Option<Basis>) -> &'static str {
    b.map(Basis::id).unwrap_or("not_stated")
}

pub(super) fn scope_key(s: Scope) -> Option<&'static str> {
    match s {
        Scope::Within => None,
        Scope::Outside => Some("outside_definition"),
        Scope::Uncertain => Some("uncertain_requester"),
    }
}
