//! Reading input files and standard input.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use anyhow::{Context, Result};

/// Largest single case accepted (a case is a few hundred bytes; this bounds memory on bad input).
pub const MAX_CASE_BYTES: u64 = 4 << 20;

/// Read a whole (small) input: a path, or "-" for standard input.
pub fn read_small(path: &Path) -> Result<String> {
    let mut s = String::new();
    if path.as_os_str() == "-" {
        io::stdin()
            .lock()
            .take(MAX_CASE_BYTES + 1)
            .read_to_string(&mut s)
            .context("reading standard input")?;
    } else {
        File::open(path)
            .with_context(|| format!("opening {}", path.display()))?
            .take(MAX_CASE_BYTES + 1)
            .read_to_string(&mut s)
            .with_context(|| format!("reading {}", path.display()))?;
    }
    if s.len() as u64 > MAX_CASE_BYTES {
        anyhow::bail!(
            "the input is larger than {} bytes; use --batch for many cases",
            MAX_CASE_BYTES
        );
    }
    Ok(s)
}

/// Open a possibly large input for streaming, with its size when known.
pub fn open_stream(path: &Path) -> Result<(Box<dyn BufRead>, Option<u64>)> {
    if path.as_os_str() == "-" {
        Ok((Box::new(BufReader::with_capacity(1 << 16, io::stdin())), None))
    } else {
        let f = File::open(path).with_context(|| format!("opening {}", path.display()))?;
        let len = f.metadata().ok().map(|m| m.len());
        Ok((Box::new(BufReader::with_capacity(1 << 16, f)), len))
    }
}
