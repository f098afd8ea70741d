//! The request form's fields read as the import contract's line (the conviction lines included), and a record
//! read back into the form's fields: the one translation between the form and an event, for new requests and
//! corrections alike.

use chrono::Utc;
use serde_json::{Map, Value};

use super::common::{field, fields};
use crate::error::FieldError;
use crate::event::{Event, RequestKind};

/// The conviction lines of the form, as the engine's JSON: `statute | felony | date [| jurisdiction |
/// equivalent]`, or a JSON object (a conviction with more fields than the short line has). Every bad line
/// is named.
fn convictions(text: &str) -> Result<Vec<Value>, Vec<FieldError>> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().map(str::trim).filter(|l| !l.is_empty()).enumerate() {
        match conviction(line) {
            Ok(v) => out.push(v),
            Err(m) => errors.push(FieldError::new(format!("convictions line {}", i + 1), m)),
        }
    }
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

/// One conviction line of the form.
fn conviction(line: &str) -> Result<Value, &'static str> {
    if line.starts_with('{') {
        return match serde_json::from_str::<Value>(line) {
            Ok(v @ Value::Object(_)) => Ok(v),
            _ => Err("a line starting with { is one conviction as a JSON object"),
        };
    }
    let parts: Vec<&str> = line.split('|').map(str::trim).collect();
    if parts.len() < 3 {
        return Err("write: statute | felony or not felony | judgment date");
    }
    let felony = match parts[1].to_ascii_lowercase().as_str() {
        "felony" | "yes" | "true" => true,
        "not felony" | "misdemeanor" | "no" | "false" => false,
        _ => return Err("the second part is \"felony\" or \"not felony\""),
    };
    let mut m = Map::new();
    m.insert("statute".into(), parts[0].into());
    m.insert("felony".into(), felony.into());
    m.insert("judgment_date".into(), parts[2].into());
    if let Some(j) = parts.get(3).filter(|s| !s.is_empty()) {
        m.insert("jurisdiction".into(), (*j).into());
    }
    if let Some(e) = parts.get(4).filter(|s| !s.is_empty()) {
        m.insert("ny_equivalent".into(), (*e).into());
    }
    Ok(Value::Object(m))
}

/// A conviction as one line of the form: the short line where it says all, else its JSON.
fn conviction_line(c: &Value) -> String {
    let Value::Object(m) = c else {
        return c.to_string();
    };
    let short = ["statute", "felony", "judgment_date", "jurisdiction", "ny_equivalent"];
    let s = |k: &str| m.get(k).and_then(Value::as_str);
    match (
        s("statute"),
        m.get("felony").and_then(Value::as_bool),
        s("judgment_date"),
    ) {
        (Some(st), Some(f), Some(d)) if m.keys().all(|k| short.contains(&k.as_str())) && !st.contains('|') => {
            let mut line = format!("{st} | {} | {d}", if f { "felony" } else { "not felony" });
            match (s("jurisdiction"), s("ny_equivalent")) {
                (j, Some(e)) => line.push_str(&format!(" | {} | {e}", j.unwrap_or(""))),
                (Some(j), None) => line.push_str(&format!(" | {j}")),
                (None, None) => {}
            }
            line
        }
        _ => c.to_string(),
    }
}

/// A request's record (as the import contract writes it) as the form's fields, for a correction.
pub(super) fn record_values(record: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Value::Object(m) = record else {
        return out;
    };
    for (k, v) in m {
        match (k.as_str(), v) {
            ("convictions", Value::Array(cs)) => {
                let lines: Vec<String> = cs.iter().map(conviction_line).collect();
                out.push((k.clone(), lines.join("\n")));
            }
            (_, Value::Array(items)) => {
                for i in items.iter().filter_map(Value::as_str) {
                    out.push((k.clone(), i.to_owned()));
                }
            }
            (_, Value::String(s)) => out.push((k.clone(), s.clone())),
            (_, Value::Bool(true)) => out.push((k.clone(), "true".into())),
            _ => {}
        }
    }
    out
}

/// The form's fields as the import contract's JSON line, and the errors of fields the form itself reads (the
/// conviction lines; the line leaves out what they could not read). The line's own errors come when it is
/// read as an event.
fn form_event(form: &[(String, String)]) -> (Value, Vec<FieldError>) {
    let kind = match RequestKind::parse(field(form, "type")) {
        Ok(k) => k,
        Err(e) => return (Value::Null, vec![FieldError::new("type", e)]),
    };
    let mut errors = Vec::new();
    let mut m = Map::new();
    m.insert("type".into(), kind.id().into());
    for k in ["id", "received_at", "requested_by"] {
        m.insert(k.into(), field(form, k).into());
    }
    match kind {
        RequestKind::AssistanceRequest => {
            m.insert("receiving_agency".into(), field(form, "receiving_agency").into());
            m.insert("description".into(), field(form, "description").into());
            if !field(form, "exempt").is_empty() {
                m.insert("exempt".into(), field(form, "exempt").into());
            }
            return (Value::Object(m), errors);
        }
        _ => {
            m.insert("agency".into(), field(form, "agency").into());
            m.insert("person".into(), field(form, "person").into());
        }
    }
    if kind == RequestKind::Detainer {
        let b = field(form, "basis");
        m.insert("basis".into(), if b.is_empty() { Value::Null } else { b.into() });
        let boxes = fields(form, "i247a_boxes");
        if !boxes.is_empty() {
            m.insert("i247a_boxes".into(), boxes.into());
        }
    } else {
        m.insert("info".into(), fields(form, "info").into());
    }
    let arrest = field(form, "arrest_date");
    let has_facts = !arrest.is_empty() || kind == RequestKind::Detainer;
    if has_facts {
        m.insert("arrest_date".into(), arrest.into());
        for k in ["judicial_warrant", "tsdb_possible_match", "reentered_after_removal"] {
            if field(form, k) == "true" {
                m.insert(k.into(), true.into());
            }
        }
        match convictions(field(form, "convictions")) {
            Ok(c) if c.is_empty() => {}
            Ok(c) => {
                m.insert("convictions".into(), c.into());
            }
            Err(e) => errors.extend(e),
        }
        if !field(form, "as_of").is_empty() {
            m.insert("as_of".into(), field(form, "as_of").into());
        }
    }
    (Value::Object(m), errors)
}

/// The form read as an event (`wrap` turns the request's line into the event's, as a correction wraps it):
/// the event, or every error (the event's, then the form's own).
pub(super) fn form_to_event(
    form: &[(String, String)],
    wrap: impl FnOnce(Value) -> Value,
) -> Result<Event, Vec<FieldError>> {
    let (line, form_errors) = form_event(form);
    if line.is_null() {
        return Err(form_errors);
    }
    match Event::from_value_all(wrap(line), Utc::now()) {
        Ok(e) if form_errors.is_empty() => Ok(e),
        Ok(_) => Err(form_errors),
        Err(mut errors) => {
            errors.extend(form_errors);
            Err(errors)
        }
    }
}
