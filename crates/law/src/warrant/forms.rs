//! What the law says about each kind of paper, as data: `data/forms.toml` (who issues it, its legal basis,
//! what it allows at the door, its time limit and hours, whether its printed layout was verified), each
//! entry with its authorities, checked when it is read.

use std::sync::OnceLock;

use chrono::NaiveTime;
use serde::{Deserialize, Deserializer};

use super::kind::{HomeEntry, Issuer, Kind};
use crate::authority::Authority;

/// A time limit for executing a warrant.
#[derive(Debug, Clone)]
pub struct TimeLimit {
    pub days: u64,
    pub authority: &'static Authority,
}

/// The hours in which a warrant may be executed, unless it expressly authorizes any time.
#[derive(Debug, Clone)]
pub struct Hours {
    pub from: NaiveTime,
    pub until: NaiveTime,
    pub authority: &'static Authority,
}

/// What the law says about one kind of paper (one entry of `data/forms.toml`).
#[derive(Debug, Clone)]
pub struct KindLaw {
    pub kind: Kind,
    pub forms: Vec<String>,
    pub title: String,
    pub issuer: Issuer,
    pub basis: &'static Authority,
    pub home_entry: HomeEntry,
    pub home_entry_authorities: Vec<&'static Authority>,
    pub time_limit: Option<TimeLimit>,
    pub hours: Option<Hours>,
    pub layout_verified: bool,
    pub note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLimit {
    days: u64,
    authority: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHours {
    #[serde(deserialize_with = "time")]
    from: NaiveTime,
    #[serde(deserialize_with = "time")]
    until: NaiveTime,
    authority: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKind {
    id: String,
    forms: Vec<String>,
    title: String,
    issuer: Issuer,
    basis: String,
    home_entry: HomeEntry,
    home_entry_authorities: Vec<String>,
    #[serde(default)]
    time_limit: Option<RawLimit>,
    #[serde(default)]
    hours: Option<RawHours>,
    layout_verified: bool,
    #[serde(default)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawForms {
    kind: Vec<RawKind>,
}

fn time<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
    let dt = toml::value::Datetime::deserialize(d)?;
    match (dt.date, dt.time, dt.offset) {
        (None, Some(t), None) => NaiveTime::from_hms_opt(u32::from(t.hour), u32::from(t.minute), 0)
            .ok_or_else(|| serde::de::Error::custom(format!("invalid time {t}"))),
        _ => Err(serde::de::Error::custom(format!(
            "expected a local time such as 06:00:00, found {dt}"
        ))),
    }
}

/// The embedded `data/forms.toml`.
pub const FORMS_TOML: &str = include_str!("../../data/forms.toml");

/// Errors in the embedded forms data.
#[derive(Debug, thiserror::Error)]
pub enum FormsDataError {
    #[error("forms.toml: {0}")]
    Parse(#[from] toml::de::Error),
    #[error("forms.toml: unknown kind id {0:?}")]
    UnknownKind(String),
    #[error("forms.toml: kind {0:?} is missing or out of order (expected the order of Kind::ALL)")]
    Order(&'static str),
    #[error("forms.toml: kind {kind:?} refers to authority {id:?}, which is not defined")]
    DanglingAuthority { kind: String, id: String },
}

/// Parse the forms data (the test suite runs this on the embedded file).
pub fn parse_forms(text: &str) -> Result<Vec<KindLaw>, FormsDataError> {
    let raw: RawForms = toml::from_str(text)?;
    let auth = |kind: &str, id: &str| -> Result<&'static Authority, FormsDataError> {
        crate::authority::authorities()
            .get(id)
            .ok_or_else(|| FormsDataError::DanglingAuthority {
                kind: kind.to_owned(),
                id: id.to_owned(),
            })
    };
    let mut out = Vec::with_capacity(raw.kind.len());
    for (i, r) in raw.kind.into_iter().enumerate() {
        let kind = Kind::from_id(&r.id).ok_or_else(|| FormsDataError::UnknownKind(r.id.clone()))?;
        if Kind::ALL.get(i) != Some(&kind) {
            return Err(FormsDataError::Order(Kind::ALL.get(i).map_or("(extra)", |k| k.id())));
        }
        let home_entry_authorities = r
            .home_entry_authorities
            .iter()
            .map(|id| auth(&r.id, id))
            .collect::<Result<Vec<_>, _>>()?;
        let time_limit = match r.time_limit {
            Some(l) => Some(TimeLimit {
                days: l.days,
                authority: auth(&r.id, &l.authority)?,
            }),
            None => None,
        };
        let hours = match r.hours {
            Some(h) => Some(Hours {
                from: h.from,
                until: h.until,
                authority: auth(&r.id, &h.authority)?,
            }),
            None => None,
        };
        out.push(KindLaw {
            kind,
            forms: r.forms,
            title: r.title,
            issuer: r.issuer,
            basis: auth(&r.id, &r.basis)?,
            home_entry: r.home_entry,
            home_entry_authorities,
            time_limit,
            hours,
            layout_verified: r.layout_verified,
            note: r.note,
        });
    }
    if out.len() != Kind::ALL.len() {
        return Err(FormsDataError::Order(
            Kind::ALL.get(out.len()).map_or("(extra)", |k| k.id()),
        ));
    }
    Ok(out)
}

/// Every kind's law, parsed once, in `Kind::ALL` order.
///
/// # Panics
/// If the embedded data does not parse; the test suite parses it, so no user input can reach this.
pub fn kinds() -> &'static [KindLaw] {
    static CELL: OnceLock<Vec<KindLaw>> = OnceLock::new();
    CELL.get_or_init(|| match parse_forms(FORMS_TOML) {
        Ok(k) => k,
        Err(e) => panic!("embedded forms data is invalid: {e}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_data_parses_with_every_kind_in_order() {
        let k = parse_forms(FORMS_TOML).unwrap();
        assert_eq!(k.len(), Kind::ALL.len());
        for (law, kind) in k.iter().zip(Kind::ALL) {
            assert_eq!(law.kind, kind);
        }
        assert_eq!(Kind::FederalSearchWarrant.law().time_limit.as_ref().unwrap().days, 14);
        assert_eq!(Kind::StateSearchWarrant.law().time_limit.as_ref().unwrap().days, 10);
        assert_eq!(
            Kind::StateSearchWarrant.law().hours.as_ref().unwrap().until,
            NaiveTime::from_hms_opt(21, 0, 0).unwrap()
        );
        assert_eq!(
            Kind::FederalSearchWarrant.law().hours.as_ref().unwrap().until,
            NaiveTime::from_hms_opt(22, 0, 0).unwrap()
        );
    }
}
