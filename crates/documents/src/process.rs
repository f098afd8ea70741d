//! Helper processes (Tesseract, the HEIC decoder): fed through a pipe, their output capped, waited for
//! within a time budget and killed past it. Nothing touches disk.

use std::io::{Read, Write};
use std::process::Child;
use std::time::{Duration, Instant};

use image::GrayImage;

use crate::DocumentError;

/// Write a page as binary PGM (a format Tesseract's image library reads from stdin).
pub(crate) fn write_pgm(img: &GrayImage, out: &mut impl Write) -> std::io::Result<()> {
    let (w, h) = img.dimensions();
    out.write_all(format!("P5\n{w} {h}\n255\n").as_bytes())?;
    out.write_all(img.as_raw())
}
/// What a child process printed before it exited.
pub(crate) struct Finished {
    pub status: std::process::ExitStatus,
    pub stdout: Vec<u8>,
    pub stderr: String,
}
/// Feed a child its standard input (`input` writes it), keep at most `out_cap` bytes of its standard
/// output and 4 KiB of its standard error, and wait for it within `time`: past it, the child is killed
/// (which closes its pipes and ends the threads serving them) and the error is a timeout for `what`.
pub(crate) fn run_piped(
    mut child: Child,
    input: impl FnOnce(&mut std::process::ChildStdin) + Send,
    out_cap: u64,
    time: Duration,
    what: &'static str,
) -> Result<Finished, DocumentError> {
    let (stdin, stdout, stderr) = (child.stdin.take(), child.stdout.take(), child.stderr.take());
    let (status, stdout, stderr) = std::thread::scope(|s| {
        s.spawn(move || {
            if let Some(mut i) = stdin {
                input(&mut i);
            }
        });
        let err = s.spawn(move || {
            let mut e = String::new();
            if let Some(x) = stderr {
                let _ = x.take(4096).read_to_string(&mut e);
            }
            e
        });
        let out = s.spawn(move || {
            let mut o = Vec::new();
            if let Some(x) = stdout {
                let _ = x.take(out_cap).read_to_end(&mut o);
            }
            o
        });
        let start = Instant::now();
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break Ok(status),
                Ok(None) if start.elapsed() > time => {
                    let _ = child.kill();
                    let _ = child.wait();
                    break Err(DocumentError::Timeout(what));
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(2)),
                Err(e) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    break Err(DocumentError::OcrFailed(e.to_string()));
                }
            }
        };
        (status, out.join().unwrap_or_default(), err.join().unwrap_or_default())
    });
    Ok(Finished {
        status: status?,
        stdout,
        stderr,
    })
}
