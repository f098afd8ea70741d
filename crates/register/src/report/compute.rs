//! Counting: the register's records → the figures of a report. The rules are stated in words in
//! [`COUNTING`] (every report carries them) and are the only place where a record becomes a number.

use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::{NaiveDate, Utc};
use serde_json::json;
use sqlx::Row;

use super::{Figure, Item, Law, Note, Options, Period, Report, Value_, anonymize, data};
use crate::engine::{Scope, requester_scope};
use crate::error::{RegisterError, Result};
use crate::event::{ActionKind, Agency, Basis, Exempt, Info, RequestKind, RequestedBy};
use crate::projection::WITHDRAWN;
use crate::store::{Register, built};

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

/// A request as counting needs it.
#[derive(Debug)]
struct Req {
    /// Its position in the loaded list, and its person's (interned) number.
    ix: u32,
    person_ix: Option<u32>,
    id: String,
    kind: RequestKind,
    day: NaiveDate,
    agency: String,
    by: RequestedBy,
    person: Option<String>,
    basis: Option<Basis>,
    info: Vec<Info>,
    exempt: Option<Exempt>,
    decision: Option<String>,
    vsc_any: Option<bool>,
    tsdb: Option<bool>,
    /// The engine's `may_share_information` (§ 9-131(h)(1)), where it decided the request.
    info_sharing: Option<String>,
    /// Effective actions (corrections applied), by day.
    actions: Vec<(NaiveDate, ActionKind)>,
}

impl Req {
    fn acted(&self, period: &Period, kind: ActionKind) -> bool {
        self.actions.iter().any(|(d, a)| *a == kind && period.contains(*d))
    }
    fn has(&self, kind: ActionKind) -> bool {
        self.actions.iter().any(|(_, a)| *a == kind)
    }
}

fn integrity(e: impl std::fmt::Display) -> RegisterError {
    RegisterError::Integrity(e.to_string())
}

fn day(s: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| integrity(format!("{s:?}: {e}")))
}

/// What a report reads of each request and of each of its action entries (a request without any: one line,
/// the action's fields empty), in this order, as one line of text: through sqlx's `Any` driver every column of
/// every row is its own allocation with its column's name, which at a million requests took most of a
/// report's time. No field holds a tab (ids, codes and names of the register's own lists); NULL is empty.
const LINE: [&str; 19] = [
    "r.id",
    "r.type",
    "r.received_day",
    "r.agency",
    "r.requested_by",
    "r.person",
    "r.basis",
    "r.info",
    "r.exempt",
    "r.decision",
    "r.vsc_any",
    "r.tsdb",
    "r.info_sharing",
    "r.withdrawn",
    "r.seq",
    "a.seq",
    "a.corrects",
    "a.day",
    "a.action",
];

/// A field of [`LINE`] that may be NULL (empty).
fn opt(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_owned())
}

/// A number field of [`LINE`] (empty: NULL).
fn number(s: &str) -> Result<Option<i64>> {
    if s.is_empty() {
        return Ok(None);
    }
    s.parse().map(Some).map_err(|e| integrity(format!("{s:?}: {e}")))
}

/// A request from the first 14 fields of a [`LINE`], at place `ix` of its list; persons are numbered as first
/// seen.
fn request_fields(f: &[&str], ix: usize, persons: &mut HashMap<String, u32>) -> Result<Req> {
    let flag = |s: &str| -> Result<Option<bool>> { Ok(number(s)?.map(|v| v != 0)) };
    let person = opt(f[5]);
    let next = persons.len() as u32;
    let person_ix = person.as_ref().map(|p| *persons.entry(p.clone()).or_insert(next));
    Ok(Req {
        ix: ix as u32,
        person_ix,
        id: f[0].to_owned(),
        kind: RequestKind::parse(f[1]).map_err(integrity)?,
        day: day(f[2])?,
        agency: f[3].to_owned(),
        by: crate::event::parse_requested_by(f[4]).map_err(integrity)?,
        person,
        basis: opt(f[6]).map(|b| Basis::parse(&b)).transpose().map_err(integrity)?,
        info: f[7]
            .split(';')
            .filter(|t| !t.is_empty())
            .map(Info::parse)
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(integrity)?,
        exempt: opt(f[8]).map(|e| Exempt::parse(&e)).transpose().map_err(integrity)?,
        decision: opt(f[9]),
        vsc_any: flag(f[10])?,
        tsdb: flag(f[11])?,
        info_sharing: opt(f[12]),
        actions: Vec::new(),
    })
}

/// What a report reads, in one snapshot.
struct Loaded {
    /// The current requests (with their effective actions), withdrawn ones left out.
    reqs: Vec<Req>,
    /// The requests whose current entry withdrew them (recorded in error), without actions.
    withdrawn: Vec<Req>,
    funding: Vec<(String, NaiveDate, NaiveDate, i64, i64)>,
    head: (i64, String),
}

/// Loads the current requests the report needs (with their effective actions), in one snapshot.
async fn load(reg: &Register, law: Law, period: &Period) -> Result<Loaded> {
    let (mut tx, head) = reg.snapshot().await?;
    let (filter, lower) = match law.spec().agency.as_deref() {
        Some(_) => (
            "r.agency = $1 AND r.type <> 'assistance_request'",
            "2000-01-01".to_owned(),
        ),
        None => (
            "r.type = 'assistance_request' AND r.agency <> $1",
            period.from.to_string(),
        ),
    };
    let agency = law.spec().agency.clone().unwrap_or_default();
    // One pass: each current request (not replaced by a correction) with its action entries, one row per
    // entry (or one row without any). Found by agency and day (index requests_agency_day).
    let line = LINE
        .iter()
        .map(|c| format!("COALESCE(CAST({c} AS TEXT), '')"))
        .collect::<Vec<_>>()
        .join(" || '\t' || ");
    let rows = sqlx::query(built(format!(
        "SELECT {line} FROM requests r LEFT JOIN actions a ON a.request_id = r.id WHERE {filter} AND r.received_day >= $2 AND r.received_day <= $3 AND NOT EXISTS (SELECT 1 FROM requests n WHERE n.corrects = r.seq)"
    )))
    .bind(&agency)
    .bind(&lower)
    .bind(period.to.to_string())
    .fetch_all(&mut *tx)
    .await?;
    let mut reqs = Vec::new();
    let mut withdrawn = Vec::new();
    // Each request's place (by its entry; withdrawn ones: none), and its action entries: (request's place,
    // seq, day, action).
    let mut index: HashMap<i64, Option<usize>> = HashMap::new();
    let mut entries: Vec<(usize, i64, NaiveDate, ActionKind)> = Vec::new();
    let mut corrected: HashSet<i64> = HashSet::new();
    let mut persons: HashMap<String, u32> = HashMap::new();
    for r in &rows {
        let text: String = r.try_get(0)?;
        let f: Vec<&str> = text.split('\t').collect();
        if f.len() != LINE.len() {
            return Err(integrity(format!(
                "a report row has {} fields, not {}",
                f.len(),
                LINE.len()
            )));
        }
        let seq = number(f[14])?.ok_or_else(|| integrity("a request without its entry"))?;
        let place = match index.get(&seq) {
            Some(&place) => place,
            None => {
                // Recorded in error: in no figure of the law (nor are its actions), only in the review.
                let is_withdrawn = number(f[13])?.is_some_and(|w| w != 0);
                let list = if is_withdrawn { &mut withdrawn } else { &mut reqs };
                list.push(request_fields(&f, list.len(), &mut persons)?);
                let place = (!is_withdrawn).then(|| reqs.len() - 1);
                index.insert(seq, place);
                place
            }
        };
        let (Some(place), Some(action_seq)) = (place, number(f[15])?) else {
            continue;
        };
        if let Some(c) = number(f[16])? {
            corrected.insert(c);
        }
        if f[18] != WITHDRAWN {
            entries.push((
                place,
                action_seq,
                day(f[17])?,
                ActionKind::parse(f[18]).map_err(integrity)?,
            ));
        }
    }
    // In the order recorded (the last response recorded decides, § 10-178(d)); corrections applied.
    entries.sort_unstable_by_key(|e| e.1);
    for (place, seq, day, action) in entries {
        if !corrected.contains(&seq) {
            reqs[place].actions.push((day, action));
        }
    }
    let mut funding = Vec::new();
    if law == Law::Doc {
        let rows = sqlx::query(
            "SELECT id, period_from, period_to, requested_cents, received_cents FROM funding WHERE agency = 'doc' ORDER BY id",
        )
        .fetch_all(&mut *tx)
        .await?;
        for r in &rows {
            funding.push((
                r.try_get(0)?,
                day(&r.try_get::<String, _>(1)?)?,
                day(&r.try_get::<String, _>(2)?)?,
                r.try_get(3)?,
                r.try_get(4)?,
            ));
        }
    }
    tx.commit().await?;
    Ok(Loaded {
        reqs,
        withdrawn,
        funding,
        head,
    })
}

/// A figure being counted: positions of requests (and of persons), resolved to ids only at the end.
struct Fig {
    path: Vec<String>,
    unit: &'static str,
    records: Vec<u32>,
    persons: Vec<u32>,
    /// Records that are not requests (SCAAP funding ids).
    named: Vec<String>,
    cents: Option<i64>,
    not_recorded: bool,
}

/// The figures of one item, in the order first named.
struct Figs<'a> {
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
    fn new(reqs: &'a [Req]) -> Figs<'a> {
        Figs {
            reqs,
            figs: Vec::new(),
            at: HashMap::new(),
        }
    }

    fn cell(&mut self, path: &[&str], unit: &'static str) -> &mut Fig {
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
    fn zero(&mut self, path: &[&str], unit: &'static str) {
        self.cell(path, unit);
    }

    fn add(&mut self, path: &[&str], unit: &'static str, r: &Req) {
        let f = self.cell(path, unit);
        f.records.push(r.ix);
        if let Some(p) = r.person_ix {
            f.persons.push(p);
        }
    }

    fn finish(self) -> Vec<Figure> {
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

fn basis_key(b: Option<Basis>) -> &'static str {
    b.map(Basis::id).unwrap_or("not_stated")
}

fn scope_key(s: Scope) -> Option<&'static str> {
    match s {
        Scope::Within => None,
        Scope::Outside => Some("outside_definition"),
        Scope::Uncertain => Some("uncertain_requester"),
    }
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
            detainer_items(law, agency, &period, &reqs, &funding, &mut |k, f| {
                items.push(item(k, f))
            });
            review_items(&period, &reqs, &mut review);
        }
        None => {
            assistance_items(&period, &reqs, &mut |k, f| items.push(item(k, f)));
            let mut given = Figs::new(&reqs);
            given.zero(&["total"], "requests");
            for r in reqs
                .iter()
                .filter(|r| period.contains(r.day) && r.has(ActionKind::AssistanceGiven))
            {
                given.add(&["total"], "requests", r);
            }
            review.push(review_item(
                "assistance_given",
                "Requests answered with support or assistance: each is to be checked against § 10-178(c) (no city resources for immigration enforcement) and its exceptions in (e).",
                given,
            ));
        }
    }
    let mut w = Figs::new(&withdrawn);
    w.zero(&["total"], "requests");
    for r in withdrawn.iter().filter(|r| period.contains(r.day)) {
        w.add(&["total"], "requests", r);
    }
    review.push(review_item(
        "withdrawn_as_recorded_in_error",
        "Requests received in the period whose record was withdrawn as made in error (each withdrawal is a log entry with its reason, by whom, and, from the staff server, a second supervisor's approval): they are in no figure above, and neither are their actions.",
        w,
    ));
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

fn review_item(key: &str, text: &str, figs: Figs<'_>) -> Item {
    Item {
        key: key.to_owned(),
        citation: None,
        text: text.to_owned(),
        unit: "requests".to_owned(),
        figures: figs.finish(),
    }
}

/// §§ 9-131(f), 14-154(f), 9-205(f).
fn detainer_items(
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
    push(if doc { "f9" } else { "f5" }, info_figures(law, agency, period, reqs));
}

fn info_figures<'a>(law: Law, agency: Agency, period: &Period, reqs: &'a [Req]) -> Figs<'a> {
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

fn review_items(period: &Period, reqs: &[Req], review: &mut Vec<Item>) {
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

/// § 10-178(d).
fn assistance_items(period: &Period, reqs: &[Req], push: &mut dyn FnMut(&str, Figs)) {
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
