//! `amparo detainer`: one case, or a stream of cases.

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

#[derive(clap::Args)]
pub struct Args {
    /// A case as JSON (see README); "-" reads standard input.
    #[arg(value_name = "FILE|-", conflicts_with = "batch")]
    file: Option<PathBuf>,
    /// Decide many cases: one JSON case per line ("-" reads standard input); writes one JSON decision per
    /// line to standard output, and an error object for a line that cannot be decided.
    #[arg(long, value_name = "IN.jsonl")]
    batch: Option<PathBuf>,
    /// Output format (one case). Batch output is always JSON lines.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// The day that fills in an absent "as_of" (default: today, on this machine's clock).
    #[arg(long, value_name = "YYYY-MM-DD")]
    today: Option<NaiveDate>,
    /// JSON trace: every step with its words (full), or rules, results, citations and warning codes only
    /// (summary, for bulk analysis).
    #[arg(long, value_enum, default_value_t = Trace::Full)]
    trace: Trace,
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

pub fn run(args: Args) -> Result<ExitCode> {
    let today = args.today.unwrap_or_else(|| chrono::Local::now().date_naive());
    let level = TraceLevel::from(args.trace);
    if let Some(path) = args.batch {
        return batch(&path, today, level);
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

/// Stream cases: constant memory whatever the input size.
fn batch(path: &std::path::Path, today: NaiveDate, level: TraceLevel) -> Result<ExitCode> {
    let (mut reader, len) = input::open_stream(path)?;
    let progress = if io::stderr().is_terminal() {
        let pb = match len {
            Some(n) => ProgressBar::new(n).with_style(
                ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {per_sec} eta {eta} {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            ),
            None => ProgressBar::new_spinner(),
        };
        pb.set_draw_target(ProgressDrawTarget::stderr_with_hz(4));
        Some(pb)
    } else {
        None
    };
    let stdout = io::stdout();
    let mut stdout = stdout.lock();
    // Output is gathered in one buffer and written in large blocks.
    let mut out: Vec<u8> = Vec::with_capacity(OUT_BLOCK + (1 << 14));
    let mut writer = LineWriter::new();
    // One outcome and one list of convictions, reused for every line: no allocation per case.
    let mut outcome = Outcome::buffer();
    let mut spare_convictions = Vec::new();
    let (mut n, mut decided, mut failed) = (0u64, 0u64, 0u64);
    let mut counts = [0u64; 3];
    let mut since_tick = 0u64;
    let result = input::for_each_line(&mut reader, input::MAX_CASE_BYTES as usize, |line, taken| {
        n += 1;
        since_tick += taken as u64;
        if since_tick > 1 << 20 {
            if let Some(pb) = &progress {
                pb.inc(since_tick);
            }
            since_tick = 0;
        }
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
            Ok(()) => {
                decided += 1;
                counts[decision_index(outcome.decision)] += 1;
                writer.write(&outcome, level, &mut out);
            }
            Err(e) => {
                failed += 1;
                serde_json::to_writer(&mut out, &error_json(Some(n), &e)).map_err(io::Error::from)?;
            }
        }
        out.push(b'\n');
        if out.len() >= OUT_BLOCK {
            stdout.write_all(&out)?;
            out.clear();
        }
        Ok::<(), io::Error>(())
    });
    let flushed = result
        .and_then(|()| stdout.write_all(&out))
        .and_then(|()| stdout.flush());
    if let Err(e) = flushed {
        return broken_pipe_ok(e).context("reading the batch input or writing the decisions");
    }
    if let Some(pb) = progress {
        pb.finish_and_clear();
        eprintln!(
            "amparo: {decided} decided (honor {}, hold 48h {}, decline {}), {failed} refused",
            counts[0], counts[1], counts[2]
        );
    }
    Ok(if failed > 0 {
        ExitCode::from(EXIT_BAD_INPUT)
    } else {
        ExitCode::SUCCESS
    })
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
        &format!("How this was decided (law as of {}, version {}):", o.as_of, o.law_version()),
        &o.trace,
        "Warnings:",
        &o.warnings,
    )?;
    writeln!(out)?;
    writeln!(out, "Citations: {}", o.citations().join("; "))?;
    writeln!(out, "Amparo gives legal information, not legal advice.")?;
    Ok(())
}
