//! `amparo register import`: reading a file of requests into the register, with progress and refusals.

use std::io::{self, BufRead, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use amparo_register::import::{self, Batching, Format as InputFormat, Progress, Stats};
use amparo_register::{LineError, Register};
use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::InFormat;
use crate::EXIT_BAD_INPUT;

/// Refusals printed on standard error at most (all go to --errors).
const SHOWN_REFUSALS: u64 = 100;

/// What the import tells the person running it: a progress bar on a terminal; otherwise a line after each
/// committed batch saying how far the register has committed: every line up to it is acknowledged (a
/// crash after that loses none of them).
struct Report {
    bar: Option<ProgressBar>,
    errors: Option<io::BufWriter<std::fs::File>>,
    refused: u64,
    last_ack: u64,
    started: Instant,
}

impl Progress for Report {
    fn read(&mut self, bytes: u64) {
        if let Some(b) = &self.bar {
            b.set_position(bytes);
        }
    }

    fn refused(&mut self, e: &LineError) {
        self.refused += 1;
        if self.refused <= SHOWN_REFUSALS {
            let line = format!("amparo register: refused: {e}");
            match &self.bar {
                Some(b) => b.println(line),
                None => eprintln!("{line}"),
            }
        } else if self.refused == SHOWN_REFUSALS + 1 && self.errors.is_none() {
            eprintln!("amparo register: more lines refused; --errors FILE lists them all");
        }
        if let Some(w) = &mut self.errors {
            let _ = serde_json::to_writer(&mut *w, e);
            let _ = w.write_all(b"\n");
        }
    }

    fn committed(&mut self, through: u64, s: &Stats) {
        if let Some(b) = &self.bar {
            b.set_message(format!(
                "line {through}: {} recorded, {} already there, {} refused",
                s.recorded, s.already, s.refused
            ));
        } else if through > self.last_ack {
            eprintln!(
                "amparo register: committed through line {through} ({} recorded, {} already there, {} refused)",
                s.recorded, s.already, s.refused
            );
            self.last_ack = through;
        }
    }
}

pub(super) async fn import_file(
    reg: &Register,
    who: &str,
    file: &Path,
    format: Option<InFormat>,
    errors: Option<&Path>,
) -> Result<ExitCode> {
    let stdin = file.as_os_str() == "-";
    let format = match format {
        Some(InFormat::Csv) => InputFormat::Csv,
        Some(InFormat::Jsonl) => InputFormat::JsonLines,
        None if stdin => InputFormat::JsonLines,
        None => InputFormat::from_path(file),
    };
    let (input, len): (Box<dyn BufRead + Send>, Option<u64>) = if stdin {
        (Box::new(io::BufReader::with_capacity(1 << 18, io::stdin())), None)
    } else {
        let f = std::fs::File::open(file).with_context(|| format!("opening {}", file.display()))?;
        let len = f.metadata().ok().map(|m| m.len());
        (Box::new(io::BufReader::with_capacity(1 << 18, f)), len)
    };
    let bar = io::stderr().is_terminal().then(|| {
        let b = match len {
            Some(n) => ProgressBar::new(n).with_style(
                ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta} {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            ),
            None => ProgressBar::new_spinner(),
        };
        b.set_draw_target(ProgressDrawTarget::stderr_with_hz(4));
        b
    });
    let errors = errors
        .map(|p| {
            std::fs::File::create(p)
                .map(io::BufWriter::new)
                .with_context(|| format!("creating {}", p.display()))
        })
        .transpose()?;
    let mut progress = Report {
        bar,
        errors,
        refused: 0,
        last_ack: 0,
        started: Instant::now(),
    };
    let stats = import::import(reg, input, format, who, Batching::default(), &mut progress).await?;
    if let Some(b) = progress.bar.take() {
        b.finish_and_clear();
    }
    if let Some(mut w) = progress.errors.take() {
        w.flush()?;
    }
    let secs = progress.started.elapsed().as_secs_f64();
    eprintln!(
        "amparo register: committed through line {}: {} recorded, {} already there, {} refused, in {:.1} s ({:.0} lines/s)",
        stats.lines,
        stats.recorded,
        stats.already,
        stats.refused,
        secs,
        stats.lines as f64 / secs.max(1e-9)
    );
    Ok(if stats.refused > 0 {
        ExitCode::from(EXIT_BAD_INPUT)
    } else {
        ExitCode::SUCCESS
    })
}
