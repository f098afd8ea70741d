//! The detainer reports: §§ 9-131(f) (DOC), 14-154(f) (NYPD) and 9-205(f) (Probation), item by item (their
//! information requests are counted in `info`).

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::figs::{Figs, basis_key, scope_key};
use super::info;
use super::load::Req;
use crate::engine::requester_scope;
use crate::event::{ActionKind, Agency, Basis, RequestKind, RequestedBy};
use crate::report::{Law, Period};

/// §§ 9-131(f), 14-154(f), 9-205(f).
pub(super) fn items(
    law: Law,
    agency: Agency,
    period: &Period,
    reqs: &[Req],
    funding: &[(String, NaiveDate, NaiveDate, i64, i64)],
    push: &mut dyn FnMut(&str, Figs<'_>),
) {
    let doc = law == Law::Doc;
    let detainers: Vec<&Req> = reqs.iter().filter(|r| r.kind == RequestKind::Detainer).collect();
    let scope = |r: &Req| requester_scope(agency, r.by, r.day).scope;
    let bases: Vec<&str> = Basis::ALL.iter().map(|b| b.id()).chain(["not_stated"]).collect();

    // (1) Detainers lodged / received from federal immigration authorities.
    let mut f1 = Figs::new(reqs);
    f1.zero(&["total"], "detainers");
    if doc {
        for b in &bases {
            f1.zero(&["by_basis", b], "detainers");
        }
    }
    for by in RequestedBy::ALL {
        f1.zero(&["by_requested_by", by.id()], "detainers");
    }
    for r in detainers.iter().filter(|r| period.contains(r.day)) {
        match scope_key(scope(r)) {
            Some(k) if !doc => f1.add(&[k], "detainers", r),
            _ => {
                f1.add(&["total"], "detainers", r);
                if doc {
                    f1.add(&["by_basis", basis_key(r.basis)], "detainers", r);
                }
            }
        }
        f1.add(&["by_requested_by", r.by.id()], "detainers", r);
    }
    push("f1", f1);

    // (2) Held (beyond release).
    let mut f2 = Figs::new(reqs);
    f2.zero(&["total"], "persons");
    if doc {
        for b in &bases {
            f2.zero(&["by_basis", b], "persons");
        }
    }
    for r in detainers
        .iter()
        .filter(|r| r.acted(period, ActionKind::HeldPastRelease))
    {
        f2.add(&["total"], "persons", r);
        if doc {
            f2.add(&["by_basis", basis_key(r.basis)], "persons", r);
        }
    }
    push("f2", f2);

    // (3) Transferred to federal immigration authorities; DOC (4) and (5) by record.
    let mut f3 = Figs::new(reqs);
    let mut f4 = Figs::new(reqs);
    let mut f5 = Figs::new(reqs);
    f3.zero(&["total"], "persons");
    f4.zero(&["total"], "persons");
    f5.zero(&["total"], "persons");
    for r in detainers.iter().filter(|r| r.acted(period, ActionKind::Transferred)) {
        if let Some(k) = scope_key(scope(r)) {
            f3.add(&[k], "persons", r);
            continue;
        }
        f3.add(&["total"], "persons", r);
        let vsc = r.vsc_any == Some(true);
        if vsc {
            f4.add(&["total"], "persons", r);
        }
        if !vsc && r.tsdb == Some(true) {
            f5.add(&["total"], "persons", r);
        }
    }
    push("f3", f3);
    if doc {
        push("f4", f4);
        push("f5", f5);
        // (6) SCAAP funding: the figures recorded for periods within this one.
        let mut f6 = Figs::new(reqs);
        let mut req_c = 0i64;
        let mut rec_c = 0i64;
        let mut ids = BTreeSet::new();
        for (id, from, to, requested, received) in funding {
            if period.contains(*from) && period.contains(*to) {
                req_c += requested;
                rec_c += received;
                ids.insert(id.clone());
            }
        }
        for (k, c) in [("requested", req_c), ("received", rec_c)] {
            let f = f6.cell(&[k], "dollars");
            // No figures recorded is not $0.
            f.cents = (!ids.is_empty()).then_some(c);
            f.not_recorded = ids.is_empty();
            f.named = ids.iter().cloned().collect();
        }
        push("f6", f6);
    }

    // Not honored: (7) for DOC, (4) for NYPD and Probation.
    let mut nh = Figs::new(reqs);
    nh.zero(&["total"], "persons");
    for r in detainers.iter().filter(|r| r.acted(period, ActionKind::Declined)) {
        nh.add(&["total"], "persons", r);
    }
    push(if doc { "f7" } else { "f4" }, nh);

    if doc {
        // (8) Held, then not transferred: the 48 hours ran out, or ICE disavowed custody.
        let mut f8 = Figs::new(reqs);
        f8.zero(&["total"], "persons");
        f8.zero(&["by_reason", "released_48h_expired"], "persons");
        f8.zero(&["by_reason", "disavowed"], "persons");
        for r in detainers
            .iter()
            .filter(|r| r.has(ActionKind::HeldPastRelease) && !r.has(ActionKind::Transferred))
        {
            for (a, key) in [
                (ActionKind::Released48hExpired, "released_48h_expired"),
                (ActionKind::Disavowed, "disavowed"),
            ] {
                if r.acted(period, a) {
                    f8.add(&["total"], "persons", r);
                    f8.add(&["by_reason", key], "persons", r);
                }
            }
        }
        push("f8", f8);
    }

    // Information requests: (9) for DOC, (5) for NYPD and Probation.
    push(if doc { "f9" } else { "f5" }, info::figures(law, agency, period, reqs));
}
