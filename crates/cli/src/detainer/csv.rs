//! `amparo detainer --batch FILE --input-format csv`: cases from a CSV export, one row per conviction, the rows
//! of one case next to each other and sharing its id (without an id column, each row is a case). The CSV
//! syntax is read by the `csv` crate; the fields by `amparo_law::detainer::CsvColumns`. Memory stays bounded by
//! the rows of one case (at most [`MAX_ROWS_PER_CASE`]).

use std::io;
use std::path::Path;
use std::process::ExitCode;

use amparo_law::detainer::{CaseError, CsvColumns, Outcome, TraceLevel, evaluate_into};
use anyhow::{Context, Result, bail};
use chrono::NaiveDate;

use super::{Batch, Progress, progress_bar};
use crate::input;

/// The most rows one case may have (its convictions); a longer run of one id is refused, not held.
pub(super) const MAX_ROWS_PER_CASE: usize = 1000;

/// A CSV record as the law crate reads rows.
struct Record<'a>(&'a ::csv::StringRecord);

impl amparo_law::detainer::csv::Row for Record<'_> {
    fn field(&self, index: usize) -> Option<&str> {
        self.0.get(index)
    }
}

/// `FIELD=COLUMN` pairs from `--columns`.
fn mapping(columns: &[String]) -> Result<Vec<(&str, &str)>> {
    columns
        .iter()
        .filter(|c| !c.trim().is_empty())
        .map(|c| match c.split_once('=') {
            Some((field, column)) if !field.trim().is_empty() && !column.trim().is_empty() => {
                Ok((field.trim(), column.trim()))
            }
            _ => bail!("--columns takes FIELD=COLUMN pairs, as in statute=TOP_CHARGE; got {c:?}"),
        })
        .collect()
}

/// Decide the cases of a CSV file or stream.
pub(super) fn batch(
    path: &Path,
    columns: &[String],
    today: NaiveDate,
    level: TraceLevel,
    progress: Progress,
) -> Result<ExitCode> {
    let mapping = mapping(columns)?;
    let (reader, len) = input::open_stream(path)?;
    let mut rdr = ::csv::ReaderBuilder::new().flexible(true).from_reader(reader);
    let header: Vec<String> = rdr
        .headers()
        .context("reading the CSV header row")?
        .iter()
        .map(str::to_owned)
        .collect();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let cols = match CsvColumns::new(&header, &mapping) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("amparo: {e}");
            return Ok(ExitCode::from(crate::EXIT_BAD_INPUT));
        }
    };
    let stdout = io::stdout();
    let mut b = Batch::new(stdout.lock(), level, progress_bar(len, progress));
    let mut outcome = Outcome::buffer();
    // The rows of the case being gathered, reused from case to case.
    let mut rows: Vec<(u64, ::csv::StringRecord)> = Vec::new();
    let mut spare: Vec<::csv::StringRecord> = Vec::new();
    let mut overlong: Option<(u64, String)> = None;
    let mut last_byte = 0u64;
    let mut record = ::csv::StringRecord::new();
    let result = (|| -> io::Result<()> {
        loop {
            let more = match rdr.read_record(&mut record) {
                Ok(more) => more,
                Err(e) => {
                    // A row the CSV reader cannot split (bad quoting, invalid UTF-8) is refused; reading goes on.
                    let line = e.position().map_or(0, |p| p.line());
                    decide(&cols, &mut rows, &mut spare, &mut overlong, today, &mut outcome, &mut b)?;
                    b.refused(
                        line,
                        &CaseError::new("(row)", format!("the CSV row cannot be read: {e}")),
                    )?;
                    if matches!(e.kind(), ::csv::ErrorKind::Io(_)) {
                        return Err(io::Error::other(e.to_string()));
                    }
                    continue;
                }
            };
            let byte = rdr.position().byte();
            b.read(byte.saturating_sub(last_byte));
            last_byte = byte;
            if !more {
                break;
            }
            let line = record.position().map_or(0, |p| p.line());
            let same_case = cols.has_id()
                && rows.last().is_some_and(|(_, r)| {
                    cols.id(&Record(r)).is_some() && cols.id(&Record(r)) == cols.id(&Record(&record))
                });
            if !same_case {
                decide(&cols, &mut rows, &mut spare, &mut overlong, today, &mut outcome, &mut b)?;
            }
            if overlong.is_some() {
                continue;
            }
            if rows.len() >= MAX_ROWS_PER_CASE {
                let id = cols.id(&Record(&record)).unwrap_or("").to_owned();
                overlong = Some((rows.first().map_or(line, |(l, _)| *l), id));
                spare.extend(rows.drain(..).map(|(_, r)| r));
                continue;
            }
            let mut kept = spare.pop().unwrap_or_default();
            std::mem::swap(&mut kept, &mut record);
            rows.push((line, kept));
        }
        decide(&cols, &mut rows, &mut spare, &mut overlong, today, &mut outcome, &mut b)
    })();
    b.finish(result)
}

/// Decide the gathered case (if any), and get ready for the next.
fn decide(
    cols: &CsvColumns,
    rows: &mut Vec<(u64, ::csv::StringRecord)>,
    spare: &mut Vec<::csv::StringRecord>,
    overlong: &mut Option<(u64, String)>,
    today: NaiveDate,
    outcome: &mut Outcome,
    b: &mut Batch<'_>,
) -> io::Result<()> {
    if let Some((line, id)) = overlong.take() {
        return b.refused(
            line,
            &CaseError::new(
                "(case)",
                format!("the case {id:?} has more than {MAX_ROWS_PER_CASE} rows; a case is a few convictions"),
            ),
        );
    }
    let Some(first_line) = rows.first().map(|(l, _)| *l) else {
        return Ok(());
    };
    let views: Vec<(u64, Record<'_>)> = rows.iter().map(|(l, r)| (*l, Record(r))).collect();
    let refs: Vec<(u64, &Record<'_>)> = views.iter().map(|(l, r)| (*l, r)).collect();
    let result = cols.case(&refs).and_then(|case| evaluate_into(&case, today, outcome));
    let written = match result {
        Ok(()) => b.decided(outcome),
        Err(e) => b.refused(first_line, &e),
    };
    drop(refs);
    drop(views);
    spare.extend(rows.drain(..).map(|(_, r)| r));
    written
}
