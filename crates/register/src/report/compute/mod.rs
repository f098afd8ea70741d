//! Counting: the register's records → the figures of a report. The rules are stated in words in
//! [`COUNTING`] (every report carries them) and are the only place where a record becomes a number.
//!
//! [`build`] reads the records once (`load`) and has each subdivision's items counted: the detainer reports'
//! (`detainers`, with their information requests in `info`), § 10-178(d)'s (`assistance`), and the review
//! section (`review`), each into figures (`figs`).

mod assistance;
mod detainers;
mod figs;
mod info;
mod load;
mod review;

use chrono::Utc;
use serde_json::json;

use super::{Item, Law, Note, Options, Period, Report, anonymize, data};
use crate::error::{RegisterError, Result};
use crate::store::Register;
use figs::Figs;
use load::{Loaded, load};

/// How records are counted, as every report states it.
pub const COUNTING: &[&str] = &[
    "Detainers and requests are counted by the New York day they were received; persons held, transferred, released or not honored, and responses, by the day of that action (an action on a request received earlier counts in the period of the action).",
    "Persons are counted once per figure, by their pseudonymous id; a figure's records are the requests behind it.",
    "A request counts as last corrected; an action replaced or withdrawn by a correction counts as corrected.",
    "A request withdrawn as recorded in error (a duplicate, a request never received, a test entry) is not a detainer lodged or a request received, which is what every item counts: it is in no figure, nor are its actions; the review lists it. A request the federal agency itself withdrew is not this: it was received and counts, with its disavowed action.",
    "A conviction for a violent or serious crime and a possible match in the terrorist screening database are read from the engine's decision stored with the detainer when it was received: a violent_or_serious_crime step that held means at least one such conviction (the reports' words, whatever its age).",
    "For an information request, the person's record is the one the request itself carried, else the engine's decision on that person's latest detainer to the same agency received on or before the request; without either the response is not_determined. A response is taken to include the kinds of information the request asked for.",
    "The department facilitated the transfer of a person when a transferred action is recorded on a detainer for that person on or after the day the information request was received.",
    "Where the subdivision counts what came from, or went to, \"federal immigration authorities\", a request from a sender outside the definition in force on the day it was received is listed under outside_definition, and one the register cannot place under uncertain_requester; neither is in the total. § 9-131(f)(1) counts every detainer lodged, whoever sent it (a civil immigration detainer is any similar federal request).",
    "by_requested_by and the review section are additional to what the law asks.",
];

/// A record the register holds but cannot read as it wrote it.
fn integrity(e: impl std::fmt::Display) -> RegisterError {
    RegisterError::Integrity(e.to_string())
}

/// Builds a report (and logs that `actor` ran it).
pub async fn build(reg: &Register, law: Law, period: Period, options: Options, actor: &str) -> Result<Report> {
    let Loaded {
        reqs,
        withdrawn,
        funding,
        head: (head_seq, head_hash),
    } = load(reg, law, &period).await?;
    let spec = law.spec();
    let agency = spec
        .agency
        .as_deref()
        .map(crate::event::parse_agency)
        .transpose()
        .map_err(integrity)?;
    let mut items = Vec::new();
    let mut review = Vec::new();
    let item = |key: &str, figs: Figs<'_>| -> Item {
        let s = spec.items.iter().find(|i| i.key == key);
        Item {
            key: key.to_owned(),
            citation: s.map(|s| s.citation.clone()),
            text: s.map(|s| s.text.clone()).unwrap_or_default(),
            unit: s.map(|s| s.unit.clone()).unwrap_or_default(),
            figures: figs.finish(),
        }
    };
    match agency {
        Some(agency) => {
            detainers::items(law, agency, &period, &reqs, &funding, &mut |k, f| {
                items.push(item(k, f))
            });
            review::items(&period, &reqs, &mut review);
        }
        None => {
            assistance::items(&period, &reqs, &mut |k, f| items.push(item(k, f)));
            review.push(review::assistance_given(&period, &reqs));
        }
    }
    review.push(review::withdrawn(&period, &withdrawn));
    if options.anonymize {
        anonymize(&mut items, options.min_cell, reg.secret());
        anonymize(&mut review, options.min_cell, reg.secret());
    }
    let notes = data()
        .note
        .iter()
        .filter(|n| period.to >= n.from && n.laws.as_ref().is_none_or(|l| l.iter().any(|x| x == law.id())))
        .map(|n| Note {
            text: n.text.clone(),
            source: n.source.clone(),
        })
        .chain((period.to >= crate::time::today(Utc::now())).then(|| Note {
            text: "The period has not ended: the figures are those recorded so far.".into(),
            source: "the register's clock".into(),
        }))
        .chain((!period.statutory(law)).then(|| Note {
            text: format!(
                "This is not the period the subdivision names ({}): figures of partial or other periods do not add up to a statutory report.",
                if law.quarterly() { "a calendar quarter" } else { "the twelve months ending June 30" }
            ),
            source: spec.subdivision.clone(),
        }))
        .collect();
    let law_in_force = match agency {
        Some(a) => json!({
            "section": spec.section,
            "federal_immigration_authorities": crate::engine::definitions_in(a, period.from, period.to),
        }),
        None => {
            json!({ "section": spec.section, "requesters": "every requesting agency of the register is a non-local law enforcement agency" })
        }
    };
    let report = Report {
        law,
        period,
        generated_at: crate::time::stamp(Utc::now()),
        register_id: reg.register_id().to_owned(),
        head_seq,
        head_hash,
        options,
        counting: COUNTING.to_vec(),
        law_in_force,
        notes,
        items,
        review,
    };
    let mut a = reg.append().await?;
    let body = json!({
        "law": law.id(), "period": format!("{}/{}", period.from, period.to),
        "anonymized": options.anonymize, "min_cell": options.min_cell, "head_seq": head_seq,
    })
    .to_string();
    a.push(actor, "report", spec.subdivision.as_str(), body);
    a.commit().await?;
    Ok(report)
}
