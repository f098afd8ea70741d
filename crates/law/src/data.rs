//! Helpers for reading the embedded TOML data: dates written as TOML dates (`2014-12-14`, unquoted). Public so
//! that the guide's data reads dates the same way (`#[serde(deserialize_with = "amparo_law::data::date")]`).

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer};

fn to_date<E: serde::de::Error>(dt: toml::value::Datetime) -> Result<NaiveDate, E> {
    match (dt.date, dt.time, dt.offset) {
        (Some(d), None, None) => NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
            .ok_or_else(|| E::custom(format!("invalid date {d}"))),
        _ => Err(E::custom(format!("expected a date such as 2026-12-01, found {dt}"))),
    }
}

/// A TOML date (`2014-12-14`, unquoted) as a `NaiveDate`.
pub fn date<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    to_date(toml::value::Datetime::deserialize(d)?)
}

/// An optional TOML date.
pub fn opt_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    Option::<toml::value::Datetime>::deserialize(d)?
        .map(to_date)
        .transpose()
}
