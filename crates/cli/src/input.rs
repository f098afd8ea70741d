//! Reading input files and standard input.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use anyhow::{Context, Result};

/// Largest single case accepted (a case is a few hundred bytes; this bounds memory on bad input).
pub(crate) const MAX_CASE_BYTES: u64 = 4 << 20;

/// Read a whole (small) input: a path, or "-" for standard input.
pub(crate) fn read_small(path: &Path) -> Result<String> {
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
pub(crate) fn open_stream(path: &Path) -> Result<(Box<dyn BufRead>, Option<u64>)> {
    if path.as_os_str() == "-" {
        Ok((Box::new(BufReader::with_capacity(STREAM_BLOCK, io::stdin())), None))
    } else {
        let f = File::open(path).with_context(|| format!("opening {}", path.display()))?;
        let len = f.metadata().ok().map(|m| m.len());
        Ok((Box::new(BufReader::with_capacity(STREAM_BLOCK, f)), len))
    }
}

/// The block a stream is read in.
const STREAM_BLOCK: usize = 1 << 18;

/// One line of a stream, without its line end.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Line<'a> {
    Text(&'a [u8]),
    /// A line longer than the limit: reported once, its bytes skipped, never held in memory.
    TooLong,
}

/// Calls `f` with each line of `reader` and the number of input bytes it took (with its newline), in
/// order. Lines are handed out of the reader's own buffer; only a line that straddles two blocks is copied.
/// Memory stays bounded by the block and `max`, whatever the input.
pub(crate) fn for_each_line<E: From<io::Error>>(
    reader: &mut dyn BufRead,
    max: usize,
    mut f: impl FnMut(Line<'_>, usize) -> std::result::Result<(), E>,
) -> std::result::Result<(), E> {
    // The start of a line that straddles two blocks.
    let mut pending: Vec<u8> = Vec::new();
    // Inside a line already reported as too long: its bytes are skipped up to its newline.
    let mut overlong = false;
    loop {
        let buf = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e.into()),
        };
        if buf.is_empty() {
            break;
        }
        let mut start = 0;
        for end in memchr::memchr_iter(b'\n', buf) {
            let piece = &buf[start..end];
            let len = pending.len() + piece.len();
            if overlong {
                overlong = false;
            } else if len > max {
                f(Line::TooLong, len + 1)?;
            } else if pending.is_empty() {
                f(Line::Text(piece), len + 1)?;
            } else {
                pending.extend_from_slice(piece);
                f(Line::Text(&pending), len + 1)?;
            }
            pending.clear();
            start = end + 1;
        }
        let tail = &buf[start..];
        if !overlong && !tail.is_empty() {
            if pending.len() + tail.len() > max {
                f(Line::TooLong, pending.len() + tail.len())?;
                overlong = true;
                pending.clear();
            } else {
                pending.extend_from_slice(tail);
            }
        }
        let n = buf.len();
        reader.consume(n);
    }
    if !pending.is_empty() {
        f(Line::Text(&pending), pending.len())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], block: usize, max: usize) -> Vec<(Option<Vec<u8>>, usize)> {
        let mut reader = BufReader::with_capacity(block, input);
        let mut got = Vec::new();
        for_each_line::<io::Error>(&mut reader, max, |line, taken| {
            got.push((
                match line {
                    Line::Text(t) => Some(t.to_vec()),
                    Line::TooLong => None,
                },
                taken,
            ));
            Ok(())
        })
        .expect("reads");
        got
    }

    #[test]
    fn lines_are_the_same_whatever_the_block_size() {
        let input = b"first\n\nthird line, longer\nlast without newline";
        let want: Vec<(Option<Vec<u8>>, usize)> = vec![
            (Some(b"first".to_vec()), 6),
            (Some(b"".to_vec()), 1),
            (Some(b"third line, longer".to_vec()), 19),
            (Some(b"last without newline".to_vec()), 20),
        ];
        for block in [1, 2, 3, 5, 7, 64, 1 << 16] {
            assert_eq!(lines(input, block, 100), want, "block {block}");
        }
    }

    #[test]
    fn an_overlong_line_is_reported_once_and_skipped() {
        let mut input = b"ok\n".to_vec();
        input.extend(std::iter::repeat_n(b'x', 50));
        input.extend_from_slice(b"\nafter\n");
        input.extend(std::iter::repeat_n(b'y', 30));
        for block in [1, 4, 16, 1 << 10] {
            let got = lines(&input, block, 20);
            let kinds: Vec<Option<&[u8]>> = got.iter().map(|(t, _)| t.as_deref()).collect();
            assert_eq!(kinds, [Some(&b"ok"[..]), None, Some(b"after"), None], "block {block}");
        }
        // Accounting of the bytes read (for the progress bar) is complete when the block holds whole lines.
        let got = lines(&input, 1 << 10, 20);
        assert_eq!(got.iter().map(|(_, n)| n).sum::<usize>(), input.len());
    }
}
