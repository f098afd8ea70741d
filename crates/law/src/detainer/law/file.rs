//! Reading `data/detainer.toml`: the file's records as written, and [`DetainerLaw::parse`], which resolves
//! every authority id and checks the data (versions of one agency that do not overlap, plain codes, quotes that
//! contain what their rules read).

use chrono::NaiveDate;
use serde::Deserialize;

use super::{
    Agency, Capture, Caveat, Decision, DetainerDataError, DetainerLaw, Litigation, LitigationStatus, Quote, Reach,
    Rules, Version, squash_spaces,
};
use crate::authority::{Authorities, Authority};
use crate::json_text::is_plain_json;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    capture: Vec<CaptureRecord>,
    version: Vec<VersionRecord>,
    #[serde(default)]
    litigation: Vec<LitigationRecord>,
    quote: Vec<QuoteRecord>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaptureRecord {
    id: String,
    #[serde(rename = "where")]
    location: String,
    #[serde(deserialize_with = "crate::data::date")]
    read_on: NaiveDate,
    copy_date: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VersionRecord {
    id: String,
    agency: Agency,
    #[serde(deserialize_with = "crate::data::date")]
    valid_from: NaiveDate,
    #[serde(default, deserialize_with = "crate::data::opt_date")]
    valid_to: Option<NaiveDate>,
    #[serde(default, deserialize_with = "crate::data::opt_date")]
    certain_from: Option<NaiveDate>,
    #[serde(default)]
    effective_date_note: Option<String>,
    section: String,
    #[serde(default)]
    definitions_via: Option<String>,
    #[serde(default)]
    amended_by: Option<String>,
    look_back_months: u32,
    #[serde(default)]
    hold_hours: Option<u32>,
    #[serde(default, deserialize_with = "crate::data::opt_date")]
    verified_through: Option<NaiveDate>,
    #[serde(default)]
    text_note: Option<String>,
    requesters: RequestersRecord,
    authorities: RulesRecord,
    #[serde(default)]
    caveat: Vec<CaveatRecord>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RequestersRecord {
    ice: Reach,
    hsi: Reach,
    cbp: Reach,
    fbi: Reach,
    usms: Reach,
    other_federal: Reach,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesRecord {
    convicted: String,
    predicate_felony: String,
    youthful_offender: String,
    look_back: String,
    federal_immigration_authorities: String,
    judicial_warrant: String,
    listed: String,
    hate_crime: String,
    inchoate: String,
    vtl_600: String,
    honor: String,
    warrant_requirement: String,
    record_condition: String,
    #[serde(default)]
    hold_48: Option<String>,
    #[serde(default)]
    information_requests: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaveatRecord {
    code: String,
    #[serde(default, deserialize_with = "crate::data::opt_date")]
    from: Option<NaiveDate>,
    #[serde(default, deserialize_with = "crate::data::opt_date")]
    until: Option<NaiveDate>,
    #[serde(default)]
    decision: Option<Decision>,
    authority: String,
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuoteRecord {
    authority: String,
    capture: String,
    text: String,
    reads: Vec<String>,
    #[serde(default)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LitigationRecord {
    case: String,
    provisions: Vec<String>,
    status: LitigationStatus,
    #[serde(deserialize_with = "crate::data::date")]
    from: NaiveDate,
    #[serde(default, deserialize_with = "crate::data::opt_date")]
    until: Option<NaiveDate>,
    #[serde(default, deserialize_with = "crate::data::opt_date")]
    last_confirmed: Option<NaiveDate>,
    note: String,
}

impl DetainerLaw {
    /// Parse the data, resolving authorities in `auths`, and check it: known ids, versions of one agency that do
    /// not overlap, plain codes, and quotes that contain what their rules read.
    pub fn parse(text: &str, auths: &'static Authorities) -> Result<Self, DetainerDataError> {
        let file: File = toml::from_str(text)?;
        let resolve = |place: &str, id: &str| -> Result<&'static Authority, DetainerDataError> {
            auths.get(id).ok_or_else(|| DetainerDataError::UnknownAuthority {
                place: place.to_owned(),
                id: id.to_owned(),
            })
        };
        let invalid = |s: String| DetainerDataError::Invalid(s);

        let mut captures = Vec::with_capacity(file.capture.len());
        for c in file.capture {
            if captures.iter().any(|o: &Capture| o.id == c.id) {
                return Err(invalid(format!("capture {:?} is defined twice", c.id)));
            }
            captures.push(Capture {
                id: c.id,
                location: c.location,
                read_on: c.read_on,
                copy_date: c.copy_date,
            });
        }

        let mut versions: Vec<Version> = Vec::with_capacity(file.version.len());
        for v in file.version {
            let place = format!("version {:?}", v.id);
            let opt = |id: &Option<String>| id.as_deref().map(|i| resolve(&place, i)).transpose();
            let a = &v.authorities;
            let rules = Rules {
                convicted: resolve(&place, &a.convicted)?,
                predicate_felony: resolve(&place, &a.predicate_felony)?,
                youthful_offender: resolve(&place, &a.youthful_offender)?,
                look_back: resolve(&place, &a.look_back)?,
                federal_immigration_authorities: resolve(&place, &a.federal_immigration_authorities)?,
                judicial_warrant: resolve(&place, &a.judicial_warrant)?,
                listed: resolve(&place, &a.listed)?,
                hate_crime: resolve(&place, &a.hate_crime)?,
                inchoate: resolve(&place, &a.inchoate)?,
                vtl_600: resolve(&place, &a.vtl_600)?,
                honor: resolve(&place, &a.honor)?,
                warrant_requirement: resolve(&place, &a.warrant_requirement)?,
                record_condition: resolve(&place, &a.record_condition)?,
                hold_48: opt(&a.hold_48)?,
                information_requests: opt(&a.information_requests)?,
            };
            if rules.hold_48.is_some() != v.hold_hours.is_some() {
                return Err(invalid(format!("{place}: hold_48 and hold_hours go together")));
            }
            let mut caveats = Vec::with_capacity(v.caveat.len());
            for c in v.caveat {
                if c.code.is_empty() || !c.code.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
                    return Err(invalid(format!("{place}: caveat code {:?} must be snake_case", c.code)));
                }
                caveats.push(Caveat {
                    authority: resolve(&place, &c.authority)?,
                    code: c.code,
                    from: c.from,
                    until: c.until,
                    decision: c.decision,
                    note: c.note,
                });
            }
            if v.valid_to.is_some_and(|t| t < v.valid_from) {
                return Err(invalid(format!("{place} ends before it starts")));
            }
            if !is_plain_json(&v.id) {
                return Err(invalid(format!("{place}: the id must be plain text")));
            }
            let r = &v.requesters;
            let version = Version {
                section: resolve(&place, &v.section)?,
                definitions_via: opt(&v.definitions_via)?,
                amended_by: opt(&v.amended_by)?,
                id: v.id,
                agency: v.agency,
                valid_from: v.valid_from,
                valid_to: v.valid_to,
                certain_from: v.certain_from,
                effective_date_note: v.effective_date_note,
                look_back_months: v.look_back_months,
                hold_hours: v.hold_hours,
                verified_through: v.verified_through,
                text_note: v.text_note,
                requesters: [r.ice, r.hsi, r.cbp, r.fbi, r.usms, r.other_federal],
                rules,
                caveats,
            };
            if let Some(other) = versions.iter().find(|o| {
                o.id == version.id
                    || (o.agency == version.agency
                        && o.valid_from <= version.valid_to.unwrap_or(NaiveDate::MAX)
                        && version.valid_from <= o.valid_to.unwrap_or(NaiveDate::MAX))
            }) {
                return Err(invalid(format!(
                    "versions {:?} and {:?} have the same id or overlap",
                    other.id, version.id
                )));
            }
            versions.push(version);
        }

        let mut quotes: Vec<Quote> = Vec::with_capacity(file.quote.len());
        for q in file.quote {
            let place = format!("quote of {:?}", q.authority);
            let authority = resolve(&place, &q.authority)?;
            let Some(capture) = captures.iter().position(|c| c.id == q.capture) else {
                return Err(invalid(format!("{place}: unknown capture {:?}", q.capture)));
            };
            if quotes.iter().any(|o| std::ptr::eq(o.authority, authority)) {
                return Err(invalid(format!("{place}: quoted twice")));
            }
            let text = squash_spaces(&q.text);
            if q.reads.is_empty() {
                return Err(invalid(format!("{place}: says nothing of what its rule reads")));
            }
            for phrase in &q.reads {
                if !text.contains(&squash_spaces(phrase)) {
                    return Err(invalid(format!("{place}: the text does not contain {phrase:?}")));
                }
            }
            quotes.push(Quote {
                authority,
                capture,
                text: q.text,
                reads: q.reads,
                note: q.note,
            });
        }

        let mut litigation = Vec::with_capacity(file.litigation.len());
        for l in file.litigation {
            let place = format!("litigation {:?}", l.case);
            litigation.push(Litigation {
                case: resolve(&place, &l.case)?,
                provisions: l
                    .provisions
                    .iter()
                    .map(|p| resolve(&place, p))
                    .collect::<Result<_, _>>()?,
                status: l.status,
                from: l.from,
                until: l.until,
                last_confirmed: l.last_confirmed,
                note: l.note,
            });
        }
        Ok(Self {
            versions,
            captures,
            quotes,
            litigation,
        })
    }
}
