//! Writes N typical detainer cases as JSON lines (1–5 convictions each, a realistic mix of listed and
//! unlisted sections, agencies and flags) to standard output, deterministically.
//!
//! `cargo run --release -p amparo-law --example gen_cases -- 1000000 > cases.jsonl`

use std::io::{self, BufWriter, Write};

const STATUTES: &[&str] = &[
    "PL 120.05",
    "PL 160.15",
    "PL 155.30",
    "PL 265.02(3)",
    "PL 220.39",
    "PL 140.25",
    "PL 120.00",
    "PL 130.35",
    "PL 110/160.10",
    "PL 221.05",
    "PL 165.40",
    "VTL 600(2)(c)",
    "VTL 1192(3)",
    "PL 135.65(2)(b)",
    "PL 230.34-a",
];
const AGENCIES: &[&str] = &["doc", "nypd", "probation"];

/// A small deterministic generator (xorshift), so runs are comparable.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn main() -> io::Result<()> {
    let n: u64 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let out = io::stdout();
    let mut w = BufWriter::with_capacity(1 << 16, out.lock());
    for i in 0..n {
        let agency = AGENCIES[rng.below(3) as usize];
        let (y, m, d) = (2019 + rng.below(7), 1 + rng.below(12), 1 + rng.below(28));
        write!(
            w,
            r#"{{"id":"c{i}","agency":"{agency}","as_of":"{y}-{m:02}-{:02}","arrest_date":"{y}-{m:02}-{d:02}","judicial_warrant":{},"tsdb_possible_match":{},"reentered_after_removal":{},"convictions":["#,
            (d + 1).min(28),
            rng.below(3) == 0,
            rng.below(50) == 0,
            rng.below(5) == 0,
        )?;
        let k = 1 + rng.below(5);
        for j in 0..k {
            if j > 0 {
                w.write_all(b",")?;
            }
            let s = STATUTES[rng.below(STATUTES.len() as u64) as usize];
            let jy = y - 1 - rng.below(12);
            write!(
                w,
                r#"{{"statute":"{s}","felony":{},"judgment_date":"{jy}-{:02}-{:02}","days_incarcerated":{}}}"#,
                rng.below(4) != 0,
                1 + rng.below(12),
                1 + rng.below(28),
                if rng.below(3) == 0 { rng.below(900) } else { 0 },
            )?;
        }
        w.write_all(b"]}\n")?;
    }
    w.flush()
}
