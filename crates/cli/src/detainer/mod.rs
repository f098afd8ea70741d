//! `amparo detainer`: one case, or a stream of cases (JSON lines, or CSV as city systems export it).

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use amparo_law::detainer::{
    Case, CaseError, Decision, LineWriter, Outcome, OutcomeJson, TraceLevel, evaluate, evaluate_into,
};
use anyhow::{Context, Result};
use chrono::NaiveDate;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::{EXIT_BAD_INPUT, Format, input};

mod csv;

#[derive(clap::Args)]
pub(crate) struct Args {
    /// A case as JSON (see README); "-" reads standard input.
    #[arg(value_name = "FILE|-", conflicts_with = "batch")]
    file: Option<PathBuf>,
    /// Decide many cases: one JSON case per line, or CSV with --input-format csv ("-" reads standard input);
    /// writes one JSON decision per case to standard output, and an error object for a case that cannot be
    /// decided.
    #[arg(long, value_name = "IN.jsonl|IN.csv")]
    batch: Option<PathBuf>,
    /// Batch input: JSON lines, or CSV with a header row (one row per conviction; the rows of one case next to
    /// each other, sharing its id; a case without convictions is one row with the conviction columns empty).
    #[arg(long, value_enum, default_value_t = InputFormat::Jsonl, requires = "batch")]
    input_format: InputFormat,
    /// CSV columns for the contract's fields, as FIELD=COLUMN pairs (comma-separated or repeated), e.g.
    /// `--columns statute=TOP_CHARGE,arrest_date=ARREST_DT`. A field without one is read from a column of its
    /// own name. The fields: id, agency, as_of, arrest_date, requested_by, judicial_warrant,
    /// tsdb_possible_match, reentered_after_removal, statute, felony, judgment_date, jurisdiction, ny_equivalent,
    /// youthful_offender, juvenile_delinquent, inchoate, hate_crime, days_incarcerated,
    /// sentence_over_one_year_authorized.
    #[arg(
        long = "columns",
        value_name = "FIELD=COLUMN",
        value_delimiter = ',',
        requires = "batch"
    )]
    columns: Vec<String>,
    /// Progress bar and totals on standard error: auto (when it is a terminal), always, never.
    #[arg(long, value_enum, default_value_t = Progress::Auto)]
    progress: Progress,
    /// Output format (one case). Batch output is always JSON lines.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// The day that fills in an absent "as_of" (default: today in New York, whatever this machine's time zone).
    #[arg(long, value_name = "YYYY-MM-DD")]
    today: Option<NaiveDate>,
    /// JSON trace: every step with its words (full), or rules, results, citations and warning codes only
    /// (summary, for bulk analysis).
    #[arg(long, value_enum, default_value_t = Trace::Full)]
    trace: Trace,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
enum InputFormat {
    /// One JSON case per line.
    #[default]
    Jsonl,
    /// CSV with a header row.
    Csv,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
enum Progress {
    /// When standard error is a terminal.
    #[default]
    Auto,
    /// Always (as plain lines, once a second, when standard error is not a terminal).
    Always,
    /// Never.
    Never,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Trace {
    Full,
    Summary,
}

impl From<Trace> for TraceLevel {
    fn from(t: Trace) -> Self {
        match t {
            Trace::Full => TraceLevel::Full,
            Trace::Summary => TraceLevel::Summary,
        }
    }
}

pub(crate) fn run(args: Args) -> Result<ExitCode> {
    let today = args.today.unwrap_or_else(amparo_documents::clock::today_in_new_york);
    let level = TraceLevel::from(args.trace);
    if let Some(path) = args.batch {
        return match args.input_format {
            InputFormat::Jsonl => batch(&path, today, level, args.progress),
            InputFormat::Csv => csv::batch(&path, &args.columns, today, level, args.progress),
        };
    }
    let path = args.file.unwrap_or_else(|| PathBuf::from("-"));
    if path.as_os_str() == "-" && io::stdin().is_terminal() {
        eprintln!("amparo: reading a case as JSON from standard input (Ctrl-D to end); see `amparo detainer --help`");
    }
    let text = input::read_small(&path)?;
    let outcome = Case::from_json(&text).and_then(|case| evaluate(&case, today));
    let stdout = io::stdout();
    let mut out = stdout.lock();
    match (outcome, args.format) {
        (Ok(o), Format::Json) => {
            serde_json::to_writer_pretty(&mut out, &OutcomeJson { outcome: &o, level })?;
            writeln!(out)?;
        }
        (Ok(o), Format::Text) => write_text(&mut out, &o)?,
        (Err(e), Format::Json) => {
            serde_json::to_writer_pretty(&mut out, &error_json(None, &e))?;
            writeln!(out)?;
            eprintln!("amparo: {e}");
            return Ok(ExitCode::from(EXIT_BAD_INPUT));
        }
        (Err(e), Format::Text) => {
            eprintln!("amparo: {e}");
            return Ok(ExitCode::from(EXIT_BAD_INPUT));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn error_json(line: Option<u64>, e: &CaseError) -> serde_json::Value {
    let mut v = serde_json::json!({ "error": { "field": e.field, "message": e.message } });
    if let Some(code) = e.code {
        v["error"]["code"] = code.into();
    }
    if let Some(n) = line {
        v["line"] = n.into();
    }
    v
}

/// Output is written in blocks of this size.
const OUT_BLOCK: usize = 1 << 16;

/// The progress bar, if one is shown: on a terminal, or as plain lines when asked for on a pipe.
fn progress_bar(len: Option<u64>, progress: Progress) -> Option<ProgressBar> {
    let terminal = io::stderr().is_terminal();
    let show = match progress {
        Progress::Auto => terminal,
        Progress::Always => true,
        Progress::Never => false,
    };
    if !show {
        return None;
    }
    let pb = match len {
        Some(n) => ProgressBar::new(n).with_style(
            ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {per_sec} eta {eta} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        ),
        None => ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} {bytes} read, {per_sec} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        ),
    };
    pb.set_draw_target(if terminal {
        ProgressDrawTarget::stderr_with_hz(4)
    } else {
        ProgressDrawTarget::term_like_with_hz(Box::new(PlainLines), 1)
    });
    Some(pb)
}

/// A progress target for a standard error that is not a terminal: each redraw as one plain line.
#[derive(Debug)]
struct PlainLines;

impl indicatif::TermLike for PlainLines {
    fn width(&self) -> u16 {
        100
    }
    fn move_cursor_up(&self, _: usize) -> io::Result<()> {
        Ok(())
    }
    fn move_cursor_down(&self, _: usize) -> io::Result<()> {
        Ok(())
    }
    fn move_cursor_right(&self, _: usize) -> io::Result<()> {
        Ok(())
    }
    fn move_cursor_left(&self, _: usize) -> io::Result<()> {
        Ok(())
    }
    fn write_line(&self, s: &str) -> io::Result<()> {
        if s.trim().is_empty() {
            return Ok(());
        }
        writeln!(io::stderr(), "amparo: {s}")
    }
    fn write_str(&self, _: &str) -> io::Result<()> {
        Ok(())
    }
    fn clear_line(&self) -> io::Result<()> {
        Ok(())
    }
    fn flush(&self) -> io::Result<()> {
        io::stderr().flush()
    }
}

/// Where a batch's decisions go: one JSON line per case into large blocks of standard output, counted.
struct Batch<'a> {
    stdout: io::StdoutLock<'a>,
    out: Vec<u8>,
    writer: LineWriter,
    level: TraceLevel,
    progress: Option<ProgressBar>,
    since_tick: u64,
    decided: u64,
    failed: u64,
    counts: [u64; 3],
}

impl<'a> Batch<'a> {
    fn new(stdout: io::StdoutLock<'a>, level: TraceLevel, progress: Option<ProgressBar>) -> Self {
        Batch {
            stdout,
            out: Vec::with_capacity(OUT_BLOCK + (1 << 14)),
            writer: LineWriter::new(),
            level,
            progress,
            since_tick: 0,
            decided: 0,
            failed: 0,
            counts: [0; 3],
        }
    }

    /// `bytes` more of the input were read.
    fn read(&mut self, bytes: u64) {
        self.since_tick += bytes;
        if self.since_tick > 1 << 20 {
            if let Some(pb) = &self.progress {
                pb.inc(self.since_tick);
            }
            self.since_tick = 0;
        }
    }

    fn decided(&mut self, outcome: &Outcome) -> io::Result<()> {
        self.decided += 1;
        self.counts[decision_index(outcome.decision)] += 1;
        self.writer.write(outcome, self.level, &mut self.out);
        self.end_line()
    }

    fn refused(&mut self, line: u64, e: &CaseError) -> io::Result<()> {
        self.failed += 1;
        serde_json::to_writer(&mut self.out, &error_json(Some(line), e)).map_err(io::Error::from)?;
        self.end_line()
    }

    fn end_line(&mut self) -> io::Result<()> {
        self.out.push(b'\n');
        if self.out.len() >= OUT_BLOCK {
            self.stdout.write_all(&self.out)?;
            self.out.clear();
        }
        Ok(())
    }

    /// Writes what is left and the totals; exit code 2 if any case was refused.
    fn finish(mut self, result: io::Result<()>) -> Result<ExitCode> {
        let flushed = result
            .and_then(|()| self.stdout.write_all(&self.out))
            .and_then(|()| self.stdout.flush());
        if let Err(e) = flushed {
            return broken_pipe_ok(e).context("reading the batch input or writing the decisions");
        }
        if let Some(pb) = self.progress.take() {
            pb.finish_and_clear();
            eprintln!(
                "amparo: {} decided (honor {}, hold 48h {}, decline {}), {} refused",
                self.decided, self.counts[0], self.counts[1], self.counts[2], self.failed
            );
        }
        Ok(if self.failed > 0 {
            ExitCode::from(EXIT_BAD_INPUT)
        } else {
            ExitCode::SUCCESS
        })
    }
}

/// Stream JSON-lines cases: constant memory whatever the input size.
fn batch(path: &std::path::Path, today: NaiveDate, level: TraceLevel, progress: Progress) -> Result<ExitCode> {
    let (mut reader, len) = input::open_stream(path)?;
    let stdout = io::stdout();
    let mut b = Batch::new(stdout.lock(), level, progress_bar(len, progress));
    // One outcome and one list of convictions, reused for every line: no allocation per case.
    let mut outcome = Outcome::buffer();
    let mut spare_convictions = Vec::new();
    let mut n = 0u64;
    let result = input::for_each_line(&mut reader, input::MAX_CASE_BYTES as usize, |line, taken| {
        n += 1;
        b.read(taken as u64);
        let result = match line {
            input::Line::Text(text) => {
                let trimmed = text.trim_ascii();
                if trimmed.is_empty() {
                    return Ok(());
                }
                Case::from_json_slice_reusing(trimmed, std::mem::take(&mut spare_convictions)).and_then(|case| {
                    let decided = evaluate_into(&case, today, &mut outcome);
                    spare_convictions = case.convictions;
                    decided
                })
            }
            input::Line::TooLong => Err::<(), _>(CaseError::new(
                "(case)",
                format!(
                    "the line is longer than {} bytes; a case is a few hundred",
                    input::MAX_CASE_BYTES
                ),
            )),
        };
        match result {
            Ok(()) => b.decided(&outcome),
            Err(e) => b.refused(n, &e),
        }
    });
    b.finish(result)
}

fn decision_index(d: Decision) -> usize {
    match d {
        Decision::Honor => 0,
        Decision::Hold48hPendingJudicialWarrant => 1,
        Decision::Decline => 2,
    }
}

/// A closed pipe (`amparo detainer --batch x | head`) is the reader's choice, not an error.
fn broken_pipe_ok(e: io::Error) -> Result<ExitCode> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Ok(ExitCode::SUCCESS)
    } else {
        Err(e.into())
    }
}

fn write_text(out: &mut impl Write, o: &Outcome) -> io::Result<()> {
    let label = match o.decision {
        Decision::Honor => "HONOR",
        Decision::Hold48hPendingJudicialWarrant => "HOLD UP TO 48 HOURS PENDING A JUDICIAL WARRANT",
        Decision::Decline => "DECLINE",
    };
    writeln!(out, "{label}")?;
    writeln!(out, "{}", o.summary())?;
    if let Some(share) = o.may_share_information {
        writeln!(out, "Information (§ 9-131(h)(1) with (b)(1)): {share}")?;
    }
    if o.provision_status() != "in_force" {
        writeln!(out, "In court: {} (see the trace).", o.provision_status())?;
    }
    crate::audit::write_trace(
        out,
        &format!(
            "How this was decided (law as of {}, version {}):",
            o.as_of,
            o.law_version()
        ),
        &o.trace,
        "Warnings:",
        &o.warnings,
    )?;
    writeln!(out)?;
    writeln!(out, "Citations: {}", o.citations().join("; "))?;
    writeln!(out, "Amparo gives legal information, not legal advice.")?;
    Ok(())
}
