//! CSV rows: the same events, one a row, with a header naming the fields, read as the JSON object of the
//! same event.

use serde_json::{Map, Value};

use super::fields::json_message;
use crate::error::FieldError;

/// CSV columns holding booleans (written true/false, yes/no or 1/0).
const CSV_BOOLS: &[&str] = &["judicial_warrant", "tsdb_possible_match", "reentered_after_removal"];
/// CSV columns holding JSON (a list of convictions, a corrected record).
const CSV_JSON: &[&str] = &["convictions", "record"];

/// A CSV row (with its header) as the JSON object of the same event. Empty cells are absent fields.
pub fn csv_row_to_json(header: &csv::StringRecord, row: &csv::StringRecord) -> Result<Value, FieldError> {
    let mut m = Map::new();
    for (name, cell) in header.iter().zip(row.iter()) {
        let name = name.trim();
        let cell = cell.trim();
        if cell.is_empty() || name.is_empty() {
            continue;
        }
        let v = if CSV_BOOLS.contains(&name) {
            match cell.to_ascii_lowercase().as_str() {
                "true" | "yes" | "1" => Value::Bool(true),
                "false" | "no" | "0" => Value::Bool(false),
                _ => return Err(FieldError::new(name, format!("{cell:?} is not true or false"))),
            }
        } else if CSV_JSON.contains(&name) {
            if name == "record" && cell == "null" {
                Value::Null
            } else {
                serde_json::from_str(cell).map_err(|e| FieldError::new(name, json_message(&e)))?
            }
        } else {
            Value::String(cell.to_owned())
        };
        m.insert(name.to_owned(), v);
    }
    if row.len() > header.len() {
        return Err(FieldError::new(
            "(line)",
            format!("{} cells, but the header names {}", row.len(), header.len()),
        ));
    }
    Ok(Value::Object(m))
}
