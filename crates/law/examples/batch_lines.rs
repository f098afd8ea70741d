//! The batch loop of `amparo detainer --batch` on the law crate alone: JSON lines on standard input, one decision
//! per line on standard output, at the trace level given (`full` or `summary`). For measuring the engine without
//! building the CLI, e.g. under `valgrind --tool=callgrind` (instruction counts do not depend on the machine's
//! load): `cargo run --release -p amparo-law --example batch_lines -- summary < cases.jsonl > /dev/null`.

use std::io::{self, BufRead, Write};

use amparo_law::detainer::{Case, LineWriter, Outcome, TraceLevel, evaluate_into};

fn main() -> io::Result<()> {
    let level = match std::env::args().nth(1).as_deref() {
        Some("summary") => TraceLevel::Summary,
        _ => TraceLevel::Full,
    };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).expect("date");
    let stdin = io::stdin();
    let mut input = io::BufReader::with_capacity(1 << 18, stdin.lock());
    let stdout = io::stdout();
    let mut stdout = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut writer = LineWriter::new();
    let mut outcome = Outcome::buffer();
    let mut spare = Vec::new();
    let mut line = Vec::new();
    let mut out = Vec::new();
    while input.read_until(b'\n', &mut line)? > 0 {
        out.clear();
        match Case::from_json_slice_reusing(line.trim_ascii(), std::mem::take(&mut spare)) {
            Ok(case) => {
                if evaluate_into(&case, today, &mut outcome).is_ok() {
                    writer.write(&outcome, level, &mut out);
                }
                spare = case.convictions;
            }
            Err(e) => out.extend_from_slice(e.to_string().as_bytes()),
        }
        out.push(b'\n');
        stdout.write_all(&out)?;
        line.clear();
    }
    stdout.flush()
}
