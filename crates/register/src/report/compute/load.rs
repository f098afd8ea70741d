//! Reading what a report counts: the current requests with their effective actions (corrections applied),
//! those withdrawn as recorded in error, and DOC's SCAAP funding, in one snapshot and one pass.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use sqlx::Row;

use super::integrity;
use crate::error::Result;
use crate::event::{ActionKind, Basis, Exempt, Info, RequestKind, RequestedBy};
use crate::projection::WITHDRAWN;
use crate::report::{Law, Period};
use crate::store::{Register, built};

/// A request as counting needs it.
#[derive(Debug)]
pub(super) struct Req {
    /// Its position in the loaded list, and its person's (interned) number.
    pub(super) ix: u32,
    pub(super) person_ix: Option<u32>,
    pub(super) id: String,
    pub(super) kind: RequestKind,
    pub(super) day: NaiveDate,
    pub(super) agency: String,
    pub(super) by: RequestedBy,
    pub(super) person: Option<String>,
    pub(super) basis: Option<Basis>,
    pub(super) info: Vec<Info>,
    pub(super) exempt: Option<Exempt>,
    pub(super) decision: Option<String>,
    pub(super) vsc_any: Option<bool>,
    pub(super) tsdb: Option<bool>,
    /// The engine's `may_share_information` (§ 9-131(h)(1)), where it decided the request.
    pub(super) info_sharing: Option<String>,
    /// Effective actions (corrections applied), by day.
    pub(super) actions: Vec<(NaiveDate, ActionKind)>,
}

impl Req {
    pub(super) fn acted(&self, period: &Period, kind: ActionKind) -> bool {
        self.actions.iter().any(|(d, a)| *a == kind && period.contains(*d))
    }
    pub(super) fn has(&self, kind: ActionKind) -> bool {
        self.actions.iter().any(|(_, a)| *a == kind)
    }
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
pub(super) struct Loaded {
    /// The current requests (with their effective actions), withdrawn ones left out.
    pub(super) reqs: Vec<Req>,
    /// The requests whose current entry withdrew them (recorded in error), without actions.
    pub(super) withdrawn: Vec<Req>,
    pub(super) funding: Vec<(String, NaiveDate, NaiveDate, i64, i64)>,
    pub(super) head: (i64, String),
}

/// Loads the current requests the report needs (with their effective actions), in one snapshot.
pub(super) async fn load(reg: &Register, law: Law, period: &Period) -> Result<Loaded> {
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
