//! The review section, additional to what the law asks: records a reviewer should look at (missing actions,
//! actions contrary to the engine's decision, assistance given, requests withdrawn as recorded in error).

use super::figs::Figs;
use super::load::Req;
use crate::event::{ActionKind, Info, RequestKind};
use crate::report::{Item, Period};

/// The review items of a detainer report.
pub(super) fn items(period: &Period, reqs: &[Req], review: &mut Vec<Item>) {
    let mut without = Figs::new(reqs);
    let mut contrary = Figs::new(reqs);
    let mut info_contrary = Figs::new(reqs);
    let mut release_date = Figs::new(reqs);
    let mut unanswered = Figs::new(reqs);
    for f in [
        &mut without,
        &mut contrary,
        &mut info_contrary,
        &mut release_date,
        &mut unanswered,
    ] {
        f.zero(&["total"], "requests");
    }
    for r in reqs {
        match r.kind {
            RequestKind::Detainer => {
                if period.contains(r.day) && r.actions.is_empty() {
                    without.add(&["total"], "requests", r);
                }
                let honored = r.acted(period, ActionKind::HeldPastRelease) || r.acted(period, ActionKind::Transferred);
                if honored && r.decision.as_deref() == Some("decline") {
                    contrary.add(&["total"], "requests", r);
                }
            }
            RequestKind::InfoRequest => {
                let given = r.acted(period, ActionKind::InfoGiven);
                match r.info_sharing.as_deref() {
                    Some("not_permitted") if given => info_contrary.add(&["total"], "requests", r),
                    Some("except_release_date") if given && r.info.contains(&Info::ReleaseDate) => {
                        release_date.add(&["total"], "requests", r)
                    }
                    _ => {}
                }
                if period.contains(r.day) && !r.has(ActionKind::InfoGiven) && !r.has(ActionKind::InfoRefused) {
                    unanswered.add(&["total"], "requests", r);
                }
            }
            RequestKind::AssistanceRequest => {}
        }
    }
    review.push(review_item(
        "detainers_without_action",
        "Detainers received in the period with no action recorded: what the agency did is missing from the register.",
        without,
    ));
    review.push(review_item(
        "honored_contrary_to_decision",
        "Detainers on which a person was held past release or transferred in the period although the engine's decision, stored when the detainer was received, was that the law did not allow honoring it.",
        contrary,
    ));
    review.push(review_item(
        "info_given_contrary_to_decision",
        "Information requests answered in the period although the engine's decision on the facts given was that staff may not answer (§ 9-131(h)(1)).",
        info_contrary,
    ));
    review.push(review_item(
        "release_date_asked_where_not_allowed",
        "Information requests asking for the release date, answered in the period, where the engine's decision on the facts given was that staff may answer but not give the release date (§ 9-131(b)(1), (h)(1)): the register does not record which items were given; check that the release date was not.",
        release_date,
    ));
    review.push(review_item(
        "info_requests_without_response",
        "Information requests received in the period with no response (given or refused) recorded.",
        unanswered,
    ));
}

/// § 10-178(d)'s review item: the requests answered with assistance.
pub(super) fn assistance_given(period: &Period, reqs: &[Req]) -> Item {
    review_item(
        "assistance_given",
        "Requests answered with support or assistance: each is to be checked against § 10-178(c) (no city resources for immigration enforcement) and its exceptions in (e).",
        received_in(period, reqs, |r| r.has(ActionKind::AssistanceGiven)),
    )
}

/// Every report's last review item: the requests withdrawn as recorded in error.
pub(super) fn withdrawn(period: &Period, withdrawn: &[Req]) -> Item {
    review_item(
        "withdrawn_as_recorded_in_error",
        "Requests received in the period whose record was withdrawn as made in error (each withdrawal is a log entry with its reason, by whom, and, from the staff server, a second supervisor's approval): they are in no figure above, and neither are their actions.",
        received_in(period, withdrawn, |_| true),
    )
}

/// The requests received in the period that `keep` accepts, counted in one "total" (zero when none).
fn received_in<'a>(period: &Period, reqs: &'a [Req], keep: impl Fn(&Req) -> bool) -> Figs<'a> {
    let mut figs = Figs::new(reqs);
    figs.zero(&["total"], "requests");
    for r in reqs.iter().filter(|r| period.contains(r.day) && keep(r)) {
        figs.add(&["total"], "requests", r);
    }
    figs
}

fn review_item(key: &str, text: &str, figs: Figs<'_>) -> Item {
    Item {
        key: key.to_owned(),
        citation: None,
        text: text.to_owned(),
        unit: "requests".to_owned(),
        figures: figs.finish(),
    }
}
