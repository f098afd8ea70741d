//! What changed in the law, dated: each change (a statute, local law, rule, court order, agency memo,
//! executive order, a suit filed, a bill) with the day it happened, when Amparo recorded it, how certain it is,
//! the instrument it rests on and the authorities it affects (`data/changes.toml`, embedded at build time).
//!
//! Every authority id must exist; a bad kind or status, dates out of order, a missing case for a change "in
//! litigation" or an empty `affects` are load errors. The guide's staleness test reads [`Change::review_due`]:
//! a statement (or rule) citing an affected authority must have been reviewed on or after that day.

use std::collections::HashSet;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::authority::{Authorities, Authority};
use crate::legal_status::LegalStatus;

/// The embedded change log: file name and text.
pub const CHANGES_FILE: &str = "data/changes.toml";
const CHANGES_TOML: &str = include_str!("../data/changes.toml");

/// What kind of instrument a change is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Statute,
    LocalLaw,
    StateLaw,
    Rule,
    CourtOrder,
    AgencyMemo,
    AgencyPolicy,
    ExecutiveOrder,
    /// A suit filed: the law it targets is now challenged.
    Lawsuit,
    /// A proposal, not law: listed so that readers can follow it, but it forces no review.
    Bill,
}

impl Kind {
    pub const ALL: [Kind; 10] = [
        Kind::Statute,
        Kind::LocalLaw,
        Kind::StateLaw,
        Kind::Rule,
        Kind::CourtOrder,
        Kind::AgencyMemo,
        Kind::AgencyPolicy,
        Kind::ExecutiveOrder,
        Kind::Lawsuit,
        Kind::Bill,
    ];

    /// The stable id, as in the data file and the JSON (`court_order`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Statute => "statute",
            Self::LocalLaw => "local_law",
            Self::StateLaw => "state_law",
            Self::Rule => "rule",
            Self::CourtOrder => "court_order",
            Self::AgencyMemo => "agency_memo",
            Self::AgencyPolicy => "agency_policy",
            Self::ExecutiveOrder => "executive_order",
            Self::Lawsuit => "lawsuit",
            Self::Bill => "bill",
        }
    }

    /// Whether a change of this kind alters the law (and so forces a review of what cites what it affects).
    pub fn changes_law(self) -> bool {
        self != Self::Bill
    }
}

/// How precisely the date of a change is known.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    #[default]
    Day,
    /// Only the month is known; the date is the first of that month.
    Month,
}

/// One change in the law.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// Stable, kebab-case id; the guide's localised summary is the Fluent message `change-<id>`.
    pub id: String,
    /// The day it happened (signed, issued, decided, overridden, filed, introduced).
    #[serde(deserialize_with = "crate::data::date")]
    pub date: NaiveDate,
    #[serde(default)]
    pub precision: Precision,
    /// When it takes effect, where known and different from `date`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::data::opt_date"
    )]
    pub effective: Option<NaiveDate>,
    /// Whether `effective` is earlier than `date` on purpose.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub retroactive: bool,
    /// The day Amparo recorded it.
    #[serde(deserialize_with = "crate::data::date")]
    pub recorded: NaiveDate,
    pub kind: Kind,
    pub status: LegalStatus,
    /// Authority id of the case, for a change in litigation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case: Option<String>,
    /// A short English label.
    pub title: String,
    /// Authority id of the instrument.
    pub source: String,
    /// Authority ids whose meaning, force or practical effect it changes.
    pub affects: Vec<String>,
    /// Where the change itself was read, when that differs from the source's url.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    /// What is unconfirmed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Change {
    /// The last day on which the change may have happened: `date`, or the end of its month when only the month
    /// is known.
    pub fn latest_date(&self) -> NaiveDate {
        match self.precision {
            Precision::Day => self.date,
            Precision::Month => {
                let (y, m) = if self.date.month() == 12 {
                    (self.date.year() + 1, 1)
                } else {
                    (self.date.year(), self.date.month() + 1)
                };
                NaiveDate::from_ymd_opt(y, m, 1)
                    .and_then(|d| d.pred_opt())
                    .unwrap_or(self.date)
            }
        }
    }

    /// The earliest review date that takes this change into account: a statement or rule citing an authority in
    /// [`Change::affects`] and reviewed before this day is stale.
    pub fn review_due(&self) -> NaiveDate {
        self.recorded.max(self.latest_date())
    }

    /// Whether the change affects the authority `id`.
    pub fn affects(&self, id: &str) -> bool {
        self.affects.iter().any(|a| a == id)
    }

    /// The instrument (for the embedded log, whose ids are checked when it loads).
    pub fn source_authority(&self) -> &'static Authority {
        crate::authority(&self.source)
    }

    /// The case, if any (embedded log).
    pub fn case_authority(&self) -> Option<&'static Authority> {
        self.case.as_deref().map(crate::authority)
    }

    /// The affected authorities (embedded log).
    pub fn affected(&self) -> Vec<&'static Authority> {
        self.affects.iter().map(|id| crate::authority(id)).collect()
    }
}

/// Errors in a change log (the embedded one is checked by the test suite, so a user never meets them).
#[derive(Debug, thiserror::Error)]
pub enum ChangeDataError {
    #[error("{file}: {source}")]
    Parse {
        file: &'static str,
        #[source]
        source: toml::de::Error,
    },
    #[error("{file}: change id {id:?} is defined twice")]
    Duplicate { file: &'static str, id: String },
    #[error("{file}: change id {id:?} must be kebab-case (a-z, 0-9 and single hyphens)")]
    BadId { file: &'static str, id: String },
    #[error("{file}: change {id:?}: its {field} names unknown authority {authority:?}")]
    UnknownAuthority {
        file: &'static str,
        id: String,
        field: &'static str,
        authority: String,
    },
    #[error("{file}: change {id:?} is recorded ({recorded}) before it happened ({date})")]
    RecordedBeforeDate {
        file: &'static str,
        id: String,
        date: NaiveDate,
        recorded: NaiveDate,
    },
    #[error(
        "{file}: change {id:?} takes effect ({effective}) before it happened ({date}); say retroactive = true if that is so"
    )]
    EffectiveBeforeDate {
        file: &'static str,
        id: String,
        date: NaiveDate,
        effective: NaiveDate,
    },
    #[error("{file}: change {id:?} says retroactive = true but takes effect on or after its date")]
    NotRetroactive { file: &'static str, id: String },
    #[error("{file}: change {id:?} has precision \"month\" but its date {date} is not the first of the month")]
    MonthNotFirst {
        file: &'static str,
        id: String,
        date: NaiveDate,
    },
    #[error("{file}: change {id:?} is in_litigation but names no case")]
    CaseRequired { file: &'static str, id: String },
    #[error("{file}: change {id:?} affects no authority")]
    NoAffects { file: &'static str, id: String },
    #[error("{file}: change {id:?} lists {authority:?} twice in affects")]
    DuplicateAffects {
        file: &'static str,
        id: String,
        authority: String,
    },
    #[error("{file}: change {id:?} has an empty title")]
    EmptyTitle { file: &'static str, id: String },
    #[error("{file}: change {id:?}: evidence {url:?} is not an http(s) address")]
    BadEvidence {
        file: &'static str,
        id: String,
        url: String,
    },
}

/// A checked change log.
#[derive(Debug)]
pub struct Changes {
    changes: Vec<Change>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChangeFile {
    #[serde(default)]
    change: Vec<Change>,
}

fn kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl Changes {
    /// Parse and check a change log against a set of authorities.
    pub fn parse(file: &'static str, text: &str, authorities: &Authorities) -> Result<Self, ChangeDataError> {
        let parsed: ChangeFile = toml::from_str(text).map_err(|source| ChangeDataError::Parse { file, source })?;
        let mut seen = HashSet::new();
        for c in &parsed.change {
            let id = || c.id.clone();
            if !kebab(&c.id) {
                return Err(ChangeDataError::BadId { file, id: id() });
            }
            if !seen.insert(c.id.as_str()) {
                return Err(ChangeDataError::Duplicate { file, id: id() });
            }
            if c.title.trim().is_empty() {
                return Err(ChangeDataError::EmptyTitle { file, id: id() });
            }
            if c.precision == Precision::Month && c.date.day() != 1 {
                return Err(ChangeDataError::MonthNotFirst {
                    file,
                    id: id(),
                    date: c.date,
                });
            }
            if c.recorded < c.date {
                return Err(ChangeDataError::RecordedBeforeDate {
                    file,
                    id: id(),
                    date: c.date,
                    recorded: c.recorded,
                });
            }
            match (c.effective, c.retroactive) {
                (Some(effective), false) if effective < c.date => {
                    return Err(ChangeDataError::EffectiveBeforeDate {
                        file,
                        id: id(),
                        date: c.date,
                        effective,
                    });
                }
                (Some(effective), true) if effective >= c.date => {
                    return Err(ChangeDataError::NotRetroactive { file, id: id() });
                }
                (None, true) => return Err(ChangeDataError::NotRetroactive { file, id: id() }),
                _ => {}
            }
            if c.status == LegalStatus::InLitigation && c.case.is_none() {
                return Err(ChangeDataError::CaseRequired { file, id: id() });
            }
            if c.affects.is_empty() {
                return Err(ChangeDataError::NoAffects { file, id: id() });
            }
            let mut affected = HashSet::new();
            for a in &c.affects {
                if !affected.insert(a.as_str()) {
                    return Err(ChangeDataError::DuplicateAffects {
                        file,
                        id: id(),
                        authority: a.clone(),
                    });
                }
            }
            let named = std::iter::once(("source", &c.source))
                .chain(c.case.iter().map(|a| ("case", a)))
                .chain(c.affects.iter().map(|a| ("affects", a)));
            for (field, authority) in named {
                if authorities.get(authority).is_none() {
                    return Err(ChangeDataError::UnknownAuthority {
                        file,
                        id: id(),
                        field,
                        authority: authority.clone(),
                    });
                }
            }
            for url in &c.evidence {
                if !(url.starts_with("https://") || url.starts_with("http://")) {
                    return Err(ChangeDataError::BadEvidence {
                        file,
                        id: id(),
                        url: url.clone(),
                    });
                }
            }
        }
        Ok(Self { changes: parsed.change })
    }

    /// The changes in the order of the data file.
    pub fn iter(&self) -> impl Iterator<Item = &Change> {
        self.changes.iter()
    }

    /// The changes, newest first (by date, then by id for a stable order).
    pub fn newest_first(&self) -> Vec<&Change> {
        let mut v: Vec<&Change> = self.changes.iter().collect();
        v.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id)));
        v
    }

    /// One change by id.
    pub fn get(&self, id: &str) -> Option<&Change> {
        self.changes.iter().find(|c| c.id == id)
    }

    /// The changes that affect the authority `id`.
    pub fn affecting<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Change> + 'a {
        self.changes.iter().filter(move |c| c.affects(id))
    }

    pub fn len(&self) -> usize {
        self.changes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }
}

/// The embedded change log, parsed and checked once.
///
/// # Panics
/// If the embedded data is invalid. It ships inside the binary and the test suite parses it, so no user input
/// can reach this.
pub fn changes() -> &'static Changes {
    static CELL: OnceLock<Changes> = OnceLock::new();
    CELL.get_or_init(
        || match Changes::parse(CHANGES_FILE, CHANGES_TOML, crate::authorities()) {
            Ok(c) => c,
            Err(e) => panic!("embedded change log is invalid: {e}"),
        },
    )
}

/// Parse the embedded change log, reporting (not panicking on) an error: for callers that want to fail cleanly.
pub fn load() -> Result<Changes, ChangeDataError> {
    Changes::parse(CHANGES_FILE, CHANGES_TOML, crate::authorities())
}

#[cfg(test)]
mod tests {
    use super::*;

    const AUTHORITIES: &str = r#"
[[authority]]
id = "a-statute"
citation = "A § 1"
title = "A"

[[authority]]
id = "b-case"
citation = "B v. C"
title = "B"
"#;

    fn authorities() -> Authorities {
        Authorities::parse(&[("test.toml", AUTHORITIES)]).expect("test authorities")
    }

    const GOOD: &str = r#"
id = "a-change"
date = 2026-01-29
recorded = 2026-12-01
kind = "local_law"
status = "settled"
title = "A changed"
source = "a-statute"
affects = ["a-statute"]
"#;

    fn parse_one(extra: &str) -> Result<Changes, ChangeDataError> {
        parse_with(GOOD, extra)
    }

    /// `base` with `extra` lines replacing the keys they set.
    fn parse_with(base: &str, extra: &str) -> Result<Changes, ChangeDataError> {
        let keys: Vec<&str> = extra
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim()))
            .collect();
        let kept: Vec<&str> = base
            .lines()
            .filter(|l| l.split_once(" = ").is_none_or(|(k, _)| !keys.contains(&k.trim())))
            .collect();
        let text = format!("[[change]]\n{}\n{extra}\n", kept.join("\n"));
        Changes::parse("test.toml", &text, &authorities())
    }

    #[test]
    fn a_good_change_loads() {
        let c = parse_one("").expect("loads");
        assert_eq!(c.len(), 1);
        let ch = c.get("a-change").expect("present");
        assert_eq!(ch.kind, Kind::LocalLaw);
        assert_eq!(ch.review_due(), NaiveDate::from_ymd_opt(2026, 12, 1).expect("date"));
        assert!(ch.affects("a-statute") && !ch.affects("b-case"));
    }

    #[test]
    fn an_unknown_authority_is_an_error_naming_the_field() {
        for (extra, field) in [
            (r#"source = "no-such""#, "source"),
            (r#"affects = ["a-statute", "no-such"]"#, "affects"),
            ("status = \"in_litigation\"\ncase = \"no-such\"", "case"),
        ] {
            match parse_one(extra) {
                Err(ChangeDataError::UnknownAuthority {
                    field: f, authority, ..
                }) => {
                    assert_eq!((f, authority.as_str()), (field, "no-such"), "{extra}");
                }
                other => panic!("{extra}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_bad_kind_or_status_is_a_parse_error() {
        for extra in [r#"kind = "decree""#, r#"status = "rumoured""#, r#"precision = "year""#] {
            let e = parse_one(extra).expect_err(extra);
            assert!(matches!(e, ChangeDataError::Parse { .. }), "{extra}: {e}");
        }
        let e = parse_one(r#"kind = "decree""#).expect_err("bad kind").to_string();
        assert!(e.contains("decree") && e.contains("court_order"), "{e}");
    }

    #[test]
    fn dates_out_of_order_are_errors() {
        assert!(matches!(
            parse_one("recorded = 2026-01-28"),
            Err(ChangeDataError::RecordedBeforeDate { .. })
        ));
        assert!(matches!(
            parse_one("effective = 2025-01-01"),
            Err(ChangeDataError::EffectiveBeforeDate { .. })
        ));
        assert!(parse_one("effective = 2025-01-01\nretroactive = true").is_ok());
        assert!(matches!(
            parse_one("effective = 2026-03-01\nretroactive = true"),
            Err(ChangeDataError::NotRetroactive { .. })
        ));
        assert!(matches!(
            parse_one("retroactive = true"),
            Err(ChangeDataError::NotRetroactive { .. })
        ));
        assert!(matches!(
            parse_one(r#"precision = "month""#),
            Err(ChangeDataError::MonthNotFirst { .. })
        ));
        assert!(matches!(
            parse_one("date = 2026-13-01"),
            Err(ChangeDataError::Parse { .. })
        ));
    }

    #[test]
    fn other_shape_errors() {
        assert!(matches!(
            parse_one(r#"status = "in_litigation""#),
            Err(ChangeDataError::CaseRequired { .. })
        ));
        assert!(parse_one("status = \"in_litigation\"\ncase = \"b-case\"").is_ok());
        assert!(matches!(
            parse_one("affects = []"),
            Err(ChangeDataError::NoAffects { .. })
        ));
        assert!(matches!(
            parse_one(r#"affects = ["a-statute", "a-statute"]"#),
            Err(ChangeDataError::DuplicateAffects { .. })
        ));
        assert!(matches!(
            parse_one(r#"id = "A_Change""#),
            Err(ChangeDataError::BadId { .. })
        ));
        assert!(matches!(
            parse_one(r#"title = " ""#),
            Err(ChangeDataError::EmptyTitle { .. })
        ));
        assert!(matches!(
            parse_one(r#"evidence = ["ftp://x"]"#),
            Err(ChangeDataError::BadEvidence { .. })
        ));
        assert!(matches!(
            parse_one(r#"colour = "red""#),
            Err(ChangeDataError::Parse { .. })
        ));
        let twice = format!("[[change]]\n{GOOD}\n[[change]]\n{GOOD}\n");
        assert!(matches!(
            Changes::parse("test.toml", &twice, &authorities()),
            Err(ChangeDataError::Duplicate { .. })
        ));
    }

    #[test]
    fn a_month_precision_change_is_due_after_its_whole_month() {
        let c = parse_with(
            &GOOD.replace("2026-12-01", "2026-06-03"),
            "date = 2026-06-01\nprecision = \"month\"",
        )
        .expect("loads");
        let ch = c.get("a-change").expect("present");
        assert_eq!(ch.latest_date(), NaiveDate::from_ymd_opt(2026, 6, 30).expect("date"));
        assert_eq!(ch.review_due(), NaiveDate::from_ymd_opt(2026, 6, 30).expect("date"));
        let dec = parse_with(GOOD, "date = 2025-12-01\nprecision = \"month\"").expect("loads");
        assert_eq!(
            dec.get("a-change").expect("present").latest_date(),
            NaiveDate::from_ymd_opt(2025, 12, 31).expect("date")
        );
    }

    #[test]
    fn newest_first_orders_by_date_then_id() {
        let text = format!(
            "[[change]]\n{GOOD}\n[[change]]\n{}\n[[change]]\n{}\n",
            GOOD.replace("a-change", "old").replace("2026-01-29", "2025-01-01"),
            GOOD.replace("a-change", "another"),
        );
        let c = Changes::parse("test.toml", &text, &authorities()).expect("loads");
        let ids: Vec<&str> = c.newest_first().iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["a-change", "another", "old"]);
        assert_eq!(c.affecting("a-statute").count(), 3);
        assert_eq!(c.affecting("b-case").count(), 0);
    }

    #[test]
    fn the_embedded_log_loads_and_every_kind_and_status_has_an_id() {
        let c = load().expect("embedded change log");
        assert!(c.len() >= 25, "{} changes", c.len());
        for k in Kind::ALL {
            let json = serde_json::to_string(&k).expect("json");
            assert_eq!(json, format!("\"{}\"", k.as_str()));
        }
        for s in LegalStatus::ALL {
            let json = serde_json::to_string(&s).expect("json");
            assert_eq!(json, format!("\"{}\"", s.as_str()));
        }
    }
}
