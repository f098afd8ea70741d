//! The reports the law requires: §§ 9-131(f) (DOC), 14-154(f) (NYPD), 9-205(f) (Probation), annual for
//! the 12 months ending June 30, and § 10-178(d) (every agency's assistance requests), quarterly.
//!
//! A report is data first ([`Report`], written as JSON with keys after the subdivision: `items.f1` …,
//! `items.d`); CSV and PDF are renderings of the same data. Every figure lists the records behind it (the
//! request ids), or in an anonymized report a keyed digest of them, so that an auditor with access to the
//! register can check it. The counting rules are in [`compute`] and are stated in each report
//! (`counting`); the law in force for the period (which definition of "federal immigration authorities",
//! what is not confirmed) is in `law_in_force` and `notes`.
//!
//! **Small cells** (anonymized reports; § 10-178(d)'s are anonymized by default, as the subdivision
//! requires): see [`SUPPRESSION_RULE`].

pub mod compute;
pub mod csv;
#[cfg(feature = "pdf")]
pub mod pdf;
mod suppress;

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;
use serde_json::{Map, Value, json};

use crate::error::{RegisterError, Result};

pub use suppress::{DEFAULT_MIN_CELL, SUPPRESSION_RULE, anonymize, records_digest};

/// Which report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Law {
    /// § 9-131(f), Department of Correction.
    Doc,
    /// § 14-154(f), Police Department.
    Nypd,
    /// § 9-205(f), Department of Probation.
    Probation,
    /// § 10-178(d), assistance requests to any agency.
    Assistance,
}

impl Law {
    pub const ALL: [Law; 4] = [Law::Doc, Law::Nypd, Law::Probation, Law::Assistance];

    pub fn parse(s: &str) -> Result<Law> {
        let t = s.trim().trim_start_matches('§').trim();
        let t = t.split('(').next().unwrap_or(t).trim();
        match t {
            "9-131" => Ok(Law::Doc),
            "14-154" => Ok(Law::Nypd),
            "9-205" => Ok(Law::Probation),
            "10-178" => Ok(Law::Assistance),
            _ => Err(RegisterError::Field(crate::FieldError::new(
                "law",
                format!("unknown report {s:?}: expected 9-131, 14-154, 9-205 or 10-178"),
            ))),
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Law::Doc => "9-131",
            Law::Nypd => "14-154",
            Law::Probation => "9-205",
            Law::Assistance => "10-178",
        }
    }

    pub fn spec(self) -> &'static LawSpec {
        let id = self.id();
        data()
            .law
            .iter()
            .find(|l| l.id == id)
            .unwrap_or_else(|| panic!("data/reporting.toml has no law {id}"))
    }

    pub fn quarterly(self) -> bool {
        self == Law::Assistance
    }
}

/// One report as `data/reporting.toml` describes it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LawSpec {
    pub id: String,
    #[serde(default)]
    pub agency: Option<String>,
    pub subdivision: String,
    pub section: String,
    pub title: String,
    pub due: String,
    pub period: String,
    pub source: String,
    pub items: Vec<ItemSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemSpec {
    pub key: String,
    pub citation: String,
    pub unit: String,
    pub text: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteSpec {
    pub from: NaiveDate,
    #[serde(default)]
    pub laws: Option<Vec<String>>,
    pub text: String,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportingData {
    pub law: Vec<LawSpec>,
    pub note: Vec<NoteSpec>,
}

/// The reporting data, read once (it is embedded; a test checks it loads and covers every law).
pub fn data() -> &'static ReportingData {
    static DATA: OnceLock<ReportingData> = OnceLock::new();
    DATA.get_or_init(|| {
        toml::from_str(include_str!("../../data/reporting.toml")).unwrap_or_else(|e| panic!("data/reporting.toml: {e}"))
    })
}

/// The period a report covers (New York days, both included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    /// `FROM/TO`; or for the annual reports `2026` (the 12 months ending 2026-06-30); or for § 10-178(d)
    /// `2026Q1`.
    pub fn parse(law: Law, s: &str) -> Result<Period> {
        let bad = |m: String| RegisterError::Field(crate::FieldError::new("period", m));
        let t = s.trim();
        if t.contains('/') {
            let (from, to) = crate::event::parse_period(t).map_err(bad)?;
            return Ok(Period { from, to });
        }
        let ymd =
            |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| bad(format!("{t:?}: no such day")));
        if let Some((y, q)) = t.split_once(['Q', 'q']) {
            let y: i32 = y
                .parse()
                .map_err(|_| bad(format!("{t:?} is not a quarter, as 2026Q1")))?;
            let q: u32 = q
                .parse()
                .ok()
                .filter(|q| (1..=4).contains(q))
                .ok_or_else(|| bad(format!("{t:?}: quarters are Q1 to Q4")))?;
            let from = ymd(y, 3 * q - 2, 1)?;
            let to = if q == 4 {
                ymd(y, 12, 31)?
            } else {
                ymd(y, 3 * q + 1, 1)?.pred_opt().unwrap_or(from)
            };
            return Ok(Period { from, to });
        }
        let y: i32 = t.parse().map_err(|_| {
            bad(format!(
                "{t:?} is not a period: write FROM/TO, a year (the 12 months ending June 30) or a quarter (2026Q1)"
            ))
        })?;
        if law.quarterly() {
            return Err(bad(format!(
                "§ 10-178(d) reports by quarter: write {y}Q1 … {y}Q4, or FROM/TO"
            )));
        }
        Ok(Period {
            from: ymd(y - 1, 7, 1)?,
            to: ymd(y, 6, 30)?,
        })
    }

    /// Whether this is the period the law names for this report.
    pub fn statutory(&self, law: Law) -> bool {
        if law.quarterly() {
            let q_start = matches!(self.from.month(), 1 | 4 | 7 | 10) && self.from.day() == 1;
            let next = self.to.succ_opt();
            q_start
                && next.is_some_and(|n| n.day() == 1 && n.month() == (self.from.month() + 2) % 12 + 1)
                && (self.to - self.from).num_days() < 93
        } else {
            self.from.month() == 7
                && self.from.day() == 1
                && self.to.month() == 6
                && self.to.day() == 30
                && self.to.year() == self.from.year() + 1
        }
    }

    pub fn contains(&self, d: NaiveDate) -> bool {
        self.from <= d && d <= self.to
    }
}

/// How a report is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub anonymize: bool,
    pub min_cell: u64,
}

impl Options {
    /// The law's default: § 10-178(d) is anonymized ("an anonymized compilation"); the annual reports are
    /// exact (the law asks for each number, and they are counts, not persons).
    pub fn for_law(law: Law) -> Options {
        Options {
            anonymize: law == Law::Assistance,
            min_cell: DEFAULT_MIN_CELL,
        }
    }
}

/// A figure's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value_ {
    Count(u64),
    Cents(i64),
    /// Nothing in the register says (SCAAP funding with no figures recorded for the period).
    NotRecorded,
}

/// One figure of an item: where it sits (`["by_basis", "removal_order"]`), its value, and its records.
#[derive(Debug, Clone)]
pub struct Figure {
    pub path: Vec<String>,
    pub value: Value_,
    pub unit: &'static str,
    /// The records behind it (request or funding ids), sorted, each once.
    pub records: Vec<String>,
    pub suppressed: bool,
    pub digest: Option<String>,
}

/// An item of the subdivision (f1 … f9, d) or of the review (checks the law does not ask for).
#[derive(Debug, Clone)]
pub struct Item {
    pub key: String,
    pub citation: Option<String>,
    pub text: String,
    pub unit: String,
    pub figures: Vec<Figure>,
}

/// A note the report carries, with its source.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Note {
    pub text: String,
    pub source: String,
}

/// A whole report.
#[derive(Debug, Clone)]
pub struct Report {
    pub law: Law,
    pub period: Period,
    pub generated_at: String,
    pub register_id: String,
    pub head_seq: i64,
    pub head_hash: String,
    pub options: Options,
    pub counting: Vec<&'static str>,
    pub law_in_force: Value,
    pub notes: Vec<Note>,
    pub items: Vec<Item>,
    pub review: Vec<Item>,
}

impl Report {
    /// The report as JSON.
    pub fn to_json(&self) -> Value {
        let spec = self.law.spec();
        let mut items = Map::new();
        for item in &self.items {
            items.insert(item.key.clone(), self.item_json(item));
        }
        let mut review = Map::new();
        for item in &self.review {
            review.insert(item.key.clone(), self.item_json(item));
        }
        json!({
            "report": spec.subdivision,
            "law": self.law.id(),
            "title": spec.title,
            "due": spec.due,
            "source": spec.source,
            "period": {
                "from": self.period.from.to_string(),
                "to": self.period.to.to_string(),
                "statutory": self.period.statutory(self.law),
            },
            "generated_at": self.generated_at,
            "register": { "id": self.register_id, "head_seq": self.head_seq, "head_hash": self.head_hash },
            "anonymized": self.options.anonymize,
            "suppression": if self.options.anonymize {
                json!({ "rule": SUPPRESSION_RULE, "min_cell": self.options.min_cell })
            } else { Value::Null },
            "counting": self.counting,
            "law_in_force": self.law_in_force,
            "notes": self.notes,
            "items": items,
            "review": review,
        })
    }

    fn item_json(&self, item: &Item) -> Value {
        let mut m = Map::new();
        if let Some(c) = &item.citation {
            m.insert("citation".into(), c.clone().into());
        }
        m.insert("text".into(), item.text.clone().into());
        m.insert("unit".into(), item.unit.clone().into());
        let mut obj = Value::Object(m);
        for f in &item.figures {
            let mut cell = Map::new();
            match (&f.value, f.suppressed) {
                (_, true) => {
                    cell.insert("count".into(), Value::Null);
                    cell.insert("suppressed".into(), true.into());
                }
                (Value_::Count(n), false) => {
                    cell.insert("count".into(), (*n).into());
                }
                (Value_::Cents(c), false) => {
                    cell.insert("usd".into(), crate::event::cents_text(*c).into());
                }
                (Value_::NotRecorded, false) => {
                    cell.insert("usd".into(), Value::Null);
                    cell.insert("not_recorded".into(), true.into());
                }
            }
            if f.unit != item.unit {
                cell.insert("unit".into(), f.unit.into());
            }
            if !f.suppressed {
                if self.options.anonymize {
                    if let Some(d) = &f.digest {
                        cell.insert("records_digest".into(), d.clone().into());
                    }
                } else {
                    cell.insert("records".into(), f.records.clone().into());
                }
            }
            insert_at(&mut obj, &f.path, Value::Object(cell));
        }
        obj
    }
}

fn insert_at(v: &mut Value, path: &[String], cell: Value) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut cur = v;
    for p in parents {
        let Value::Object(m) = cur else { return };
        cur = m.entry(p.clone()).or_insert_with(|| Value::Object(Map::new()));
    }
    if let Value::Object(m) = cur {
        m.insert(last.clone(), cell);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reporting_data_covers_every_law() {
        for law in Law::ALL {
            let spec = law.spec();
            assert!(!spec.items.is_empty());
            assert!(spec.subdivision.contains(law.id()));
        }
        assert_eq!(
            Law::Doc.spec().items.iter().map(|i| i.key.as_str()).collect::<Vec<_>>(),
            ["f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9"]
        );
    }

    #[test]
    fn periods() {
        let p = Period::parse(Law::Doc, "2026").unwrap();
        assert_eq!(
            (p.from.to_string(), p.to.to_string()),
            ("2025-07-01".into(), "2026-06-30".into())
        );
        assert!(p.statutory(Law::Doc));
        let q = Period::parse(Law::Assistance, "2026Q4").unwrap();
        assert_eq!(
            (q.from.to_string(), q.to.to_string()),
            ("2026-10-01".into(), "2026-12-31".into())
        );
        assert!(q.statutory(Law::Assistance));
        let q1 = Period::parse(Law::Assistance, "2026Q1").unwrap();
        assert_eq!(q1.to.to_string(), "2026-03-31");
        assert!(q1.statutory(Law::Assistance));
        assert!(
            !Period::parse(Law::Assistance, "2026-01-01/2026-06-30")
                .unwrap()
                .statutory(Law::Assistance)
        );
        assert!(
            !Period::parse(Law::Doc, "2025-01-01/2025-12-31")
                .unwrap()
                .statutory(Law::Doc)
        );
        assert!(Period::parse(Law::Assistance, "2026").is_err());
        assert!(Period::parse(Law::Doc, "2026-06-30/2026-01-01").is_err());
    }
}

/// How a report is written out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
    Pdf,
}

impl Format {
    pub fn parse(s: &str) -> Result<Format> {
        match s {
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            "pdf" => Ok(Format::Pdf),
            _ => Err(RegisterError::Field(crate::FieldError::new(
                "format",
                format!("unknown format {s:?}: json, csv or pdf"),
            ))),
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::Csv => "text/csv; charset=utf-8",
            Format::Pdf => "application/pdf",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Pdf => "pdf",
        }
    }
}

/// The report in a format.
pub fn render(report: &Report, format: Format) -> Result<Vec<u8>> {
    match format {
        Format::Json => {
            let mut v =
                serde_json::to_vec_pretty(&report.to_json()).map_err(|e| RegisterError::Report(e.to_string()))?;
            v.push(b'\n');
            Ok(v)
        }
        Format::Csv => csv::write(report).map_err(|e| RegisterError::Report(e.to_string())),
        #[cfg(feature = "pdf")]
        Format::Pdf => pdf::write(report).map_err(RegisterError::Report),
        #[cfg(not(feature = "pdf"))]
        Format::Pdf => Err(RegisterError::Report(
            "this build has no PDF reports (feature \"pdf\")".into(),
        )),
    }
}
