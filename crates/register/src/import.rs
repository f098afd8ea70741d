//! Import: a file of events (JSON lines or CSV), in batches of one transaction each. A batch that
//! committed is acknowledged (the progress callback hears of it); a crash loses at most the batch under
//! way, and never half a request. Running the same file again records only what is missing: a line already
//! recorded is "already there", not an error.

use std::io::BufRead;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

use crate::error::{FieldError, LineError, RegisterError};
use crate::event::{Event, MAX_LINE_BYTES, csv_row_to_json};
use crate::record::{Corrections, Lookup, WriteError, Written, write_event};
use crate::store::Register;

/// The shape of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    JsonLines,
    Csv,
}

impl Format {
    /// From a file name: `.csv` is CSV, anything else JSON lines.
    pub fn from_path(path: &std::path::Path) -> Format {
        match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("csv") => Format::Csv,
            _ => Format::JsonLines,
        }
    }
}

/// Counts so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    /// Lines read (blank lines included).
    pub lines: u64,
    pub recorded: u64,
    /// Already in the register (the same record): nothing written.
    pub already: u64,
    pub refused: u64,
    /// Input bytes read.
    pub bytes: u64,
}

/// What the importer tells its caller as it goes.
pub trait Progress {
    /// Input read so far (bytes).
    fn read(&mut self, _bytes: u64) {}
    /// A line was refused (nothing written for it).
    fn refused(&mut self, _error: &LineError) {}
    /// Everything through `line` is committed (acknowledged).
    fn committed(&mut self, _through_line: u64, _stats: &Stats) {}
}

/// A progress that says nothing.
pub struct Quiet;
impl Progress for Quiet {}

/// How the importer batches.
#[derive(Debug, Clone, Copy)]
pub struct Batching {
    /// Lines per transaction at most.
    pub lines: usize,
    /// Commit a batch at least this often (so that a slow input is acknowledged as it comes).
    pub every: Duration,
}

impl Default for Batching {
    fn default() -> Self {
        Batching {
            lines: 1000,
            every: Duration::from_millis(250),
        }
    }
}

/// Imports events, recording them as `actor`, corrections (and withdrawals) taking effect at once: for the
/// CLI, which acts with the database's own access.
pub async fn import(
    reg: &Register,
    input: impl BufRead,
    format: Format,
    actor: &str,
    batching: Batching,
    progress: &mut (dyn Progress + Send),
) -> Result<Stats, RegisterError> {
    import_with(reg, input, format, actor, batching, Corrections::Direct, progress).await
}

/// Imports events as [`import`] does, corrections as `corrections` says (the API: proposed, for a
/// supervisor other than the author to approve, as in the staff UI).
pub async fn import_with(
    reg: &Register,
    input: impl BufRead,
    format: Format,
    actor: &str,
    batching: Batching,
    corrections: Corrections,
    progress: &mut (dyn Progress + Send),
) -> Result<Stats, RegisterError> {
    let mut stats = Stats::default();
    let mut lines = Lines::new(input, format)?;
    loop {
        let started = Instant::now();
        let now = Utc::now();
        let mut batch: Vec<(u64, Result<Event, FieldError>)> = Vec::with_capacity(batching.lines);
        let mut last_line = stats.lines;
        while batch.len() < batching.lines && started.elapsed() < batching.every {
            match lines.next_event(now)? {
                None => break,
                Some(Read { line, bytes, event }) => {
                    stats.bytes += bytes;
                    last_line = line;
                    if let Some(e) = event {
                        batch.push((line, e));
                    }
                }
            }
        }
        stats.lines = last_line;
        progress.read(stats.bytes);
        let done = lines.done;
        if !batch.is_empty() {
            write_batch(reg, actor, batch, corrections, &mut stats, progress).await?;
        }
        progress.committed(stats.lines, &stats);
        if done {
            return Ok(stats);
        }
    }
}

async fn write_batch(
    reg: &Register,
    actor: &str,
    batch: Vec<(u64, Result<Event, FieldError>)>,
    corrections: Corrections,
    stats: &mut Stats,
    progress: &mut (dyn Progress + Send),
) -> Result<(), RegisterError> {
    let mut a = reg.append().await?;
    let mut look = Lookup::default();
    let ids: Vec<&str> = batch
        .iter()
        .filter_map(|(_, e)| match e {
            Ok(Event::Request(r)) => Some(r.id.as_str()),
            Ok(Event::Action(act)) => Some(act.reference.as_str()),
            Ok(Event::Correction(c)) => Some(c.reference.as_str()),
            _ => None,
        })
        .collect();
    let mut ids = ids;
    ids.sort_unstable();
    ids.dedup();
    look.prefetch(&mut a, &ids).await?;
    let mut counts = Stats::default();
    let mut refused = Vec::new();
    for (line, event) in batch {
        let result = match event {
            Ok(e) => {
                // A correction reads the tables: write what this batch has buffered before it.
                if matches!(&e, Event::Correction(_)) {
                    a.flush().await?;
                }
                write_event(&mut a, &mut look, actor, e, corrections).await
            }
            Err(e) => Err(WriteError::Refused(e)),
        };
        match result {
            Ok(Written::Entry(_) | Written::Proposed(_)) => counts.recorded += 1,
            Ok(Written::Already(_)) => counts.already += 1,
            Err(WriteError::Refused(error)) => {
                counts.refused += 1;
                refused.push(LineError { line, error });
            }
            Err(WriteError::Failed(e)) => return Err(e),
        }
    }
    a.commit().await?;
    // Reported after the commit: a refusal is final only once the rest of its batch is safe.
    for r in &refused {
        progress.refused(r);
    }
    stats.recorded += counts.recorded;
    stats.already += counts.already;
    stats.refused += counts.refused;
    Ok(())
}

/// One line read.
struct Read {
    line: u64,
    bytes: u64,
    /// None for a blank line.
    event: Option<Result<Event, FieldError>>,
}

/// Lines of either format.
struct Lines<R: BufRead> {
    format: Format,
    reader: Option<R>,
    csv: Option<(csv::Reader<R>, csv::StringRecord)>,
    line: u64,
    buf: Vec<u8>,
    done: bool,
    csv_pos: u64,
}

impl<R: BufRead> Lines<R> {
    fn new(input: R, format: Format) -> Result<Self, RegisterError> {
        let mut l = Lines {
            format,
            reader: None,
            csv: None,
            line: 0,
            buf: Vec::new(),
            done: false,
            csv_pos: 0,
        };
        match format {
            Format::JsonLines => l.reader = Some(input),
            Format::Csv => {
                let mut r = csv::ReaderBuilder::new()
                    .flexible(true)
                    .has_headers(true)
                    .from_reader(input);
                let header = r
                    .headers()
                    .map_err(|e| RegisterError::Field(FieldError::new("(header)", format!("line 1: {e}"))))?
                    .clone();
                if header.get(0).map(str::trim) != Some("type") {
                    return Err(RegisterError::Field(FieldError::new(
                        "(header)",
                        "line 1: the first column of the header must be \"type\"",
                    )));
                }
                l.line = 1;
                l.csv = Some((r, header));
            }
        }
        Ok(l)
    }

    fn next_event(&mut self, now: DateTime<Utc>) -> Result<Option<Read>, RegisterError> {
        if self.done {
            return Ok(None);
        }
        match self.format {
            Format::JsonLines => {
                let Some(reader) = self.reader.as_mut() else {
                    return Ok(None);
                };
                self.buf.clear();
                let (bytes, too_long) = read_line_capped(reader, &mut self.buf, MAX_LINE_BYTES)?;
                if bytes == 0 {
                    self.done = true;
                    return Ok(None);
                }
                self.line += 1;
                let text = trim_line(&self.buf);
                let event = if too_long {
                    Some(Err(FieldError::new(
                        "(line)",
                        format!("longer than {MAX_LINE_BYTES} bytes; an event is a few hundred"),
                    )))
                } else if text.is_empty() {
                    None
                } else {
                    Some(Event::from_json(text, now))
                };
                Ok(Some(Read {
                    line: self.line,
                    bytes,
                    event,
                }))
            }
            Format::Csv => {
                let Some((reader, header)) = self.csv.as_mut() else {
                    return Ok(None);
                };
                let mut record = csv::StringRecord::new();
                let more = match reader.read_record(&mut record) {
                    Ok(more) => more,
                    Err(e) => {
                        let line = e.position().map(|p| p.line()).unwrap_or(self.line + 1);
                        self.line = line;
                        // A CSV error in the middle (bad UTF-8, a quote) refuses that row; the reader goes on.
                        return Ok(Some(Read {
                            line,
                            bytes: 0,
                            event: Some(Err(FieldError::new("(line)", format!("not valid CSV: {e}")))),
                        }));
                    }
                };
                if !more {
                    self.done = true;
                    return Ok(None);
                }
                let pos = record
                    .position()
                    .map(|p| (p.line(), p.byte()))
                    .unwrap_or((self.line + 1, self.csv_pos));
                let bytes = pos.1.saturating_sub(self.csv_pos);
                self.csv_pos = pos.1;
                self.line = pos.0;
                let event = if record.iter().all(|c| c.trim().is_empty()) {
                    None
                } else {
                    Some(csv_row_to_json(header, &record).and_then(|v| Event::from_value(v, now)))
                };
                Ok(Some(Read {
                    line: pos.0,
                    bytes,
                    event,
                }))
            }
        }
    }
}

fn trim_line(b: &[u8]) -> &[u8] {
    let b = b.strip_suffix(b"\n").unwrap_or(b);
    let b = b.strip_suffix(b"\r").unwrap_or(b);
    b.trim_ascii()
}

/// Reads one line (through its newline) into `buf`, keeping at most `cap` bytes of it. Returns the bytes
/// consumed and whether the line was longer than `cap`.
fn read_line_capped(r: &mut impl BufRead, buf: &mut Vec<u8>, cap: usize) -> std::io::Result<(u64, bool)> {
    let mut consumed = 0u64;
    let mut too_long = false;
    loop {
        let avail = r.fill_buf()?;
        if avail.is_empty() {
            return Ok((consumed, too_long));
        }
        let (chunk, found) = match memchr_newline(avail) {
            Some(i) => (&avail[..=i], true),
            None => (avail, false),
        };
        let n = chunk.len();
        if buf.len() + n <= cap + 2 {
            buf.extend_from_slice(chunk);
        } else {
            too_long = true;
        }
        r.consume(n);
        consumed += n as u64;
        if found {
            return Ok((consumed, too_long));
        }
    }
}

fn memchr_newline(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'\n')
}
