//! § 10-178(d): every agency's requests for assistance from non-local law enforcement, by requesting and
//! receiving agency, by response, and those withheld under (d)'s exceptions.

use super::figs::Figs;
use super::load::Req;
use crate::event::{ActionKind, RequestKind, RequestedBy};
use crate::report::Period;

/// § 10-178(d).
pub(super) fn items(period: &Period, reqs: &[Req], push: &mut dyn FnMut(&str, Figs)) {
    let mut d = Figs::new(reqs);
    d.zero(&["total"], "requests");
    for by in RequestedBy::ALL {
        d.zero(&["by_requesting_agency", by.id()], "requests");
    }
    for k in ["assistance_given", "assistance_refused", "no_response_recorded"] {
        d.zero(&["responses", k, "total"], "requests");
    }
    d.zero(&["withheld", "investigation"], "requests");
    d.zero(&["withheld", "public_safety"], "requests");
    for r in reqs
        .iter()
        .filter(|r| r.kind == RequestKind::AssistanceRequest && period.contains(r.day))
    {
        if let Some(e) = r.exempt {
            d.add(&["withheld", e.id()], "requests", r);
            continue;
        }
        let pair = format!("{} -> {}", r.by.id(), r.agency);
        d.add(&["total"], "requests", r);
        d.add(&["by_requesting_agency", r.by.id()], "requests", r);
        d.add(&["by_receiving_agency", &r.agency], "requests", r);
        d.add(&["by_requesting_and_receiving", &pair], "requests", r);
        // The last response recorded decides.
        let response = r
            .actions
            .iter()
            .rev()
            .find(|(_, a)| matches!(a, ActionKind::AssistanceGiven | ActionKind::AssistanceRefused))
            .map(|(_, a)| a.id())
            .unwrap_or("no_response_recorded");
        d.add(&["responses", response, "total"], "requests", r);
        d.add(
            &["responses", response, "by_requesting_agency", r.by.id()],
            "requests",
            r,
        );
        d.add(
            &["responses", response, "by_receiving_agency", &r.agency],
            "requests",
            r,
        );
    }
    push("d", d);
}
