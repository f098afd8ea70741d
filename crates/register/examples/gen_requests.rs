//! Writes a synthetic import file: `cargo run --release -p amparo-register --example gen_requests -- N [SEED]`
//! (N requests, with their actions, as JSON lines on standard output).

use std::io::{BufWriter, Write};

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let n: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1_000_000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(2026);
    let mut out = BufWriter::with_capacity(1 << 20, std::io::stdout().lock());
    for line in amparo_register::sample::lines(n, seed) {
        out.write_all(line.as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()
}
