//! Field readers: one field's value taken from an event's JSON object (strings, ids, agency codes, free
//! text, times, lists), and the values of funding figures (periods, dollar amounts). Each error names its
//! field.

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{Map, Value};

use crate::error::FieldError;
use crate::time::When;

/// "FROM/TO" with both days included.
pub fn parse_period(s: &str) -> Result<(NaiveDate, NaiveDate), String> {
    let (a, b) = s
        .split_once('/')
        .ok_or_else(|| format!("{s:?} is not a period: write FROM/TO, as 2025-07-01/2026-06-30"))?;
    let day = |t: &str| {
        NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d").map_err(|_| format!("{t:?} is not a date written YYYY-MM-DD"))
    };
    let (from, to) = (day(a)?, day(b)?);
    if to < from {
        return Err(format!("the period ends ({to}) before it starts ({from})"));
    }
    Ok((from, to))
}

/// "1234.56" (US dollars) to cents.
pub(super) fn dollars(s: &str) -> Result<i64, String> {
    let t = s.trim().trim_start_matches('$').replace(',', "");
    let (whole, frac) = t.split_once('.').unwrap_or((&t, ""));
    let ok = !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && frac.len() <= 2
        && frac.bytes().all(|b| b.is_ascii_digit());
    if !ok {
        return Err(format!("{s:?} is not an amount in dollars, as 1234.56"));
    }
    let w: i64 = whole.parse().map_err(|_| format!("{s:?} is too large"))?;
    let f: i64 = format!("{frac:0<2}").parse().unwrap_or(0);
    w.checked_mul(100)
        .and_then(|c| c.checked_add(f))
        .ok_or_else(|| format!("{s:?} is too large"))
}

pub(super) fn take_opt_str(m: &mut Map<String, Value>, key: &str) -> Result<Option<String>, FieldError> {
    match m.remove(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(FieldError::new(key, "a string")),
    }
}

pub(super) fn take_str(m: &mut Map<String, Value>, key: &str) -> Result<String, FieldError> {
    let s = take_opt_str(m, key)?.ok_or_else(|| FieldError::new(key, "required"))?;
    let t = s.trim();
    if t.is_empty() {
        return Err(FieldError::new(key, "empty"));
    }
    Ok(t.to_owned())
}

/// An identifier: 1 to 64 of letters, digits and `. _ : / -`. A person's id is pseudonymous: the register
/// keeps no names.
pub(super) fn take_id(m: &mut Map<String, Value>, key: &str) -> Result<String, FieldError> {
    let s = take_str(m, key)?;
    let ok = s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b':' | b'/' | b'-'));
    if !ok {
        return Err(FieldError::new(
            key,
            format!("{s:?} is not an id: 1 to 64 letters, digits or . _ : / -"),
        ));
    }
    Ok(s)
}

/// An agency code: lower-case letters, digits, `_` or `-`, up to 32.
pub(super) fn check_code(s: &str) -> Result<(), String> {
    let ok = s.len() <= 32
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "{s:?} is not an agency code: lower-case letters, digits, _ or -, as \"dss\""
        ))
    }
}

/// Free text (a note, a description, a name): at most 2,000 characters, no control characters but line
/// breaks and tabs.
pub(super) fn take_text(m: &mut Map<String, Value>, key: &str, required: bool) -> Result<Option<String>, FieldError> {
    let s = if required {
        Some(take_str(m, key)?)
    } else {
        take_opt_str(m, key)?
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
    };
    if let Some(t) = &s {
        if t.chars().count() > 2000 {
            return Err(FieldError::new(key, "longer than 2,000 characters"));
        }
        if t.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r')) {
            return Err(FieldError::new(key, "contains control characters"));
        }
    }
    Ok(s)
}

pub(super) fn take_when(m: &mut Map<String, Value>, key: &str, now: DateTime<Utc>) -> Result<When, FieldError> {
    let s = take_str(m, key)?;
    let w = When::parse(&s).map_err(|e| FieldError::new(key, e))?;
    if w.in_future(now) {
        return Err(FieldError::new(
            key,
            format!(
                "{s} is in the future (this machine's clock says {})",
                now.format("%Y-%m-%dT%H:%M:%SZ")
            ),
        ));
    }
    Ok(w)
}

pub(super) fn take_list<T: Ord + Copy>(
    m: &mut Map<String, Value>,
    key: &str,
    required: bool,
    parse: fn(&str) -> Result<T, String>,
) -> Result<Vec<T>, FieldError> {
    let items = match m.remove(key) {
        None | Some(Value::Null) if !required => return Ok(Vec::new()),
        None | Some(Value::Null) => return Err(FieldError::new(key, "required: a list")),
        Some(Value::Array(a)) => a,
        // A single value, or a CSV cell "release_date;court_date".
        Some(Value::String(s)) => s
            .split([';', ','])
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(|t| Value::String(t.to_owned()))
            .collect(),
        Some(_) => return Err(FieldError::new(key, "a list of strings")),
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, v) in items.into_iter().enumerate() {
        let Value::String(s) = v else {
            return Err(FieldError::new(format!("{key}[{i}]"), "a string"));
        };
        out.push(parse(s.trim()).map_err(|e| FieldError::new(format!("{key}[{i}]"), e))?);
    }
    if required && out.is_empty() {
        return Err(FieldError::new(key, "empty: say what was asked"));
    }
    out.sort();
    out.dedup();
    Ok(out)
}

pub(super) fn no_more(m: Map<String, Value>) -> Result<(), FieldError> {
    match m.keys().next() {
        Some(k) => Err(FieldError::new(k.clone(), "unknown field for this type")),
        None => Ok(()),
    }
}

/// serde_json's message without its "at line 1 column 7" tail.
pub(super) fn json_message(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) if e.line() > 0 => format!("not valid JSON: {}", &s[..i]),
        _ => format!("not valid JSON: {s}"),
    }
}
