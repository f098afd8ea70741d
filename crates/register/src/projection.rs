//! The projection tables (one row per log entry, never updated) and the one derivation of a row from its
//! entry, used both when writing and by `verify`: a row is what its entry's own fields imply, nothing else.

use serde_json::Value;

use crate::engine::{self, Decided};
use crate::store::{Table, Ty, Val};
use crate::time::When;

pub static REQUESTS: Table = Table {
    name: "requests",
    columns: &[
        ("seq", Ty::Int),
        ("id", Ty::Text),
        ("corrects", Ty::Int),
        ("type", Ty::Text),
        ("received_at", Ty::Text),
        ("received_day", Ty::Text),
        ("agency", Ty::Text),
        ("requested_by", Ty::Text),
        ("person", Ty::Text),
        ("basis", Ty::Text),
        ("info", Ty::Text),
        ("exempt", Ty::Text),
        ("decision", Ty::Text),
        ("law_version", Ty::Text),
        ("citations", Ty::Text),
        ("vsc_any", Ty::Int),
        ("vsc_lookback", Ty::Int),
        ("tsdb", Ty::Int),
        ("info_sharing", Ty::Text),
        ("withdrawn", Ty::Int),
    ],
};

pub static ACTIONS: Table = Table {
    name: "actions",
    columns: &[
        ("seq", Ty::Int),
        ("request_id", Ty::Text),
        ("corrects", Ty::Int),
        ("at", Ty::Text),
        ("day", Ty::Text),
        ("action", Ty::Text),
        ("by_name", Ty::Text),
        ("note", Ty::Text),
    ],
};

pub static FUNDING: Table = Table {
    name: "funding",
    columns: &[
        ("seq", Ty::Int),
        ("id", Ty::Text),
        ("agency", Ty::Text),
        ("period_from", Ty::Text),
        ("period_to", Ty::Text),
        ("requested_cents", Ty::Int),
        ("received_cents", Ty::Int),
    ],
};

pub static PROPOSALS: Table = Table {
    name: "proposals",
    columns: &[
        ("seq", Ty::Int),
        ("request_id", Ty::Text),
        ("target_seq", Ty::Int),
        ("proposed_by", Ty::Text),
    ],
};

pub static REVIEWS: Table = Table {
    name: "reviews",
    columns: &[
        ("seq", Ty::Int),
        ("proposal_seq", Ty::Int),
        ("approved", Ty::Int),
        ("reviewed_by", Ty::Text),
    ],
};

/// Every projection table, in the order verify checks them.
pub static PROJECTIONS: &[&Table] = &[&REQUESTS, &ACTIONS, &FUNDING, &PROPOSALS, &REVIEWS];

/// The `action` of a row that withdraws an action entered in error.
pub const WITHDRAWN: &str = "withdrawn";

// ---------------------------------------------------------------------------------------------------------
// Entry → row (the only derivation; used when writing and when verifying)

/// The projection row an entry implies, if any. Pure: the entry's own fields only.
pub fn row_for_entry(
    seq: i64,
    kind: &str,
    actor: &str,
    at: &str,
    body: &str,
) -> Result<Option<(&'static Table, Vec<Val>)>, String> {
    let parse = || serde_json::from_str::<Value>(body).map_err(|e| format!("entry {seq}: body is not JSON: {e}"));
    match kind {
        "request" => {
            let b = parse()?;
            let decided = match b.get("decision") {
                Some(Value::Null) | None => None,
                Some(d) => engine::read_output(d.to_string()).map_err(|e| format!("entry {seq}: {e}"))?,
            };
            Ok(Some((&REQUESTS, request_row(seq, &b, decided.as_ref())?)))
        }
        "action" => Ok(Some((&ACTIONS, action_row(seq, actor, at, &parse()?)?))),
        "funding" => Ok(Some((&FUNDING, funding_row(seq, &parse()?)?))),
        "proposal" => {
            let b = parse()?;
            Ok(Some((
                &PROPOSALS,
                vec![
                    Val::int(seq),
                    Val::text(str_at(&b, &["correction", "ref"], seq)?),
                    Val::int(int_at(&b, &["target_seq"], seq)?),
                    Val::text(actor),
                ],
            )))
        }
        "review" => {
            let b = parse()?;
            Ok(Some((
                &REVIEWS,
                vec![
                    Val::int(seq),
                    Val::int(int_at(&b, &["proposal"], seq)?),
                    Val::int(i64::from(b.get("approved") == Some(&Value::Bool(true)))),
                    Val::text(actor),
                ],
            )))
        }
        _ => Ok(None),
    }
}

fn get<'v>(v: &'v Value, path: &[&str]) -> Option<&'v Value> {
    path.iter().try_fold(v, |v, k| v.get(k))
}

fn str_at(v: &Value, path: &[&str], seq: i64) -> Result<String, String> {
    get(v, path)
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| format!("entry {seq}: no {} in its body", path.join(".")))
}

fn opt_str_at(v: &Value, path: &[&str]) -> Option<String> {
    get(v, path).and_then(Value::as_str).map(str::to_owned)
}

fn int_at(v: &Value, path: &[&str], seq: i64) -> Result<i64, String> {
    get(v, path)
        .and_then(Value::as_i64)
        .ok_or_else(|| format!("entry {seq}: no {} in its body", path.join(".")))
}

fn day_of(text: &str, seq: i64) -> Result<String, String> {
    When::parse(text)
        .map(|w| w.day().to_string())
        .map_err(|e| format!("entry {seq}: {e}"))
}

fn request_row(seq: i64, b: &Value, d: Option<&Decided>) -> Result<Vec<Val>, String> {
    let r = b.get("record").ok_or_else(|| format!("entry {seq}: no record"))?;
    let received_at = str_at(r, &["received_at"], seq)?;
    let agency = opt_str_at(r, &["agency"])
        .or_else(|| opt_str_at(r, &["receiving_agency"]))
        .ok_or_else(|| format!("entry {seq}: no agency"))?;
    let info = r
        .get("info")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(";"));
    Ok(vec![
        Val::int(seq),
        Val::text(str_at(r, &["id"], seq)?),
        Val::Int(b.get("corrects").and_then(Value::as_i64)),
        Val::text(str_at(r, &["type"], seq)?),
        Val::text(received_at.clone()),
        Val::text(day_of(&received_at, seq)?),
        Val::text(agency),
        Val::text(str_at(r, &["requested_by"], seq)?),
        Val::opt_text(opt_str_at(r, &["person"])),
        Val::opt_text(opt_str_at(r, &["basis"])),
        Val::opt_text(info),
        Val::opt_text(opt_str_at(r, &["exempt"])),
        Val::opt_text(d.map(|d| d.decision.clone())),
        Val::opt_text(b.get("law_version").filter(|v| !v.is_null()).map(Value::to_string)),
        Val::opt_text(d.map(|d| Value::from(d.citations.clone()).to_string())),
        Val::opt_bool(d.map(|d| d.vsc_any)),
        Val::opt_bool(d.map(|d| d.vsc_lookback)),
        Val::opt_bool(d.map(|d| d.tsdb)),
        Val::opt_text(d.and_then(|d| d.info_sharing.clone())),
        // 1 on the entry that withdraws the request; NULL otherwise (and on every entry before version 2).
        Val::Int((b.get("withdrawn") == Some(&Value::Bool(true))).then_some(1)),
    ])
}

fn action_row(seq: i64, actor: &str, at: &str, b: &Value) -> Result<Vec<Val>, String> {
    let corrects = Val::Int(b.get("corrects").and_then(Value::as_i64));
    match b.get("record") {
        Some(Value::Null) | None => {
            // A withdrawal: by whom and when is the entry's own.
            let day = day_of(at, seq)?;
            Ok(vec![
                Val::int(seq),
                Val::text(str_at(b, &["ref"], seq)?),
                corrects,
                Val::text(at),
                Val::text(day),
                Val::text(WITHDRAWN),
                Val::text(actor),
                Val::opt_text(opt_str_at(b, &["reason"])),
            ])
        }
        Some(r) => {
            let when = str_at(r, &["at"], seq)?;
            Ok(vec![
                Val::int(seq),
                Val::text(str_at(r, &["ref"], seq)?),
                corrects,
                Val::text(when.clone()),
                Val::text(day_of(&when, seq)?),
                Val::text(str_at(r, &["action"], seq)?),
                Val::text(str_at(r, &["by"], seq)?),
                Val::opt_text(opt_str_at(r, &["note"])),
            ])
        }
    }
}

fn funding_row(seq: i64, b: &Value) -> Result<Vec<Val>, String> {
    let r = b.get("record").ok_or_else(|| format!("entry {seq}: no record"))?;
    let period = str_at(r, &["period"], seq)?;
    let (from, to) = crate::event::parse_period(&period).map_err(|e| format!("entry {seq}: {e}"))?;
    let cents = |k: &str| -> Result<i64, String> {
        let s = str_at(r, &[k], seq)?;
        let (w, f) = s.split_once('.').unwrap_or((&s, "0"));
        Ok(w.parse::<i64>().map_err(|e| e.to_string())? * 100
            + format!("{f:0<2}").parse::<i64>().map_err(|e| e.to_string())?)
    };
    Ok(vec![
        Val::int(seq),
        Val::text(str_at(r, &["id"], seq)?),
        Val::text(str_at(r, &["agency"], seq)?),
        Val::text(from.to_string()),
        Val::text(to.to_string()),
        Val::int(cents("requested_usd")?),
        Val::int(cents("received_usd")?),
    ])
}
