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
        cell(row, self.case[0])
    }

    /// One case from its rows, each with its line number: the case fields from the first row that has them
    /// (later rows must agree), one conviction from every row that has a statute or a judgment date.
    pub fn case<R: Row + ?Sized>(&self, rows: &[(u64, &R)]) -> Result<Case, CaseError> {
        let first_line = rows.first().map_or(0, |(l, _)| *l);
        let mut case = Cells::new(self, &CASE_FIELDS, &self.case, String::new(), first_line);
        let mut convictions = Vec::new();
        for &(line, row) in rows {
            for (k, col) in self.case.iter().enumerate() {
                let Some(value) = cell(row, *col) else {
                    continue;
                };
                match case.values[k] {
                    None => case.values[k] = Some((line, value)),
                    Some((first, v)) if !v.eq_ignore_ascii_case(value) => {
                        return Err(case.error(
                            k,
                            line,
                            format!("the rows of one case disagree: line {first} says {v:?}, this line {value:?}"),
                        ));
                    }
                    Some(_) => {}
                }
            }
            let prefix = format!("convictions[{}].", convictions.len());
            let mut c = Cells::new(self, &CONVICTION_FIELDS, &self.conviction, prefix, line);
            for (k, col) in self.conviction.iter().enumerate() {
                c.values[k] = cell(row, *col).map(|v| (line, v));
            }
            if c.values[0].is_none() && c.values[2].is_none() {
                continue;
            }
            convictions.push(Conviction {
                statute: CompactString::from(c.values[0].map_or("", |(_, v)| v)),
                felony: c.read(1, felony, "write felony or misdemeanor (F or M), true or false")?,
                judgment_date: c.required(2, date, BAD_DATE, "the judgment date is empty")?,
                jurisdiction: c
                    .read(
                        3,
                        Jurisdiction::parse,
                        "write NY, federal or a two-letter state code such as NJ",
                    )?
                    .unwrap_or(Jurisdiction::NewYork),
                ny_equivalent: c.read(4, |v| Some(CompactString::from(v)), "")?,
                youthful_offender: c.flag(5)?,
                juvenile_delinquent: c.flag(6)?,
                inchoate: c.read(7, inchoate, "write attempt, conspiracy, solicitation or facilitation")?,
                hate_crime: c.flag(8)?,
                days_incarcerated: c
                    .read(9, |v| v.parse().ok(), "write a whole number of days")?
                    .unwrap_or(0),
                sentence_over_one_year_authorized: c.read(10, boolean, BAD_BOOL)?,
            });
        }
        let agency = |v: &str| Agency::ALL.into_iter().find(|a| a.id().eq_ignore_ascii_case(v));
        let requested_by = |v: &str| RequestedBy::ALL.into_iter().find(|r| r.id().eq_ignore_ascii_case(v));
        Ok(Case {
            id: case.values[0].map(|(_, v)| CompactString::from(v)),
            agency: case.required(
                1,
                agency,
                "write doc, nypd or probation",
                "no row of the case gives the agency",
            )?,
            arrest_date: case.required(3, date, BAD_DATE, "no row of the case gives the arrest date")?,
            as_of: case.read(2, date, BAD_DATE)?,
            requested_by: case
                .read(4, requested_by, "write ice, hsi, cbp, fbi, usms or other_federal")?
                .unwrap_or(RequestedBy::Ice),
            judicial_warrant: case.flag(5)?,
            tsdb_possible_match: case.flag(6)?,
            reentered_after_removal: case.flag(7)?,
            convictions,
        })
    }

    /// An error on a contract field, saying which column and line held the value.
    fn error(&self, field: &str, column: Option<usize>, line: u64, message: String) -> CaseError {
        let column = column.and_then(|c| self.names.get(c)).map_or("", String::as_str);
        CaseError::new(field, format!("line {line}, column {column:?}: {message}")).with_code("csv_value")
    }
}

/// The trimmed value at `column` of `row`; empty or missing: none.
fn cell<R: Row + ?Sized>(row: &R, column: Option<usize>) -> Option<&str> {
    column
        .and_then(|c| row.field(c))
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

/// The values of one record (the case, or one conviction), each with the line it came from: the one reader
/// every field goes through, so that each error names the contract field, the column and the line alike.
struct Cells<'c, 'r> {
    columns: &'c CsvColumns,
    fields: &'static [&'static str],
    index: &'c [Option<usize>],
    /// Before each field's name in errors (`convictions[0].`).
    prefix: String,
    values: Vec<Option<(u64, &'r str)>>,
    /// Where a missing value is reported.
    line: u64,
}

impl<'c, 'r> Cells<'c, 'r> {
    fn new(
        columns: &'c CsvColumns,
        fields: &'static [&'static str],
        index: &'c [Option<usize>],
        prefix: String,
        line: u64,
    ) -> Self {
        Cells {
            columns,
            fields,
            index,
            prefix,
            values: vec![None; fields.len()],
            line,
        }
    }

    fn error(&self, k: usize, line: u64, message: String) -> CaseError {
        let field = format!("{}{}", self.prefix, self.fields[k]);
        self.columns.error(&field, self.index[k], line, message)
    }

    /// Field `k` read with `parse`: absent is `None`; a value `parse` refuses is an error saying `hint`.
    fn read<T>(&self, k: usize, parse: impl Fn(&str) -> Option<T>, hint: &str) -> Result<Option<T>, CaseError> {
        self.values[k]
            .map(|(line, v)| parse(v).ok_or_else(|| self.error(k, line, format!("{v:?}: {hint}"))))
            .transpose()
    }

    /// Field `k`, which must be there (else the error says `missing`).
    fn required<T>(
        &self,
        k: usize,
        parse: impl Fn(&str) -> Option<T>,
        hint: &str,
        missing: &str,
    ) -> Result<T, CaseError> {
        self.read(k, parse, hint)?
            .ok_or_else(|| self.error(k, self.line, missing.to_owned()))
    }

    /// A yes/no field; absent is no.
    fn flag(&self, k: usize) -> Result<bool, CaseError> {
        Ok(self.read(k, boolean, BAD_BOOL)?.unwrap_or(false))
    }
}

const BAD_BOOL: &str = "write true or false (yes/no, y/n, 1/0)";
const BAD_DATE: &str = "write a real date as YYYY-MM-DD or MM/DD/YYYY";

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
