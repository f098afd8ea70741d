//! `amparo serve` and `amparo export-site`.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};

#[derive(clap::Args)]
pub(crate) struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
}

#[derive(clap::Args)]
pub(crate) struct ExportArgs {
    /// Folder to write the site into (created if missing).
    dir: PathBuf,
}

pub(crate) fn serve(args: ServeArgs) -> Result<ExitCode> {
    // HEIC photos are decoded by this same program in a process of its own (`amparo heic-to-pgm`), so
    // that a fault in libheif cannot take the server down.
    let helper = std::env::current_exe().ok().map(|p| &*Box::leak(p.into_boxed_path()));
    amparo_web::serve_blocking(args.addr, helper).with_context(|| format!("serving on {}", args.addr))?;
    Ok(ExitCode::SUCCESS)
}

#[derive(clap::Args)]
pub(crate) struct HeicArgs {
    #[arg(long)]
    max_pixels: u64,
    #[arg(long)]
    max_side: u32,
}

/// `amparo heic-to-pgm`: standard input's HEIC to a PGM on standard output, or one line on standard error
/// (`amparo_documents::heic::helper_error_line`) and exit code 2.
pub(crate) fn heic_to_pgm(args: HeicArgs) -> ExitCode {
    use std::io::Write;
    let limits = amparo_documents::Limits {
        max_pixels: args.max_pixels,
        max_side: args.max_side,
        heic_helper: None,
        ..amparo_documents::Limits::default()
    };
    let result = match amparo_documents::read_limited(std::io::stdin().lock(), limits.max_bytes) {
        Ok(input) => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            amparo_documents::heic::helper_main(&input, &limits, &mut out).and_then(|()| {
                out.flush()
                    .map_err(|e| amparo_documents::DocumentError::OcrFailed(e.to_string()))
            })
        }
        Err(amparo_documents::ReadError::TooLarge { limit }) => {
            Err(amparo_documents::DocumentError::TooLarge { limit })
        }
        Err(amparo_documents::ReadError::Io(e)) => Err(amparo_documents::DocumentError::OcrFailed(e.to_string())),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", amparo_documents::heic::helper_error_line(&e));
            ExitCode::from(crate::EXIT_BAD_INPUT)
        }
    }
}

pub(crate) fn export(args: ExportArgs) -> Result<ExitCode> {
    let n =
        amparo_web::export_site(&args.dir).with_context(|| format!("writing the site to {}", args.dir.display()))?;
    eprintln!(
        "amparo: wrote {n} files (each with .br and .gz) to {}",
        args.dir.display()
    );
    Ok(ExitCode::SUCCESS)
}
