//! Information requests, the detainer reports' (9) for DOC and (5) for NYPD and Probation: requests received,
//! and responses by the person's record, the kinds of information asked for, and whether a transfer followed.

use std::collections::HashMap;

use super::figs::{Figs, scope_key};
use super::load::Req;
use crate::engine::requester_scope;
use crate::event::{ActionKind, Agency, Info, RequestKind};
use crate::report::{Law, Period};

/// Information requests (received, and responses) of `law`'s agency, as one item.
pub(super) fn figures<'a>(law: Law, agency: Agency, period: &Period, reqs: &'a [Req]) -> Figs<'a> {
    // Each person's detainers (day, vsc_any, tsdb) and transfers.
    let mut detainers_of: HashMap<&str, Vec<&Req>> = HashMap::new();
    for r in reqs.iter().filter(|r| r.kind == RequestKind::Detainer) {
        if let Some(p) = &r.person {
            detainers_of.entry(p.as_str()).or_default().push(r);
        }
    }
    let kinds: Vec<Info> = Info::ALL
        .iter()
        .copied()
        .filter(|i| *i != Info::AppointmentDate || law == Law::Probation)
        .collect();
    let cats = [
        "i_no_conviction",
        "ii_conviction",
        "iii_no_conviction_tsdb_match",
        "not_determined",
    ];
    let mut f = Figs::new(reqs);
    f.zero(&["total"], "requests");
    f.zero(&["responses", "total"], "responses");
    for c in cats {
        f.zero(&["responses", c, "total"], "responses");
        for k in &kinds {
            f.zero(&["responses", c, "by_information", k.id()], "responses");
        }
        f.zero(&["responses", c, "by_transfer", "facilitated"], "responses");
        f.zero(&["responses", c, "by_transfer", "not_facilitated"], "responses");
    }
    for r in reqs.iter().filter(|r| r.kind == RequestKind::InfoRequest) {
        let scope = requester_scope(agency, r.by, r.day).scope;
        if let Some(k) = scope_key(scope) {
            if period.contains(r.day) {
                f.add(&[k], "requests", r);
            }
            continue;
        }
        if period.contains(r.day) {
            f.add(&["total"], "requests", r);
        }
        if !r.acted(period, ActionKind::InfoGiven) {
            continue;
        }
        f.add(&["responses", "total"], "responses", r);
        let history = r.person.as_deref().and_then(|p| detainers_of.get(p));
        let record = match (r.vsc_any, r.tsdb) {
            (Some(v), Some(t)) => Some((v, t)),
            _ => history
                .and_then(|ds| ds.iter().filter(|d| d.day <= r.day).max_by_key(|d| d.day))
                .and_then(|d| Some((d.vsc_any?, d.tsdb?))),
        };
        let mut groups: Vec<&str> = match record {
            Some((true, _)) => vec!["ii_conviction"],
            Some((false, true)) => vec!["i_no_conviction", "iii_no_conviction_tsdb_match"],
            Some((false, false)) => vec!["i_no_conviction"],
            None => vec!["not_determined"],
        };
        groups.dedup();
        let facilitated = history.is_some_and(|ds| {
            ds.iter().any(|d| {
                d.actions
                    .iter()
                    .any(|(day, a)| *a == ActionKind::Transferred && *day >= r.day)
            })
        });
        for g in groups {
            f.add(&["responses", g, "total"], "responses", r);
            for k in &r.info {
                let k = if kinds.contains(k) { k.id() } else { Info::Other.id() };
                f.add(&["responses", g, "by_information", k], "responses", r);
            }
            f.add(
                &[
                    "responses",
                    g,
                    "by_transfer",
                    if facilitated { "facilitated" } else { "not_facilitated" },
                ],
                "responses",
                r,
            );
        }
    }
    f
}
