//! Cases from CSV rows, as city systems export them: one row per conviction (or per case without one), the rows
//! of one case next to each other and sharing its id, with column names mapped to the contract's fields.
//!
//! The CSV syntax itself (quotes, separators) is the caller's (the CLI uses the `csv` crate); this module reads
//! the fields. Values are read as exports write them: dates as `YYYY-MM-DD` or `MM/DD/YYYY` (a time after them is
//! ignored), booleans as `true`/`false`, `yes`/`no`, `y`/`n`, `1`/`0` (empty: absent), `felony` also as
//! `felony`/`misdemeanor`/`violation` or `F`/`M`/`V`, and ids case-insensitively. A value that cannot be read is
//! an error naming the contract field, the column and the line; nothing is guessed.

use chrono::NaiveDate;
use compact_str::CompactString;

use super::case::parse_ymd;
use super::{Agency, Case, CaseError, Conviction, Inchoate, Jurisdiction, RequestedBy};

/// The case fields a row can carry, by their contract names.
pub const CASE_FIELDS: [&str; 8] = [
    "id",
    "agency",
    "as_of",
    "arrest_date",
    "requested_by",
    "judicial_warrant",
    "tsdb_possible_match",
    "reentered_after_removal",
];

/// The conviction fields a row can carry.
pub const CONVICTION_FIELDS: [&str; 11] = [
    "statute",
    "felony",
    "judgment_date",
    "jurisdiction",
    "ny_equivalent",
    "youthful_offender",
    "juvenile_delinquent",
    "inchoate",
    "hate_crime",
    "days_incarcerated",
    "sentence_over_one_year_authorized",
];

/// A row of fields, as the CSV reader gives them.
pub trait Row {
    /// The field at `index`, if the row has one.
    fn field(&self, index: usize) -> Option<&str>;
}

impl Row for [&str] {
    fn field(&self, index: usize) -> Option<&str> {
        self.get(index).copied()
    }
}

impl<const N: usize> Row for [&str; N] {
    fn field(&self, index: usize) -> Option<&str> {
        self.get(index).copied()
    }
}

impl Row for Vec<String> {
    fn field(&self, index: usize) -> Option<&str> {
        self.get(index).map(String::as_str)
    }
}

/// Which column holds each contract field.
#[derive(Debug, Clone)]
pub struct CsvColumns {
    case: [Option<usize>; CASE_FIELDS.len()],
    conviction: [Option<usize>; CONVICTION_FIELDS.len()],
    names: Vec<String>,
}

/// Why a header and its mapping cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CsvHeaderError {
    #[error("--columns names {0:?}, which is not a field of the detainer contract; the fields are {1}")]
    UnknownField(String, String),
    #[error("--columns maps {field} to the column {column:?}, which is not in the CSV header")]
    NoSuchColumn { field: String, column: String },
    #[error("the CSV has no column for {0:?}: map one with --columns {0}=COLUMN")]
    Missing(&'static str),
    #[error("the columns {0:?} and {1:?} both map to the same field")]
    Twice(String, String),
}

fn all_fields() -> String {
    CASE_FIELDS
        .iter()
        .chain(CONVICTION_FIELDS.iter())
        .copied()
        .collect::<Vec<_>>()
        .join(", ")
}

impl CsvColumns {
    /// The columns of `header`. A field maps to the column named in `mapping` (contract field → column name),
    /// else to a column with the field's own name (case-insensitive); columns that map to nothing are ignored.
    /// `agency`, `arrest_date`, `statute` and `judgment_date` need a column.
    pub fn new(header: &[&str], mapping: &[(&str, &str)]) -> Result<Self, CsvHeaderError> {
        let find = |name: &str| header.iter().position(|h| h.trim().eq_ignore_ascii_case(name.trim()));
        for (field, _) in mapping {
            if !CASE_FIELDS.contains(field) && !CONVICTION_FIELDS.contains(field) {
                return Err(CsvHeaderError::UnknownField((*field).to_owned(), all_fields()));
            }
        }
        let column = |field: &'static str| -> Result<Option<usize>, CsvHeaderError> {
            let mapped: Vec<&&str> = mapping.iter().filter(|(f, _)| *f == field).map(|(_, c)| c).collect();
            match mapped.as_slice() {
                [] => Ok(find(field)),
                [c] => find(c).map(Some).ok_or_else(|| CsvHeaderError::NoSuchColumn {
                    field: field.to_owned(),
                    column: (**c).to_owned(),
                }),
                [a, b, ..] => Err(CsvHeaderError::Twice((**a).to_owned(), (**b).to_owned())),
            }
        };
        let mut case = [None; CASE_FIELDS.len()];
        for (slot, field) in case.iter_mut().zip(CASE_FIELDS) {
            *slot = column(field)?;
        }
        let mut conviction = [None; CONVICTION_FIELDS.len()];
        for (slot, field) in conviction.iter_mut().zip(CONVICTION_FIELDS) {
            *slot = column(field)?;
        }
        for (i, field) in [(1, "agency"), (3, "arrest_date")] {
            if case[i].is_none() {
                return Err(CsvHeaderError::Missing(field));
            }
        }
        for (i, field) in [(0, "statute"), (2, "judgment_date")] {
            if conviction[i].is_none() {
                return Err(CsvHeaderError::Missing(field));
            }
        }
        Ok(Self {
            case,
            conviction,
            names: header.iter().map(|h| h.trim().to_owned()).collect(),
        })
    }

    /// Whether the CSV has an id column (without one, every row is a case of its own).
    pub fn has_id(&self) -> bool {
        self.case[0].is_some()
    }

    /// The row's case id (empty: none).
    pub fn id<'r, R: Row + ?Sized>(&self, row: &'r R) -> Option<&'r str> {
        self.case[0]
            .and_then(|i| row.field(i))
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    /// One case from its rows, each with its line number: the case fields from the first row that has them
    /// (later rows must agree), one conviction from every row that has a statute or a judgment date.
    pub fn case<R: Row + ?Sized>(&self, rows: &[(u64, &R)]) -> Result<Case, CaseError> {
        let mut case_values: [Option<(u64, &str)>; CASE_FIELDS.len()] = [None; CASE_FIELDS.len()];
        let mut convictions = Vec::new();
        for &(line, row) in rows {
            for (k, col) in self.case.iter().enumerate() {
                let Some(value) = col.and_then(|c| row.field(c)).map(str::trim).filter(|v| !v.is_empty()) else {
                    continue;
                };
                match case_values[k] {
                    None => case_values[k] = Some((line, value)),
                    Some((first, v)) if !v.eq_ignore_ascii_case(value) => {
                        return Err(self.error(
                            CASE_FIELDS[k],
                            *col,
                            line,
                            format!("the rows of one case disagree: line {first} says {v:?}, this line {value:?}"),
                        ));
                    }
                    Some(_) => {}
                }
            }
            let value = |k: usize| -> Option<&str> {
                self.conviction[k]
                    .and_then(|c| row.field(c))
                    .map(str::trim)
                    .filter(|v| !v.is_empty())
            };
            if value(0).is_none() && value(2).is_none() {
                continue;
            }
            let index = convictions.len();
            let err = |k: usize, message: String| {
                self.error(
                    &format!("convictions[{index}].{}", CONVICTION_FIELDS[k]),
                    self.conviction[k],
                    line,
                    message,
                )
            };
            let flag = |k: usize| -> Result<Option<bool>, CaseError> {
                value(k)
                    .map(|v| boolean(v).ok_or_else(|| err(k, bad_bool(v))))
                    .transpose()
            };
            let Some(judgment) = value(2) else {
                return Err(err(2, "the judgment date is empty".into()));
            };
            convictions.push(Conviction {
                statute: CompactString::from(value(0).unwrap_or("")),
                felony: value(1)
                    .map(|v| {
                        felony(v).ok_or_else(|| {
                            err(1, format!("{v:?}: write felony or misdemeanor (F or M), true or false"))
                        })
                    })
                    .transpose()?,
                judgment_date: date(judgment).ok_or_else(|| err(2, bad_date(judgment)))?,
                jurisdiction: match value(3) {
                    None => Jurisdiction::NewYork,
                    Some(v) => Jurisdiction::parse(v).ok_or_else(|| {
                        err(
                            3,
                            format!("{v:?}: write NY, federal or a two-letter state code such as NJ"),
                        )
                    })?,
                },
                ny_equivalent: value(4).map(CompactString::from),
                youthful_offender: flag(5)?.unwrap_or(false),
                juvenile_delinquent: flag(6)?.unwrap_or(false),
                inchoate: value(7)
                    .map(|v| {
                        inchoate(v).ok_or_else(|| {
                            err(
                                7,
                                format!("{v:?}: write attempt, conspiracy, solicitation or facilitation"),
                            )
                        })
                    })
                    .transpose()?,
                hate_crime: flag(8)?.unwrap_or(false),
                days_incarcerated: value(9)
                    .map(|v| {
                        v.parse::<u32>()
                            .map_err(|_| err(9, format!("{v:?}: write a whole number of days")))
                    })
                    .transpose()?
                    .unwrap_or(0),
                sentence_over_one_year_authorized: flag(10)?,
            });
        }
        let get = |k: usize| case_values[k];
        let case_err = |k: usize, line: u64, message: String| self.error(CASE_FIELDS[k], self.case[k], line, message);
        let first_line = rows.first().map_or(0, |(l, _)| *l);
        let flag = |k: usize| -> Result<bool, CaseError> {
            get(k)
                .map(|(line, v)| boolean(v).ok_or_else(|| case_err(k, line, bad_bool(v))))
                .transpose()
                .map(|b| b.unwrap_or(false))
        };
        let Some((line, agency)) = get(1) else {
            return Err(case_err(1, first_line, "no row of the case gives the agency".into()));
        };
        let agency = Agency::ALL
            .into_iter()
            .find(|a| a.id().eq_ignore_ascii_case(agency))
            .ok_or_else(|| case_err(1, line, format!("{agency:?}: write doc, nypd or probation")))?;
        let Some((line, arrest)) = get(3) else {
            return Err(case_err(
                3,
                first_line,
                "no row of the case gives the arrest date".into(),
            ));
        };
        let arrest_date = date(arrest).ok_or_else(|| case_err(3, line, bad_date(arrest)))?;
        let as_of = get(2)
            .map(|(line, v)| date(v).ok_or_else(|| case_err(2, line, bad_date(v))))
            .transpose()?;
        let requested_by = match get(4) {
            None => RequestedBy::Ice,
            Some((line, v)) => RequestedBy::ALL
                .into_iter()
                .find(|r| r.id().eq_ignore_ascii_case(v))
                .ok_or_else(|| {
                    case_err(
                        4,
                        line,
                        format!("{v:?}: write ice, hsi, cbp, fbi, usms or other_federal"),
                    )
                })?,
        };
        Ok(Case {
            id: get(0).map(|(_, v)| CompactString::from(v)),
            agency,
            as_of,
            arrest_date,
            requested_by,
            judicial_warrant: flag(5)?,
            tsdb_possible_match: flag(6)?,
            reentered_after_removal: flag(7)?,
            convictions,
        })
    }

    /// An error on a contract field, saying which column and line held the value.
    fn error(&self, field: &str, column: Option<usize>, line: u64, message: String) -> CaseError {
        let column = column.and_then(|c| self.names.get(c)).map_or("", String::as_str);
        CaseError::new(field, format!("line {line}, column {column:?}: {message}")).with_code("csv_value")
    }
}

fn bad_bool(v: &str) -> String {
    format!("{v:?}: write true or false (yes/no, y/n, 1/0)")
}

fn bad_date(v: &str) -> String {
    format!("{v:?}: write a real date as YYYY-MM-DD or MM/DD/YYYY")
}

fn boolean(v: &str) -> Option<bool> {
    const TRUE: &[&str] = &["true", "yes", "y", "1"];
    const FALSE: &[&str] = &["false", "no", "n", "0"];
    if TRUE.iter().any(|t| t.eq_ignore_ascii_case(v)) {
        Some(true)
    } else if FALSE.iter().any(|f| f.eq_ignore_ascii_case(v)) {
        Some(false)
    } else {
        None
    }
}

fn felony(v: &str) -> Option<bool> {
    const FELONY: &[&str] = &["felony", "f", "fel"];
    const NOT: &[&str] = &["misdemeanor", "m", "misd", "violation", "v", "viol", "infraction", "i"];
    if FELONY.iter().any(|t| t.eq_ignore_ascii_case(v)) {
        Some(true)
    } else if NOT.iter().any(|t| t.eq_ignore_ascii_case(v)) {
        Some(false)
    } else {
        boolean(v)
    }
}

fn inchoate(v: &str) -> Option<Inchoate> {
    [
        Inchoate::Attempt,
        Inchoate::Conspiracy,
        Inchoate::Solicitation,
        Inchoate::Facilitation,
    ]
    .into_iter()
    .find(|i| i.word().eq_ignore_ascii_case(v))
}

/// `YYYY-MM-DD` or `MM/DD/YYYY`, with anything after a space or a `T` (a time) ignored.
fn date(v: &str) -> Option<NaiveDate> {
    let day = v.split([' ', 'T']).next().unwrap_or("");
    if let Some(d) = parse_ymd(day) {
        return Some(d);
    }
    let mut parts = day.split('/');
    let (m, d, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.is_empty() || m.len() > 2 || d.is_empty() || d.len() > 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: [&str; 8] = [
        "CASE",
        "AGENCY",
        "ARREST_DT",
        "TOP_CHARGE",
        "CLASS",
        "DISP_DT",
        "WARRANT",
        "REQ",
    ];

    fn columns() -> CsvColumns {
        CsvColumns::new(
            &HEADER,
            &[
                ("id", "CASE"),
                ("arrest_date", "ARREST_DT"),
                ("statute", "TOP_CHARGE"),
                ("felony", "class"),
                ("judgment_date", "DISP_DT"),
                ("judicial_warrant", "WARRANT"),
                ("requested_by", "REQ"),
            ],
        )
        .expect("maps")
    }

    #[test]
    fn rows_of_one_case_make_one_case() {
        let a: [&str; 8] = ["c1", "DOC", "11/20/2026", "265.01B", "F", "2023-04-11", "yes", "HSI"];
        let b: [&str; 8] = ["c1", "", "", "110-125.25", "M", "03/02/2019 12:00:00 AM", "", ""];
        let case = columns().case(&[(2, &a), (3, &b)]).expect("reads");
        assert_eq!(case.id.as_deref(), Some("c1"));
        assert_eq!(case.agency, Agency::Doc);
        assert_eq!(case.arrest_date, NaiveDate::from_ymd_opt(2026, 11, 20).expect("date"));
        assert_eq!(case.requested_by, RequestedBy::Hsi);
        assert!(case.judicial_warrant);
        assert_eq!(case.convictions.len(), 2);
        assert_eq!(case.convictions[0].felony, Some(true));
        assert_eq!(case.convictions[1].felony, Some(false));
        assert_eq!(
            case.convictions[1].judgment_date,
            NaiveDate::from_ymd_opt(2019, 3, 2).expect("date")
        );
    }

    #[test]
    fn a_row_without_a_conviction_is_a_case_without_one() {
        let a: [&str; 8] = ["c2", "nypd", "2026-11-20", "", "", "", "n", ""];
        let case = columns().case(&[(2, &a)]).expect("reads");
        assert!(case.convictions.is_empty());
        assert!(!case.judicial_warrant);
    }

    #[test]
    fn errors_name_the_field_the_column_and_the_line() {
        for (row, field, words) in [
            (
                ["c", "dop", "2026-11-20", "", "", "", "", ""],
                "agency",
                "line 7, column \"AGENCY\"",
            ),
            (
                ["c", "doc", "2026-13-20", "", "", "", "", ""],
                "arrest_date",
                "\"2026-13-20\"",
            ),
            (
                ["c", "doc", "2026-11-20", "PL 120.05", "", "", "", ""],
                "convictions[0].judgment_date",
                "empty",
            ),
            (
                ["c", "doc", "2026-11-20", "PL 120.05", "X", "2020-01-01", "", ""],
                "convictions[0].felony",
                "\"X\"",
            ),
            (
                ["c", "doc", "2026-11-20", "", "", "", "maybe", ""],
                "judicial_warrant",
                "\"maybe\"",
            ),
            (
                ["c", "doc", "2026-11-20", "", "", "", "", "DEA"],
                "requested_by",
                "\"DEA\"",
            ),
        ] {
            let e = columns().case(&[(7, &row)]).expect_err(field);
            assert_eq!(e.field, field, "{e}");
            assert!(e.message.contains(words), "{e}");
        }
        let a: [&str; 8] = ["c", "doc", "2026-11-20", "", "", "", "", ""];
        let b: [&str; 8] = ["c", "nypd", "", "", "", "", "", ""];
        let e = columns().case(&[(2, &a), (3, &b)]).expect_err("disagree");
        assert!(e.message.contains("disagree"), "{e}");
    }

    #[test]
    fn the_header_must_carry_or_map_the_needed_fields() {
        assert!(matches!(
            CsvColumns::new(&["agency", "arrest_date", "statute"], &[]),
            Err(CsvHeaderError::Missing("judgment_date"))
        ));
        assert!(matches!(
            CsvColumns::new(&HEADER, &[("agencyy", "AGENCY")]),
            Err(CsvHeaderError::UnknownField(..))
        ));
        assert!(matches!(
            CsvColumns::new(&HEADER, &[("statute", "CHARGE")]),
            Err(CsvHeaderError::NoSuchColumn { .. })
        ));
        let own_names = CsvColumns::new(&["agency", "ARREST_DATE", "statute", "judgment_date"], &[]).expect("maps");
        assert!(!own_names.has_id());
    }
}
